// Entitlement `wage`: the normal-hours wage for days of normal work (劳动法 art. 50: paid monthly, in money), never
// below the minimum wage in force (最低工资规定 art. 12; shared/law/addendum-2026-11-23.md §2.4, assumption
// `normal-wage-floor`). A part of a month is prorated by the `proration` assumption. The payroll audit uses it for
// the days of a month before a stoppage.
import LaborRules

/// `wage`: the normal-hours wage for a stretch of days of normal work.
public struct WageFacts: EntitlementFacts, Hashable, NormalWageFacts {
  public var monthlyWage: Money
  public var start: CivilDate
  public var end: CivilDate
  public var paid: Money?

  public init(monthlyWage: Money, start: CivilDate, end: CivilDate, paid: Money? = nil) {
    (self.monthlyWage, self.start, self.end, self.paid) = (monthlyWage, start, end, paid)
  }

  var normalHoursWage: Money? { monthlyWage }

  /// The days worked; the wage positive.
  public func claimPeriod() throws(EvaluationError) -> DateRange {
    let period = try DateRange.claim(start, end)
    try monthlyWage.requirePositive("facts.monthlyWage")
    return period
  }

  private enum CodingKeys: String, CodingKey, CaseIterable { case monthlyWage, start, end, paid }
  public init(from decoder: any Decoder) throws {
    let c = try decoder.strictContainer(CodingKeys.self)
    monthlyWage = try c.decode(Money.self, forKey: .monthlyWage)
    start = try c.decode(CivilDate.self, forKey: .start)
    end = try c.decode(CivilDate.self, forKey: .end)
    paid = try c.decodeIfPresent(Money.self, forKey: .paid)
  }
}

extension Entitlements {
  static let wage = Entitlement(
    "wage", Localized("正常工作时间工资", en: "Normal-hours wage"), facts: WageFacts.self
  ) {
    Rule(
      "labour-law.art50.normal-wage",
      Localized(
        "提供正常劳动的，按月支付正常工作时间工资，不低于当地最低工资标准",
        en: "Normal work: the normal-hours wage, monthly, not below the local minimum wage"),
      cites: [.of(LabourLaw.art50), .of(MinimumWageProvisions.art12)]
    ) { .normalWage }
  }
}
