import LaborRules

/// Which year's average wage is "上年度" (劳动合同法 art. 47 para. 2) for a termination before that year's figure
/// is published. The bulletins come out at the end of June (Shenzhen: 2023-06-30, 2024-06-30), so from January
/// to June the previous year's figure does not yet exist (fact 5.3 and note 3 of Topic 5: "decide which figure
/// applies to terminations between January and June"). No Guangdong source was found.
///
/// Shenzhen, a termination on 2024-03-15 (the 2023 bulletin appeared on 2024-06-30):
///
/// | reading            | figure used       | 3 × monthly (on-the-job) |
/// |--------------------|-------------------|--------------------------|
/// | `latest-published` | 2022 (164,754)    | 41,188.50                |
/// | `previous-year`    | 2023 (174,640)    | 43,660.00                |
///
/// The default is the figure the employer and a tribunal could know on the last day of employment.
enum AverageWageYear: String, Assumption {
  /// The latest figure published on or before the last day of employment: the previous year's once its
  /// bulletin is out, the year before that until then (default).
  case latestPublished = "latest-published"
  /// Always the calendar year before the last day of employment, even when published later.
  case previousYear = "previous-year"

  static let key = "average-wage-year"
  static let standard = AverageWageYear.latestPublished
  static let question = Localized(
    "上年度职工平均工资公布前（每年1月至6月）解除或终止的，取哪一年度的数字",
    en: "Which year's average wage applies to a termination before the previous year's figure is published")
  var meaning: Localized {
    switch self {
    case .latestPublished:
      Localized("劳动关系最后一日已公布的最新年度数字", en: "the latest figure published by the last day of employment")
    case .previousYear:
      Localized("最后一日所在年份的上一年度数字（即使其后才公布）", en: "the calendar year before the last day, even if published later")
    }
  }
}
