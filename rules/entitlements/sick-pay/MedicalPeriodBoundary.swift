import LaborRules

/// Which row of 劳部发〔1994〕479号 art. 3 a service of exactly 5, 10, 15 or 20 years falls in. The article's rows
/// are "五年以下 / 五年以上" and so on, and 民法典 art. 1259 counts 以上 and 以下 as including the number, so an
/// exact boundary is in both (shared/law/addendum-2026-11-23.md §1; addendum-2026-12-07.md §3.4).
///
/// 8 years of work in all, exactly 5 with this employer:
///
/// | reading               | row                 | medical period |
/// |-----------------------|---------------------|----------------|
/// | `lower-row` (default) | 本单位五年以下      | 3 months       |
/// | `upper-row`           | 本单位五年以上      | 6 months       |
///
/// With both services on a boundary (exactly 10 in all and 5 here) the readings give 3 or 9 months. The default
/// keeps the reading the packs have used since the November review (the lower row, the boundary year being the
/// last year "以下"); a day more of service always reaches the upper row.
enum MedicalPeriodBoundary: String, Assumption {
  /// An exact boundary year counts in the lower row (default).
  case lowerRow = "lower-row"
  /// An exact boundary year counts in the upper row.
  case upperRow = "upper-row"

  static let key = "medical-period-boundary"
  static let standard = MedicalPeriodBoundary.lowerRow
  static let question = Localized(
    "工作年限恰为5、10、15或20年时，医疗期归入哪一档",
    en: "Which row of the medical-period table a service of exactly 5, 10, 15 or 20 years falls in")
  var meaning: Localized {
    switch self {
    case .lowerRow: Localized("恰为分界年数的归入较低一档", en: "an exact boundary year counts in the lower row")
    case .upperRow: Localized("恰为分界年数的归入较高一档", en: "an exact boundary year counts in the upper row")
    }
  }
}
