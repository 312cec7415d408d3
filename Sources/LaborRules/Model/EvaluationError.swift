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

extension EvaluationError: Codable {
  private enum Keys: String, CodingKey { case code, field, reason, entitlement, rules, from, to }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: Keys.self)
    try c.encode(code, forKey: .code)
    switch self {
    case .badInput(let field, let reason):
      try c.encode(field, forKey: .field)
      try c.encode(reason, forKey: .reason)
    case .notCovered(let reason):
      try c.encode(reason, forKey: .reason)
    case .noApplicableRule(let entitlement, let period):
      try c.encode(entitlement, forKey: .entitlement)
      try c.encode(period.from, forKey: .from)
      try c.encode(period.through, forKey: .to)
    case .conflict(let rules, let period):
      try c.encode(rules, forKey: .rules)
      try c.encode(period.from, forKey: .from)
      try c.encode(period.through, forKey: .to)
    }
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: Keys.self)
    let period = { () throws -> DateRange in
      let (from, to) = (try c.decode(CivilDate.self, forKey: .from), try c.decode(CivilDate.self, forKey: .to))
      guard let range = DateRange(from: from, through: to) else {
        throw FieldError(path: c.codingPath + [Keys.to], Localized("结束早于开始", en: "ends before it starts"))
      }
      return range
    }
    switch try c.decode(String.self, forKey: .code) {
    case "bad-input":
      self = .badInput(
        field: try c.decode(String.self, forKey: .field), reason: try c.decode(Localized.self, forKey: .reason))
    case "not-covered": self = .notCovered(try c.decode(Localized.self, forKey: .reason))
    case "no-applicable-rule":
      self = .noApplicableRule(entitlement: try c.decode(String.self, forKey: .entitlement), period: try period())
    case "conflict": self = .conflict(rules: try c.decode([String].self, forKey: .rules), period: try period())
    case let other:
      throw FieldError(
        path: c.codingPath + [Keys.code], Localized("未知错误代码“\(other)”", en: "unknown error code '\(other)'"))
    }
  }
}
