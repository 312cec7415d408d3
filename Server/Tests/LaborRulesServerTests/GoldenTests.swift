import Foundation
import LaborRulesServer
import Testing

/// `/v1/evaluate` equals `labor-rules eval` on every golden scenario: JSON byte for byte (and the error object of
/// a scenario that is not covered), the 计算书 in Markdown and in text, in both languages; `/v1/batch` equals
/// `labor-rules batch` on all of them as one stream.
@Suite(.serialized) struct GoldenTests {
  @Test func evaluateEqualsTheCLI() async throws {
    let goldens = Repository.goldens
    #expect(goldens.count > 100)
    try await TestServer.with { server in
      for file in goldens {
        let body = try Data(contentsOf: file)
        let name = file.lastPathComponent
        let cli = try Repository.runCLI(["eval", file.path, "--format", "json"])
        let json = try await server.post("/v1/evaluate", body)
        let difference = firstDifference(json.body, cli.output)
        #expect(difference == nil, "\(name): JSON: \(difference ?? "")")
        let expectedStatus = cli.status == 0 ? 200 : cli.status == 3 ? 422 : 400
        #expect(json.status == expectedStatus, "\(name): status \(json.status), CLI exit \(cli.status)")
        guard cli.status == 0 else { continue }
        for (format, accept) in [("markdown", "text/markdown"), ("text", "text/plain")] {
          for lang in ["zh", "en"] {
            let expected = try Repository.runCLI(["eval", file.path, "--format", format, "--lang", lang])
            let response = try await server.post("/v1/evaluate?lang=\(lang)", body, accept: accept)
            let difference = firstDifference(response.body, expected.output)
            #expect(difference == nil, "\(name): \(format) \(lang): \(difference ?? "")")
          }
        }
        let summary = try Repository.runCLI(["eval", file.path, "--format", "json", "--trace", "none"])
        let none = try await server.post("/v1/evaluate?trace=none", body).body
        #expect(firstDifference(none, summary.output) == nil, "\(name): trace none")
      }
    }
  }

  @Test func batchEqualsTheCLI() async throws {
    let lines = try Repository.goldens.map { file in
      let object = try JSONSerialization.jsonObject(with: Data(contentsOf: file))
      return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }
    let input = Data((lines.joined(separator: "\n") + "\n").utf8)
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("goldens-\(UUID().uuidString).jsonl")
    try input.write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let cli = try Repository.runCLI(["batch", file.path, "--trace", "full"])
    try await TestServer.with { server in
      let response = try await server.post("/v1/batch?trace=full", input, contentType: "application/jsonl")
      #expect(response.status == 200)
      #expect(response.body.text.split(separator: "\n").count == lines.count)
      let difference = firstDifference(response.body, cli.output)
      #expect(difference == nil, "batch: \(difference ?? "")")
    }
  }
}
