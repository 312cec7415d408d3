import LaborRules

/// Which rule governs a Shenzhen stoppage 2005-05-01 … 2019-07-24: the city's regulation (深圳市员工工资支付条例
/// art. 28, 2004 and 2009 texts: 80% of the wage for the first month) as Shenzhen's tribunals applied it, or the
/// provincial regulation (广东省工资支付条例 art. 35: the full normal-hours wage for the first pay cycle), higher
/// in rank (立法法 (2000) arts. 63–64) and without a "从其规定" clause, which a worker's lawyer can claim
/// (shared/law/addendum-2026-11-23.md §2.1). Consulted only for Shenzhen stoppages in those years.
///
/// Wage 8,000.00, a stoppage 2014-03-01 … 2014-04-30 (Shenzhen minimum wage 1,808.00):
///
/// | reading      | first month                    | after                 |
/// |--------------|--------------------------------|-----------------------|
/// | `city`       | 80% × 8,000 = 6,400.00         | 80% × 1,808 = 1,446.40 |
/// | `provincial` | 8,000 × 30/31 for the 30 days  | 80% × 1,808 pro rata  |
enum ShenzhenStoppageText: String, Assumption {
  /// The city's regulation, as Shenzhen's tribunals applied it (default).
  case city
  /// The provincial regulation, higher in rank.
  case provincial

  static let key = "shenzhen-stoppage-text"
  static let standard = ShenzhenStoppageText.city
  static let question = Localized(
    "深圳2005至2019年的停工停产适用深圳条例还是广东条例",
    en: "Which rule governs a Shenzhen stoppage of 2005–2019: the city's or the province's")
  var meaning: Localized {
    switch self {
    case .city:
      Localized(
        "深圳市员工工资支付条例第二十八条（第一个月按工资的80%），深圳裁判实践",
        en: "the Shenzhen regulation, art. 28 (80% for the first month), as Shenzhen's tribunals applied it")
    case .provincial:
      Localized(
        "广东省工资支付条例第三十五条（第一个工资支付周期按正常工作时间工资），位阶较高",
        en: "the Guangdong regulation, art. 35 (the full wage for the first pay cycle), higher in rank")
    }
  }
}

extension Condition {
  /// The provincial regulation is read to govern a Shenzhen stoppage (assumption `shenzhen-stoppage-text`).
  static let provincialTextInShenzhen = Condition.test(
    Localized("适用广东省工资支付条例（假设 shenzhen-stoppage-text）", en: "the provincial regulation governs (assumption)"),
    Test(
      consults: [AssumptionInfo(ShenzhenStoppageText.self)],
      holds: { context, _ in context.assumption(ShenzhenStoppageText.self) == .provincial }))
}
