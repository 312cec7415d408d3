// COVID-19 era national instruments on pay during isolation and government measures, 2020–2023.
// - 人力资源社会保障部办公厅《关于妥善处理新型冠状病毒感染的肺炎疫情防控期间劳动关系问题的通知》
//   (人社厅发明电〔2020〕5号, January 2020; the dossier did not see its date, only that Guangdong cited it on
//   2020-01-25: the 2020-01-24 below is the date commonly given and is used for no computation).
// - 人社部、全国总工会、中国企联/企业家协会、全国工商联《关于做好新型冠状病毒感染肺炎疫情防控期间稳定劳动
//   关系支持企业复工复产的意见》(人社部发〔2020〕8号, 2020-02-07).
// - 国家卫生健康委员会公告2022年第7号 (2022-12-26): Class A measures for COVID lifted from 2023-01-08.
// Sources: shared/law/overtime-holidays-heat-epidemic-severance.md topic 4 (facts 4.4–4.6, 4.14).
import LaborRules

enum NationalEpidemicNotices {
  static let mohrss2020 = Instrument(
    "关于妥善处理新型冠状病毒感染的肺炎疫情防控期间劳动关系问题的通知",
    en: "MOHRSS notice on labour relations during COVID-19 prevention and control", issuer: "人力资源社会保障部办公厅",
    number: "人社厅发明电〔2020〕5号", effective: CivilDate("2020-01-24"), effectiveIs: .issued,
    sources: ["https://lawbus.net/articles/1078.html", "https://guminfeng.cn/7380.html"])
  static let fourParty2020 = Instrument(
    "关于做好新型冠状病毒感染肺炎疫情防控期间稳定劳动关系支持企业复工复产的意见",
    en: "Four-party opinion on stabilising labour relations during COVID-19",
    issuer: "人力资源社会保障部、全国总工会、中国企业联合会/中国企业家协会、全国工商联",
    number: "人社部发〔2020〕8号", effective: CivilDate("2020-02-07"),
    sources: [
      "http://qingdaonews.com/app/content/2020-02/08/content_21234626.htm",
      "https://www.mylawcn.com/q/a09a066a57f45.html",
    ])
  static let nhc2022 = Instrument(
    "国家卫生健康委员会公告（2022年第7号）", en: "NHC announcement No. 7 of 2022 (COVID reclassified; Class A measures lifted)",
    issuer: "国家卫生健康委员会", number: "国家卫生健康委员会公告2022年第7号", effective: CivilDate("2023-01-08"),
    sources: [
      "https://www.kunming.cn/news/c/2022-12-27/13643594.shtml",
      "http://wjw.xinjiang.gov.cn/hfpc/fkxxfytzgg/202212/834be20729e14279a0403186758a96dc.shtml",
    ])

  // MARK: - 人社厅发明电〔2020〕5号 第一项
  /// 对新型冠状病毒感染的肺炎患者、疑似病人、密切接触者在其隔离治疗期间或医学观察期间以及因政府实施
  /// 隔离措施或采取其他紧急措施导致不能提供正常劳动的企业职工，企业应当支付职工在此期间的工作报酬。
  static let isolationPay = mohrss2020.item(1, "隔离治疗、医学观察期间以及因政府隔离或紧急措施不能提供正常劳动的，企业应当支付此期间的工作报酬")
  // MARK: - 人社厅发明电〔2020〕5号 第二项
  /// 企业因受疫情影响导致生产经营困难的，可以通过与职工协商一致采取调整薪酬、轮岗轮休、缩短工时等方式稳定工作岗位。
  static let payByAgreement = mohrss2020.item(2, "经与职工协商一致，可以调整薪酬、轮岗轮休、缩短工时")
  // MARK: - 人社部发〔2020〕8号 第二项
  /// 对能够通过电话、网络等灵活办公的，可以采取灵活办公方式；不能的，经协商一致可优先使用带薪年休假、企业自设福利假。
  static let remoteWorkAndLeave = fourParty2020.item(2, "可以采取灵活办公方式；经协商一致可优先使用带薪年休假、企业自设福利假等各类假")
}
