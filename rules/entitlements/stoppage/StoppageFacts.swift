// The facts of `stoppage` (shared/SCENARIOS.md): 停工停产 not caused by the worker.
import LaborRules

/// `stoppage`: 停工停产 not caused by the worker.
public struct StoppageFacts: EntitlementFacts, Hashable, NormalWageFacts, StoppageClaim {
  /// The normal-hours wage (正常工作时间工资) per month.
  public var monthlyWage: Money
  /// First day of stoppage.
  public var start: CivilDate
  /// Last day of stoppage: the day before resumption, or the day the employment ended.
  public var end: CivilDate
  /// The contract's pay cycle in days, when shorter than a month.
  public var payCycleDays: Int?
  /// Periods after the first pay cycle in which work was arranged at a newly agreed wage.
  public var work: [WorkArrangement]
  /// The living-allowance share of the minimum wage, when more than the legal floor was agreed.
  public var livingAllowanceRate: Rational?
  /// Full-time (default); part-time facts are refused until a rule for them is encoded.
  public var employment: Employment
  /// What the employer paid for the whole period.
  public var paid: Money?

  public init(
    monthlyWage: Money, start: CivilDate, end: CivilDate, payCycleDays: Int? = nil, work: [WorkArrangement] = [],
    livingAllowanceRate: Rational? = nil, employment: Employment = .fullTime, paid: Money? = nil
  ) {
    (self.monthlyWage, self.start, self.end, self.payCycleDays, self.work, self.livingAllowanceRate) =
      (monthlyWage, start, end, payCycleDays, work, livingAllowanceRate)
    (self.employment, self.paid) = (employment, paid)
  }

  var normalHoursWage: Money? { monthlyWage }

  /// The stoppage's days; the wage positive, the pay cycle at least a day, work arranged inside the stoppage
  /// and not overlapping.
  public func claimPeriod() throws(EvaluationError) -> DateRange {
    let period = try DateRange.claim(start, end)
    try monthlyWage.requirePositive("facts.monthlyWage")
    try employment.requireFullTime()
    if let days = payCycleDays, !(1...30).contains(days) {
      throw .badInput(
        field: "facts.payCycleDays",
        reason: Localized(
          "工资支付周期为 1 至 30 天（条例规定一个周期最长三十日；按月支付的请省略此项）；实为 \(days)",
          en:
            "a pay cycle is 1 to 30 days (the regulation caps one cycle at 30; leave it out for monthly pay); got"
            + " \(days)"
        ))
    }
    if let rate = livingAllowanceRate, rate > .one {
      throw .badInput(
        field: "facts.livingAllowanceRate",
        reason: Localized(
          "比例 \(rate) 大于 1；请写成小数，如 0.9 表示最低工资的 90%",
          en: "\(rate) is more than 1; write a share such as 0.9 for 90% of the minimum wage"))
    }
    var previous: DateRange?
    for (index, w) in work.enumerated().sorted(by: { $0.element.from < $1.element.from }) {
      guard let range = DateRange(from: w.from, through: w.to) else {
        throw .badInput(
          field: "facts.work[\(index)].to",
          reason: Localized("\(w.to) 早于 \(w.from)", en: "\(w.to) is before \(w.from)"))
      }
      guard range.intersection(period) == range else {
        throw .badInput(
          field: "facts.work[\(index)]",
          reason: Localized("\(range) 不在停工期间 \(period) 之内", en: "\(range) is not inside the stoppage \(period)"))
      }
      if let share = w.hoursShare, !(share > .zero && share <= .one) {
        throw .badInput(
          field: "facts.work[\(index)].hoursShare",
          reason: Localized(
            "工作时间比例须大于 0、不超过 1，如 0.5 表示正常工作时间的一半",
            en: "the share of normal hours must be more than 0 and at most 1, e.g. 0.5 for half"))
      }
      if let previous, previous.intersection(range) != nil {
        throw .badInput(
          field: "facts.work[\(index)]",
          reason: Localized("\(range) 与另一工作期间 \(previous) 重叠", en: "\(range) overlaps another work period \(previous)"))
      }
      previous = range
    }
    return period
  }

  private enum CodingKeys: String, CodingKey, CaseIterable {
    case monthlyWage, start, end, payCycleDays, work, livingAllowanceRate, employment, paid
  }
  public init(from decoder: any Decoder) throws {
    let c = try decoder.strictContainer(CodingKeys.self)
    monthlyWage = try c.decode(Money.self, forKey: .monthlyWage)
    start = try c.decode(CivilDate.self, forKey: .start)
    end = try c.decode(CivilDate.self, forKey: .end)
    payCycleDays = try c.decodeIfPresent(Int.self, forKey: .payCycleDays)
    work = try c.decodeIfPresent([WorkArrangement].self, forKey: .work) ?? []
    livingAllowanceRate = try c.decodeIfPresent(ExactDecimal.self, forKey: .livingAllowanceRate)?.value
    employment = try c.decodeIfPresent(Employment.self, forKey: .employment) ?? .fullTime
    paid = try c.decodeIfPresent(Money.self, forKey: .paid)
  }
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(monthlyWage, forKey: .monthlyWage)
    try c.encode(start, forKey: .start)
    try c.encode(end, forKey: .end)
    try c.encodeIfPresent(payCycleDays, forKey: .payCycleDays)
    if !work.isEmpty { try c.encode(work, forKey: .work) }
    try c.encodeIfPresent(livingAllowanceRate.map(ExactDecimal.init), forKey: .livingAllowanceRate)
    if employment != .fullTime { try c.encode(employment, forKey: .employment) }
    try c.encodeIfPresent(paid, forKey: .paid)
  }
}

/// Work arranged during a stoppage, after the first pay cycle, at a newly agreed wage; for part of the normal
/// hours (轮岗, reduced hours), `hoursShare` is the share of them worked.
public struct WorkArrangement: Sendable, Hashable, Codable {
  public var from: CivilDate
  public var to: CivilDate
  public var agreedMonthlyWage: Money
  /// The share of the normal hours worked (0 < share ≤ 1); the minimum-wage floor applies pro rata to it
  /// (shared/law/addendum-2026-11-23.md §2.5). Absent: full normal hours.
  public var hoursShare: Rational?

  public init(from: CivilDate, to: CivilDate, agreedMonthlyWage: Money, hoursShare: Rational? = nil) {
    (self.from, self.to, self.agreedMonthlyWage, self.hoursShare) = (from, to, agreedMonthlyWage, hoursShare)
  }

  private enum CodingKeys: String, CodingKey, CaseIterable { case from, to, agreedMonthlyWage, hoursShare }
  public init(from decoder: any Decoder) throws {
    let c = try decoder.strictContainer(CodingKeys.self)
    from = try c.decode(CivilDate.self, forKey: .from)
    to = try c.decode(CivilDate.self, forKey: .to)
    agreedMonthlyWage = try c.decode(Money.self, forKey: .agreedMonthlyWage)
    hoursShare = try c.decodeIfPresent(ExactDecimal.self, forKey: .hoursShare)?.value
  }
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(from, forKey: .from)
    try c.encode(to, forKey: .to)
    try c.encode(agreedMonthlyWage, forKey: .agreedMonthlyWage)
    try c.encodeIfPresent(hoursShare.map(ExactDecimal.init), forKey: .hoursShare)
  }
}
