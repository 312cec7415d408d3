// The facts of `annual-leave` (shared/SCENARIOS.md): pay for unused annual leave (未休年休假工资). Additive facts
// beyond the contract's core, for the absences that take away the year's leave (职工带薪年休假条例 art. 4):
// `schoolVacationDays`, `paidPersonalLeaveDays` (personal leave on which the employer did not deduct wages) and
// `sickLeaveMonths`.
import LaborRules

/// `annual-leave`: the unused days of one calendar year at one employer.
public struct AnnualLeaveFacts: EntitlementFacts, Hashable {
  /// The leave year, a calendar year (实施办法 art. 9).
  public var year: Int
  /// Whole years of work completed, at any employer, at the start of the year (条例 art. 3; 实施办法 art. 4).
  public var cumulativeWorkYears: Int
  /// The average monthly wage of the last 12 months, overtime pay excluded (实施办法 art. 11).
  public var averageMonthlyWage: Money
  /// Leave days taken (arranged) this year.
  public var daysTaken: Int
  /// The first day at this employer, when it falls in the year.
  public var employedFrom: CivilDate?
  /// The last day at this employer, when it falls in the year.
  public var employedTo: CivilDate?
  /// The employer arranged leave and the worker, for personal reasons, declined it in writing (实施办法 art. 10).
  public var refusedInWriting: Bool
  /// Days of winter and summer school vacation in the year (条例 art. 4 item 1).
  public var schoolVacationDays: Int?
  /// Days of personal leave in the year on which the employer, under its rules, did not deduct wages (art. 4
  /// item 2).
  public var paidPersonalLeaveDays: Int?
  /// Months of sick leave in the year, e.g. "2.5" (art. 4 items 3–5).
  public var sickLeaveMonths: Rational?
  public var paid: Money?

  public init(
    year: Int, cumulativeWorkYears: Int, averageMonthlyWage: Money, daysTaken: Int, employedFrom: CivilDate? = nil,
    employedTo: CivilDate? = nil, refusedInWriting: Bool = false, schoolVacationDays: Int? = nil,
    paidPersonalLeaveDays: Int? = nil, sickLeaveMonths: Rational? = nil, paid: Money? = nil
  ) {
    (self.year, self.cumulativeWorkYears, self.averageMonthlyWage, self.daysTaken) =
      (year, cumulativeWorkYears, averageMonthlyWage, daysTaken)
    (self.employedFrom, self.employedTo, self.refusedInWriting) = (employedFrom, employedTo, refusedInWriting)
    (self.schoolVacationDays, self.paidPersonalLeaveDays, self.sickLeaveMonths, self.paid) =
      (schoolVacationDays, paidPersonalLeaveDays, sickLeaveMonths, paid)
  }

  /// The year's first and last day.
  var yearDays: DateRange? {
    guard let first = CivilDate(year: year, month: 1, day: 1), let last = CivilDate(year: year, month: 12, day: 31)
    else { return nil }
    return DateRange(from: first, through: last)
  }

  /// The days of the year at this employer, from the facts' first to last day.
  public func claimPeriod() throws(EvaluationError) -> DateRange {
    guard (2000...2100).contains(year), let days = yearDays else {
      throw .badInput(
        field: "facts.year", reason: Localized("须为 2000 至 2100 的年份", en: "must be a year from 2000 to 2100"))
    }
    for (field, date) in [("employedFrom", employedFrom), ("employedTo", employedTo)] {
      if let date, date.year != year {
        throw .badInput(
          field: "facts.\(field)",
          reason: Localized(
            "\(date) 不在 \(year) 年内；只在当年入职或离职时给出",
            en: "\(date) is not in \(year); give it only for a year of joining or leaving"))
      }
    }
    guard let period = DateRange(from: employedFrom ?? days.from, through: employedTo ?? days.through) else {
      throw .badInput(
        field: "facts.employedTo",
        reason: Localized("离职日早于入职日", en: "the last day is before the first day"))
    }
    guard (0...70).contains(cumulativeWorkYears) else {
      throw .badInput(field: "facts.cumulativeWorkYears", reason: Localized("须为 0 至 70 年", en: "must be 0 to 70 years"))
    }
    try averageMonthlyWage.requirePositive("facts.averageMonthlyWage")
    let counts: [(String, Int?)] = [
      ("daysTaken", daysTaken), ("schoolVacationDays", schoolVacationDays),
      ("paidPersonalLeaveDays", paidPersonalLeaveDays),
    ]
    for (field, value) in counts {
      if let value, !(0...period.days).contains(value) {
        throw .badInput(
          field: "facts.\(field)",
          reason: Localized("须为 0 至 \(period.days) 天的整数", en: "must be a whole number from 0 to \(period.days) days"))
      }
    }
    if let months = sickLeaveMonths, Rational(12) < months {
      throw .badInput(field: "facts.sickLeaveMonths", reason: Localized("不能超过 12 个月", en: "cannot be more than 12"))
    }
    return period
  }

  private enum CodingKeys: String, CodingKey, CaseIterable {
    case year, cumulativeWorkYears, averageMonthlyWage, daysTaken, employedFrom, employedTo, refusedInWriting
    case schoolVacationDays, paidPersonalLeaveDays, sickLeaveMonths, paid
  }
  public init(from decoder: any Decoder) throws {
    let c = try decoder.strictContainer(CodingKeys.self)
    year = try c.decode(Int.self, forKey: .year)
    cumulativeWorkYears = try c.decode(Int.self, forKey: .cumulativeWorkYears)
    averageMonthlyWage = try c.decode(Money.self, forKey: .averageMonthlyWage)
    daysTaken = try c.decode(Int.self, forKey: .daysTaken)
    employedFrom = try c.decodeIfPresent(CivilDate.self, forKey: .employedFrom)
    employedTo = try c.decodeIfPresent(CivilDate.self, forKey: .employedTo)
    refusedInWriting = try c.decodeIfPresent(Bool.self, forKey: .refusedInWriting) ?? false
    schoolVacationDays = try c.decodeIfPresent(Int.self, forKey: .schoolVacationDays)
    paidPersonalLeaveDays = try c.decodeIfPresent(Int.self, forKey: .paidPersonalLeaveDays)
    sickLeaveMonths = try c.decodeIfPresent(ExactDecimal.self, forKey: .sickLeaveMonths)?.value
    paid = try c.decodeIfPresent(Money.self, forKey: .paid)
  }
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(year, forKey: .year)
    try c.encode(cumulativeWorkYears, forKey: .cumulativeWorkYears)
    try c.encode(averageMonthlyWage, forKey: .averageMonthlyWage)
    try c.encode(daysTaken, forKey: .daysTaken)
    try c.encodeIfPresent(employedFrom, forKey: .employedFrom)
    try c.encodeIfPresent(employedTo, forKey: .employedTo)
    if refusedInWriting { try c.encode(refusedInWriting, forKey: .refusedInWriting) }
    try c.encodeIfPresent(schoolVacationDays, forKey: .schoolVacationDays)
    try c.encodeIfPresent(paidPersonalLeaveDays, forKey: .paidPersonalLeaveDays)
    try c.encodeIfPresent(sickLeaveMonths.map(ExactDecimal.init), forKey: .sickLeaveMonths)
    try c.encodeIfPresent(paid, forKey: .paid)
  }
}
