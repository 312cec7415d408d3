// 广东省人力资源和社会保障厅《关于积极应对新型冠状病毒感染肺炎疫情做好劳动关系相关工作的通知》
// Issued 2020-01-25 (document number not found). Practical scope ended with the lifting of Class A measures
// on 2023-01-08. Sources: http://pw-partners.com/newsinfo/77463.html?templateId=590244 ;
// https://y.meizhou.cn/p/72006.html ; shared/law/overtime-holidays-heat-epidemic-severance.md facts 4.7–4.10.
import LaborRules

enum GuangdongEpidemicNotice {
  static let instrument = Instrument(
    "关于积极应对新型冠状病毒感染肺炎疫情做好劳动关系相关工作的通知",
    en: "Guangdong HRSS notice on labour relations during the COVID-19 epidemic", issuer: "广东省人力资源和社会保障厅",
    effective: CivilDate("2020-01-25"),
    sources: [
      "http://pw-partners.com/newsinfo/77463.html?templateId=590244", "https://y.meizhou.cn/p/72006.html",
      "http://gz.house.163.com/20/0126/08/F3Q848J5008786F3.html",
    ])

  // MARK: - 第二项
  /// 对新型冠状病毒感染的肺炎患者、疑似病人、密切接触者在其隔离治疗期间或医学观察期间以及因政府实施隔离
  /// 措施或采取其他紧急措施导致不能提供正常劳动的职工，用人单位应当视同提供正常劳动并支付职工正常工作时间工资。
  static let item2 = instrument.item(2, "视同提供正常劳动，支付正常工作时间工资")
  // MARK: - 第三项
  /// 经与职工协商一致，可以优先安排职工使用带薪年休假，带薪年休假期间按正常工作期间支付工资。
  static let item3 = instrument.item(3, "经协商一致安排带薪年休假的，按正常工作期间支付工资")
  // MARK: - 第四项
  /// 经与职工协商一致，可以调整薪酬、轮岗轮休、缩短工时、待岗；停工停产的，按《广东省工资支付条例》第三十九条处理。
  static let item4 = instrument.item(4, "经协商一致调整薪酬；停工停产按广东省工资支付条例第三十九条支付")
}
