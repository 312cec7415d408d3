import ArgumentParser
import LaborRules

extension LaborRulesCommand {
  /// `labor-rules eval FILE|-`: evaluate one scenario file.
  struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "eval",
      abstract: "Evaluate a scenario file and print what is owed, with the derivation.",
      discussion: """
        The file is one JSON object (the scenario contract, see the README): entitlement, region, facts, and \
        optionally assumptions, expect and notes. Use - to read standard input.

          labor-rules eval Examples/stoppage-beyond-one-pay-cycle.json
          labor-rules eval case.json --format json
          cat case.json | labor-rules eval - --lang en --proration paid-days
        """)

    @Argument(help: "The scenario file, or - for standard input.")
    var file: String

    @OptionGroup var output: OutputOptions
    @OptionGroup var assumptions: AssumptionOptions

    func run() throws {
      let overrides = try assumptions.overrides
      let outcome = Result { () throws(EvaluationError) -> Determination in
        var scenario = try Scenario.decode(readInput(file), using: engine.rulebook)
        scenario.assumptions.merge(overrides) { $1 }
        return try engine.evaluate(scenario, alternatives: output.trace != .none, derivation: output.derivation)
      }
      let status = output.emit(outcome)
      if status != .success { throw ExitCode(status.rawValue) }
    }
  }
}
