import Foundation
import LaborRulesServer
import Testing

/// `/v1/audit` equals `labor-rules audit` on a seeded payroll (the Spark example's generator), byte for byte, and
/// refuses a header without the audit's columns before streaming anything.
@Suite(.serialized) struct AuditTests {
  @Test func auditEqualsTheCLI() async throws {
    let payroll = FileManager.default.temporaryDirectory.appendingPathComponent("payroll-\(UUID().uuidString).csv")
    defer { try? FileManager.default.removeItem(at: payroll) }
    let generate = Process()
    generate.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    generate.arguments = [
      "python3", Repository.file("Examples/Spark/generate.py").path, "audit", "2000", payroll.path, "12",
    ]
    generate.standardOutput = FileHandle.nullDevice
    generate.standardError = FileHandle.nullDevice
    try generate.run()
    generate.waitUntilExit()
    try #require(generate.terminationStatus == 0, "Examples/Spark/generate.py failed")
    let body = try Data(contentsOf: payroll)
    for lang in ["en", "zh"] {
      let cli = try Repository.runCLI(["audit", payroll.path, "--lang", lang])
      try await TestServer.with { server in
        let response = try await server.post("/v1/audit?lang=\(lang)", body, contentType: "text/csv")
        #expect(response.status == 200)
        #expect(response.headers["content-type"]?.hasPrefix("text/csv") == true)
        #expect(response.body.text.split(separator: "\n").count == 2001)
        let difference = firstDifference(response.body, cli.output)
        #expect(difference == nil, "audit \(lang): \(difference ?? "")")
      }
    }
  }

  @Test func badPayrolls() async throws {
    try await TestServer.with({ $0.maxBodySize = 1024 }) { server in
      let missing = try await server.post("/v1/audit", Data("worker_id,region\n1,广州\n".utf8), contentType: "text/csv")
      #expect(missing.status == 400)
      #expect(missing.body.json.errorObject["field"] as? String == "(header)")
      let empty = try await server.post("/v1/audit", Data(), contentType: "text/csv")
      #expect(empty.status == 400)
      #expect(empty.body.json.errorObject["field"] as? String == "(body)")
      let wide = try await server.post(
        "/v1/audit", Data((String(repeating: "x", count: 2000) + "\nw1\n").utf8), contentType: "text/csv")
      #expect(wide.status == 400)
      #expect(wide.body.json.errorObject["field"] as? String == "(header)")
      #expect(
        wide.body.json.errorObject["message"] as? String
          == "(header): the line has 2000 bytes, more than the limit of 1024")
      let json = try await server.post("/v1/audit", Data("{}".utf8), contentType: "application/json")
      #expect(json.status == 415)

      let header =
        "worker_id,region,month,monthly_wage,workday_overtime_hours,rest_day_overtime_hours,"
        + "holiday_overtime_hours,heat_exposed,stoppage_start,paid_total"
      let row = "w1,广州,2024-07,6000,0,0,0,1,,6000"
      let long = "w2,广州,2024-07," + String(repeating: "9", count: 5000) + ",0,0,0,0,,1"
      let text = [header, row, long, "w3,atlantis,2024-07,6000,0,0,0,0,,6000", row].joined(separator: "\n")
      let response = try await server.post("/v1/audit", Data(text.utf8), contentType: "text/csv")
      #expect(response.status == 200)
      let rows = response.body.text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
      #expect(rows.count == 5)
      #expect(rows[1].hasPrefix("w1,2024-07,") && rows[1].hasSuffix(","))
      // The CLI's row for a line over the limit (its comma written `;`), with the line's length.
      #expect(rows[2] == ",,,,,,,,,,,the line has \(long.utf8.count) bytes; more than the limit of 1024")
      #expect(rows[3].hasPrefix("w3,2024-07,") && rows[3].contains("region"))
      #expect(rows[4] == rows[1])
    }
  }
}
