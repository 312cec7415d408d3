// The facts of `minimum-wage` (shared/SCENARIOS.md): the standard in force on a day.
import LaborRules

/// `minimum-wage`: the standard in force on a day.
public struct MinimumWageFacts: EntitlementFacts, Hashable {
  public var date: CivilDate
  public var employment: Employment

  public init(date: CivilDate, employment: Employment = .fullTime) { (self.date, self.employment) = (date, employment) }

  /// The one day asked about.
  public func claimPeriod() throws(EvaluationError) -> DateRange { try DateRange.claim(date, date) }
  public var paid: Money? { nil }

  private enum CodingKeys: String, CodingKey, CaseIterable { case date, employment }
  public init(from decoder: any Decoder) throws {
    let c = try decoder.strictContainer(CodingKeys.self)
    date = try c.decode(CivilDate.self, forKey: .date)
    employment = try c.decodeIfPresent(Employment.self, forKey: .employment) ?? .fullTime
  }
}

extension Formula {
  /// The minimum wage for the worker's employment (facts.employment): monthly if full-time, hourly if part-time.
  static let minimumWageStandard = Formula.leaf(
    Leaf(
      boundaries: { context in context.changes(of: .minimumWage) },
      evaluate: { context, period throws(EvaluationError) in
        let partTime = try context.facts(as: MinimumWageFacts.self).employment == .partTime
        return try (partTime ? Formula.hourlyMinimumWage : Formula.minimumWage).evaluate(context, on: period)
      }))
}
