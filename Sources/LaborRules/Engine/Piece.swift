/// A stretch of days under one rule; pieces of one month under the same rule combine into one line item as
/// the rule's basis says (neighbouring days at one monthly rate; a per-unit rate's measures; lump sums).
struct Piece {
  let rule: Rule
  var period: DateRange
  let value: Evaluated
  /// The measure of the piece's days, for a per-unit basis; summed as pieces combine.
  var measured: Rational?
  /// Lump sums of the pieces combined, for an `amount` basis.
  var amounts: [Evaluated] = []
  /// The days of the pieces combined, which may leave gaps (overtime on 10-01 and 10-03).
  var stretches: [DateRange]
  let citations: [Citation]
  /// What made the measured days what they are (a statutory day's article, a notice's item): gathered as pieces
  /// combine, never a reason to keep them apart.
  var dayCitations: [Citation]
  let seen: [Observation]

  init(
    rule: Rule, period: DateRange, value: Evaluated, measured: Rational?, citations: [Citation],
    dayCitations: [Citation], seen: [Observation]
  ) {
    (self.rule, self.period, self.value, self.measured, self.citations, self.seen) =
      (rule, period, value, measured, citations, seen)
    self.dayCitations = dayCitations
    amounts = [value]
    stretches = [period]
  }

  func canAbsorb(_ next: Piece) -> Bool {
    guard rule.id == next.rule.id, citations == next.citations,
      period.from.firstOfMonth == next.period.from.firstOfMonth
    else { return false }
    switch rule.basis {
    case .perMonth:
      return value.quantity.value == next.value.quantity.value && period.through.adding(days: 1) == next.period.from
    case .per: return value.quantity.value == next.value.quantity.value
    case .amount: return true
    case .standard: return false
    }
  }

  mutating func absorb(_ next: Piece) {
    period = DateRange(from: period.from, through: next.period.through) ?? period
    if let mine = measured, let theirs = next.measured { measured = mine + theirs }
    amounts += next.amounts
    stretches += next.stretches
    for citation in next.dayCitations where !dayCitations.contains(citation) { dayCitations.append(citation) }
  }

  func lineItem(_ context: EvaluationContext, _ rounding: RoundingRule) throws(EvaluationError) -> LineItem {
    let derivation = context.derivation
    var steps = derivation ? value.steps : []
    var exact = value.quantity.value
    switch rule.basis {
    case .perMonth:
      let (prorated, step) = try prorate(context, context.assumption(Proration.self))
      exact = prorated
      if derivation { steps.append(step) }
    case .per(let measure):
      let quantity = Quantity(measured ?? .zero, measure.unit, measure.label)
      exact = value.quantity.value * quantity.value
      if derivation, stretches.reduce(0, { $0 + $1.days }) < period.days {
        let days = stretches.map(\.description)
        steps.append(
          .note(
            Localized("所计的日子：\(days.joined(separator: "、"))", en: "the days counted: \(days.joined(separator: ", "))"),
            cites: []))
      }
      if derivation { steps.append(.measure(rate: value.quantity, measure: quantity, result: Quantity(exact, .yuan))) }
    case .amount where amounts.count > 1:
      exact = amounts.reduce(Rational.zero) { $0 + $1.quantity.value }
      if derivation {
        steps = amounts.flatMap(\.steps) + [.arithmetic(.plus, amounts.map(\.quantity), result: Quantity(exact, .yuan))]
      }
    case .amount, .standard:
      break
    }
    let amount = try exact.money(rounding)
    if derivation { steps.append(.round(exact: exact, amount: amount, rule: rounding)) }
    return LineItem(
      rule: rule.id, from: period.from, to: period.through, amount: amount, basis: rule.title,
      citations: citations + dayCitations.filter { !citations.contains($0) },
      conditions: seen, steps: steps)
  }

  private func prorate(
    _ context: EvaluationContext, _ reading: Proration
  ) throws(EvaluationError)
    -> (Rational, TraceStep)
  {
    let monthly = value.quantity.value
    switch reading {
    case .calendarDays:
      let (days, inMonth) = (period.days, period.from.daysInMonth)
      let result = monthly * Rational(Int64(days), Int64(inMonth))
      return (
        result, .prorate(reading, monthly: monthly, days: days, of: Rational(Int64(inMonth)), result: result, cites: [])
      )
    case .paidDays:
      let paidDays = try context.lookup(.paidDaysPerMonth, on: period.from)
      let weekdays = period.weekdays
      let result = Swift.min(monthly * Rational(Int64(weekdays)) / paidDays.value, monthly)
      return (
        result,
        .prorate(
          reading, monthly: monthly, days: weekdays, of: paidDays.value, result: result,
          cites: [paidDays.citation])
      )
    case .wholeMonth:
      return (monthly, .prorate(reading, monthly: monthly, days: period.days, of: .one, result: monthly, cites: []))
    }
  }
}
