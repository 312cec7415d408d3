/// How a rule's amount is computed, as a value the engine evaluates per period and explains step by step.
///
/// The built-in vocabulary covers exact constants, dated parameters looked up on the day, products, sums and
/// quotients, and floors and caps with the provision that sets them. A pack adds its own leaves (a value read
/// from its facts, with its explanation and citation) through `Formula.leaf`.
///
/// ```swift
/// .share(.percent(80), of: .minimumWage)                                     // 80% × the minimum wage
/// .atLeast(.agreedWage, floor: .minimumWage, cites: art12, warn: .belowMinimumWage)
/// .product([.normalWage, .percent(150)], unit: .yuanPerMonth)
/// ```
public indirect enum Formula: Sendable {
  /// An exact constant: a rate, a multiplier, a count.
  case constant(Quantity)
  /// The product of exact quantities; `unit` is the result's (by default the first money operand's).
  case product([Formula], unit: Unit?)
  /// One quantity divided by another.
  case quotient(Formula, Formula, unit: Unit?)
  /// The sum of exact quantities.
  case sum([Formula], unit: Unit?)
  /// The higher of an amount and a floor, with the provision that sets the floor; `warn` is raised when the
  /// floor applies.
  case atLeast(Formula, floor: Formula, cites: Citation, warn: Warning.Code?)
  /// The lower of an amount and a cap, with the provision that sets the cap.
  case atMost(Formula, cap: Formula, cites: Citation)
  /// A leaf a pack or the vocabulary defines: a dated parameter, a value read from the facts.
  case leaf(Leaf)

  /// An open formula leaf: where its value may change, what it refuses up front, and its value on a period.
  public struct Leaf: Sendable {
    let consults: [AssumptionInfo]
    package let boundaries: @Sendable (EvaluationContext) -> [CivilDate]
    package let validate: @Sendable (EvaluationContext) throws(EvaluationError) -> Void
    let evaluate: @Sendable (EvaluationContext, DateRange) throws(EvaluationError) -> Evaluated

    public init(
      consults: [AssumptionInfo] = [],
      boundaries: @escaping @Sendable (EvaluationContext) -> [CivilDate] = { _ in [] },
      validate: @escaping @Sendable (EvaluationContext) throws(EvaluationError) -> Void = { _ in },
      evaluate: @escaping @Sendable (EvaluationContext, DateRange) throws(EvaluationError) -> Evaluated
    ) {
      (self.consults, self.boundaries, self.validate, self.evaluate) = (consults, boundaries, validate, evaluate)
    }
  }

  /// A percentage: `.percent(80)` is 80%.
  public static func percent(_ value: Int64) -> Formula { .constant(Quantity(.percent(value), .ratio)) }

  /// A share of an amount: `rate × base`.
  public static func share(_ rate: Formula, of base: Formula) -> Formula { .product([rate, base], unit: nil) }

  /// A dated parameter of the rulebook in force on the period's first day, in the worker's city for a
  /// regional parameter; `value` picks the number the formula uses (the monthly figure of a minimum wage).
  public static func parameter<Value>(
    _ key: ParameterKey<Value>, _ unit: Unit, _ value: @escaping @Sendable (Value) -> Rational
  ) -> Formula {
    .leaf(
      Leaf(
        boundaries: { context in context.changes(of: key) },
        evaluate: { context, period throws(EvaluationError) in
          let found = try context.lookup(key, on: period.from)
          let label =
            key.regional
            ? Localized(context.region.fullName + key.label.zh, en: "\(key.label.en) of \(context.region.pinyin)")
            : key.label
          let quantity = Quantity(value(found.value), unit, label)
          return Evaluated(
            quantity,
            steps: context.derivation ? [.value(quantity, since: found.entry.from, cites: [found.citation])] : [],
            citations: [found.citation])
        }))
  }
}

/// A formula's value on one period: an exact quantity, the steps that produced it and the citations of the
/// values it read.
public struct Evaluated: Sendable {
  public var quantity: Quantity
  public var steps: [TraceStep]
  public var citations: [Citation]

  public init(_ quantity: Quantity, steps: [TraceStep], citations: [Citation] = []) {
    (self.quantity, self.steps, self.citations) = (quantity, steps, citations)
  }
}
