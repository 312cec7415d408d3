/// Statutory conversion factors, as cited values.
public enum Conversion {
  /// 《关于职工全年月平均工作时间和工资折算问题的通知》 (劳社部发〔2008〕3号).
  public static let notice2008 = Instrument(
    "关于职工全年月平均工作时间和工资折算问题的通知", en: "Notice on Average Monthly Working Time and Wage Conversion",
    issuer: "劳动和社会保障部", number: "劳社部发〔2008〕3号", effective: CivilDate("2008-01-03"),
    sources: ["wagepolicies/wagepolicies.github.io: pages/wage_policies/2008_gongzuoshijian_gongzizhesuan.markdown"])

  /// 21.75 paid days a month: (365 − 104) ÷ 12, for converting a monthly wage to a daily one (item 二).
  public static let paidDaysPerMonth = notice2008.item(2, "月计薪天数 =（365天 − 104天）÷ 12月 = 21.75天")
}
