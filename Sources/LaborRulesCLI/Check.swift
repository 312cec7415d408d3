import ArgumentParser
import LaborRules

extension LaborRulesCommand {
  /// `labor-rules check FILE…`: compare each scenario's `expect` with the result.
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "check",
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

    @Option(name: .long, help: "text (default) or json: {\"results\": [{file, name, passed, differences}], …}.")
    var format: OutputFormat = .text

    /// One file's verdict.
    struct Verdict: Encodable {
      let file: String
      let name: String?
      let passed: Bool
      let differences: [String]
    }
    struct Report: Encodable {
      let results: [Verdict]
      let passed: Int
      let failed: Int
    }

    func run() throws {
      var worst = ExitStatus.success
      var verdicts: [Verdict] = []
      for file in files {
        let (verdict, status) = check(file)
        verdicts.append(verdict)
        worst = worse(worst, status)
        guard format != .json else { continue }
        output((verdict.passed ? "✓ " : "✗ ") + file + (verdict.name.map { "  \($0)" } ?? ""))
        for difference in verdict.differences { output("    \(difference)") }
      }
      let passed = verdicts.filter(\.passed).count
      if format == .json {
        output(
          JSONRenderer().render(Report(results: verdicts, passed: passed, failed: files.count - passed)), terminator: ""
        )
      } else {
        output(
          lang == .zh ? "\(passed) 通过，\(files.count - passed) 未通过" : "\(passed) passed, \(files.count - passed) failed")
      }
      if worst != .success { throw ExitCode(worst.rawValue) }
    }

    /// Checks one scenario file: the verdict and the exit status it calls for.
    private func check(_ file: String) -> (Verdict, ExitStatus) {
      let scenario: Scenario
      do { scenario = try Scenario.decode(readInput(file), using: engine.rulebook) } catch {
        return (Verdict(file: file, name: nil, passed: false, differences: [error.message.text(lang)]), .badInput)
      }
      let fail = { (reason: Localized) in
        (
          Verdict(file: file, name: scenario.name, passed: false, differences: [reason.text(lang)]),
          ExitStatus.expectationFailed
        )
      }
      guard let expect = scenario.expect else {
        return fail(Localized("没有 expect，无可核对", en: "no expect: nothing to check"))
      }
      guard !expect.checksNothing else {
        return fail(
          Localized("expect 没有任何字段，无论结果如何都会通过", en: "expect gives no field: it would pass whatever the result"))
      }
      let outcome = Result { () throws(EvaluationError) in try engine.evaluate(scenario) }
      let differences = expect.differences(from: outcome)
      let verdict = Verdict(file: file, name: scenario.name, passed: differences.isEmpty, differences: differences)
      if differences.isEmpty { return (verdict, .success) }
      if case .failure(let error) = outcome, expect.error == nil { return (verdict, ExitStatus(error)) }
      return (verdict, .expectationFailed)
    }

    /// Bad input outranks not covered, which outranks a failed expectation.
    private func worse(_ a: ExitStatus, _ b: ExitStatus) -> ExitStatus {
      let rank: [ExitStatus: Int] = [.success: 0, .expectationFailed: 1, .notCovered: 2, .badInput: 3]
      return (rank[a] ?? 0) >= (rank[b] ?? 0) ? a : b
    }
  }
}
