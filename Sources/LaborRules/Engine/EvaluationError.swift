/// Why a scenario produced no determination. Each case maps to one exit code of the CLI.
public enum EvaluationError: Error, Sendable, Equatable {
  /// The input is malformed or contradicts itself; `field` is its path in the scenario, e.g. `facts.start`.
  case badInput(field: String, reason: String)
  /// A date, region or situation the rule packs do not cover, with what is missing.
  case notCovered(String)
  /// No rule applies to a period: the packs have a hole, reported rather than filled with a guess.
  case noApplicableRule(String)
  /// Two rules apply to the same period; the engine never picks one quietly.
  case conflict(rules: [String], period: String)

  /// Stable identifier used in JSON error objects.
  public var code: String {
    switch self {
    case .badInput: "bad-input"
    case .notCovered: "not-covered"
    case .noApplicableRule: "no-applicable-rule"
    case .conflict: "conflict"
    }
  }

  /// The scenario field at fault, when there is one.
  public var field: String? {
    if case .badInput(let field, _) = self { return field }
    return nil
  }

  public var message: String {
    switch self {
    case .badInput(let field, let reason): "\(field): \(reason)"
    case .notCovered(let what): "not covered: \(what)"
    case .noApplicableRule(let period): "no rule of the packs applies to \(period); the situation is not covered"
    case .conflict(let rules, let period):
      "rules \(rules.joined(separator: " and ")) all apply to \(period); the facts are contradictory or the packs overlap"
    }
  }
}
