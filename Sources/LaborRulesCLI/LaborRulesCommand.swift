import ArgumentParser
import Foundation
import LaborRules
import LaborRulesPacks

/// `labor-rules`: what a worker in Guangdong is owed under labour law, and why.
@main
struct LaborRulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "labor-rules",
    abstract: "计算广东劳动者依法应得的待遇及其法条依据。What a worker in Guangdong is owed, and the articles behind it.",
    discussion: """
      Answers are a 计算书: each amount with its dates, its basis, the arithmetic and the article of law. \
      Chinese by default; --lang en for English; --format json for services.

      EXAMPLES
        labor-rules minimum-wage --region 广州 --date 2025-03-01
        labor-rules calendar 2025-10 --lang en
        labor-rules stoppage --region 广州 --wage 6000 \\
            --from 2022-11-01 --to 2023-01-31 --paid 7000
        labor-rules isolation --category government-measures --region 广州 \\
            --wage 10000 --from 2022-11-01 --to 2022-11-30 --remote-work --paid 6000
        labor-rules overtime --region 东莞 --wage 8700 \\
            --day 2025-10-01=8 --day 2025-10-04=8 --day 2025-10-11=2
        labor-rules heat --region 广州 --month 2024-07 --month 2024-08 \\
            --absent 2024-08=3:sick-leave --paid 2024-07=0 --in-kind 2024-07
        labor-rules severance --region 东莞 --hire-date 2020-07-01 \\
            --end-date 2025-04-30 --ground dismissal-no-fault \\
            --no-fault-reason changed-circumstances --no-notice-given \\
            --last-month-wage 6200 --average-wage 5900
        labor-rules annual-leave --region 广州 --year 2024 --work-years 3 \\
            --average-wage 7500 --days-taken 1 --employed-from 2024-04-01
        labor-rules eval Examples/stoppage-beyond-one-pay-cycle.json --lang en
        labor-rules check Examples/*.json
        labor-rules batch payroll.jsonl > results.jsonl

      EXIT STATUS
        0  evaluated (for check: every expectation met)
        1  a check expectation failed
        2  bad input: unreadable file, invalid JSON, unknown field, invalid value
        3  not covered: a date, region or situation the rule packs do not cover
        4  the output could not be written (a full disk, a closed file)
      """,
    version: "0.1.0",
    subcommands: [
      Eval.self, Check.self, MinimumWageCommand.self, StoppageCommand.self, IsolationCommand.self, OvertimeCommand.self,
      SickPayCommand.self, HeatCommand.self, SeveranceCommand.self, AnnualLeaveCommand.self, CalendarCommand.self,
      AuditCommand.self,
      Batch.self, RulesCommand.self, AssumptionsCommand.self,
    ])

  /// Runs the command; a usage error exits 2 (bad input), as every other bad input does, and with
  /// `--format json` it is a JSON error object on standard output like every other outcome.
  static func main() {
    let arguments = AssumptionFlags.normalize(Array(CommandLine.arguments.dropFirst()))
    do {
      var command = try parseAsRoot(arguments)
      try command.run()
      finishOutput()
    } catch let error as FlagError {
      fail(.badInput(field: error.flag, reason: error.reason), arguments)
    } catch {
      guard exitCode(for: error) == .validationFailure else {
        finishOutput()
        exit(withError: error)
      }
      fail(usageError(error), arguments)
    }
  }

  /// What a usage error reports: the flag its message quotes (`(arguments)` when none) and the message.
  static func usageError(_ error: any Error) -> EvaluationError {
    let message = Self.message(for: error)
    let zh = "命令行参数有误（\(message)）；用 --help 查看用法"
    return .badInput(
      field: flag(quotedIn: message) ?? "(arguments)", reason: Localized(zh, en: message + "; see --help for usage"))
  }

  /// Reports bad input on the command line: a JSON error object with `--format json`, the message on standard
  /// error in the chosen language, and exit 2.
  private static func fail(_ error: EvaluationError, _ arguments: [String]) -> Never {
    let json =
      zip(arguments, arguments.dropFirst()).contains { $0 == "--format" && $1 == "json" }
      || arguments.contains("--format=json")
    let english =
      zip(arguments, arguments.dropFirst()).contains { $0 == "--lang" && $1 == "en" }
      || arguments.contains("--lang=en")
    if json { output(JSONRenderer().render(error: error), terminator: "") }
    let message = english ? "error: " + error.message.en : "错误：" + error.message.zh
    writeToStandardError(message + "\n")
    finishOutput()
    Foundation.exit(ExitStatus.badInput.rawValue)
  }

  /// The first flag an argument parser's message quotes (`'--format <format>'` gives `--format`); nil when it
  /// quotes none (a stray argument, a value).
  static func flag(quotedIn message: String) -> String? {
    let quoted = message.split(separator: "'", omittingEmptySubsequences: false).enumerated().filter {
      $0.offset % 2 == 1
    }
    return quoted.lazy.compactMap { $0.element.split(separator: " ").first }.first { $0.hasPrefix("-") }.map(
      String.init)
  }

  /// Writes what is buffered for standard output; when that or an earlier write failed, says so and exits 4.
  private static func finishOutput() {
    do { try StandardOutput.shared.flush() } catch {
      writeToStandardError("错误：无法写出结果（\(error.reason)）\nerror: the output could not be written: \(error.reason)\n")
      Foundation.exit(ExitStatus.outputFailed.rawValue)
    }
  }
}

/// The exit statuses of shared/SCENARIOS.md, and 4 when the output could not be written.
enum ExitStatus: Int32 {
  case success = 0, expectationFailed = 1, badInput = 2, notCovered = 3, outputFailed = 4

  init(_ error: EvaluationError) {
    switch error {
    case .badInput: self = .badInput
    case .notCovered, .noApplicableRule, .conflict: self = .notCovered
    }
  }
}

/// The one engine the CLI uses: the shipped Guangdong rulebook.
let engine = Engine(rulebook: .guangdong)
