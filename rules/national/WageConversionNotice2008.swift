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

  // MARK: - 第一项
  /// 年工作日 = 365天 − 104天（休息日）− 11天（法定节假日）= 250天；月工作日 = 250 ÷ 12 = 20.83天. With 13
  /// statutory days from 2025 the same formula gives 248 ÷ 12 = 20.67, which no published text restates
  /// (fact 1.16): that figure is derived.
  static let item1 = instrument.item(1, "月工作日 = 250天 ÷ 12月 = 20.83天；工作小时数 = 月工作日 × 8小时")

  // MARK: - 第二项
  /// 月计薪天数 = (365天 − 104天) ÷ 12月 = 21.75天; daily wage = monthly ÷ 21.75. The figure does not depend on
  /// the number of statutory holidays, so the 2025 increase to 13 leaves it unchanged (fact 1.17).
  static let item2 = instrument.item(2, "月计薪天数 =（365天 − 104天）÷ 12月 = 21.75天")

  static let paidDaysPerMonth = Schedule<Rational>(
    "conversion.paid-days-per-month",
    [Dated(CivilDate("2008-01-03"), through: nil, Rational(2175, 100), cites: item2, checked: LastChecked.dossier)])
}

extension WageConversionNotice2008 {
  /// Working days a month for a comprehensive cycle's monthly average (item 1): 20.83 to 2024; from 2025 the
  /// same formula with 13 statutory days gives 20.67, arithmetic not restated by any text (`derived`).
  static let workingDaysPerMonth = Schedule<WorkingDays>(
    "conversion.working-days-per-month",
    [
      Dated(
        CivilDate("2008-01-03"), through: CivilDate("2024-12-31"),
        WorkingDays(days: Rational(2083, 100), derived: false),
        cites: item1, checked: LastChecked.dossier),
      Dated(
        CivilDate("2025-01-01"), through: nil, WorkingDays(days: Rational(2067, 100), derived: true),
        cites: instrument.item(1, "按第一项公式以13天法定节假日计：(365 − 104 − 13) ÷ 12 = 20.67天（推算，未见公布文本）"),
        checked: LastChecked.dossier),
    ])

  /// Normal working hours a day (国务院令第174号 art. 3: 8), for converting a daily wage to an hourly one.
  static let hoursPerDay = Schedule<Rational>(
    "conversion.hours-per-day",
    [
      Dated(
        CivilDate("1995-05-01"), through: nil, Rational(8), cites: HolidayRegulations.workday,
        checked: LastChecked.dossier)
    ])
}

/// A month's working days, and whether the figure is arithmetic rather than a published one.
struct WorkingDays: Sendable, Hashable {
  let days: Rational
  let derived: Bool
}
