import LaborRules

/// What the high-earner test of 劳动合同法 art. 47 para. 2 does when the packs do not hold the city's figure for
/// the year it needs. The figures rise year on year (every city's series held does), so an earlier year's gives
/// a lower cap: a wage below three times it is below three times the wanted one too, and the answer stands. A
/// wage above it would be capped lower than the law would, so an earlier figure that caps the wage stands in only
/// when it is at most two years older than the previous year's; an older one is refused, naming the figure.
///
/// Guangzhou, 9,000 a month, unlawful termination on 2025-02-20 (the 2023 figure wanted, not held; the latest
/// held of an earlier year is 2009's, 49,519): `latest-held` answers 108,000.00 with the warning
/// `average-wage-earlier-year`; `refuse` is not covered.
enum AverageWageMissing: String, Assumption {
  /// The latest figure the packs hold of an earlier year, with a warning naming the year used; a figure more than
  /// two years older than the previous year's only where it does not cap the wage (default).
  case latestHeld = "latest-held"
  /// Not covered until the wanted figure is in the packs.
  case refuse

  static let key = "average-wage-missing"
  static let standard = AverageWageMissing.latestHeld
  static let question = Localized(
    "规则包未收录所需年度的职工平均工资时如何处理", en: "What the high-earner test does when the wanted year's average wage is not held")
  var meaning: Localized {
    switch self {
    case .latestHeld:
      Localized(
        "取已收录的较早年度中最近的数字并提示所用年度；比上年度早两年以上的数字只在不封顶时采用",
        en: "the latest figure held of an earlier year, with a warning naming it; one more than two years older "
          + "than the previous year's only where it does not cap the wage")
    case .refuse: Localized("不覆盖", en: "not covered")
    }
  }
}
