/// Which text governs a claim that straddles the day a new version of a provision took effect. No
/// source settles it (shared/law/addendum-2026-11.md B.4 item 6: "apply the version in force on the
/// first day of stoppage, and flag it"), so it is named and only consulted when a claim does straddle.
///
/// A Shenzhen stoppage 2022-07-20 … 2022-09-30 (the 2022 text of art. 28 took effect 2022-08-04):
///
/// | reading     | 2022-07-20 … 08-03 | 2022-08-04 … 09-30 |
/// |-------------|--------------------|--------------------|
/// | `first-day` | 2019 text          | 2019 text          |
/// | `each-day`  | 2019 text          | 2022 text          |
public enum VersionInForce: String, Assumption {
  /// The version in force on the first day of the claim governs all of it (default).
  case firstDay = "first-day"
  /// Each day is governed by the version in force on that day.
  case eachDay = "each-day"

  public static let key = "version-in-force"
  public static let standard = VersionInForce.firstDay
  public static let question = Localized(
    "请求期间跨越条文修改施行日时适用哪一文本", en: "Which text governs a claim that straddles an amendment")
  public var meaning: Localized {
    switch self {
    case .firstDay:
      Localized("以请求期间第一天施行的文本适用于整个期间", en: "the text in force on the claim's first day governs all of it")
    case .eachDay: Localized("每一天适用当天施行的文本", en: "each day is governed by the text in force that day")
    }
  }
}
