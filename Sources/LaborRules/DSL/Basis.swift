/// How a rule's value becomes a line item.
public enum Basis: Sendable {
  /// A rate per month, prorated over the days of each line item (assumption `proration`); neighbouring
  /// pieces of one month at the same rate make one item.
  case perMonth
  /// A rate per unit of a measure of the item's days (hours worked on statutory holidays, calendar days):
  /// the item is rate × the measure summed over its pieces of one month, rounded once.
  case per(Measure)
  /// The value is the item's amount (a lump sum); pieces of one month under the rule add up.
  case amount
  /// A standard in force on the day, reported as it is (a minimum wage looked up).
  case standard

  /// The named assumptions the basis consults.
  package var consults: [AssumptionInfo] {
    switch self {
    case .perMonth: [AssumptionInfo(Proration.self)]
    case .per(let measure): measure.consults
    case .amount, .standard: []
    }
  }
}

/// A quantity of a stretch of days that a per-unit rate multiplies: calendar days, hours worked on days of a
/// calendar class, pieces made. The vocabulary has `calendarDays`; packs define the measures of their facts.
public struct Measure: Sendable {
  public let label: Localized
  public let unit: Unit
  package let consults: [AssumptionInfo]
  package let boundaries: @Sendable (EvaluationContext) -> [CivilDate]
  package let measure: @Sendable (EvaluationContext, DateRange) throws(EvaluationError) -> Rational
  /// The provisions that make the measured days what they are (a statutory holiday's article, a notice's item
  /// for a make-up workday), cited on the line item.
  package let cites: @Sendable (EvaluationContext, DateRange) throws(EvaluationError) -> [Citation]

  public init(
    _ label: Localized, _ unit: Unit, consults: [AssumptionInfo] = [],
    boundaries: @escaping @Sendable (EvaluationContext) -> [CivilDate] = { _ in [] },
    cites: @escaping @Sendable (EvaluationContext, DateRange) throws(EvaluationError) -> [Citation] = { _, _ in [] },
    measure: @escaping @Sendable (EvaluationContext, DateRange) throws(EvaluationError) -> Rational
  ) {
    (self.label, self.unit, self.consults, self.boundaries, self.measure) = (label, unit, consults, boundaries, measure)
    self.cites = cites
  }

  /// Calendar days, both ends counted: a rate per day.
  public static let calendarDays = Measure(Localized("日历天数", en: "calendar days"), .days) { _, period in
    Rational(Int64(period.days))
  }
}
