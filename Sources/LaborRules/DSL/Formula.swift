/// How a rule's amount is computed from the facts and the dated parameters, as a value the engine
/// evaluates per period and explains step by step.
///
/// ```swift
/// .share(.percent(80), of: .minimumWage)                          // 80% × the minimum wage on the day
/// .atLeast(.agreedWage, floor: .minimumWage, cites: art12)        // the higher of the two, cited
/// ```
public indirect enum Formula: Sendable {
  /// The worker's normal-hours wage per month (facts.monthlyWage).
  case normalWage
  /// The wage newly agreed for work arranged in the period (facts.work[…].agreedMonthlyWage, or
  /// facts.remoteWork.agreedMonthlyWage).
  case agreedWage
  /// The full-time monthly minimum wage in force in the worker's city on the day.
  case minimumWage
  /// The minimum wage for the worker's employment: monthly if full-time, hourly if part-time.
  case minimumWageStandard
  /// A share of another amount.
  case share(Share, of: Formula)
  /// The higher of an amount and a floor, with the provision that sets the floor.
  case atLeast(Formula, floor: Formula, cites: Citation)

  /// The fraction a `share` takes.
  public enum Share: Sendable {
    case fixed(Rational)
    /// The agreed living-allowance rate (facts.livingAllowanceRate), or the legal floor when none was
    /// agreed; a rate below the floor is refused.
    case livingAllowanceRate(floor: Rational, cites: Citation)

    public static func percent(_ value: Int64) -> Share { .fixed(.percent(value)) }
  }

  /// Refuses facts the formula can never accept (a living-allowance rate below its floor).
  func validate(_ context: EvaluationContext) throws(EvaluationError) {
    switch self {
    case .normalWage, .agreedWage, .minimumWage, .minimumWageStandard: return
    case .share(let share, let base):
      if case .livingAllowanceRate(let floor, let citation) = share, let rate = context.situation.livingAllowanceRate,
        rate < floor
      {
        throw .badInput(
          field: "facts.livingAllowanceRate",
          reason: "\(rate) is below the legal floor of \(floor) of the minimum wage set by \(citation.zh) (\(citation.en))")
      }
      try base.validate(context)
    case .atLeast(let amount, let floor, _):
      try amount.validate(context)
      try floor.validate(context)
    }
  }

  /// Days inside the claim at which the amount may change.
  func boundaries(_ context: EvaluationContext) -> [CivilDate] {
    switch self {
    case .normalWage: []
    case .agreedWage: context.situation.work.flatMap { [$0.from, $0.to.adding(days: 1)] }
    case .minimumWage, .minimumWageStandard: context.minimumWageChanges()
    case .share(_, let base): base.boundaries(context)
    case .atLeast(let amount, let floor, _): amount.boundaries(context) + floor.boundaries(context)
    }
  }
}
