import LaborRules

/// What "one pay cycle" (一个工资支付周期) of a stoppage is. 广东省工资支付条例 art. 39 caps it at 30 days
/// but does not say when it starts; 深圳市员工工资支付条例 art. 28 counts it from the first day of
/// stoppage since 2022-08-04 (shared/law/addendum-2026-11.md B.3).
///
/// A stoppage from 2025-02-10, monthly pay cycle:
///
/// | reading          | first cycle                  |
/// |------------------|------------------------------|
/// | `from-first-day` | 2025-02-10 … 2025-03-11      |
/// | `calendar-month` | 2025-02-10 … 2025-02-28      |
enum FirstPayCycle: String, Assumption {
  /// Calendar days from the first day of stoppage, rest days and holidays included; its length is the
  /// contract's pay cycle, at most 30 days (shared/law/cases.md, default).
  case fromFirstDay = "from-first-day"
  /// The cycle ends with the calendar month the stoppage began in (a practitioner reading, sglaw.cn
  /// 2020), still no longer than the contract's cycle or 30 days.
  case calendarMonth = "calendar-month"

  public static let key = "first-pay-cycle"
  public static let standard = FirstPayCycle.fromFirstDay
  public static let question = Localized("停工停产的“一个工资支付周期”如何计算", en: "What the first pay cycle of a stoppage is")
  public var meaning: Localized {
    switch self {
    case .fromFirstDay:
      Localized(
        "自停工第一天起连续计算日历天数，长度为合同约定的工资支付周期，最长三十日",
        en: "calendar days from the first day of stoppage, as long as the contract's pay cycle, at most 30 days")
    case .calendarMonth:
      Localized(
        "至停工开始当月的月末为止，且不超过合同约定的工资支付周期和三十日",
        en: "until the end of the calendar month the stoppage began in, no longer than the contract's cycle or 30 days")
    }
  }
}
