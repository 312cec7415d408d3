import ArgumentParser
import Foundation
import LaborRules

extension Language: ExpressibleByArgument {}
extension Proration: ExpressibleByArgument {}
extension FirstPayCycle: ExpressibleByArgument {}
extension RoundingRule: ExpressibleByArgument {}
extension VersionInForce: ExpressibleByArgument {}

/// The output forms.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json, markdown
}

/// How results are shown.
struct OutputOptions: ParsableArguments {
  @Option(name: .long, help: "Output form: text (a 计算书), json (shared/SCENARIOS.md) or markdown.")
  var format: OutputFormat = .text

  @Option(name: .long, help: "Language of text and markdown output: zh (default) or en.")
  var lang: Language = .zh

  /// Prints a determination, or the error, and returns the exit status.
  func emit(_ outcome: Result<Determination, EvaluationError>) -> ExitStatus {
    switch outcome {
    case .success(let d):
      switch format {
      case .text: print(TextRenderer(language: lang).render(d), terminator: "")
      case .json: print(JSONRenderer().render(d), terminator: "")
      case .markdown: print(MarkdownRenderer(language: lang).render(d), terminator: "")
      }
      return .success
    case .failure(let error):
      if format == .json { print(JSONRenderer().render(error: error), terminator: "") }
      FileHandle.standardError.write(Data("error: \(error.message)\n".utf8))
      return ExitStatus(error)
    }
  }
}

/// Overrides of the named assumptions, for every command that evaluates.
struct AssumptionOptions: ParsableArguments {
  @Option(help: "How a monthly amount is paid for part of a month: calendar-days (default), paid-days or whole-month.")
  var proration: Proration?

  @Option(name: .customLong("first-pay-cycle"),
          help: "What the first pay cycle of a stoppage is: from-first-day (default) or calendar-month.")
  var firstPayCycle: FirstPayCycle?

  @Option(name: .customLong("version-in-force"),
          help: "Which text governs a claim that straddles an amendment: first-day (default) or each-day.")
  var versionInForce: VersionInForce?

  @Option(help: "Rounding of each line item to the fen: half-up (default) or half-even.")
  var rounding: RoundingRule?

  /// The flags given, as scenario overrides; flags win over the file's `assumptions`.
  var overrides: [String: String] {
    var result: [String: String] = [:]
    if let proration { result[Proration.key] = proration.rawValue }
    if let firstPayCycle { result[FirstPayCycle.key] = firstPayCycle.rawValue }
    if let versionInForce { result[VersionInForce.key] = versionInForce.rawValue }
    if let rounding { result[RoundingRule.key] = rounding.rawValue }
    return result
  }
}

/// Reads a file, or standard input for `-`.
func readInput(_ path: String) throws(EvaluationError) -> Data {
  if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
  guard let data = FileManager.default.contents(atPath: path) else {
    throw .badInput(field: "(file)", reason: "cannot read '\(path)'")
  }
  return data
}

/// Parses a command-line value with a library parser, naming the flag on failure.
func readFlag<T>(_ flag: String, _ text: String, _ parser: (String) throws(ValueError) -> T) throws -> T {
  do { return try parser(text) } catch { throw ValidationError("\(flag): \(error.reason)") }
}

/// The facts every claim over a period has: where, the wage, the days, and what was paid.
struct ClaimOptions: ParsableArguments {
  @Option(help: "City: Chinese name (广州, 广州市), pinyin (guangzhou) or GB/T 2260 code (440100).")
  var region: String
  @Option(help: "The normal-hours wage per month, in yuan (e.g. 6000 or 6000.50).")
  var wage: String
  @Option(help: "First day, YYYY-MM-DD.")
  var from: String
  @Option(help: "Last day (for a stoppage: the day before work resumed, or the last day of employment), YYYY-MM-DD.")
  var to: String
  @Option(help: "What the employer paid for the whole period, in yuan.")
  var paid: String?

  func read() throws -> (region: Region, wage: Money, from: CivilDate, to: CivilDate, paid: Money?) {
    (try readFlag("--region", region, Region.resolve), try readFlag("--wage", wage, Money.init(parsing:)),
     try readFlag("--from", from, CivilDate.init(parsing:)), try readFlag("--to", to, CivilDate.init(parsing:)),
     try paid.map { try readFlag("--paid", $0, Money.init(parsing:)) })
  }
}
