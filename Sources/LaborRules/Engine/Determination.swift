/// What a worker is owed for one scenario, and why.
public struct Determination: Sendable {
  /// The entitlement's key, e.g. `stoppage`.
  public let entitlement: String
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
  /// For each assumption the result depends on, what each other reading gives.
  public let alternatives: [Alternative]
}

/// The outcome of a scenario under another reading of one named assumption, the others unchanged.
public struct Alternative: Sendable {
  public let key: String
  public let value: String
  public let meaning: Localized
  /// The total under this reading, or the error code when it gives no result (`not-covered`).
  public let outcome: Result<Money, EvaluationError>
  /// What is still owed under this reading, when the scenario says what was paid (a compliance check's
  /// shortfall below the minimum wage).
  public let shortfall: Money?
}

/// One amount for one stretch of days, with the rule and provisions that produced it.
public struct LineItem: Sendable {
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
}
