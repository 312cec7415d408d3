// The facts of `overtime` (shared/SCENARIOS.md, with the piece-rate form and `month` for the totals form).
import LaborRules

/// `overtime`: 加班工资 on the official working-time calendar.
public struct OvertimeFacts: EntitlementFacts, Hashable, NormalWageFacts {
  /// The working-time system: standard hours, comprehensive hours (综合计算工时) or flexible hours (不定时).
  public enum HoursSystem: String, Sendable, Hashable, Codable, CaseIterable {
    case standard, comprehensive, flexible
  }

  /// One day worked: hours beyond the normal 8 on a workday, or all hours on a rest day or statutory
  /// holiday; or, for a piece-rate worker, the pieces made in that overtime.
  public struct WorkDay: Sendable, Hashable, Codable {
    public var date: CivilDate
    public var hours: Rational?
    public var pieces: Int?

    public init(date: CivilDate, hours: Rational? = nil, pieces: Int? = nil) {
      (self.date, self.hours, self.pieces) = (date, hours, pieces)
    }

    private enum CodingKeys: String, CodingKey, CaseIterable { case date, hours, pieces }
    public init(from decoder: any Decoder) throws {
      let c = try decoder.strictContainer(CodingKeys.self)
      date = try c.decode(CivilDate.self, forKey: .date)
      hours = try c.decodeIfPresent(ExactDecimal.self, forKey: .hours)?.value
      pieces = try c.decodeIfPresent(Int.self, forKey: .pieces)
    }
    public func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(date, forKey: .date)
      try c.encodeIfPresent(hours.map(ExactDecimal.init), forKey: .hours)
      try c.encodeIfPresent(pieces, forKey: .pieces)
    }
  }

  /// A comprehensive-hours settlement cycle, both ends included.
  public struct Cycle: Sendable, Hashable, Codable {
    public var from: CivilDate
    public var to: CivilDate
    public init(from: CivilDate, to: CivilDate) { (self.from, self.to) = (from, to) }

    private enum CodingKeys: String, CodingKey, CaseIterable { case from, to }
    public init(from decoder: any Decoder) throws {
      let c = try decoder.strictContainer(CodingKeys.self)
      (from, to) = (try c.decode(CivilDate.self, forKey: .from), try c.decode(CivilDate.self, forKey: .to))
    }
  }

  /// The overtime base: the normal-hours wage per month; or, for piece-rate work, `pieceRate`.
  public var monthlyWage: Money?
  /// The statutory-hours piece price (工资支付暂行规定 art. 13 para 2).
  public var pieceRate: Money?
  public var hoursSystem: HoursSystem
  /// Day by day: the engine classifies each date on the official calendar.
  public var work: [WorkDay]
  /// Rest days made up by time off: no rest-day premium.
  public var compensatoryLeaveDates: [CivilDate]
  /// Totals form: the month worked and the hours of each kind.
  public var month: CivilMonth?
  public var workdayOvertimeHours: Rational?
  public var restDayHours: Rational?
  public var holidayHours: Rational?
  /// Comprehensive hours: the cycle and the hours actually worked in it (`holidayHours` those on holidays).
  public var cycle: Cycle?
  public var hoursWorked: Rational?
  public var paid: Money?

  public init(
    monthlyWage: Money? = nil, pieceRate: Money? = nil, hoursSystem: HoursSystem = .standard, work: [WorkDay] = [],
    compensatoryLeaveDates: [CivilDate] = [], month: CivilMonth? = nil, workdayOvertimeHours: Rational? = nil,
    restDayHours: Rational? = nil, holidayHours: Rational? = nil, cycle: Cycle? = nil, hoursWorked: Rational? = nil,
    paid: Money? = nil
  ) {
    (self.monthlyWage, self.pieceRate, self.hoursSystem, self.work, self.compensatoryLeaveDates) =
      (monthlyWage, pieceRate, hoursSystem, work, compensatoryLeaveDates)
    (self.month, self.workdayOvertimeHours, self.restDayHours, self.holidayHours) =
      (month, workdayOvertimeHours, restDayHours, holidayHours)
    (self.cycle, self.hoursWorked, self.paid) = (cycle, hoursWorked, paid)
  }

  var normalHoursWage: Money? { monthlyWage }

  /// The hours (or pieces) given for a date.
  func quantity(on date: CivilDate) -> Rational {
    guard let day = work.first(where: { $0.date == date }) else { return .zero }
    return day.hours ?? day.pieces.map { Rational(Int64($0)) } ?? .zero
  }

  /// The totals form (a month and its hours) has no days: each head is one line item for the month, under the
  /// text in force on its first day.
  public var undivided: Bool { month != nil }

  /// The days claimed for: the cycle, the month of the totals, or the first to the last day worked; the
  /// facts must give one base and one form, positive hours, distinct dates.
  public func claimPeriod() throws(EvaluationError) -> DateRange {
    switch (monthlyWage, pieceRate) {
    case (nil, nil):
      throw .badInput(
        field: "facts.monthlyWage",
        reason: Localized(
          "缺少加班工资基数：请给出 monthlyWage（或计件的 pieceRate）", en: "give monthlyWage (or pieceRate for piece work)"))
    case (.some, .some):
      throw .badInput(
        field: "facts.pieceRate",
        reason: Localized("monthlyWage 与 pieceRate 只能给出其一", en: "give either monthlyWage or pieceRate, not both"))
    case (let wage?, nil): try wage.requirePositive("facts.monthlyWage")
    case (nil, let rate?): try rate.requirePositive("facts.pieceRate")
    }
    if hoursSystem == .comprehensive { return try comprehensiveCycle() }
    if let month {
      guard work.isEmpty, cycle == nil, hoursWorked == nil, pieceRate == nil else {
        throw .badInput(
          field: "facts.month",
          reason: Localized(
            "合计形式（month 与各类小时数）不能与 work、cycle、hoursWorked 或 pieceRate 同时给出",
            en: "the totals form (month and hours) cannot be combined with work, cycle, hoursWorked or pieceRate"))
      }
      for (field, hours) in [
        ("workdayOvertimeHours", workdayOvertimeHours), ("restDayHours", restDayHours), ("holidayHours", holidayHours),
      ] {
        if let hours, hours > Rational(744) {
          throw .badInput(
            field: "facts.\(field)", reason: Localized("一个月最多 744 小时", en: "a month has at most 744 hours"))
        }
      }
      return month.days
    }
    return try dayByDayPeriod()
  }

  private func comprehensiveCycle() throws(EvaluationError) -> DateRange {
    guard let cycle else {
      throw .badInput(
        field: "facts.cycle",
        reason: Localized("综合计算工时须给出结算周期 cycle", en: "comprehensive hours need the settlement cycle"))
    }
    guard hoursWorked != nil else {
      throw .badInput(
        field: "facts.hoursWorked",
        reason: Localized("综合计算工时须给出周期内实际工作小时数", en: "comprehensive hours need the hours worked in the cycle"))
    }
    guard pieceRate == nil, work.isEmpty, month == nil else {
      throw .badInput(
        field: "facts.work",
        reason: Localized(
          "综合计算工时按周期合计计算，不接受 work、month 或 pieceRate",
          en: "comprehensive hours are computed on the cycle's totals; work, month and pieceRate do not apply"))
    }
    guard let range = DateRange(from: cycle.from, through: cycle.to), range.days <= 366 else {
      throw .badInput(
        field: "facts.cycle.to",
        reason: Localized("周期须在开始日之后且不超过一年", en: "the cycle must end after it starts and last at most a year"))
    }
    let most = Rational(Int64(24 * range.days))
    for (field, hours) in [("hoursWorked", hoursWorked), ("holidayHours", holidayHours)] {
      if let hours, most < hours {
        throw .badInput(
          field: "facts.\(field)",
          reason: Localized(
            "周期 \(range.days) 天最多 \(most) 小时", en: "a cycle of \(range.days) days has at most \(most) hours"))
      }
    }
    return range
  }

  private func dayByDayPeriod() throws(EvaluationError) -> DateRange {
    guard let first = work.map(\.date).min(), let last = work.map(\.date).max(),
      let range = DateRange(from: first, through: last)
    else {
      throw .badInput(
        field: "facts.work",
        reason: Localized(
          "请逐日给出 work，或以 month 与各类小时数给出合计", en: "give the days worked (work) or the month's totals (month and hours)"))
    }
    var seen: Set<CivilDate> = []
    for (index, day) in work.enumerated() {
      if !seen.insert(day.date).inserted {
        throw .badInput(
          field: "facts.work[\(index)].date",
          reason: Localized("\(day.date) 重复出现", en: "\(day.date) appears twice"))
      }
      if pieceRate != nil {
        guard let pieces = day.pieces, pieces > 0, day.hours == nil else {
          throw .badInput(
            field: "facts.work[\(index)].pieces",
            reason: Localized("计件工资逐日给出正整数件数 pieces", en: "piece work gives a positive whole number of pieces"))
        }
      } else {
        guard let hours = day.hours, hours > .zero, hours <= Rational(24), day.pieces == nil else {
          throw .badInput(
            field: "facts.work[\(index)].hours",
            reason: Localized("每天的小时数须大于 0、不超过 24", en: "hours a day must be more than 0 and at most 24"))
        }
      }
    }
    for (index, date) in compensatoryLeaveDates.enumerated() where !seen.contains(date) {
      throw .badInput(
        field: "facts.compensatoryLeaveDates[\(index)]",
        reason: Localized("\(date) 不在 work 所列的日期中", en: "\(date) is not one of the days in work"))
    }
    if range.days > 366 {
      throw .badInput(
        field: "facts.work", reason: Localized("逐日工作期间最长一年", en: "the days worked span at most a year"))
    }
    return range
  }

  private enum CodingKeys: String, CodingKey, CaseIterable {
    case monthlyWage, pieceRate, hoursSystem, work, compensatoryLeaveDates, month, workdayOvertimeHours, restDayHours
    case holidayHours, cycle, hoursWorked, paid
  }
  public init(from decoder: any Decoder) throws {
    let c = try decoder.strictContainer(CodingKeys.self)
    monthlyWage = try c.decodeIfPresent(Money.self, forKey: .monthlyWage)
    pieceRate = try c.decodeIfPresent(Money.self, forKey: .pieceRate)
    hoursSystem = try c.decodeIfPresent(HoursSystem.self, forKey: .hoursSystem) ?? .standard
    work = try c.decodeIfPresent([WorkDay].self, forKey: .work) ?? []
    compensatoryLeaveDates = try c.decodeIfPresent([CivilDate].self, forKey: .compensatoryLeaveDates) ?? []
    month = try c.decodeIfPresent(CivilMonth.self, forKey: .month)
    workdayOvertimeHours = try c.decodeIfPresent(ExactDecimal.self, forKey: .workdayOvertimeHours)?.value
    restDayHours = try c.decodeIfPresent(ExactDecimal.self, forKey: .restDayHours)?.value
    holidayHours = try c.decodeIfPresent(ExactDecimal.self, forKey: .holidayHours)?.value
    cycle = try c.decodeIfPresent(Cycle.self, forKey: .cycle)
    hoursWorked = try c.decodeIfPresent(ExactDecimal.self, forKey: .hoursWorked)?.value
    paid = try c.decodeIfPresent(Money.self, forKey: .paid)
  }
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encodeIfPresent(monthlyWage, forKey: .monthlyWage)
    try c.encodeIfPresent(pieceRate, forKey: .pieceRate)
    try c.encode(hoursSystem, forKey: .hoursSystem)
    if !work.isEmpty { try c.encode(work, forKey: .work) }
    if !compensatoryLeaveDates.isEmpty { try c.encode(compensatoryLeaveDates, forKey: .compensatoryLeaveDates) }
    try c.encodeIfPresent(month, forKey: .month)
    try c.encodeIfPresent(workdayOvertimeHours.map(ExactDecimal.init), forKey: .workdayOvertimeHours)
    try c.encodeIfPresent(restDayHours.map(ExactDecimal.init), forKey: .restDayHours)
    try c.encodeIfPresent(holidayHours.map(ExactDecimal.init), forKey: .holidayHours)
    try c.encodeIfPresent(cycle, forKey: .cycle)
    try c.encodeIfPresent(hoursWorked.map(ExactDecimal.init), forKey: .hoursWorked)
    try c.encodeIfPresent(paid, forKey: .paid)
  }
}
