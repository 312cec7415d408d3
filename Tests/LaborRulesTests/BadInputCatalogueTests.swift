import Foundation
import Testing

/// The bad-input catalogue (README, "Reliability"): one row per class of bad input, run through
/// `labor-rules eval -`. Each gives its documented exit code, an error naming the field path and the reason in
/// Chinese and English, and nothing on standard output but the error object (`--format json`) or nothing at
/// all (text).
@Suite struct BadInputCatalogueTests {
  struct Row: Sendable, CustomTestStringConvertible {
    let name: String
    let input: Data
    let status: Int32
    let code: String
    /// The field path the error names.
    let field: String
    /// A phrase of the English reason.
    let reason: String
    var testDescription: String { name }
  }

  static let stoppage =
    #"{"entitlement": "stoppage", "region": "广州", "facts": {"monthlyWage": "6000.00", "start": "2022-11-01", "#
    + #""end": "2023-01-31", "paid": "7000"}}"#

  static func row(
    _ name: String, _ input: String, _ status: Int32 = 2, _ code: String = "bad-input", field: String,
    _ reason: String
  ) -> Row {
    Row(name: name, input: Data(input.utf8), status: status, code: code, field: field, reason: reason)
  }

  static func replacing(_ old: String, _ new: String, in json: String = stoppage) -> String {
    json.replacingOccurrences(of: old, with: new)
  }

  static let isolation =
    #"{"entitlement": "isolation", "region": "广州", "facts": {"category": "government-measures", "#
    + #""monthlyWage": "10000", "start": "2022-11-01", "end": "2022-11-30", "#
    + #""remoteWork": {"agreedMonthlyWage": "6000"}}}"#
  static let overtime =
    #"{"entitlement": "overtime", "region": "深圳", "facts": {"hoursSystem": "comprehensive", "monthlyWage": "9000", "#
    + #""cycle": {"from": "2024-12-01", "to": "2025-02-28"}, "hoursWorked": "540"}}"#
  static let heat =
    #"{"entitlement": "high-temperature", "region": "广州", "#
    + #""facts": {"months": [{"month": "2024-07", "exposed": true}]}}"#
  static let compliance =
    #"{"entitlement": "minimum-wage", "region": "广州", "facts": {"date": "2024-07-01", "#
    + #""pay": {"month": "2024-07", "total": "2800"}}}"#

