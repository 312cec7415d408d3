import Foundation
import LaborRules
import LaborRulesAudit
import LaborRulesPacks
import Testing

/// `labor-rules batch`: N lines in, N lines out, always, in order, whatever the lines hold.
@Suite struct BatchTests {
  static let good =
    #"{"entitlement": "stoppage", "region": "广州", "facts": {"monthlyWage": "6000.00", "start": "2022-11-01", "#
    + #""end": "2023-01-31"}}"#

  /// Lines that once trapped the process (issue 10), each now an error object or a result.
  static let trapped = [
    #"{"entitlement":"stoppage","region":"深圳","facts":{"monthlyWage":"6000","start":"2200-12-15","#
      + #""end":"2200-12-31"}}"#,
    #"{"entitlement":"overtime","region":"广州","facts":{"pieceRate":"999999999999","#
      + #""work":[{"date":"2025-10-01","pieces":9000000000000000000}]}}"#,
    #"{"entitlement":"stoppage","region":"广州","facts":{"monthlyWage":"999999999999.99","#
      + #""start":"2022-11-01","end":"2023-01-31"}}"#,
    #"{"entitlement":"overtime","region":"广州","facts":{"monthlyWage":"6000","month":"2025-10","#
      + #""workdayOvertimeHours":"743.99999999999999"}}"#,
  ]

