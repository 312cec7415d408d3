/// Evaluates scenarios against a rulebook. Pure and thread-safe: an `Engine` holds only the immutable
/// rulebook, and each evaluation builds its own context. It knows no entitlement: each is a plug-in of the
/// rulebook, found by its facts type or its key.
///
/// ```swift
/// let engine = Engine(rulebook: .guangdong)
/// let d = try engine.evaluate(region: try Region.resolve("广州"), facts: stoppageFacts)
/// d.total   // 9680.00
/// ```
public struct Engine: Sendable {
  public let rulebook: Rulebook

  public init(rulebook: Rulebook) { self.rulebook = rulebook }

  public func evaluate(
    _ scenario: Scenario, alternatives: Bool = true, derivation: Bool = true
  ) throws(EvaluationError) -> Determination {
    try evaluate(
      region: scenario.region, facts: scenario.facts, assumptions: scenario.assumptions, alternatives: alternatives,
      derivation: derivation)
  }

  /// Evaluates facts in a city. With `alternatives`, the result also gives the total under each other reading
  /// of every named assumption it depends on (one assumption changed at a time). Without `derivation`, the line
  /// items carry no conditions and no steps (the figures, citations, warnings and assumptions are the same): the
  /// derivation is built only for those who read it.
  public func evaluate(
    region: Region, facts: any EntitlementFacts, assumptions overrides: [String: String] = [:],
    alternatives: Bool = true, derivation: Bool = true
  ) throws(EvaluationError) -> Determination {
    try rulebook.validate(assumptions: overrides)
    let entitlement = try rulebook.entitlement(for: facts)
    let claim = try facts.claimPeriod()
    let context = EvaluationContext(
      region: region, claim: claim, facts: facts, parameters: rulebook.parameters, overrides: overrides,
      derivation: derivation)
    let rules = entitlement.rules
    // Refuse, before any period is evaluated, facts a formula can never accept.
    for rule in rules { for leaf in rule.leaves { try leaf.validate(context) } }

    // Split the claim at month starts and at every day where a condition, a parameter, a measure or a
    // cited provision may change, then resolve each part of the entitlement on each piece.
    var boundaries = claim.monthStarts
    boundaries += entitlement.conditions.flatMap { $0.boundaries(context) }
    for rule in rules {
      for leaf in rule.leaves { boundaries += leaf.boundaries(context) }
      if case .per(let measure) = rule.basis { boundaries += measure.boundaries(context) }
      for case .dated(let schedule) in rule.citations { boundaries += schedule.changes(within: claim) }
    }
    let periods = claim.split(at: boundaries)

    var items: [(part: Int, item: LineItem)] = []
    var evaluated: [[Piece]] = []
    for part in entitlement.parts {
      let spans: [DateRange]
      switch part.span {
      case .pieces: spans = facts.undivided ? [claim] : periods
      case .wholeClaim: spans = [claim]
      case .stretch(let days): spans = try days(context).flatMap { $0.intersection(claim) }.map { [$0] } ?? []
      }
      var found: [Piece] = []
      for period in spans {
        if let piece = try evaluatePiece(part, entitlement.kind, context, period) { found.append(piece) }
      }
      evaluated.append(found)
    }
    // Pieces of one month under one rule combine into a line item, never across a day another part pays by the
    // unit (a 300% item does not run over a rest day paid at 200%). Only pieces of the same month are compared,
    // so a long claim stays linear.
    let paidDays = evaluated.map { found in
      Dictionary(
        grouping: found.compactMap { piece -> DateRange? in
          if case .per = piece.rule.basis { return piece.period }
          return nil
        }, by: \.from.firstOfMonth)
    }
    for (index, found) in evaluated.enumerated() {
      let others = paidDays.enumerated().filter { $0.offset != index }.map(\.element)
      var pieces: [Piece] = []
      var piecesOfMonth: [CivilDate: [Int]] = [:]
      for piece in found {
        let month = piece.period.from.firstOfMonth
        if let at = piecesOfMonth[month, default: []].last(where: { pieces[$0].canAbsorb(piece) }),
          !others.contains(where: { part in
            (part[month] ?? []).contains { $0.from > pieces[at].period.through && $0.through < piece.period.from }
          })
        {
          pieces[at].absorb(piece)
        } else {
          piecesOfMonth[month, default: []].append(pieces.count)
          pieces.append(piece)
        }
      }
      let rounding = context.assumption(RoundingRule.self)
      for piece in pieces { items.append((index, try piece.lineItem(context, rounding))) }
    }
    for check in entitlement.checks { try check.run(context) }
    let ordered = items.sorted { ($0.item.from, $0.part) < ($1.item.from, $1.part) }.map(\.item)

    let total = try Money.sum(ordered.map(\.amount))
    var shortfall: Money?
    let paid =
      try entitlement.payment.map { payment throws(EvaluationError) in try payment.paid(context) } ?? facts.paid
    if let paid {
      let short = paid < total ? total - paid : .zero
      if paid < total {
        context.warn(
          entitlement.payment?.shortfall(paid, total, short) ?? .underpaid(paid: paid, total: total, shortfall: short))
      }
      shortfall = short
    }
    var others: [Alternative] = []
    if alternatives {
      for use in context.assumptionsUsed {
        guard let info = rulebook.assumptions.first(where: { $0.key == use.key }) else { continue }
        for reading in info.readings where reading.value != use.value {
          var changed = overrides
          changed[use.key] = reading.value
          let other = Result { () throws(EvaluationError) in
            try evaluate(region: region, facts: facts, assumptions: changed, alternatives: false, derivation: false)
          }
          others.append(
            Alternative(
              key: use.key, value: reading.value, meaning: reading.meaning, outcome: other.map(\.total),
              shortfall: try? other.get().shortfall))
        }
      }
    }
    return Determination(
      entitlement: entitlement.kind, title: entitlement.title, region: region, period: claim, total: total,
      items: ordered, paid: paid, shortfall: shortfall, warnings: context.warnings,
      assumptions: context.assumptionsUsed, alternatives: others)
  }

  /// The one leaf of a part that applies to a piece: a rule's value, nothing, or an error.
  private func evaluatePiece(
    _ part: Entitlement.Part, _ kind: String, _ context: EvaluationContext, _ period: DateRange
  ) throws(EvaluationError) -> Piece? {
    let found = try RuleNode.resolve(part.nodes, context, on: period)
    guard let first = found.first else { throw .noApplicableRule(entitlement: part.id, period: period) }
    guard found.count == 1 else { throw .conflict(rules: found.map(\.id), period: period) }
    switch first.leaf {
    case .notCovered(let gap):
      throw .notCovered(Localized("\(period)：\(gap.reason.zh)", en: "\(period): \(gap.reason.en)"))
    case .noAmount:
      return nil
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
      var measured: Rational?
      var dayCitations: [Citation] = []
      if case .per(let measure) = rule.basis {
        measured = try measure.measure(context, period)
        dayCitations = try measure.cites(context, period)
      }
      return Piece(
        rule: rule, period: period, value: value, measured: measured, citations: citations,
        dayCitations: dayCitations, seen: first.seen)
    }
  }
}

extension Warning {
  /// `underpaid`: what was paid is less than the entitlement.
  static func underpaid(paid: Money, total: Money, shortfall: Money) -> Warning {
    Warning(
      .underpaid,
      Localized(
        "已付 \(paid.grouped) 元，少于应得 \(total.grouped) 元，差额 \(shortfall.grouped) 元",
        en: "paid \(paid.grouped) yuan, less than the \(total.grouped) owed: short by \(shortfall.grouped)"))
  }
}
