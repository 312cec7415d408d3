/// Why a scenario produced no determination. Each case maps to one exit code of the CLI; every message
/// is in both languages.
public enum EvaluationError: Error, Sendable, Equatable {
  /// The input is malformed or contradicts itself; `field` is its path in the scenario, e.g. `facts.start`.
  case badInput(field: String, reason: Localized)
  /// A date, region or situation the rule packs do not cover, with what is missing.
  case notCovered(Localized)
  /// No rule applies to a period: the packs have a hole, reported rather than filled with a guess.
  case noApplicableRule(entitlement: String, period: DateRange)
  /// Two rules apply to the same period; the engine never picks one quietly.
  case conflict(rules: [String], period: DateRange)

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

  /// The message in both languages.
  public var message: Localized {
    switch self {
    case .badInput(let field, let reason):
      Localized("\(field)：\(reason.zh)", en: "\(field): \(reason.en)")
    case .notCovered(let what):
      Localized("规则包不覆盖：\(what.zh)", en: "not covered: \(what.en)")
    case .noApplicableRule(let kind, let period):
      Localized(
        "\(kind) 在 \(period) 没有适用的规则；规则包不覆盖这一情形",
        en: "no rule of the packs for \(kind) applies to \(period); the situation is not covered")
    case .conflict(let rules, let period):
      Localized(
        "规则 \(rules.joined(separator: "、")) 同时适用于 \(period)；事实相互矛盾或规则包重叠",
        en: "rules \(rules.joined(separator: " and ")) all apply to \(period); "
          + "the facts are contradictory or the packs overlap")
    }
  }
}

extension ValueError {
  /// The same reason as bad input in a field.
  public func at(_ field: String) -> EvaluationError { .badInput(field: field, reason: reason) }
}
