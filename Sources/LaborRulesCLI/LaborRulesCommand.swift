import ArgumentParser
import Foundation
import LaborRules
import LaborRulesPacks

/// `labor-rules`: what a worker in Guangdong is owed under labour law, and why.
@main
struct LaborRulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "labor-rules",
    abstract: "Compute what a worker in Guangdong is owed under labour law, with the articles behind each amount.",
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
        labor-rules eval Examples/stoppage-beyond-one-pay-cycle.json --lang en
        labor-rules check Examples/*.json
        labor-rules batch payroll.jsonl > results.jsonl

      EXIT STATUS
        0  evaluated (for check: every expectation met)
        1  a check expectation failed
        2  bad input: unreadable file, invalid JSON, unknown field, invalid value
        3  not covered: a date, region or situation the rule packs do not cover
      """,
    version: "0.1.0",
    subcommands: [
      Eval.self, Check.self, MinimumWageCommand.self, StoppageCommand.self, IsolationCommand.self, OvertimeCommand.self,
      SickPayCommand.self, HeatCommand.self, CalendarCommand.self,
      Batch.self, RulesCommand.self, AssumptionsCommand.self,
    ])

  /// Runs the command; a usage error exits 2 (bad input), as every other bad input does.
  static func main() {
    do {
      var command = try parseAsRoot(AssumptionFlags.normalize(Array(CommandLine.arguments.dropFirst())))
      try command.run()
    } catch {
      let code = exitCode(for: error)
      if code == .validationFailure {
        writeToStandardError(fullMessage(for: error) + "\n")
        Foundation.exit(ExitStatus.badInput.rawValue)
      }
      exit(withError: error)
    }
  }
}

/// The exit statuses of shared/SCENARIOS.md.
enum ExitStatus: Int32 {
  case success = 0, expectationFailed = 1, badInput = 2, notCovered = 3

  init(_ error: EvaluationError) {
    switch error {
    case .badInput: self = .badInput
    case .notCovered, .noApplicableRule, .conflict: self = .notCovered
    }
  }
}

/// The one engine the CLI uses: the shipped Guangdong rulebook.
let engine = Engine(rulebook: .guangdong)
