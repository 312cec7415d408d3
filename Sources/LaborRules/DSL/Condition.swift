/// A test on the facts of a case, evaluated by the engine for each period of the claim.
///
/// Conditions are values, not Swift `if`s: a builder `if` would run once when the rule tree is built,
/// while a `Condition` runs for every worker and every period, and the derivation shows what it saw.
/// The built-in vocabulary (`.onOrAfter(…)`, `.during(…)`, `.versionInForce(…)`, `.inCity(…)`, `.inMonths(…)`)
/// lives in `Conditions/`; packs add their own with `Condition.test(label, Test { … })`.
public indirect enum Condition: Sendable {
  case test(Localized, Test)
  case all([Condition])
  case any([Condition])
  case not(Condition)

  /// A primitive test: where its outcome may change inside a claim, its outcome on a period that does not
  /// cross any of those days, and the named assumptions it may consult.
  public struct Test: Sendable {
    let boundaries: @Sendable (EvaluationContext) -> [CivilDate]
    let holds: @Sendable (EvaluationContext, DateRange) throws(EvaluationError) -> Bool
    let consults: [AssumptionInfo]

    public init(
      consults: [AssumptionInfo] = [],
      boundaries: @escaping @Sendable (EvaluationContext) -> [CivilDate] = { _ in [] },
      holds: @escaping @Sendable (EvaluationContext, DateRange) throws(EvaluationError) -> Bool
    ) { (self.consults, self.boundaries, self.holds) = (consults, boundaries, holds) }
  }

  public static func && (a: Condition, b: Condition) -> Condition { .all([a, b]) }
  public static func || (a: Condition, b: Condition) -> Condition { .any([a, b]) }
  public static prefix func ! (a: Condition) -> Condition { .not(a) }

  /// Holds for every case.
  public static let always = Condition.all([])

  /// Days inside the claim at which the outcome may change.
  package func boundaries(_ context: EvaluationContext) -> [CivilDate] {
    switch self {
    case .test(_, let test): test.boundaries(context)
    case .all(let parts), .any(let parts): parts.flatMap { $0.boundaries(context) }
    case .not(let part): part.boundaries(context)
    }
  }

  /// The named assumptions the condition may consult.
  package var consults: [AssumptionInfo] {
    switch self {
    case .test(_, let test): test.consults
    case .all(let parts), .any(let parts): parts.flatMap(\.consults)
    case .not(let part): part.consults
    }
  }

  /// The outcome on a period, with every primitive test seen on the way when the context builds the derivation.
  package func evaluate(
    _ context: EvaluationContext, on period: DateRange
  )
    throws(EvaluationError) -> (holds: Bool, seen: [Observation])
  {
    switch self {
    case .test(let label, let test):
      let holds = try test.holds(context, period)
      return (holds, context.derivation ? [Observation(label: label, holds: holds)] : [])
    case .all(let parts):
      var seen: [Observation] = []
      for part in parts {
        let (holds, observed) = try part.evaluate(context, on: period)
        seen += observed
        if !holds { return (false, seen) }
      }
      return (true, seen)
    case .any(let parts):
      var seen: [Observation] = []
      for part in parts {
        let (holds, observed) = try part.evaluate(context, on: period)
        seen += observed
        if holds { return (true, seen) }
      }
      return (false, seen)
    case .not(let part):
      let (holds, seen) = try part.evaluate(context, on: period)
      return (!holds, seen)
    }
  }

}

/// A primitive condition and its outcome, as the derivation reports it.
public struct Observation: Sendable, Hashable {
  public let label: Localized
  public let holds: Bool
}
