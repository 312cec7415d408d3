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
  /// Years and further months of work in all, and with this employer, when sick leave began, for the medical
  /// period (劳部发〔1994〕479号 art. 3): `totalServiceYears` 5 and `totalServiceMonths` 3 is 5 years 3 months.
  public var totalServiceYears: Int?
  public var totalServiceMonths: Int?
  public var employerServiceYears: Int?
  public var employerServiceMonths: Int?
  /// Or the first day of work in all, and with this employer: the service is counted in calendar months to the
  /// day before sick leave began (民法典 arts. 201–202).
  public var workStart: CivilDate?
  public var employerStart: CivilDate?
  public var paid: Money?

  public init(
    monthlyWage: Money, start: CivilDate, end: CivilDate, contractRate: Rational? = nil, totalServiceYears: Int? = nil,
    employerServiceYears: Int? = nil, totalServiceMonths: Int? = nil, employerServiceMonths: Int? = nil,
    workStart: CivilDate? = nil, employerStart: CivilDate? = nil, paid: Money? = nil
  ) {
    (self.monthlyWage, self.start, self.end, self.contractRate) = (monthlyWage, start, end, contractRate)
    (self.totalServiceYears, self.employerServiceYears, self.paid) = (totalServiceYears, employerServiceYears, paid)
    (self.totalServiceMonths, self.employerServiceMonths) = (totalServiceMonths, employerServiceMonths)
    (self.workStart, self.employerStart) = (workStart, employerStart)
  }

  /// The service in all and with this employer when sick leave began, once the facts are found consistent;
  /// `nil` when the facts give none.
  var service: (total: ServiceLength, employer: ServiceLength)? {
    func length(_ years: Int?, _ months: Int?, _ first: CivilDate?) -> ServiceLength? {
      if let years { return ServiceLength(totalMonths: years * 12 + (months ?? 0)) }
      guard let first else { return nil }
      guard first < start, let period = DateRange(from: first, through: start.adding(days: -1)) else {
        return ServiceLength(totalMonths: 0)
      }
      return ServiceLength(period)
    }
    guard let total = length(totalServiceYears, totalServiceMonths, workStart),
      let employer = length(employerServiceYears, employerServiceMonths, employerStart)
    else { return nil }
    return (total, employer)
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
    for (field, months, years) in [
      ("totalServiceMonths", totalServiceMonths, totalServiceYears),
      ("employerServiceMonths", employerServiceMonths, employerServiceYears),
    ] {
      if let months, !(0...11).contains(months) {
        throw .badInput(field: "facts.\(field)", reason: Localized("须为 0 至 11 个月", en: "must be 0 to 11 months"))
      }
      if months != nil, years == nil {
        throw .badInput(
          field: "facts.\(field)",
          reason: Localized(
            "月数须与年数一并给出（不足一年写 0 年），不能与开始日期同用",
            en: "give the years too (0 for less than a year); months do not go with a first day"))
      }
    }
    for (field, date, years) in [
      ("workStart", workStart, totalServiceYears), ("employerStart", employerStart, employerServiceYears),
    ] {
      if date != nil, years != nil {
        throw .badInput(
          field: "facts.\(field)",
          reason: Localized("开始日期与年数只能给出一种", en: "give either the first day or the years, not both"))
      }
      if let date, date > start {
        throw .badInput(
          field: "facts.\(field)", reason: Localized("不能晚于病休第一天", en: "cannot be after the first day of sick leave"))
      }
      if let date, let earliest = start.adding(months: -70 * 12), date < earliest {
        throw .badInput(
          field: "facts.\(field)",
          reason: Localized("不能早于病休第一天70年以上", en: "cannot be more than 70 years before sick leave"))
      }
    }
    let givesTotal = totalServiceYears != nil || workStart != nil
    let givesEmployer = employerServiceYears != nil || employerStart != nil
    if givesTotal != givesEmployer {
      throw .badInput(
        field: givesTotal ? "facts.employerServiceYears" : "facts.totalServiceYears",
        reason: Localized(
          "医疗期需要实际工作年限与本单位工作年限两项",
          en: "the medical period needs both the years of work and the years with this employer"))
    }
    if let service, service.employer > service.total {
      throw .badInput(
        field: employerStart != nil ? "facts.employerStart" : "facts.employerServiceYears",
        reason: Localized("在本单位的年限不能多于实际工作年限", en: "years with this employer cannot exceed the years of work in all"))
    }
    return period
  }

  private enum CodingKeys: String, CodingKey, CaseIterable {
    case monthlyWage, start, end, contractRate, totalServiceYears, totalServiceMonths, employerServiceYears
    case employerServiceMonths, workStart, employerStart, paid
  }
  public init(from decoder: any Decoder) throws {
    let c = try decoder.strictContainer(CodingKeys.self)
    monthlyWage = try c.decode(Money.self, forKey: .monthlyWage)
    start = try c.decode(CivilDate.self, forKey: .start)
    end = try c.decode(CivilDate.self, forKey: .end)
    contractRate = try c.decodeIfPresent(ExactDecimal.self, forKey: .contractRate)?.value
    totalServiceYears = try c.decodeIfPresent(Int.self, forKey: .totalServiceYears)
    employerServiceYears = try c.decodeIfPresent(Int.self, forKey: .employerServiceYears)
    totalServiceMonths = try c.decodeIfPresent(Int.self, forKey: .totalServiceMonths)
    employerServiceMonths = try c.decodeIfPresent(Int.self, forKey: .employerServiceMonths)
    workStart = try c.decodeIfPresent(CivilDate.self, forKey: .workStart)
    employerStart = try c.decodeIfPresent(CivilDate.self, forKey: .employerStart)
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
    try c.encodeIfPresent(totalServiceMonths, forKey: .totalServiceMonths)
    try c.encodeIfPresent(employerServiceMonths, forKey: .employerServiceMonths)
    try c.encodeIfPresent(workStart, forKey: .workStart)
    try c.encodeIfPresent(employerStart, forKey: .employerStart)
    try c.encodeIfPresent(paid, forKey: .paid)
  }
}
