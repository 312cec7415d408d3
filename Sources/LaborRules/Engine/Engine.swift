/// Evaluates scenarios against a rulebook. Pure and thread-safe: an `Engine` holds only the immutable
/// rulebook, and each evaluation builds its own context.
///
/// ```swift
/// let engine = Engine(rulebook: .guangdong)
/// let d = try engine.evaluate(region: .named("广州"), facts: .stoppage(facts))
/// d.total   // 9680.00
/// ```
public struct Engine: Sendable {
  public let rulebook: Rulebook

  public init(rulebook: Rulebook) { self.rulebook = rulebook }

  public func evaluate(_ scenario: Scenario) throws(EvaluationError) -> Determination {
    try evaluate(region: scenario.region, facts: scenario.facts, assumptions: scenario.assumptions)
  }

  public func evaluate(region: Region, facts: Facts, assumptions overrides: [String: String] = [:])
    throws(EvaluationError) -> Determination
  {
    try Assumptions.validate(overrides)
    let situation = try Situation(region: region, facts: facts)
    guard let entitlement = rulebook.entitlements[situation.kind] else {
      throw .notCovered("the entitlement '\(situation.kind.rawValue)' has no rule pack yet")
    }
    let context = EvaluationContext(rulebook: rulebook, situation: situation, overrides: overrides)
    let rules = entitlement.rules
    for rule in rules { try rule.formula.validate(context) }

    // Split the claim at month starts and at every day where a condition, a parameter or a cited
    // provision may change, then evaluate each piece on its own.
    var boundaries = situation.period.monthStarts
    boundaries += entitlement.conditions.flatMap { $0.boundaries(context) }
    boundaries += rules.flatMap { $0.formula.boundaries(context) }
    boundaries += rules.flatMap(\.citations).flatMap { cite -> [CivilDate] in
      if case .dated(let schedule) = cite { return schedule.changes(within: situation.period) }
      return []
    }
    var pieces: [Piece] = []
    for period in situation.period.split(at: boundaries) {
      let piece = try evaluatePiece(entitlement, context, period)
      if let last = pieces.last, last.canAbsorb(piece) { pieces[pieces.count - 1].period = DateRange(from: last.period.from, through: period.through)! }
      else { pieces.append(piece) }
    }

    let rounding = context.assumption(RoundingRule.self)
    let items = pieces.map { $0.lineItem(context, rounding) }
    let total = items.reduce(Money.zero) { $0 + $1.amount }
    var shortfall: Money?
    if let paid = situation.paid {
      shortfall = paid < total ? total - paid : .zero
      if paid < total {
        context.warn(Warning(.underpaid, Localized(
          "已付 \(paid.grouped) 元，少于应得 \(total.grouped) 元，差额 \(shortfall!.grouped) 元",
          en: "paid \(paid.grouped) yuan, less than the \(total.grouped) owed: short by \(shortfall!.grouped)")))
      }
    }
    return Determination(
      entitlement: situation.kind, title: entitlement.title, region: region, period: situation.period, total: total,
      items: items, paid: situation.paid, shortfall: shortfall, warnings: context.warnings,
      assumptions: context.assumptionsUsed)
  }

  private func evaluatePiece(_ entitlement: Entitlement, _ context: EvaluationContext, _ period: DateRange)
    throws(EvaluationError) -> Piece
  {
    let found = try RuleNode.resolve(entitlement.nodes, context, on: period)
    guard let first = found.first else { throw .noApplicableRule("\(entitlement.kind.rawValue) \(period)") }
    guard found.count == 1 else { throw .conflict(rules: found.map(\.id), period: "\(period)") }
    switch first.leaf {
    case .notCovered(let gap): throw .notCovered("\(period): \(gap.reason.en) / \(gap.reason.zh)")
    case .rule(let rule):
      let value = try rule.formula.evaluate(context, on: period)
      var citations: [Citation] = []
      for cite in rule.citations {
        switch cite {
        case .fixed(let citation): citations.append(citation)
        case .dated(let schedule): try citations.append(schedule.lookup(on: period.from).value)
        }
      }
      for citation in value.citations where !citations.contains(citation) { citations.append(citation) }
      return Piece(rule: rule, period: period, value: value, citations: citations, seen: first.seen)
    }
  }
}

/// A stretch of days under one rule at one monthly value; adjacent pieces in the same month merge.
private struct Piece {
  let rule: Rule
  var period: DateRange
  let value: Evaluated
  let citations: [Citation]
  let seen: [Observation]

  func canAbsorb(_ next: Piece) -> Bool {
    rule.id == next.rule.id && rule.basis == .perMonth && value.value == next.value.value && citations == next.citations
      && period.through.adding(days: 1) == next.period.from
      && period.from.firstOfMonth == next.period.from.firstOfMonth
  }

  func lineItem(_ context: EvaluationContext, _ rounding: RoundingRule) -> LineItem {
    var steps = value.steps
    var exact = value.value
    if rule.basis == .perMonth {
      let (prorated, step) = prorate(value.value, context.assumption(Proration.self))
      exact = prorated
      steps.append(step)
    }
    let amount = exact.money(rounding)
    steps.append(TraceStep(
      "\(exact.yuanDescription) → \(amount.grouped) 元（\(rounding.meaning.zh)）",
      en: "\(exact.yuanDescription) → \(amount.grouped) yuan (\(rounding.meaning.en))"))
    return LineItem(rule: rule.id, from: period.from, to: period.through, amount: amount, basis: rule.title,
                    citations: citations, conditions: seen, steps: steps)
  }

  private func prorate(_ monthly: Rational, _ reading: Proration) -> (Rational, TraceStep) {
    let days = period.days, inMonth = period.from.daysInMonth
    let m = monthly.yuanDescription
    switch reading {
    case .calendarDays:
      let value = monthly * Rational(Int64(days), Int64(inMonth))
      return (value, TraceStep("\(m) × \(days)/\(inMonth)（当月 \(inMonth) 天中的 \(days) 天）= \(value.yuanDescription)",
                               en: "\(m) × \(days)/\(inMonth) (\(days) of the month's \(inMonth) days) = \(value.yuanDescription)"))
    case .paidDays:
      let weekdays = period.weekdays
      let value = Swift.min(monthly * Rational(Int64(weekdays) * 100, 2175), monthly)
      return (value, TraceStep("\(m) ÷ 21.75 × \(weekdays)（计薪日，不超过月额）= \(value.yuanDescription)",
                               en: "\(m) ÷ 21.75 × \(weekdays) (paid days, at most the monthly amount) = \(value.yuanDescription)",
                               cites: [Conversion.paidDaysPerMonth]))
    case .wholeMonth:
      return (monthly, TraceStep("整月计 \(m)", en: "whole month: \(m)"))
    }
  }
}
