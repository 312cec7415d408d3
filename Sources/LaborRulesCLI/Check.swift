import ArgumentParser
import LaborRules

extension LaborRulesCommand {
  /// `labor-rules check FILE…`: compare each scenario's `expect` with the result.
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check scenario files against their expected amounts and print every difference.",
      discussion: """
        Each file's `expect` may give total, shortfall, warnings (the exact set of codes), items (compared \
        field by field) or error (the expected error code). Exit 0 when every expectation is met, 1 when one \
        is not, 2 when a file cannot be read, 3 when a scenario is not covered and no error was expected.

          labor-rules check Examples/*.json
        """)

    @Argument(help: "Scenario files with an `expect` object.")
    var files: [String]

    @Option(name: .long, help: "Language of the report: zh (default) or en.")
    var lang: Language = .zh

    func run() throws {
      var worst = ExitStatus.success
      var passed = 0
      for file in files {
        let scenario: Scenario
        do { scenario = try Scenario.decode(readInput(file), using: engine.rulebook) } catch {
          print("✗ \(file)\n    \(error.message.text(lang))")
          worst = ExitStatus.badInput
          continue
        }
        let outcome = Result { () throws(EvaluationError) in try engine.evaluate(scenario) }
        guard let expect = scenario.expect else {
          print("✗ \(file)\n    " + (lang == .zh ? "没有 expect，无可核对" : "no expect: nothing to check"))
          worst = worse(worst, .expectationFailed)
          continue
        }
        let differences = expect.differences(from: outcome)
        if differences.isEmpty {
          passed += 1
          print("✓ \(file)" + (scenario.name.map { "  \($0)" } ?? ""))
        } else {
          print("✗ \(file)" + (scenario.name.map { "  \($0)" } ?? ""))
          for difference in differences { print("    \(difference)") }
          if case .failure(let error) = outcome, expect.error == nil {
            worst = worse(worst, ExitStatus(error))
          } else {
            worst = worse(worst, .expectationFailed)
          }
        }
      }
      print(
        lang == .zh ? "\(passed) 通过，\(files.count - passed) 未通过" : "\(passed) passed, \(files.count - passed) failed")
      if worst != .success { throw ExitCode(worst.rawValue) }
    }

    /// Bad input outranks not covered, which outranks a failed expectation.
    private func worse(_ a: ExitStatus, _ b: ExitStatus) -> ExitStatus {
      let rank: [ExitStatus: Int] = [.success: 0, .expectationFailed: 1, .notCovered: 2, .badInput: 3]
      return rank[a]! >= rank[b]! ? a : b
    }
  }
}
