import LaborRules

/// How the standard hours of a comprehensive-hours cycle (综合计算工时) are counted. 劳部发〔1997〕271号 item 5
/// compares the cycle's hours with its "statutory standard total" without saying how that total is counted.
///
/// The default is the published figures: the only text that states a month's, a quarter's or a year's standard
/// hours is item 1 of the ministry's conversion notice ("工作小时数的计算：以月、季、年的工作日乘以每日的8小时";
/// 人社部发〔2025〕2号, before it 劳社部发〔2008〕3号), and 劳部发〔1994〕503号 art. 5 asks only that a cycle's
/// average daily and weekly hours be basically those of the statutory standard. No Guangdong text, guidance or
/// ruling was found that counts the cycle's calendar days instead (shared/law/addendum-2026-12-07.md §3.2 and a
/// search of 广东省工资支付条例, 深圳市员工工资支付条例 art. 19, 粤劳社发〔2009〕8号 and court guidance, 2026-12-07).
/// Neither reading always favours the worker: the calendar gives more hours than 62 × 8 in Q3 2025.
///
/// April 2025, 180 hours worked at 8,700 a month (hourly 8,700 ÷ 21.75 ÷ 8 = 50, overtime 75):
///
/// | reading                     | standard                            | beyond  | 150%     |
/// |-----------------------------|-------------------------------------|---------|----------|
/// | `monthly-average` (default) | 20.67 × 8 = 165.36                  | 14.64 h | 1,098.00 |
/// | `working-days`              | 22 days (04-27 made up) × 8 = 176   | 4 h     | 300.00   |
///
/// A cycle of three or twelve whole months under one notice takes its published quarter or year figure
/// (Q1 2025: 62 × 8 = 496, not 3 × 165.36 = 496.08); a cycle that straddles 2025-01-01, or is not whole
/// months, takes each month's figure by its share of days (2024-12-01 … 2025-02-28: 20.83 × 8 + 2 × 20.67 × 8
/// = 497.36, against 480 on the calendar).
enum ComprehensiveStandard: String, Assumption {
  /// Workdays and make-up workdays of the cycle on the official calendar, 8 hours each.
  case workingDays = "working-days"
  /// The published average working days × 8: the quarter or year figure for a whole quarter or year under one
  /// notice, otherwise each month's figure by its share of days (default).
  case monthlyAverage = "monthly-average"

  static let key = "comprehensive-standard"
  static let standard = ComprehensiveStandard.monthlyAverage
  static let question = Localized(
    "综合计算工时周期的标准工作时间如何计算", en: "How a comprehensive-hours cycle's standard hours are counted")
  var meaning: Localized {
    switch self {
    case .workingDays:
      Localized(
        "按官方日历计周期内的工作日与调休上班日，每日8小时",
        en: "the cycle's workdays and make-up workdays on the official calendar, 8 hours each")
    case .monthlyAverage:
      Localized(
        "按公布的平均工作日 × 8小时（月20.83、季62.5、年250天；2025年起月20.67、季62、年248天）",
        en: "the published average working days × 8 hours (a month 20.83, a quarter 62.5, a year 250; from 2025 "
          + "20.67, 62 and 248)")
    }
  }
}

/// Whether statutory-holiday hours inside a comprehensive cycle, paid at 300% (劳部发〔1995〕309号 art. 62),
/// also count toward the cycle's total compared with its standard. No text says; the standard already
/// leaves the holidays out, so counting them would pay each such hour at 450%.
///
/// A cycle of 540 hours worked, 16 of them on holidays, standard 480: `separate` pays 44 hours at 150% and 16
/// at 300%; `counted` pays 60 at 150% and 16 at 300%.
enum ComprehensiveHolidayHours: String, Assumption {
  /// Holiday hours are paid at 300% and left out of the comparison with the standard (default).
  case separate
  /// Holiday hours count toward the cycle's total as well.
  case counted

  static let key = "comprehensive-holiday-hours"
  static let standard = ComprehensiveHolidayHours.separate
  static let question = Localized(
    "综合计算工时周期内法定节假日工作小时是否计入周期总工时", en: "Whether holiday hours in a comprehensive cycle count toward its total")
  var meaning: Localized {
    switch self {
    case .separate:
      Localized("法定节假日工作小时按300%另计，不计入与标准工时的比较", en: "holiday hours are paid at 300% and left out of the comparison")
    case .counted:
      Localized("法定节假日工作小时同时计入周期总工时", en: "holiday hours also count toward the cycle's total")
    }
  }
}