  @Test func everyLineHasItsOutputLineInOrder() throws {
    var input = Data([0xEF, 0xBB, 0xBF]) + Data(Self.good.utf8) + Data("\r\n".utf8)  // BOM and CRLF
    var expected: [String] = ["total"]
    func add(_ line: Data, _ kind: String) {
      input += line + Data("\n".utf8)
      expected.append(kind)
    }
    add(Data(), "error")  // blank
    add(Data("   \t".utf8), "error")  // white space
    add(Data("garbage, not JSON".utf8), "error")
    add(Data(#"{"entitlement": "stoppage", "region": ""#.utf8) + Data([0xFF, 0xC0, 0x80]) + Data(#""}"#.utf8), "error")
    for line in Self.trapped { add(Data(line.utf8), "any") }
    add(Data(Self.good.utf8) + Data("\r".utf8), "total")  // CRLF again
    add(Data(String(repeating: "x", count: 1_100_000).utf8), "error")  // over 1 MiB
    add(Data(Self.good.replacingOccurrences(of: "广州", with: "深圳").utf8), "total")
    // A truncated last line, without its newline.
    input += Data(Self.good.prefix(60).utf8)
    expected.append("error")

    let result = try BadInputCatalogueTests.run(["batch", "-"], input: input)
    #expect(result.status == 0)
    let lines = result.out.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count == expected.count, "\(expected.count) lines in, \(lines.count) out")
    for (index, (line, kind)) in zip(lines, expected).enumerated() {
      let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      #expect(object["line"] as? Int == index + 1)
      switch kind {
      case "total": #expect(object["total"] != nil, "line \(index + 1): \(line.prefix(200))")
      case "error": #expect(object["error"] != nil, "line \(index + 1): \(line.prefix(200))")
      default: #expect(object["total"] != nil || object["error"] != nil)
      }
    }
    let errors = expected.filter { $0 == "error" }.count
    #expect(result.err.contains("\(expected.count) lines"), "\(result.err)")
    #expect(result.err.contains("errors"), "\(result.err) (\(errors) or more)")
  }

  /// The library's processor (the server's `/v1/batch` too) with a line limit of its own: a longer line, fed in
  /// pieces, is one error line for field `(line)` naming the limit, and the lines around it are evaluated.
  @Test func aLineOverTheProcessorsLimit() throws {
    var processor = BatchProcessor(engine: Engine(rulebook: .guangdong), trace: .none, maxLine: 1000)
    let input = Array((Self.good + "\n" + String(repeating: "x", count: 5000) + "\n" + Self.good).utf8)
    var out: [String] = []
    for start in stride(from: 0, to: input.count, by: 700) {
      out += processor.feed(input[start..<min(start + 700, input.count)])
    }
    out += processor.finish()
    let objects = try out.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    #expect(objects.map { $0["line"] as? Int } == [1, 2, 3])
    #expect(objects[0]["total"] as? String == "9680.00" && objects[2]["total"] as? String == "9680.00")
    let error = try #require(objects[1]["error"] as? [String: Any])
    #expect(error["field"] as? String == "(line)")
    #expect((error["message"] as? String)?.contains("5000 bytes, more than the limit of 1000") == true)
    #expect(processor.count == 3 && processor.errors == 1)
  }

  /// At the limit exactly (found by review: a line of `maxLine + 1` bytes with no CR passed as data): `maxLine`
  /// bytes are read, with or without a CR after them; one byte more is a `(line)` error, CR or not.
  @Test func theLineLimitIsExact() throws {
    let limit = 40
    var processor = BatchProcessor(engine: Engine(rulebook: .guangdong), trace: .none, maxLine: limit)
    let (at, over) = (String(repeating: "x", count: limit), String(repeating: "x", count: limit + 1))
    let out =
      processor.feed(Array([at, at + "\r", over, over + "\r"].joined(separator: "\n").utf8)) + processor.finish()
    let fields = try out.map {
      let object = try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
      return try #require((object["error"] as? [String: Any])?["field"] as? String)
    }
    #expect(fields == ["(file)", "(file)", "(line)", "(line)"])
    // No limit at all (`Int.max`, a server's setting) must not overflow the count of a line's bytes.
    var unlimited = BatchProcessor(engine: Engine(rulebook: .guangdong), trace: .none, maxLine: .max)
    #expect(unlimited.feed(Array((Self.good + "\n" + over + "\n").utf8)).count == 2)
  }

  /// Lines evaluated on several threads come out as on one: the same lines, in order, with the same counts.
  @Test func severalWorkersGiveTheOutputOfOne() throws {
    let lines = (0..<40).map {
      $0 % 3 == 0 ? "{ broken \($0)" : Self.good.replacingOccurrences(of: "6000", with: "\(5000 + $0)")
    }
    let input = Array((lines.joined(separator: "\n") + "\n").utf8)
    var outputs: [[String]] = []
    var counts: [[Int]] = []
    for workers in [1, 2, 5] {
      var processor = BatchProcessor(engine: Engine(rulebook: .guangdong), trace: .summary, workers: workers)
      var out: [String] = []
      for start in stride(from: 0, to: input.count, by: 4096) {
        out += processor.feed(input[start..<min(start + 4096, input.count)])
      }
      outputs.append(out + processor.finish())
      counts.append([processor.count, processor.errors])
    }
    #expect(outputs[0].count == 40 && counts[0] == [40, 14])
    #expect(outputs[1] == outputs[0] && outputs[2] == outputs[0] && counts[1] == counts[0] && counts[2] == counts[0])
  }

  @Test func anEmptyStreamHasNoLines() throws {
    let result = try BadInputCatalogueTests.run(["batch"], input: Data())
    #expect(result.status == 0)
    #expect(result.out.isEmpty)
    #expect(result.err.contains("0 lines, 0 errors"))
  }

  /// Standard error closed or full: the CLI used to trap writing its message (FileHandle.write(_: Data)).
  @Test func aClosedOrFullStandardErrorIsNotATrap() throws {
    guard let binary = CLITests.binary else { throw CLITests.MissingBinary() }
    for redirect in ["2>&-", "2>/dev/full"] {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/bin/sh")
      process.arguments = ["-c", "\"$0\" eval no-such-file.json \(redirect); echo \"status $?\"", binary.path]
      let out = Pipe()
      process.standardOutput = out
      try process.run()
      let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      #expect(text.contains("status 2"), "\(redirect): \(text)")
    }
  }
}
