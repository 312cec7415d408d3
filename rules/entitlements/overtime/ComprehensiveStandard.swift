import LaborRules

/// How the standard hours of a comprehensive-hours cycle (综合计算工时) are counted. 劳部发〔1997〕271号 item 5
/// compares the cycle's hours with its "statutory standard total" without saying how that total is counted.
///
/// A cycle 2024-12-01 … 2025-02-28 (60 workdays and make-up workdays on the official calendar):
///
/// | reading           | standard                                   | hours  |
/// |-------------------|--------------------------------------------|--------|
/// | `working-days`    | 60 × 8                                     | 480    |
/// | `monthly-average` | 20.83 × 8 (Dec 2024) + 2 × 20.67 × 8       | 497.36 |
///
/// 20.83 is 劳社部发〔2008〕3号 item 1; 20.67 is the same formula with 13 statutory days, a derived figure that no
/// published text restates (warning `derived-parameter`).
enum ComprehensiveStandard: String, Assumption {
  /// Workdays and make-up workdays of the cycle on the official calendar, 8 hours each (default).
  case workingDays = "working-days"
  /// Months of the cycle × the monthly average of working days × 8 (a part month by its share of days).
  case monthlyAverage = "monthly-average"

  static let key = "comprehensive-standard"
  static let standard = ComprehensiveStandard.workingDays
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
        "按月平均工作日（2024年前20.83天，2025年起20.67天）× 8小时",
        en: "months × the monthly average of working days (20.83; 20.67 from 2025) × 8 hours")
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
