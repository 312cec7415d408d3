// 《关于职工全年月平均工作时间和工资折算问题的通知》 — Notice on Average Monthly Working Time and Wage Conversion
// 劳社部发〔2008〕3号, Ministry of Labour and Social Security, issued 2008-01-03; it applies the 2008 holiday
// rules and replaced 劳社部发〔2000〕8号. Repealed from 2025-01-01 by 人社部发〔2025〕2号 item 3
// (WageConversionNotice2025.swift), so it governs 2008-01-03 … 2024-12-31. Sources:
// wagepolicies/wagepolicies.github.io pages/wage_policies/2008_gongzuoshijian_gongzizhesuan.markdown;
// shared/law/overtime-holidays-heat-epidemic-severance.md facts 1.13–1.17; shared/law/addendum-2026-12-07.md §2.
import LaborRules

enum WageConversionNotice2008 {
  static let instrument = Instrument(
    "关于职工全年月平均工作时间和工资折算问题的通知", en: "Notice on Average Monthly Working Time and Wage Conversion",
    issuer: "劳动和社会保障部", number: "劳社部发〔2008〕3号", effective: CivilDate("2008-01-03"),
    until: CivilDate("2024-12-31"),
    sources: ["wagepolicies/wagepolicies.github.io: pages/wage_policies/2008_gongzuoshijian_gongzizhesuan.markdown"])

  // MARK: - 第一项
  /// 年工作日 = 365天 − 104天（休息日）− 11天（法定节假日）= 250天；季工作日 = 250 ÷ 4 = 62.5天；月工作日 =
  /// 250 ÷ 12 = 20.83天; working hours are these days × 8.
  static let item1 = instrument.item(1, "年工作日250天，季工作日62.5天，月工作日20.83天；工作小时数 = 工作日 × 8小时")

  // MARK: - 第二项
  /// 月计薪天数 = (365天 − 104天) ÷ 12月 = 21.75天; daily wage = monthly ÷ 21.75.
  static let item2 = instrument.item(2, "月计薪天数 =（365天 − 104天）÷ 12月 = 21.75天")
}
