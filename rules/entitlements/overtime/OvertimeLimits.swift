// The limits of overtime (劳动法 art. 41): normally at most 1 hour a day; for special reasons at most 3 hours a
// day and 36 hours a month. Hours beyond them are still paid in full: these checks only warn.
import LaborRules

enum OvertimeLimits {
  /// A workday extension over 3 hours, or more than 8 + 3 hours on a rest day or holiday.
  static let daily = Entitlement.Check { context throws(EvaluationError) in
    guard let facts = context.overtime, facts.pieceRate == nil else { return }
    for day in facts.work {
      guard let hours = day.hours else { continue }
      let kind = try context.calendarDay(day.date).kind
      let extra = kind == .workday || kind == .makeUpWorkday ? hours : hours - Rational(8)
      if extra > Rational(3) {
        context.warn(
          Warning(
            "overtime-daily-limit",
            Localized(
              "\(day.date) 延长工作时间 \(extra) 小时，超过每日最多3小时（一般每日不超过1小时）的限制（\(LabourLaw.art41.zh)）；"
                + "超时部分仍须足额支付",
              en: "\(day.date): \(extra) hours of overtime exceed the limit of 3 a day (normally 1) of "
                + "\(LabourLaw.art41.en); they are still paid in full")))
      }
    }
  }

  /// More than 36 hours of overtime in a calendar month, compensated rest days included.
  static let monthly = Entitlement.Check { context throws(EvaluationError) in
    guard let facts = context.overtime, facts.pieceRate == nil, facts.hoursSystem != .comprehensive else { return }
    var byMonth: [CivilDate: Rational] = [:]
    if let month = facts.month {
      byMonth[month.first] = [facts.workdayOvertimeHours, facts.restDayHours, facts.holidayHours]
        .compactMap { $0 }.reduce(Rational.zero, +)
    }
    for day in facts.work {
      byMonth[day.date.firstOfMonth, default: .zero] =
        byMonth[day.date.firstOfMonth, default: .zero] + (day.hours ?? .zero)
    }
    for (month, hours) in byMonth.sorted(by: { $0.key < $1.key }) where hours > Rational(36) {
      let name = String(month.description.prefix(7))
      context.warn(
        Warning(
          "overtime-monthly-limit",
          Localized(
            "\(name) 加班合计 \(hours) 小时，超过每月最多36小时的限制（\(LabourLaw.art41.zh)）；超时部分仍须足额支付",
            en: "\(name): \(hours) hours of overtime exceed the limit of 36 a month of \(LabourLaw.art41.en); "
              + "they are still paid in full")))
    }
  }
}
