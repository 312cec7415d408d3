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
