/// One step of a derivation, as structured data: the values it saw and produced and the provisions behind
/// them. The engine and the packs record steps; the renderers (LaborRulesRendering) own their words.
public enum TraceStep: Sendable, Hashable {
  /// A value read from the facts or looked up in the law; `since` is the day a dated value took effect.
  case value(Quantity, since: CivilDate?, cites: [Citation])
  /// Exact arithmetic: the operands, the operator and the result.
  case arithmetic(Operator, [Quantity], result: Quantity)
  /// A floor or a cap: the amount, the limit, whether the limit applied, and the provision that sets it.
  case limit(Limit, amount: Quantity, bound: Quantity, applied: Bool, cites: [Citation])
  /// A monthly amount paid for part of a month, under a reading of the `proration` assumption.
  case prorate(Proration, monthly: Rational, days: Int, of: Rational, result: Rational, cites: [Citation])
  /// A rate per unit times a measure of the line item's days (hours, days, pieces).
  case measure(rate: Quantity, measure: Quantity, result: Quantity)
  /// The one rounding of a line item.
  case round(exact: Rational, amount: Money, rule: RoundingRule)
  /// A remark a pack supplies in both languages.
  case note(Localized, cites: [Citation])

  public enum Operator: String, Sendable, Hashable { case times = "×", dividedBy = "÷", plus = "+", minus = "−" }
  public enum Limit: String, Sendable, Hashable { case floor, cap }

  /// The provisions this step cites.
  public var citations: [Citation] {
    switch self {
    case .value(_, _, let cites), .limit(_, _, _, _, let cites), .prorate(_, _, _, _, _, let cites),
      .note(_, let cites):
      cites
    case .arithmetic, .measure, .round: []
    }
  }
}

/// An exact number with its unit and, when it has one, what it is ("正常工作时间工资").
public struct Quantity: Sendable, Hashable {
  /// Money in fen; everything else in its own unit.
  public let value: Rational
  public let unit: Unit
  public let label: Localized?

  public init(_ value: Rational, _ unit: Unit, _ label: Localized? = nil) {
    (self.value, self.unit, self.label) = (value, unit, label)
  }

  public init(_ money: Money, _ unit: Unit, _ label: Localized? = nil) { self.init(money.exact, unit, label) }

  public func labelled(_ label: Localized?) -> Quantity { Quantity(value, unit, label) }
}

/// The unit of a quantity. Money units hold fen.
public enum Unit: String, Sendable, Hashable {
  case yuan, yuanPerMonth, yuanPerDay, yuanPerHour, yuanPerPiece
  case ratio, hours, days, months, pieces, number

  public var isMoney: Bool {
    switch self {
    case .yuan, .yuanPerMonth, .yuanPerDay, .yuanPerHour, .yuanPerPiece: true
    default: false
    }
  }
}
