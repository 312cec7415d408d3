// The facts of `sick-pay` (shared/SCENARIOS.md): 病伤假期工资 within the medical period.
import LaborRules

/// `sick-pay`: pay for sick leave or leave for a non-work injury.
public struct SickPayFacts: EntitlementFacts, Hashable, NormalWageFacts {
  /// The normal-hours wage per month.
  public var monthlyWage: Money
  /// First and last day of sick leave.
  public var start: CivilDate
  public var end: CivilDate
  /// The share of the wage the labour or collective contract grants for sick leave, e.g. 0.7.
  public var contractRate: Rational?
  /// Whole years of work in all, and with this employer, for the medical period (劳部发〔1994〕479号 art. 3).
  public var totalServiceYears: Int?
  public var employerServiceYears: Int?
  public var paid: Money?

  public init(
    monthlyWage: Money, start: CivilDate, end: CivilDate, contractRate: Rational? = nil, totalServiceYears: Int? = nil,
    employerServiceYears: Int? = nil, paid: Money? = nil
  ) {
    (self.monthlyWage, self.start, self.end, self.contractRate) = (monthlyWage, start, end, contractRate)
    (self.totalServiceYears, self.employerServiceYears, self.paid) = (totalServiceYears, employerServiceYears, paid)
  }

  var normalHoursWage: Money? { monthlyWage }

  /// The days of sick leave; the wage positive, the rate a share (at most 1), service years consistent.
  public func claimPeriod() throws(EvaluationError) -> DateRange {
    let period = try DateRange.claim(start, end)
    try monthlyWage.requirePositive("facts.monthlyWage")
    if let rate = contractRate, rate > .one {
      throw .badInput(
        field: "facts.contractRate",
        reason: Localized(
          "比例 \(rate) 大于 1；请写成小数，如 0.7 表示 70%", en: "\(rate) is more than 1; write a share such as 0.7 for 70%"))
    }
    for (field, years) in [("totalServiceYears", totalServiceYears), ("employerServiceYears", employerServiceYears)] {
      if let years, !(0...70).contains(years) {
        throw .badInput(field: "facts.\(field)", reason: Localized("须为 0 至 70 年", en: "must be 0 to 70 years"))
      }
    }
    if let total = totalServiceYears, let employer = employerServiceYears, employer > total {
      throw .badInput(
        field: "facts.employerServiceYears",
        reason: Localized("在本单位的年限不能多于实际工作年限", en: "years with this employer cannot exceed the years of work in all"))
    }
    if (totalServiceYears == nil) != (employerServiceYears == nil) {
      throw .badInput(
        field: totalServiceYears == nil ? "facts.totalServiceYears" : "facts.employerServiceYears",
        reason: Localized(
          "医疗期需要实际工作年限与本单位工作年限两项",
          en: "the medical period needs both the years of work and the years with this employer"))
    }
    return period
  }

  private enum CodingKeys: String, CodingKey, CaseIterable {
    case monthlyWage, start, end, contractRate, totalServiceYears, employerServiceYears, paid
  }
  public init(from decoder: any Decoder) throws {
    let c = try decoder.strictContainer(CodingKeys.self)
    monthlyWage = try c.decode(Money.self, forKey: .monthlyWage)
    start = try c.decode(CivilDate.self, forKey: .start)
    end = try c.decode(CivilDate.self, forKey: .end)
    contractRate = try c.decodeIfPresent(ExactDecimal.self, forKey: .contractRate)?.value
    totalServiceYears = try c.decodeIfPresent(Int.self, forKey: .totalServiceYears)
    employerServiceYears = try c.decodeIfPresent(Int.self, forKey: .employerServiceYears)
    paid = try c.decodeIfPresent(Money.self, forKey: .paid)
  }
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(monthlyWage, forKey: .monthlyWage)
    try c.encode(start, forKey: .start)
    try c.encode(end, forKey: .end)
    try c.encodeIfPresent(contractRate.map(ExactDecimal.init), forKey: .contractRate)
    try c.encodeIfPresent(totalServiceYears, forKey: .totalServiceYears)
    try c.encodeIfPresent(employerServiceYears, forKey: .employerServiceYears)
    try c.encodeIfPresent(paid, forKey: .paid)
  }
}
