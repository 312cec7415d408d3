import Foundation
import LaborRulesAudit
import Testing

@testable import LaborRules
@testable import LaborRulesModel
@testable import LaborRulesPacks

/// Issue 10: each class of input that used to trap (exit 132) is a regression test here, and the arithmetic
/// that made it possible is checked to be total.
@Suite struct ReliabilityTests {
  let engine = Engine(rulebook: .guangdong)

  /// Runs a program to its end: its exit status, standard output and standard error.
  static func run(
    _ program: URL, _ arguments: [String], input: FileHandle? = nil
  ) throws -> (status: Int32, output: String, message: String) {
    let process = Process()
    process.executableURL = program
    process.arguments = arguments
    if let input { process.standardInput = input }
    let (out, err) = (Pipe(), Pipe())
    (process.standardOutput, process.standardError) = (out, err)
    try process.run()
    let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, output, message)
  }

  /// The inputs that trapped, kept as the fuzzers' regression seeds (Fuzz/regressions/fuzz-scenario/): each
  /// now gives a determination or an `EvaluationError`.
  @Test func theInputsThatTrappedNowEvaluate() throws {
    let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Fuzz/regressions/fuzz-scenario")
    let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }
    #expect(files.count >= 6)
    for file in files {
      let data = try Data(contentsOf: directory.appendingPathComponent(file))
      let outcome = Result { () throws(EvaluationError) in
        try engine.evaluate(Scenario.decode(data, using: engine.rulebook))
      }
      if case .success(let d) = outcome {
        _ = JSONRenderer().render(d) + TextRenderer(language: .zh).render(d) + MarkdownRenderer(language: .en).render(d)
      }
    }
  }

  /// A full disk under standard output trapped `audit` (exit 132: `FileHandle.write(_: Data)`) and let the other
  /// commands exit 0 with their result lost. Every command now exits 4 and says the output could not be written.
  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
  func aFullDiskExits4() throws {
    guard let binary = CLITests.binary else { throw CLITests.MissingBinary() }
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let example = root.appendingPathComponent("Examples/stoppage-beyond-one-pay-cycle.json").path
    let payroll = FileManager.default.temporaryDirectory.appendingPathComponent("full-\(UUID().uuidString).csv")
    let header = PayrollAudit.inputColumns.joined(separator: ",")
    try Data((header + "\nw1,广州,2024-07,6000,10,0,0,1,,6000\n").utf8).write(to: payroll)
    defer { try? FileManager.default.removeItem(at: payroll) }
    for arguments in [
      ["audit", payroll.path], ["eval", example], ["eval", example, "--format", "json"], ["calendar", "2025"],
      ["batch", example], ["rules"],
    ] {
      let process = Process()
      process.executableURL = binary
      process.arguments = arguments
      process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
      let err = Pipe()
      process.standardError = err
      try process.run()
      let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      #expect(process.terminationStatus == 4, "\(arguments): \(message)")
      #expect(message.contains("the output could not be written"), "\(arguments): \(message)")
    }
  }

  /// Found by review (session of 2026-11-23 evening), each a trap (exit 132) before: a usage error whose quoted
  /// text is only spaces (the flag was read as its first word, `[0]` of nothing); a directory as the audit's file or
  /// as standard input (Foundation's non-throwing reads trap on EISDIR). Each now exits 2 naming what and why.
  @Test func usageAndReadErrorsExit2() throws {
    guard let binary = CLITests.binary else { throw CLITests.MissingBinary() }
    let directory = FileManager.default.temporaryDirectory.path
    for (arguments, stdin, field) in [
      (["rules", " "], nil, "(arguments)"), (["audit", "x.csv", "--format", " "], nil, "--format"),
      (["batch", " "], nil, "FILE"), (["audit", directory], nil, "FILE"), (["eval", "-"], directory, "(file)"),
      (["check", "-"], directory, "(file)"), (["audit", "-"], directory, "FILE"),
    ] as [([String], String?, String)] {
      let run = try Self.run(binary, arguments, input: stdin.flatMap { FileHandle(forReadingAtPath: $0) })
      // `eval` and `check` write their report, the error included, to standard output; the others to standard error.
      let message = run.output + run.message
      #expect(run.status == 2, "\(arguments): \(message)")
      #expect(message.contains(field + "："), "\(arguments): \(message)")  // the field, as the error names it
      if stdin != nil || arguments == ["audit", directory] {
        #expect(message.contains("Is a directory"), "\(message)")
      }
    }
  }

  /// Found by review: the audit's summary added the rows' shortfalls unchecked, so about 3,200 rows of the largest
  /// wage with the most overtime trapped after their rows were evaluated (and the last block of rows was lost).
  /// Here each row is owed about 2.88 × 10¹⁵ fen, nothing paid: the wage (10¹⁴ fen) plus 744 hours of each kind at
  /// 150%, 200% and 300% of wage ÷ 174 (27.8 times the wage); 3,300 rows pass `Int64.max` (9.22 × 10¹⁸ fen).
  /// A line over the 1 MiB limit among them (2.5 MiB, skipped over three reads) is one error row, and nothing else is
  /// lost; so is such a line last, without its newline; a line of exactly 1 MiB, CR not counted, is read.
  @Test func theAuditsTotalCannotOverflowAndAnOverlongRowKeepsItsPlace() throws {
    guard let binary = CLITests.binary else { throw CLITests.MissingBinary() }
    let payroll = FileManager.default.temporaryDirectory.appendingPathComponent("huge-\(UUID().uuidString).csv")
    defer { try? FileManager.default.removeItem(at: payroll) }
    let header = PayrollAudit.inputColumns.joined(separator: ",") + "\n"
    func audit(_ text: String) throws -> (status: Int32, rows: [Substring], message: String) {
      try Data(text.utf8).write(to: payroll)
      let run = try Self.run(binary, ["audit", payroll.path])
      return (
        run.status, Array(run.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()), run.message
      )
    }
    let rows = (0..<3_300).map { "w\($0),广州,2024-07,999999999999.99,744,744,744,0,,0\n" }
    let long = "w-long,\(String(repeating: "x", count: 5 * InputLimits.maximumBytes / 2)),2024-07\n"
    let big = try audit(header + rows[..<10].joined() + long + rows[10...].joined())
    #expect(big.status == 0, "\(big.message)")
    try #require(big.rows.count == 1 + 3_301)
    // The CSV row writes the message's comma as `;`.
    #expect(big.rows[11] == ",,,,,,,,,,,the line has \(long.utf8.count - 1) bytes; more than the limit of 1048576")
    #expect(big.rows[10].hasPrefix("w9,2024-07,") && big.rows[12].hasPrefix("w10,2024-07,"))
    #expect(
      big.message.contains(
        "3301 rows, 1 with errors, 3300 underpaid, total shortfall more than 92,233,720,368,547,758.07 yuan"),
      "\(big.message)")
    let limit = InputLimits.maximumBytes
    let last = try audit(header + String(repeating: "y", count: 5 * limit / 2))  // 5 × 1,048,576 / 2 = 2,621,440
    #expect(last.status == 0 && last.rows.count == 2)
    #expect(last.rows.last == ",,,,,,,,,,,the line has 2621440 bytes; more than the limit of 1048576")
    let exact = try audit(
      header + String(repeating: "z", count: limit) + "\r\n" + String(repeating: "z", count: limit + 1) + "\r\n")
    #expect(exact.status == 0)
    try #require(exact.rows.count == 3)
    #expect(!exact.rows[1].contains("the line has"), "\(exact.rows[1].prefix(200))")
    #expect(exact.rows[2] == ",,,,,,,,,,,the line has \(limit + 2) bytes; more than the limit of 1048576")
    // One byte over, last and without its newline, is refused too.
    let lastOver = try audit(header + String(repeating: "z", count: limit + 1))
    #expect(
      lastOver.rows.dropFirst() == [",,,,,,,,,,,the line has \(limit + 1) bytes; more than the limit of 1048576"])
  }

  /// Whether strace can run here and trace a child (it needs ptrace): the read-error test injects its error with it.
  static let strace: Bool = {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/strace")
    process.arguments = ["-o", "/dev/null", "/bin/true"]
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }()

  /// Found by review: a read error in mid-payroll lost the block of rows already read (up to 4,095) and the
  /// summary. An I/O error is injected by strace into a late read of the payroll (`-P` counts that file's reads
  /// alone): every row read before it is written, as an uninterrupted run writes it, then the summary, then exit 2
  /// naming the line reading stopped after.
  @Test(.enabled(if: ReliabilityTests.strace))
  func aReadErrorKeepsTheRowsRead() throws {
    guard let binary = CLITests.binary else { throw CLITests.MissingBinary() }
    let payroll = FileManager.default.temporaryDirectory.appendingPathComponent("eio-\(UUID().uuidString).csv")
    let trace = payroll.appendingPathExtension("strace")
    defer { for file in [payroll, trace] { try? FileManager.default.removeItem(at: file) } }
    // 12,000 rows of about 230 bytes (an ignored column of padding): about 2.6 MiB, three blocks of 1 MiB.
    let pad = String(repeating: "p", count: 200)
    let rows = (0..<12_000).map { "w\($0),广州,2024-07,\(5000 + $0 % 1000),1,0,0,0,,0,\(pad)" }
    let header = (PayrollAudit.inputColumns + ["note"]).joined(separator: ",")
    try Data((([header] + rows).joined(separator: "\n") + "\n").utf8).write(to: payroll)
    func audit(_ injection: [String]) throws -> (status: Int32, rows: [Substring], message: String) {
      let strace = ["-f", "-o", trace.path, "-P", payroll.path, "-e", "trace=read"] + injection
      let run = try Self.run(
        URL(fileURLWithPath: "/usr/bin/strace"), strace + [binary.path, "audit", payroll.path, "--lang", "en"])
      return (run.status, run.output.split(separator: "\n"), run.message)
    }
    let whole = try audit([])
    try #require(whole.status == 0 && whole.rows.count == 1 + 12_000, "\(whole.message)")
    let reads = try String(contentsOf: trace, encoding: .utf8).components(separatedBy: "read(").count - 1
    try #require(reads >= 3, "the payroll was read in \(reads) reads")
    let cut = try audit(["-e", "inject=read:error=EIO:when=\(reads - 1)"])  // a read of the last block fails
    #expect(cut.status == 2, "\(cut.message)")
    let written = cut.rows.count - 1
    // The CLI reads 1 MiB at a time, so the rows kept are those whole in the first two MiB (the header is a line).
    let kept = try Data(contentsOf: payroll).prefix(2 << 20).filter { $0 == UInt8(ascii: "\n") }.count - 1
    #expect(written == kept)
    #expect(Array(cut.rows) == Array(whole.rows.prefix(cut.rows.count)))
    #expect(cut.message.contains("\(written) rows, 0 with errors"), "\(cut.message)")
    #expect(
      cut.message.contains("cannot read '\(payroll.path)' after line \(written + 1): Input/output error"),
      "\(cut.message)")
  }

  /// Class 1, dates: `addingMonth()` force-unwrapped past 2200 (a Shenzhen stoppage beginning 2200-12-15).
  @Test func dateArithmeticIsTotal() throws {
    #expect(CivilDate("2200-12-15").addingMonth().description == "2201-01-15")
    let beyond = CivilDate("2200-12-31").adding(days: 40)
    #expect(beyond.description == "2201-02-09")
    #expect(beyond.firstOfMonth.description == "2201-02-01" && beyond.lastOfMonth.description == "2201-02-28")
    #expect(CivilDate("2025-01-01").adding(days: .max).description == "9999-12-31")
    #expect(CivilDate("2025-01-01").adding(days: .min).description == "0001-01-01")
    #expect(CivilDate(dayNumber: .max).addingMonth().description == "9999-12-31")
    #expect(CivilDate(dayNumber: .min).firstOfMonth.description == "0001-01-01")
    #expect(CivilDate("2025-01-31").adding(months: .max) == nil)
    #expect(CivilDate("2025-01-31").adding(months: .min) == nil)
    #expect(CivilDate("2025-01-31").adding(months: 13)?.description == "2026-02-28")
    #expect(CivilDate(year: 2201, month: 1, day: 1) == nil)
    #expect(throws: ValueError.self) { try CivilDate(parsing: "2201-01-01") }
    let d = try engine.evaluate(
      region: .named("深圳"),
      facts: StoppageFacts(monthlyWage: Money(yuan: 6000), start: CivilDate("2200-12-15"), end: CivilDate("2200-12-31"))
    )
    #expect(d.total.fen > 0)
  }

  /// Day numbers round-trip over the whole arithmetic range, and weekdays agree with counting day by day.
  @Test func dayNumbersAndWeekdaysAcrossTheRange() {
    var random = ScenarioGenerator(seed: 20)
    for _ in 0..<2000 {
      let number = CivilDate.dayNumbers.lowerBound + random.next(CivilDate.dayNumbers.count)
      let date = CivilDate(dayNumber: number)
      #expect(date.dayNumber == number)
      let end = date.adding(days: random.next(40))
      guard let range = DateRange(from: date, through: end) else { continue }
      #expect(range.weekdays == (0..<range.days).filter { date.adding(days: $0).weekday <= 5 }.count)
    }
  }

  /// `DateRange.split` force-unwrapped its pieces: any boundaries now tile the range in order.
  @Test func splitTilesTheRangeForAnyBoundaries() throws {
    var random = ScenarioGenerator(seed: 21)
    for _ in 0..<500 {
      let from = random.day("2000-01-01", "2200-12-31")
      let range = try #require(DateRange(from: from, through: from.adding(days: random.next(400))))
      let cuts = (0..<random.next(30)).map { _ in from.adding(days: random.next(500) - 50) }
      let pieces = range.split(at: cuts + range.monthStarts)
      #expect(pieces.first?.from == range.from && pieces.last?.through == range.through)
      for (a, b) in zip(pieces, pieces.dropFirst()) { #expect(a.through.adding(days: 1) == b.from) }
      #expect(pieces.map(\.days).reduce(0, +) == range.days)
    }
    let end = try #require(
      DateRange(from: CivilDate(dayNumber: .max).firstOfMonth, through: CivilDate(dayNumber: .max)))
    #expect(end.monthStarts.isEmpty && end.split(at: [CivilDate(dayNumber: .max)]).count == 2)
  }

  /// Class 2, exact arithmetic: products, sums, comparisons and renderings of fractions whose terms outgrow
  /// `Int64` trapped (a 999,999,999,999.99 wage; 16 decimals of hours; a piece count of 9 × 10¹⁸).
  @Test func rationalArithmeticCannotOverflow() throws {
    let big = Rational(.max, 3)
    #expect((big * big * big).description == "≈29060656182345744267565255655935350164553095966471943812.703704")
    #expect(big + big + big == Rational(.max))
    #expect(Rational(.max) + Rational(.max) - Rational(.max) == Rational(.max))
    #expect(Rational(.min, -1) == Rational(.max) + .one)
    #expect(Rational(.min) < Rational(.max))
    #expect(Rational(1, .max) * Rational(1, .max) < Rational(1, .max))
    let hours = try Rational(parsing: "1.0000000000000001") + (try Rational(parsing: "1.0000000000000003"))
    #expect(hours.description == "≈2")
    #expect((try Rational(parsing: "999999999999999999") * Rational(100)).description == "99999999999999999900")
    #expect(throws: ValueError.self) { try (big * big).rounded(.halfUp) }
    #expect(throws: EvaluationError.self) { try (big * Rational(4)).money(.halfUp) }
    #expect(try (big * Rational(3)).money(.halfUp) == Money(fen: .max))
    #expect(Money(fen: 99_999_999_999_999).exact.yuanDescription == "999999999999.99")
  }

  /// Identities that hold only if the arbitrary-precision path is right: random fractions of up to 60 digits.
  @Test func arbitraryPrecisionKeepsTheIdentities() throws {
    var random = ScenarioGenerator(seed: 22)
    func fraction() -> Rational {
      var value = Rational(Int64(random.next(2_000_000_000)) - 1_000_000_000, Int64(1 + random.next(1_000_000)))
      for _ in 0..<random.next(4) {
        value = value * Rational(.max - Int64(random.next(1000)), Int64(1 + random.next(97)))
      }
      return value
    }
    for _ in 0..<400 {
      let (a, b) = (fraction(), fraction())
      #expect(a + b - b == a)
      #expect(a - a == .zero)
      if b != .zero { #expect(a * b / b == a) }
      #expect((a < b) == (a - b < .zero))
      #expect((a < b) != (b < a) || a == b)
      #expect(a * (b + .one) == a * b + a)
    }
  }

  @Test func bigIntegerDivisionAndDigits() {
    var random = ScenarioGenerator(seed: 23)
    let two64 = BigInt(UInt64.max) + BigInt(Int64(1))
    #expect(two64.description == "18446744073709551616")
    #expect((two64 * two64).description == "340282366920938463463374607431768211456")
    #expect(BigInt(Int64.min).description == "-9223372036854775808" && BigInt(Int64.min).int64 == .min)
    for _ in 0..<300 {
      var (a, b) = (BigInt(Int64(random.next(1 << 30))), BigInt(Int64(1 + random.next(1 << 30))))
      for _ in 0..<random.next(5) {
        a = a * BigInt(Int64(random.next(1 << 30)) - (1 << 29)) + BigInt(Int64(random.next(99)))
      }
      for _ in 0..<random.next(3) { b = b * BigInt(Int64(1 + random.next(1 << 30))) }
      let (q, r) = a.quotientAndRemainder(dividingBy: b)
      #expect(q * b + r == a)
      #expect(r.absolute < b.absolute)
      #expect(r.isZero || r.negative == a.negative)
    }
  }

  /// Money: the input domain (12 digits, 2 decimals), renderings at the extremes, the checked sum.
  @Test func moneyAtItsBounds() throws {
    #expect(try Money(parsing: "999999999999.99") == Money.maximumInput)
    #expect(throws: ValueError.self) { try Money(parsing: "1000000000000") }
    #expect(throws: ValueError.self) { try Money(parsing: "99999999999999999999") }
    #expect(Money(fen: .min).description == "-92233720368547758.08")
    #expect(Money(fen: .min).grouped == "-92,233,720,368,547,758.08")
    #expect(throws: EvaluationError.self) { try Money.sum([Money(fen: .max), Money(fen: 1)]) }
    #expect(try Money.sum([Money(fen: 5), Money(fen: -3)]) == Money(fen: 2))
  }

  /// The bytes of a scenario are bounded before decoding, with the field path.
  @Test func inputLimitsNameWhereAndWhy() throws {
    func failure(_ text: String) -> EvaluationError? {
      do { _ = try InputLimits.check(Data(text.utf8)); return nil } catch { return error }
    }
    #expect(failure(#"{"a": {"b": ["#) == nil)  // malformed JSON is the decoder's to report
    #expect(
      failure(#"{"facts": {"work": ["# + String(repeating: "{},", count: 10_001) + "{}]}}")?.field == "facts.work")
    #expect(
      failure(#"{"x": "\"[[[[", "y": "# + String(repeating: "[", count: 33))?.field == "y"
        + String(repeating: "[0]", count: 31))
    #expect(failure("\u{FEFF}")?.message.en.contains("empty") == true)
    #expect(try InputLimits.check(Data([0xEF, 0xBB, 0xBF, 0x7B, 0x7D])) == Data("{}".utf8))
    #expect(InputLimits.invalidUTF8([0xED, 0xA0, 0x80], from: 0) == 0)  // a surrogate
    #expect(InputLimits.invalidUTF8([0xF4, 0x90, 0x80, 0x80], from: 0) == 0)  // beyond U+10FFFF
    #expect(InputLimits.invalidUTF8(Array("广州 ok".utf8), from: 0) == nil)
  }
}
