import LaborRules

/// Which published average wage is the "上年度职工月平均工资" of 劳动合同法 art. 47 para. 2. The statute says 职工
/// (staff and workers); the statistics bureaus publish, for urban non-private units, both on-the-job staff
/// (在岗职工) and all employed persons (就业人员), and no Guangdong source seen says which the courts use
/// (shared/law/overtime-holidays-heat-epidemic-severance.md fact 5.11, UNCERTAIN).
///
/// Shenzhen, a termination on 2023-08-31 (the 2022 figures, published 2023-06-30):
///
/// | reading            | annual  | 3 × monthly |
/// |--------------------|---------|-------------|
/// | `on-the-job`       | 164,754 | 41,188.50   |
/// | `employed-persons` | 162,680 | 40,670.00   |
///
/// The default follows the statute's word (职工, the 在岗职工 series) and is the higher cap, the reading that
/// keeps more for the worker.
enum AverageWageSeries: String, Assumption {
  /// 城镇非私营单位在岗职工年平均工资 ÷ 12 (default).
  case onTheJob = "on-the-job"
  /// 城镇非私营单位就业人员年平均工资 ÷ 12.
  case employedPersons = "employed-persons"

  static let key = "average-wage-series"
  static let standard = AverageWageSeries.onTheJob
  static let question = Localized(
    "经济补偿封顶所用的“职工月平均工资”取哪一统计口径",
    en: "Which published series is the average monthly wage that caps a high earner's compensation")
  var meaning: Localized {
    switch self {
    case .onTheJob:
      Localized("城镇非私营单位在岗职工年平均工资 ÷ 12", en: "urban non-private units, on-the-job staff, annual ÷ 12")
    case .employedPersons:
      Localized("城镇非私营单位就业人员年平均工资 ÷ 12", en: "urban non-private units, employed persons, annual ÷ 12")
    }
  }

  /// The series' annual figure in a bulletin, when it gives one.
  func annual(_ wage: AverageWage) -> Money? {
    switch self {
    case .onTheJob: wage.onTheJob
    case .employedPersons: wage.employedPersons
    }
  }

  var words: Localized {
    switch self {
    case .onTheJob: Localized("城镇非私营单位在岗职工", en: "on-the-job staff of urban non-private units")
    case .employedPersons: Localized("城镇非私营单位就业人员", en: "employed persons of urban non-private units")
    }
  }
}