  static let rows: [Row] = [
    row("malformed JSON", #"{"entitlement": "stoppage", "region": "#, field: "(file)", "not valid JSON"),
    Row(
      name: "invalid UTF-8",
      input: Data(#"{"entitlement": "stoppage", "region": ""#.utf8) + Data([0xFF, 0xFE])
        + Data(#"", "facts": {}}"#.utf8), status: 2, code: "bad-input", field: "(file)", reason: "not valid UTF-8"),
    Row(
      name: "UTF-16 text",
      input: Data([0xFF, 0xFE]) + Data("{}".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
      status: 2, code: "bad-input", field: "(file)", reason: "not valid UTF-8"),
    row("a JSON array instead of an object", "[]", field: "(file)", "expected a JSON object"),
    row("money as a JSON number", replacing(#""6000.00""#, "6000"), field: "facts.monthlyWage", "not a number"),
    row("negative money", replacing(#""6000.00""#, #""-6000""#), field: "facts.monthlyWage", "no sign"),
    row("more than two decimals", replacing(#""6000.00""#, #""6000.001""#), field: "facts.monthlyWage", "two decimals"),
    row(
      "more than 12 digits of yuan", replacing(#""6000.00""#, #""9999999999999""#), field: "facts.monthlyWage",
      "at most 12 digits"),
    row("money zero", replacing(#""6000.00""#, #""0""#), field: "facts.monthlyWage", "more than 0"),
    row("unknown top-level key", replacing(#""region""#, #""colour": 1, "region""#), field: "colour", "unknown key"),
    row("unknown fact key", replacing(#""paid""#, #""payd""#), field: "facts.payd", "unknown key"),
    row(
      "unknown key in work[0]",
      replacing(#""paid": "7000""#, #""work": [{"from": "2022-12-15", "to": "2022-12-31", "wage": "1"}]"#),
      field: "facts.work[0].wage", "unknown key"),
    row(
      "unknown key in remoteWork", replacing("agreedMonthlyWage", "agreedWage", in: isolation),
      field: "facts.remoteWork.agreedWage", "unknown key"),
    row(
      "unknown key in cycle", replacing(#""to""#, #""until""#, in: overtime), field: "facts.cycle.until",
      "unknown key"),
    row(
      "unknown key in months[0]", replacing(#""exposed""#, #""exposedd""#, in: heat), field: "facts.months[0].exposedd",
      "unknown key"),
    row(
      "unknown key in pay", replacing(#""total""#, #""bonus""#, in: compliance), field: "facts.pay.bonus", "unknown key"
    ),
    row(
      "unknown key in expect", replacing("}}", #"}, "expect": {"totals": "1.00"}}"#), field: "expect.totals",
      "unknown key"),
    row(
      "unknown key in expect.items[0]", replacing("}}", #"}, "expect": {"items": [{"amout": "1.00"}]}}"#),
      field: "expect.items[0].amout", "unknown key"),
    row(
      "unknown assumption", replacing(#""facts""#, #""assumptions": {"prorate": "paid-days"}, "facts""#),
      field: "assumptions.prorate", "unknown assumption"),
    row("missing entitlement", replacing(#""entitlement": "stoppage", "#, ""), field: "entitlement", "missing"),
    row("missing facts", #"{"entitlement": "stoppage", "region": "广州"}"#, field: "facts", "missing"),
    row(
      "missing required fact", replacing(#""monthlyWage": "6000.00", "#, ""), field: "facts.monthlyWage", "missing"),
    row("end before start", replacing(#""end": "2023-01-31""#, #""end": "2022-10-31""#), field: "facts.end", "before"),
    row(
      "impossible date 2023-02-29", replacing(#""start": "2022-11-01""#, #""start": "2023-02-29""#),
      field: "facts.start", "month 2 of 2023 has 28 days"),
    row(
      "month 13", replacing(#""start": "2022-11-01""#, #""start": "2022-13-01""#), field: "facts.start", "no month 13"),
    row(
      "a date before coverage", replacing(#""2022-11-01""#, #""2009-11-01""#), 3, "not-covered", field: "",
      "outside the rule packs' coverage"),
    row(
      "far-future year", replacing(#""end": "2023-01-31""#, #""end": "9999-12-31""#), field: "facts.end",
      "from 1900 to 2200"),
    row(
      "far-past year", replacing(#""start": "2022-11-01""#, #""start": "0001-01-01""#), field: "facts.start",
      "from 1900 to 2200"),
    row("unknown region", replacing("广州", "火星"), field: "region", "not a prefecture-level city"),
    row("ambiguous region (a province)", replacing("广州", "广东"), field: "region", "not a prefecture-level city"),
    row("partial region name", replacing("广州", "广"), field: "region", "not a prefecture-level city"),
    row("province code", replacing("广州", "440000"), field: "region", "not a prefecture-level city"),
    row("empty region", replacing("广州", ""), field: "region", "not a prefecture-level city"),
    row("unknown entitlement", replacing(#""stoppage""#, #""stopage""#), field: "entitlement", "not an entitlement"),
    row("entitlement as a number", replacing(#""stoppage""#, "7"), field: "entitlement", "expected a string"),
    row(
      "hours as a number",
      #"{"entitlement": "overtime", "region": "广州", "facts": {"monthlyWage": "6000", "#
        + #""work": [{"date": "2025-10-01", "hours": 8}]}}"#, field: "facts.work[0].hours", "not a number"),
    row(
      "hours over 24 a day",
      #"{"entitlement": "overtime", "region": "广州", "facts": {"monthlyWage": "6000", "#
        + #""work": [{"date": "2025-10-01", "hours": "25"}]}}"#, field: "facts.work[0].hours", "at most 24"),
    row(
      "more hours than the cycle has", replacing("\"540\"", "\"999999999999999999\"", in: overtime),
      field: "facts.hoursWorked", "at most 2160 hours"),
    row(
      "a decimal of more than 18 characters", replacing("\"540\"", "\"540.0000000000000001\"", in: overtime),
      field: "facts.hoursWorked", "at most 18 characters"),
    row(
      "a 10 MB line", replacing("}}", #"}, "notes": [""# + String(repeating: "x", count: 10_000_000) + #""]}"#),
      field: "(file)", "more than the limit of 1048576 bytes"),
    row(
      "a million-item array", replacing("}}", #"}, "notes": ["# + String(repeating: "0,", count: 999_999) + "0]}"),
      field: "(file)", "more than the limit of 1048576 bytes"),
    row(
      "an array of 20,000 items",
      replacing(
        "}}",
        #"}, "notes": ["# + String(repeating: #""","#, count: 19_999) + #""""#
          + "]}"), field: "notes", "more than 10000 items"),
    row(
      "100,000-deep nesting", String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000),
      field: String(repeating: "[0]", count: 32), "nested more than 32 levels"),
    row(
      "deep nesting inside facts", replacing(#""paid": "7000""#, #""paid": "# + String(repeating: "[", count: 40)),
      field: "facts.paid" + String(repeating: "[0]", count: 30), "nested more than 32 levels"),
    row("empty file", "", field: "(file)", "empty"),
    row("white space only", " \n\t\r\n", field: "(file)", "empty"),
  ]

  struct Run { let status: Int32; let out: String; let err: String }

  static func run(_ arguments: [String], input: Data) throws -> Run {
    guard let binary = CLITests.binary else { throw CLITests.MissingBinary() }
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    let (out, err) = (Pipe(), Pipe())
    (process.standardOutput, process.standardError) = (out, err)
    // A file for standard input: a 10 MB write into a pipe would block before the process reads it.
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("catalogue-\(UUID().uuidString)")
    try input.write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    process.standardInput = try FileHandle(forReadingFrom: file)
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
      err: String(decoding: errData, as: UTF8.self))
  }

  @Test(arguments: rows)
  func badInputGivesItsExitCodeAndAnErrorObjectOnly(row: Row) throws {
    let json = try Self.run(["eval", "-", "--format", "json"], input: row.input)
    #expect(json.status == row.status, "\(json.err)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any], "stdout: \(json.out.prefix(300))")
    #expect(Array(object.keys) == ["error"], "only the error object on standard output")
    let error = try #require(object["error"] as? [String: Any])
    #expect(error["code"] as? String == row.code)
    if !row.field.isEmpty { #expect(error["field"] as? String == row.field, "\(error)") }
    let (en, zh) = (error["message"] as? String ?? "", error["messageZh"] as? String ?? "")
    #expect(en.contains(row.reason), "\(en)")
    #expect(en.hasPrefix(row.field) && zh.hasPrefix(row.field), "both messages name the field: \(en) / \(zh)")
    #expect(zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "a Chinese message: \(zh)")
    #expect(!json.err.isEmpty)

    let text = try Self.run(["eval", "-", "--lang", "en"], input: row.input)
    #expect(text.status == row.status)
    #expect(text.out.isEmpty, "nothing on standard output for text: \(text.out.prefix(200))")
    #expect(row.field.isEmpty || text.err.contains(row.field), "\(text.err.prefix(300))")
  }

  @Test func aByteOrderMarkIsAccepted() throws {
    let result = try Self.run(
      ["eval", "-", "--format", "json"], input: Data([0xEF, 0xBB, 0xBF]) + Data(Self.stoppage.utf8))
    #expect(result.status == 0)
    #expect(result.out.contains(#""total" : "9680.00""#))
  }
}
