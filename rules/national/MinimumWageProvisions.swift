// 《最低工资规定》 — Provisions on Minimum Wages
// 劳动和社会保障部令第21号, Ministry of Labour and Social Security; adopted 2004-01-20, in force 2004-03-01.
// Source: wagepolicies/wagepolicies.github.io pages/wage_policies/2004_guiding_lowest_wage.markdown
// (shared/law/wages-stoppage-sickpay.md §1.5).
import LaborRules

enum MinimumWageProvisions {
  static let instrument = Instrument(
    "最低工资规定", en: "Provisions on Minimum Wages", issuer: "劳动和社会保障部", number: "劳动和社会保障部令第21号",
    effective: CivilDate("2004-03-01"),
    sources: ["wagepolicies/wagepolicies.github.io: pages/wage_policies/2004_guiding_lowest_wage.markdown"])

  // MARK: - 第五条
  /// The minimum wage takes two forms: a monthly standard for full-time workers and an hourly standard
  /// for part-time (非全日制) workers.
  static let art5 = instrument.article(5, "月最低工资标准适用于全日制就业劳动者，小时最低工资标准适用于非全日制就业劳动者")

  // MARK: - 第十二条
  /// Paid for normal labour in statutory hours, wages after deducting overtime pay, special-condition
  /// allowances and statutory welfare may not fall below the local minimum wage.
  static let art12 = instrument.article(12, "劳动者在法定工作时间内提供了正常劳动的，工资不得低于当地最低工资标准")
}
