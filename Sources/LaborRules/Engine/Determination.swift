/// What a worker is owed for one scenario, and why.
public struct Determination: Sendable, Encodable {
  public let entitlement: EntitlementKind
  public let title: Localized
  public let region: Region
  public let period: DateRange
  /// The entitlement for the whole scenario: the sum of the rounded line items.
  public let total: Money
  public let items: [LineItem]
  public let paid: Money?
  /// max(0, total − paid), when the facts give `paid`.
  public let shortfall: Money?
  public let warnings: [Warning]
  public let assumptions: [AssumptionUse]

  private enum Keys: String, CodingKey { case entitlement, title, region, period, total, items, paid, shortfall, warnings, assumptions, trace }
  private enum RegionKeys: String, CodingKey { case code, name }
  private enum PeriodKeys: String, CodingKey { case from, to }
  private struct TraceEntry: Encodable {
    let item: Int, rule: String, from: CivilDate, to: CivilDate, citations: [Citation], conditions: [Observation], steps: [TraceStep]
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: Keys.self)
    try c.encode(entitlement, forKey: .entitlement)
    try c.encode(title, forKey: .title)
    var region = c.nestedContainer(keyedBy: RegionKeys.self, forKey: .region)
    try region.encode(self.region.code, forKey: .code)
    try region.encode(self.region.fullName, forKey: .name)
    var period = c.nestedContainer(keyedBy: PeriodKeys.self, forKey: .period)
    try period.encode(self.period.from, forKey: .from)
    try period.encode(self.period.through, forKey: .to)
    try c.encode(total, forKey: .total)
    try c.encode(items, forKey: .items)
    try c.encodeIfPresent(paid, forKey: .paid)
    try c.encodeIfPresent(shortfall, forKey: .shortfall)
    try c.encode(warnings, forKey: .warnings)
    try c.encode(assumptions, forKey: .assumptions)
    try c.encode(items.enumerated().map {
      TraceEntry(item: $0.offset + 1, rule: $0.element.rule, from: $0.element.from, to: $0.element.to,
                 citations: $0.element.citations, conditions: $0.element.conditions, steps: $0.element.steps)
    }, forKey: .trace)
  }
}

/// One amount for one stretch of days, with the rule and provisions that produced it.
public struct LineItem: Sendable, Encodable {
  public let rule: String
  public let from: CivilDate
  public let to: CivilDate
  public let amount: Money
  /// The rule's title: what the amount is for.
  public let basis: Localized
  public let citations: [Citation]
  /// The conditions that selected the rule.
  public let conditions: [Observation]
  /// How the amount was computed, step by step.
  public let steps: [TraceStep]

  private enum Keys: String, CodingKey { case rule, from, to, amount, basis, basisEn, citations }
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: Keys.self)
    try c.encode(rule, forKey: .rule)
    try c.encode(from, forKey: .from)
    try c.encode(to, forKey: .to)
    try c.encode(amount, forKey: .amount)
    try c.encode(basis.zh, forKey: .basis)
    try c.encode(basis.en, forKey: .basisEn)
    try c.encode(citations, forKey: .citations)
  }
}
