/// How a monthly amount is paid for part of a calendar month. No Guangdong, Shenzhen or national text
/// settles it (shared/law/wages-stoppage-sickpay.md §2, last row), so it is a named assumption.
///
/// A monthly amount of 7,000.00 for 2025-02-10 … 2025-02-28 (19 of 28 days, 15 weekdays):
///
/// | reading         | formula                  | amount   |
/// |-----------------|--------------------------|----------|
/// | `calendar-days` | 7,000 × 19 ÷ 28          | 4,750.00 |
/// | `paid-days`     | 7,000 ÷ 21.75 × 15       | 4,827.59 |
/// | `whole-month`   | 7,000                    | 7,000.00 |
///
/// The 21.75 is the rulebook's parameter `conversion.paid-days-per-month` (劳社部发〔2008〕3号), looked up on
/// the day, never a literal of the engine.
public enum Proration: String, Assumption {
  /// Amount × days covered ÷ days in that month (shared/law/cases.md, default).
  case calendarDays = "calendar-days"
  /// Amount ÷ paid days a month × weekdays covered (劳社部发〔2008〕3号: 21.75); make-up workdays
  /// and holidays are not distinguished, and a month is capped at the monthly amount.
  case paidDays = "paid-days"
  /// A month that is touched counts in full.
  case wholeMonth = "whole-month"

  public static let key = "proration"
  public static let standard = Proration.calendarDays
  public static let question = Localized("不足一个月的月度金额如何折算", en: "How a monthly amount is paid for part of a month")
  public var meaning: Localized {
    switch self {
    case .calendarDays:
      Localized("按日历天数折算：月额 × 覆盖天数 ÷ 当月天数", en: "calendar days: monthly × days covered ÷ days in the month")
    case .paidDays:
      Localized(
        "按计薪日折算：月额 ÷ 21.75 × 覆盖的周一至周五天数，不超过月额",
        en: "paid days: monthly ÷ 21.75 × weekdays covered, at most the monthly amount")
    case .wholeMonth: Localized("涉及的月份按整月计", en: "whole month: a month touched counts in full")
    }
  }
}

extension ParameterKey where Value == Rational {
  /// Paid days a month for converting a monthly amount to a daily one (劳社部发〔2008〕3号: 21.75).
  public static let paidDaysPerMonth = ParameterKey(
    "conversion.paid-days-per-month", Localized("月计薪天数", en: "paid days a month"))
}
