import LaborRules

/// How the 1994 measures count a part of a year in the service before 2008 (劳动合同法 art. 97 para. 3). Each of
/// their articles pays "每满一年" one month; only art. 5 adds "工作时间不满一年的按一年的标准发给", which the local
/// explanations of the time read as covering both service of under a year and the part-year left over after full
/// years (e.g. http://m.637916.com/article/zuixinshisi/xeth/201104/707177.html: "一是指…不满一年，二是指…余下的工
/// 作时间不满一年的"; https://www.soulun.net/periodical/f080454a36ee2507b42a2a0af3a9b0e1.html states the old rule
/// as "不满一年的按一年的标准计发"). Arts. 6–9 say nothing of part-years, so the reading is named.
///
/// Service 1994-09-01 … 2007-12-31 (13 years 4 months), agreed termination (art. 5, 12 months at most):
///
/// | reading           | years | months paid |
/// |-------------------|-------|-------------|
/// | `counts-as-year`  | 14    | 12 (cap)    |
/// | `full-years-only` | 13    | 12 (cap)    |
///
/// and a layoff (art. 9, no cap) of 2003-07-01 … 2007-12-31 (4 years 6 months): 5 or 4 months.
enum PartYearBefore2008: String, Assumption {
  /// Any part of a year left over counts as a full year (default).
  case countsAsYear = "counts-as-year"
  /// Only full years count; art. 5 still pays a year for service of under a year in all.
  case fullYearsOnly = "full-years-only"

  static let key = "pre-2008-part-year"
  static let standard = PartYearBefore2008.countsAsYear
  static let question = Localized(
    "2008年前的工作年限中不满一年的部分如何计算（劳部发〔1994〕481号）",
    en: "How a part of a year counts in the service before 2008 (劳部发〔1994〕481号)")
  var meaning: Localized {
    switch self {
    case .countsAsYear: Localized("不满一年的部分按一年计算", en: "a part of a year counts as a full year")
    case .fullYearsOnly:
      Localized(
        "只计满一年的部分（第五条工作不满一年的仍按一年）", en: "only full years count (art. 5 still pays a year for under a year in all)")
    }
  }
}
