/// What a scenario's author expects; `labor-rules check` compares each given field with the result.
public struct Expectation: Sendable, Hashable, Codable {
  /// An expected line item; only the fields given are compared.
  public struct Item: Sendable, Hashable, Codable {
    public var rule: String?
    public var from: CivilDate?
    public var to: CivilDate?
    public var amount: Money?

    private enum CodingKeys: String, CodingKey, CaseIterable { case rule, from, to, amount }
    public init(from decoder: any Decoder) throws {
      try decoder.rejectUnknownKeys(CodingKeys.allCases.map(\.rawValue))
      let c = try decoder.container(keyedBy: CodingKeys.self)
      rule = try c.decodeIfPresent(String.self, forKey: .rule)
      from = try c.decodeIfPresent(CivilDate.self, forKey: .from)
      to = try c.decodeIfPresent(CivilDate.self, forKey: .to)
      amount = try c.decodeIfPresent(Money.self, forKey: .amount)
    }
  }

  public var total: Money?
  public var shortfall: Money?
  /// The exact set of warning codes expected.
  public var warnings: [String]?
  public var items: [Item]?
  /// The error code expected instead of a result (`not-covered`, `bad-input`, …).
  public var error: String?

  private enum CodingKeys: String, CodingKey, CaseIterable { case total, shortfall, warnings, items, error }
  public init(from decoder: any Decoder) throws {
    try decoder.rejectUnknownKeys(CodingKeys.allCases.map(\.rawValue))
    let c = try decoder.container(keyedBy: CodingKeys.self)
    total = try c.decodeIfPresent(Money.self, forKey: .total)
    shortfall = try c.decodeIfPresent(Money.self, forKey: .shortfall)
    warnings = try c.decodeIfPresent([String].self, forKey: .warnings)
    items = try c.decodeIfPresent([Item].self, forKey: .items)
    error = try c.decodeIfPresent(String.self, forKey: .error)
  }

  /// True when no field is given: such an `expect` would pass whatever the result.
  public var checksNothing: Bool { total == nil && shortfall == nil && warnings == nil && items == nil && error == nil }

  /// Every difference between this expectation and an outcome, as sentences; empty when all are met.
  public func differences(from outcome: Result<Determination, EvaluationError>) -> [String] {
    switch outcome {
    case .failure(let failure):
      if let error {
        return error == failure.code ? [] : ["error: expected \(error), got \(failure.code): \(failure.message.en)"]
      }
      return ["expected a result, got error \(failure.code): \(failure.message.en)"]
    case .success(let d):
      var diffs: [String] = []
      if let error { diffs.append("error: expected \(error), got a result with total \(d.total)") }
      if let total, total != d.total { diffs.append("total: expected \(total), got \(d.total)") }
      if let shortfall, shortfall != d.shortfall {
        diffs.append(
          "shortfall: expected \(shortfall), got \(d.shortfall.map(\.description) ?? "none (no paid amount)")")
      }
      if let warnings {
        let got = d.warnings.map(\.code.rawValue)
        if Set(warnings) != Set(got) {
          let (want, have) = (warnings.sorted().joined(separator: ", "), got.sorted().joined(separator: ", "))
          diffs.append("warnings: expected [\(want)], got [\(have)]")
        }
      }
      if let items {
        if items.count != d.items.count { diffs.append("items: expected \(items.count), got \(d.items.count)") }
        for (index, (want, got)) in zip(items, d.items).enumerated() {
          if let rule = want.rule, rule != got.rule {
            diffs.append("items[\(index)].rule: expected \(rule), got \(got.rule)")
          }
          if let from = want.from, from != got.from {
            diffs.append("items[\(index)].from: expected \(from), got \(got.from)")
          }
          if let to = want.to, to != got.to { diffs.append("items[\(index)].to: expected \(to), got \(got.to)") }
          if let amount = want.amount, amount != got.amount {
            diffs.append("items[\(index)].amount: expected \(amount), got \(got.amount)")
          }
        }
      }
      return diffs
    }
  }
}
