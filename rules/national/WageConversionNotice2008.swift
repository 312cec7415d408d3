// 《关于职工全年月平均工作时间和工资折算问题的通知》 — Notice on Average Monthly Working Time and Wage Conversion
// 劳社部发〔2008〕3号, Ministry of Labour and Social Security, issued 2008-01-03; it applies the 2008 holiday
// rules and replaced 劳社部发〔2000〕8号. Sources: wagepolicies/wagepolicies.github.io
// pages/wage_policies/2008_gongzuoshijian_gongzizhesuan.markdown; shared/law/overtime-holidays-heat-epidemic-
// severance.md facts 1.13–1.17.
import LaborRules

enum WageConversionNotice2008 {
  static let instrument = Instrument(
    "关于职工全年月平均工作时间和工资折算问题的通知", en: "Notice on Average Monthly Working Time and Wage Conversion",
    issuer: "劳动和社会保障部", number: "劳社部发〔2008〕3号", effective: CivilDate("2008-01-03"),
    sources: ["wagepolicies/wagepolicies.github.io: pages/wage_policies/2008_gongzuoshijian_gongzizhesuan.markdown"])

  // MARK: - 第二项
  /// 月计薪天数 = (365天 − 104天) ÷ 12月 = 21.75天; daily wage = monthly ÷ 21.75. The figure does not depend on
  /// the number of statutory holidays, so the 2025 increase to 13 leaves it unchanged (fact 1.17).
  static let item2 = instrument.item(2, "月计薪天数 =（365天 − 104天）÷ 12月 = 21.75天")

  static let paidDaysPerMonth = Schedule<Rational>(
    "conversion.paid-days-per-month",
    [Dated(CivilDate("2008-01-03"), through: nil, Rational(2175, 100), cites: item2, checked: LastChecked.dossier)])
}
