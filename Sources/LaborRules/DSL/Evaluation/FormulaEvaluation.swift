extension Formula {
  /// The formula's exact value on a period, with its steps and citations.
  package func evaluate(_ context: EvaluationContext, on period: DateRange) throws(EvaluationError) -> Evaluated {
    switch self {
    case .constant(let quantity):
      return Evaluated(quantity, steps: [])

    case .product(let factors, let unit):
      let parts = try factors.map { f throws(EvaluationError) in try f.evaluate(context, on: period) }
      let value = parts.reduce(Rational.one) { $0 * $1.quantity.value }
      return Self.combine(parts, .times, value, unit, context.derivation)

    case .sum(let terms, let unit):
      let parts = try terms.map { f throws(EvaluationError) in try f.evaluate(context, on: period) }
      let value = parts.reduce(Rational.zero) { $0 + $1.quantity.value }
      return Self.combine(parts, .plus, value, unit, context.derivation)

    case .quotient(let dividend, let divisor, let unit):
      let (a, b) = (try dividend.evaluate(context, on: period), try divisor.evaluate(context, on: period))
      guard b.quantity.value != .zero else {
        throw .notCovered(
          Localized(
            "\(period)：除数\(b.quantity.label.map { "“\($0.zh)”" } ?? "")为零，无法计算",
            en: "\(period): the divisor\(b.quantity.label.map { " (\($0.en))" } ?? "") is zero"))
      }
      return Self.combine([a, b], .dividedBy, a.quantity.value / b.quantity.value, unit, context.derivation)

    case .atLeast(let amount, let floor, let citation, let code):
      let (a, f) = (try amount.evaluate(context, on: period), try floor.evaluate(context, on: period))
      let applied = a.quantity.value < f.quantity.value
      if applied, let code {
        context.warn(Warning(code, Self.belowFloor(a.quantity, f.quantity, period, citation)))
      }
      let chosen = applied ? f.quantity : a.quantity
      return Evaluated(
        chosen.labelled(nil),
        steps: context.derivation
          ? a.steps + f.steps + [
            .limit(.floor, amount: a.quantity, bound: f.quantity, applied: applied, cites: [citation])
          ] : [],
        citations: a.citations + f.citations + [citation])

    case .atMost(let amount, let cap, let citation):
      let (a, c) = (try amount.evaluate(context, on: period), try cap.evaluate(context, on: period))
      let applied = c.quantity.value < a.quantity.value
      return Evaluated(
        (applied ? c.quantity : a.quantity).labelled(nil),
        steps: context.derivation
          ? a.steps + c.steps + [
            .limit(.cap, amount: a.quantity, bound: c.quantity, applied: applied, cites: [citation])
          ] : [],
        citations: a.citations + c.citations + [citation])

    case .leaf(let leaf):
      return try leaf.evaluate(context, period)
    }
  }

  private static func combine(
    _ parts: [Evaluated], _ op: TraceStep.Operator, _ value: Rational, _ unit: Unit?, _ derivation: Bool
  )
    -> Evaluated
  {
    let unit = unit ?? parts.first { $0.quantity.unit.isMoney }?.quantity.unit ?? parts.first?.quantity.unit ?? .number
    let result = Quantity(value, unit)
    return Evaluated(
      result,
      steps: derivation ? parts.flatMap(\.steps) + [.arithmetic(op, parts.map(\.quantity), result: result)] : [],
      citations: parts.flatMap(\.citations))
  }

  private static func belowFloor(
    _ amount: Quantity, _ floor: Quantity, _ period: DateRange, _ citation: Citation
  )
    -> Localized
  {
    let what = amount.label ?? Localized("金额", en: "the amount")
    let (a, f) = (amount.value.yuanDescription, floor.value.yuanDescription)
    return Localized(
      "\(period)：\(what.zh) \(a) \(amount.unit.words.zh)低于下限 \(f) \(floor.unit.words.zh)，按下限计算（\(citation.zh)）",
      en: "\(period): \(what.en) of \(a) \(amount.unit.words.en) is below the floor of \(f); the floor applies "
        + "(\(citation.en))")
  }

  /// Days inside the claim at which the value may change.
  package func boundaries(_ context: EvaluationContext) -> [CivilDate] {
    leaves.flatMap { $0.boundaries(context) }
  }

  /// The named assumptions the formula may consult.
  package var consults: [AssumptionInfo] { leaves.flatMap(\.consults) }

  /// The leaves in order (left operand first).
  package var leaves: [Leaf] {
    switch self {
    case .constant: []
    case .product(let parts, _), .sum(let parts, _): parts.flatMap(\.leaves)
    case .quotient(let a, let b, _), .atLeast(let a, let b, _, _), .atMost(let a, let b, _): a.leaves + b.leaves
    case .leaf(let leaf): [leaf]
    }
  }
}

extension Unit {
  /// The unit's name, as amounts print it: `元/月`, `yuan a month`.
  public var words: Localized {
    switch self {
    case .yuan: Localized("元", en: "yuan")
    case .yuanPerMonth: Localized("元/月", en: "yuan a month")
    case .yuanPerDay: Localized("元/日", en: "yuan a day")
    case .yuanPerHour: Localized("元/小时", en: "yuan an hour")
    case .yuanPerPiece: Localized("元/件", en: "yuan a piece")
    case .ratio, .number: Localized("", en: "")
    case .hours: Localized("小时", en: "hours")
    case .days: Localized("天", en: "days")
    case .months: Localized("个月", en: "months")
    case .pieces: Localized("件", en: "pieces")
    }
  }
}
