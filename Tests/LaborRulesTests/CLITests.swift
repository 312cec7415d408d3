import Foundation
import Testing

/// End-to-end tests of the `labor-rules` executable: exit codes, error objects, and the shell commands
/// agreeing with `eval` on the equivalent file.
@Suite struct CLITests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let binary: URL? = {
    let candidates =
      [
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
        root.appendingPathComponent(".build/debug"),
      ]
      + ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(".build").path)) ?? [])
      .map { root.appendingPathComponent(".build/\($0)/debug") }
    return candidates.map { $0.appendingPathComponent("labor-rules") }.first {
      FileManager.default.isExecutableFile(atPath: $0.path)
    }
  }()

  struct Run { let status: Int32; let out: String; let err: String }
  struct MissingBinary: Error, CustomStringConvertible {
    var description: String { "labor-rules is not built: run swift build" }
  }

  func run(_ arguments: [String], input: String? = nil) throws -> Run {
    let process = Process()
    guard let binary = Self.binary else { throw MissingBinary() }
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = Self.root
    let (out, err, inp) = (Pipe(), Pipe(), Pipe())
    (process.standardOutput, process.standardError, process.standardInput) = (out, err, inp)
    try process.run()
    if let input { inp.fileHandleForWriting.write(Data(input.utf8)) }
    try inp.fileHandleForWriting.close()
    let outData = out.fileHandleForReading.readDataToEndOfFile(),
      errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
      err: String(decoding: errData, as: UTF8.self))
  }

  static let scenario =
    #"{"entitlement": "stoppage", "region": "广州", "facts": {"monthlyWage": "6000.00", "start": "2022-11-01", "#
    + #""end": "2023-01-31", "paid": "7000"}}"#

  @Test func stoppageCommandMatchesEvalOfTheEquivalentFile() throws {
    let flags = try run([
      "stoppage", "--region", "广州", "--wage", "6000", "--from", "2022-11-01", "--to", "2023-01-31", "--paid", "7000",
      "--format", "json",
    ])
    let file = try run(["eval", "-", "--format", "json"], input: Self.scenario)
    #expect(flags.status == 0)
    #expect(flags.out == file.out)
    #expect(flags.out.contains(#""shortfall" : "2680.00""#))
  }

  @Test func isolationCommandMatchesEvalOfTheEquivalentFile() throws {
    let flags = try run([
      "isolation", "--category", "government-measures", "--region", "广州", "--wage", "10000",
      "--from", "2022-11-01", "--to", "2022-11-30", "--remote-work", "--paid", "6000", "--lang", "en",
    ])
    let file = try run(["eval", "Examples/isolation-haizhu-lockdown-remote-work.json", "--lang", "en"])
    #expect(flags.status == 0)
    #expect(flags.out == file.out)
    #expect(flags.out.contains("shortfall: 4,000.00 yuan"))
  }

  @Test func overtimeCommandMatchesEvalOfTheEquivalentFile() throws {
    let flags = try run([
      "overtime", "--region", "东莞", "--wage", "8700", "--day", "2025-10-01=8", "--day", "2025-10-04=8", "--day",
      "2025-10-06=8", "--day", "2025-10-11=2", "--format", "json",
    ])
    let file = try run(["eval", "Examples/overtime-national-day-2025.json", "--format", "json"])
    #expect(flags.status == 0)
    #expect(flags.out == file.out)
    #expect(flags.out.contains(#""total" : "3350.00""#))
  }

  @Test func sickPayAndMinimumWageCheckMatchEval() throws {
    let sick = try run([
      "sick-pay", "--region", "汕头", "--wage", "4000", "--from", "2024-03-11", "--to", "2024-06-30", "--contract-rate",
      "0.6", "--total-years", "6", "--employer-years", "2", "--format", "json",
    ])
    #expect(sick.status == 0)
    #expect(sick.out == (try run(["eval", "Examples/sick-pay-medical-period-ends.json", "--format", "json"])).out)
    let check = try run([
      "minimum-wage", "--region", "广州", "--check", "2024-07", "--pay", "2800", "--overtime-pay", "400",
      "--high-temperature-allowance", "300", "--format", "json",
    ])
    #expect(check.status == 0)
    #expect(
      check.out == (try run(["eval", "Examples/minimum-wage-check-overtime-excluded.json", "--format", "json"])).out)
    #expect(check.out.contains(#""shortfall" : "200.00""#))
  }

  @Test func heatCommandMatchesEvalOfTheEquivalentFile() throws {
    let flags = try run([
      "heat", "--region", "广州", "--month", "2024-07", "--paid", "2024-07=0", "--in-kind", "2024-07", "--format",
      "json",
    ])
    let file = try run(["eval", "Examples/high-temperature-drinks-only.json", "--format", "json"])
    #expect(flags.status == 0)
    #expect(flags.out == file.out)
    #expect(flags.out.contains(#""shortfall" : "300.00""#))
    #expect(flags.out.contains(#""code" : "in-kind-not-allowed""#))

    let prorated = try run([
      "heat", "--region", "惠州", "--month", "2025-08", "--absent", "2025-08=3:sick-leave", "--lang", "en",
    ])
    #expect(prorated.out.contains("Total: 248.40 yuan"))
    #expect(try run(["heat", "--region", "广州", "--month", "2024-07", "--absent", "2024-07=2:sick"]).status == 2)
    #expect(try run(["heat", "--region", "广州", "--month", "2024-07", "--paid", "2024-08=300"]).status == 2)
  }

  /// The part-month and service flags of the December 2026 review give what the equivalent golden files give.
  @Test func partMonthAndServiceFlagsMatchTheirGoldenFiles() throws {
    let golden = "Tests/LaborRulesTests/Golden/"
    let pairs: [([String], String)] = [
      (
        [
          "sick-pay", "--region", "广州", "--wage", "5000", "--from", "2025-06-01", "--to", "2026-01-31",
          "--work-start", "2017-03-01", "--employer-start", "2020-02-15",
        ], "sick-pay/guangzhou-five-years-three-months-by-dates.json"
      ),
      (
        ["minimum-wage", "--region", "深圳", "--check", "2025-06", "--pay", "1300", "--employed-from", "2025-06-16"],
        "minimum-wage/shenzhen-2025-06-joined-mid-month.json"
      ),
      (
        [
          "heat", "--region", "珠海", "--month", "2025-07", "--joined", "2025-07-16", "--paid", "2025-07=165.60",
          "--heat-part-month", "days-worked",
        ], "high-temperature/zhuhai-2025-07-joined-mid-month-days-worked.json"
      ),
    ]
    for (flags, file) in pairs {
      let byFlags = try run(flags + ["--format", "json"])
      let byFile = try run(["eval", golden + file, "--format", "json"])
      #expect(byFlags.status == 0, "\(file)")
      #expect(byFlags.out == byFile.out, "\(file)")
    }
    #expect(try run(["heat", "--region", "珠海", "--month", "2025-07", "--joined", "2025-08-16"]).status == 2)
    #expect(
      try run([
        "sick-pay", "--region", "广州", "--wage", "5000", "--from", "2025-06-01", "--to", "2025-06-30",
        "--work-start", "2026-01-01", "--employer-start", "2020-01-01",
      ]).status == 2)
  }

  @Test func severanceCommandMatchesEvalOfTheEquivalentFile() throws {
    let flags = try run([
      "severance", "--region", "东莞", "--hire-date", "2020-07-01", "--end-date", "2025-04-30", "--ground",
      "dismissal-no-fault", "--no-fault-reason", "changed-circumstances", "--no-notice-given", "--last-month-wage",
      "6200", "--average-wage", "5900", "--format", "json",
    ])
    let file = try run(["eval", "Examples/severance-dismissal-without-notice.json", "--format", "json"])
    #expect(flags.status == 0)
    #expect(flags.out == file.out)
    #expect(flags.out.contains(#""total" : "35700.00""#))

    let wages = ["8000", "8000", "8500", "8500"].flatMap { ["--monthly-wage", $0] }
    let expiry = try run(
      [
        "severance", "--region", "深圳", "--hire-date", "2024-06-01", "--end-date", "2024-09-30", "--ground",
        "contract-expiry", "--format", "json",
      ] + wages)
    let expiryFile = try run(
      ["eval", "Tests/LaborRulesTests/Golden/severance/shenzhen-4-months-contract-expiry.json", "--format", "json"])
    #expect(expiry.out == expiryFile.out)
    let capped = [
      "severance", "--region", "深圳", "--hire-date", "2008-03-01", "--end-date", "2023-08-31", "--ground",
      "mass-layoff", "--average-wage", "60000", "--lang", "en",
    ]
    #expect(try run(capped).out.contains("Total: 494,262.00 yuan"))
    #expect(try run(capped + ["--average-wage-series", "employed-persons"]).out.contains("Total: 488,040.00 yuan"))
    #expect(try run(capped + ["--ground", "bogus"]).status == 2)
    let guangzhou = try run([
      "severance", "--region", "广州", "--hire-date", "2015-04-01", "--end-date", "2025-05-31", "--ground",
      "mass-layoff", "--average-wage", "30000", "--format", "json", "--average-wage-missing", "refuse",
    ])
    #expect(guangzhou.status == 3)
    #expect(guangzhou.out.contains("previous-year average monthly wage of Guangzhou"))
  }

  @Test func annualLeaveCommandMatchesEvalOfTheEquivalentFile() throws {
    let flags = try run([
      "annual-leave", "--region", "广州", "--year", "2024", "--work-years", "3", "--average-wage", "7500",
      "--days-taken", "1", "--employed-from", "2024-04-01", "--format", "json",
    ])
    let file = try run(["eval", "Examples/annual-leave-year-of-joining.json", "--format", "json"])
    #expect(flags.status == 0)
    #expect(flags.out == file.out)
    #expect(flags.out.contains(#""total" : "1379.31""#))
    let refusal = try run([
      "annual-leave", "--region", "佛山", "--year", "2024", "--work-years", "22", "--average-wage", "6000",
      "--days-taken", "5", "--refused-in-writing", "--format", "json",
    ])
    let refusalFile = try run(
      ["eval", "Tests/LaborRulesTests/Golden/annual-leave/foshan-written-refusal.json", "--format", "json"])
    #expect(refusal.out == refusalFile.out)
    #expect(
      try run([
        "annual-leave", "--region", "广州", "--year", "2024", "--work-years", "3", "--average-wage", "7500",
        "--days-taken", "1", "--employed-from", "2023-04-01",
      ]).status == 2)
  }

  @Test func assumptionFlagsComeFromTheRulebook() throws {
    let comprehensive = [
      "overtime", "--region", "深圳", "--wage", "9000", "--hours-system", "comprehensive", "--cycle",
      "2024-12-01:2025-02-28", "--hours-worked", "540", "--holiday-hours", "16", "--lang", "en",
    ]
    #expect(try run(comprehensive).out.contains("Total: 4,549.66 yuan"))
    #expect(
      try run(comprehensive + ["--comprehensive-standard", "working-days"]).out.contains("Total: 5,896.55 yuan"))
    #expect(try run(comprehensive + ["--assume", "comprehensive-standard=working-days"]).out.contains("5,896.55"))
    #expect(try run(comprehensive + ["--comprehensive-standard", "weekly"]).status == 2)
  }

  @Test(arguments: [
    (#""6000.00""#, "6000", Int32(2), "facts.monthlyWage"),
    (#""paid""#, #""payd""#, 2, "facts.payd"),
    (#""end": "2023-01-31""#, #""end": "2022-01-31""#, 2, "facts.end"),
    (#""2022-11-01""#, #""2010-11-01""#, 3, "not-covered"),
    ("广州", "火星", 2, #""field" : "region""#),
  ])
  func badInputExitCodes(original: String, replacement: String, status: Int32, mention: String) throws {
    let result = try run(
      ["eval", "-", "--format", "json"], input: Self.scenario.replacingOccurrences(of: original, with: replacement))
    #expect(result.status == status)
    #expect(result.out.contains(mention), "\(result.out)")
    #expect(result.out.contains(#""error""#))
    #expect(!result.err.isEmpty)
  }

  @Test func unreadableFileAndBadFlagsExitTwo() throws {
    #expect(try run(["eval", "no-such-file.json"]).status == 2)
    #expect(
      try run(["stoppage", "--region", "广州", "--wage", "6000.001", "--from", "2022-11-01", "--to", "2023-01-31"]).status
        == 2)
    #expect(try run(["minimum-wage", "--region", "atlantis", "--date", "2025-03-01"]).status == 2)
  }

  /// With --format json every outcome is one JSON object on standard output, flag errors included.
  @Test func flagErrorsAreJSONObjectsNamingTheFlag() throws {
    let region = try run([
      "stoppage", "--region", "火星", "--wage", "6000", "--from", "2022-11-01", "--to", "2023-01-31", "--format", "json",
    ])
    #expect(region.status == 2)
    #expect(region.out.contains(#""field" : "--region""#) && region.out.contains(#""messageZh""#))
    let missing = try run(["stoppage", "--region", "广州", "--from", "2022-11-01", "--format", "json"])
    #expect(missing.status == 2)
    #expect(missing.out.contains(#""field" : "--wage""#))
    let negative = try run([
      "stoppage", "--region", "广州", "--wage", "-6000", "--from", "2022-11-01", "--to", "2023-01-31", "--lang", "en",
    ])
    #expect(negative.status == 2)
    #expect(negative.err.contains("--wage") && negative.err.contains("-6000"))
  }

  @Test func checkRefusesAnExpectThatChecksNothingAndSpeaksJSON() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("labor-rules-\(UUID().uuidString).json")
    try Self.scenario.replacingOccurrences(of: "}}", with: #"}, "expect": {}}"#).write(
      to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    let empty = try run(["check", file.path, "--lang", "en"])
    #expect(empty.status == 1)
    #expect(empty.out.contains("expect gives no field"))
    let json = try run(["check", "Examples/stoppage-beyond-one-pay-cycle.json", "--format", "json"])
    #expect(json.status == 0)
    #expect(json.out.contains(#""passed" : 1"#) && json.out.contains(#""failed" : 0"#))
  }

  @Test func auditWritesOneRowPerRowInOrder() throws {
    let input = [
      "paid_total,worker_id,region,month,monthly_wage,workday_overtime_hours,rest_day_overtime_hours,"
        + "holiday_overtime_hours,heat_exposed,stoppage_start,extra",
      "9000,w1,东莞,2025-10,8700,2,8,16,1,,x", "1,w2,火星,2024-06,6200,,,,0,,x", "garbage",
      "2000,w4,深圳,2025-07,2000,0,0,0,1,,x",
    ].joined(separator: "\r\n")
    let result = try run(["audit", "-"], input: input)
    let lines = result.out.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(result.status == 0)
    #expect(lines.count == 5)
    #expect(lines[0].hasPrefix("worker_id,month,minimum_wage"))
    // 8,700 ÷ 174 = 50: 2 × 75 + 8 × 100 + 16 × 150 = 3,350; allowance 300; total 12,350; short 3,350
    #expect(lines[1] == "w1,2025-10,2080.00,8700.00,0.00,3350.00,300.00,0,12350.00,9000.00,3350.00,")
    #expect(lines[2].hasPrefix("w2,2024-06,,,") && lines[2].contains("region"))
    // "garbage" sits in paid_total: no worker, an error
    #expect(lines[3].hasPrefix(",,,,,,,,,,,") && lines[3].count > 12)
    #expect(lines[4].hasPrefix("w4,2025-07,2520.00,2520.00,"))
    #expect(result.err.contains("4 rows, 2 with errors"))
  }

  @Test func auditJSONLinesGiveEachRowItsLineInTheFile() throws {
    let header =
      "worker_id,region,month,monthly_wage,workday_overtime_hours,rest_day_overtime_hours,holiday_overtime_hours,"
      + "heat_exposed,stoppage_start,paid_total"
    let rows = (1...300).map { "w\($0),广州,2024-06,\(5000 + $0),0,0,0,0,,5000" }
    let result = try run(
      ["audit", "-", "--format", "jsonl"], input: ([header] + rows + ["garbage"]).joined(separator: "\n"))
    let lines = result.out.split(separator: "\n")
    #expect(result.status == 0 && lines.count == 301)
    for (index, line) in lines.enumerated() {
      let object = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      #expect(object["line"] as? Int == index + 2)  // the header is line 1
      #expect(object["worker_id"] as? String == (index < 300 ? "w\(index + 1)" : "garbage"))
    }
    #expect(result.err.contains("301 rows, 1 with errors"))
  }

  @Test func checkReportsDifferencesAndExitsOne() throws {
    let passing = try run(["check", "Examples/stoppage-beyond-one-pay-cycle.json", "--lang", "en"])
    #expect(passing.status == 0)
    #expect(passing.out.hasSuffix("1 passed, 0 failed\n"))
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("labor-rules-\(UUID().uuidString).json")
    try Self.scenario.replacingOccurrences(
      of: "}}", with: #"}, "expect": {"total": "9999.00", "shortfall": "2680.00"}}"#
    )
    .write(to: dir, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: dir) }
    let failing = try run(["check", dir.path, "--lang", "en"])
    #expect(failing.status == 1)
    #expect(failing.out.contains("total: expected 9999.00, got 9680.00"))
  }

  @Test func batchWritesOneLinePerInputLine() throws {
    let input = [Self.scenario, "{ broken", "", Self.scenario.replacingOccurrences(of: "广州", with: "深圳")].joined(
      separator: "\n")
    let result = try run(["batch"], input: input)
    let lines = result.out.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(result.status == 0)
    #expect(lines.count == 4)
    #expect(lines[1].contains(#""error""#) && lines[1].contains(#""line":2"#))
    #expect(lines[2].contains(#""error""#))
    #expect(lines[3].contains(#""total""#))
    #expect(result.err.contains("4 lines, 2 errors"))
  }

  @Test func minimumWageLookupAndHelp() throws {
    let result = try run(["minimum-wage", "--region", "shenzhen", "--date", "2021-12-15", "--lang", "en"])
    #expect(result.status == 0)
    #expect(result.out.contains("Total: 2,200.00 yuan"))
    let rules = try run(["rules", "--lang", "en"])
    #expect(
      rules.out.contains(
        "[minimum-wage.440300] 2008-07-01 … open  last checked 2026-11-01  not covered: 2008-07-01 … 2010-06-30"))
    #expect(rules.out.contains("粤府函〔2025〕23号"))
    // The December 2026 review: the 2025 conversion notice with its sources, the cities' average-wage schedules.
    #expect(rules.out.contains("(人社部发〔2025〕2号)  in force 2025-01-01"))
    #expect(rules.out.contains("(劳社部发〔2008〕3号)  in force 2008-01-03, in force until 2024-12-31"))
    #expect(rules.out.contains("    source: https://84pj.cc/index.php?id=626&mod=detail"))
    #expect(rules.out.contains("[average-wage.440100]") && rules.out.contains("[average-wage.441900]"))
    let help = try run(["stoppage", "--help"])
    #expect(help.status == 0)
    #expect(help.out.contains("--first-pay-cycle"))
  }
}
