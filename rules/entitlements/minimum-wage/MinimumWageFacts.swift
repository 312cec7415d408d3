// The facts of `minimum-wage` (shared/SCENARIOS.md): the standard in force on a day.
import LaborRules

/// `minimum-wage`: the standard in force on a day; with `pay`, a month's pay checked against it.
public struct MinimumWageFacts: EntitlementFacts, Hashable {
  public var date: CivilDate
  public var employment: Employment
  /// A month's pay to check against the standard in force on the month's first day.
  public var pay: PayBreakdown?

  public init(date: CivilDate, employment: Employment = .fullTime, pay: PayBreakdown? = nil) {
    (self.date, self.employment, self.pay) = (date, employment, pay)
  }

  /// The day asked about; for a compliance check, the first day of the pay month (`date` must lie in it).
  public func claimPeriod() throws(EvaluationError) -> DateRange {
    guard let pay else { return try DateRange.claim(date, date) }
    guard pay.month.days.from <= date, date <= pay.month.days.through else {
      throw .badInput(
        field: "facts.date",
        reason: Localized("\(date) 不在工资月份 \(pay.month) 内", en: "\(date) is not in the pay month \(pay.month)"))
    }
    if employment == .partTime, pay.hoursWorked == nil {
      throw .badInput(
        field: "facts.pay.hoursWorked",
        reason: Localized("非全日制须给出当月工作小时数", en: "part-time work needs the month's hours worked"))
    }
    if let hours = pay.hoursWorked, Rational(744) < hours {
      throw .badInput(
        field: "facts.pay.hoursWorked", reason: Localized("一个月最多 744 小时", en: "a month has at most 744 hours"))
    }
    for (field, day) in [("employedFrom", pay.employedFrom), ("employedThrough", pay.employedThrough)] {
      if let day, !(pay.month.days.from <= day && day <= pay.month.days.through) {
        throw .badInput(
          field: "facts.pay.\(field)",
          reason: Localized("\(day) 不在工资月份 \(pay.month) 内", en: "\(day) is not in the pay month \(pay.month)"))
      }
    }
    if pay.employedFrom != nil || pay.employedThrough != nil || pay.unpaidLeaveDays != nil {
      if employment == .partTime {
        throw .badInput(
          field: pay.unpaidLeaveDays != nil && pay.employedFrom == nil
            ? "facts.pay.unpaidLeaveDays" : "facts.pay.employedFrom",
          reason: Localized(
            "非全日制按小时计，不需在职日期或事假天数",
            en: "part-time work is checked by the hour; the days employed and unpaid leave do not apply"))
      }
      guard
        let employed = DateRange(
          from: pay.employedFrom ?? pay.month.first, through: pay.employedThrough ?? pay.month.days.through)
      else {
        throw .badInput(
          field: "facts.pay.employedThrough",
          reason: Localized("在职最后一日早于第一日", en: "the last day employed is before the first"))
      }
      if let leave = pay.unpaidLeaveDays, !(0...employed.weekdays).contains(leave) {
        throw .badInput(
          field: "facts.pay.unpaidLeaveDays",
          reason: Localized(
            "须为 0 至 \(employed.weekdays) 天（在职期间的周一至周五）",
            en: "must be 0 to \(employed.weekdays) days (the weekdays employed)"))
      }
    }
    let excluded = (pay.exclusions + pay.contributions).reduce(Money.zero) { $0 + $1.1 }
    if pay.total < excluded {
      throw .badInput(
        field: "facts.pay.total",
        reason: Localized("应发合计少于所列各项之和", en: "the total is less than the items listed in it"))
    }
    return try DateRange.claim(pay.month.first, pay.month.first)
  }

  /// Nothing is paid toward a look-up; for a compliance check the entitlement counts the pay itself.
  public var paid: Money? { nil }

  private enum CodingKeys: String, CodingKey, CaseIterable { case date, employment, pay }
  public init(from decoder: any Decoder) throws {
    let c = try decoder.strictContainer(CodingKeys.self)
    date = try c.decode(CivilDate.self, forKey: .date)
    employment = try c.decodeIfPresent(Employment.self, forKey: .employment) ?? .fullTime
    pay = try c.decodeIfPresent(PayBreakdown.self, forKey: .pay)
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
