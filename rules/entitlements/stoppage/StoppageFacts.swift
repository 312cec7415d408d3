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
  /// What the employer paid for the whole period.
  public var paid: Money?

  public init(
    monthlyWage: Money, start: CivilDate, end: CivilDate, payCycleDays: Int? = nil, work: [WorkArrangement] = [],
    livingAllowanceRate: Rational? = nil, paid: Money? = nil
  ) {
    (self.monthlyWage, self.start, self.end, self.payCycleDays, self.work, self.livingAllowanceRate, self.paid) =
      (monthlyWage, start, end, payCycleDays, work, livingAllowanceRate, paid)
  }

  /// The stoppage's days; the wage positive, the pay cycle at least a day, work arranged inside the stoppage
  /// and not overlapping.
  public func claimPeriod() throws(EvaluationError) -> DateRange {
    let period = try DateRange.claim(start, end)
    try monthlyWage.requirePositive("facts.monthlyWage")
    if let days = payCycleDays, days < 1 {
      throw .badInput(
        field: "facts.payCycleDays",
        reason: Localized("工资支付周期至少为 1 天，实为 \(days)", en: "a pay cycle is at least 1 day, got \(days)"))
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
    case monthlyWage, start, end, payCycleDays, work, livingAllowanceRate, paid
  }
  public init(from decoder: any Decoder) throws {
    let c = try decoder.strictContainer(CodingKeys.self)
    monthlyWage = try c.decode(Money.self, forKey: .monthlyWage)
    start = try c.decode(CivilDate.self, forKey: .start)
    end = try c.decode(CivilDate.self, forKey: .end)
    payCycleDays = try c.decodeIfPresent(Int.self, forKey: .payCycleDays)
    work = try c.decodeIfPresent([WorkArrangement].self, forKey: .work) ?? []
    livingAllowanceRate = try c.decodeIfPresent(ExactDecimal.self, forKey: .livingAllowanceRate)?.value
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
    try c.encodeIfPresent(paid, forKey: .paid)
  }
}

/// Work arranged during a stoppage, after the first pay cycle, at a newly agreed wage.
public struct WorkArrangement: Sendable, Hashable, Codable {
  public var from: CivilDate
  public var to: CivilDate
  public var agreedMonthlyWage: Money

  public init(from: CivilDate, to: CivilDate, agreedMonthlyWage: Money) {
    (self.from, self.to, self.agreedMonthlyWage) = (from, to, agreedMonthlyWage)
  }

  private enum CodingKeys: String, CodingKey, CaseIterable { case from, to, agreedMonthlyWage }
  public init(from decoder: any Decoder) throws {
    let c = try decoder.strictContainer(CodingKeys.self)
    from = try c.decode(CivilDate.self, forKey: .from)
    to = try c.decode(CivilDate.self, forKey: .to)
    agreedMonthlyWage = try c.decode(Money.self, forKey: .agreedMonthlyWage)
  }
}
