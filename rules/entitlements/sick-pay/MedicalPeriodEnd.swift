import LaborRules

/// Whether a medical period of N months ends the day before the corresponding day of its last month or on it.
/// 劳部发〔1995〕236号 counts the period from the first day of sick leave, so N months starting 2025-03-05 are
/// 03-05 … the day before 09-05 (the period of ``CivilDate/lastDayOfPeriod(months:)``); 民法典 art. 201 leaves the
/// first day out of a period counted from an event, and 236号's own example of a six-month window reads
/// "3月5日至9月5日", as do practitioners ("3月1日开始…6月1日医疗期届满", m.findlaw.cn/ask/baike/106194.html).
///
/// Six months from 2025-03-05: `day-before` ends 2025-09-04; `corresponding-day` ends 2025-09-05. Where the last
/// month has no corresponding day both end on its last day (three months from 2025-01-31: 2025-04-30).
enum MedicalPeriodEnd: String, Assumption {
  /// The day before the corresponding day: N whole months counting the first day of sick leave (default).
  case dayBefore = "day-before"
  /// The corresponding day itself (the first day not counted, 民法典 art. 201).
  case correspondingDay = "corresponding-day"

  static let key = "medical-period-end"
  static let standard = MedicalPeriodEnd.dayBefore
  static let question = Localized(
    "医疗期在届满月的对应日前一日结束还是对应日结束", en: "Whether the medical period ends the day before the corresponding day or on it")
  var meaning: Localized {
    switch self {
    case .dayBefore:
      Localized("自病休第一天起算，至届满月对应日的前一日止", en: "from the first day of sick leave to the day before the corresponding day")
    case .correspondingDay:
      Localized("至届满月的对应日止（首日不计入）", en: "to the corresponding day itself (the first day not counted)")
    }
  }

  /// The last day of a medical period of `months` months whose first day of sick leave is `first`.
  func lastDay(_ first: CivilDate, months: Int) -> CivilDate? {
    switch self {
    case .dayBefore: first.lastDayOfPeriod(months: months)
    case .correspondingDay: first.adding(months: months)
    }
  }
}
