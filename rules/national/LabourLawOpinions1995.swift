// 《关于贯彻执行〈中华人民共和国劳动法〉若干问题的意见》 — Opinions on Implementing the Labour Law
// 劳部发〔1995〕309号, Ministry of Labour (date 1995-08-04 not re-verified). Sources: http://lnldrszy.com/
// shehuiredian/1520.html; https://wechat.estsglobal.com/wechat/law_contents/39; shared/law/
// overtime-holidays-heat-epidemic-severance.md fact 1.12; shared/law/wages-stoppage-sickpay.md §3.
import LaborRules

enum LabourLawOpinions1995 {
  static let instrument = Instrument(
    "关于贯彻执行《中华人民共和国劳动法》若干问题的意见", en: "Opinions on Implementing the Labour Law",
    issuer: "劳动部", number: "劳部发〔1995〕309号", effective: CivilDate("1995-08-04"),
    sources: [
      "http://lnldrszy.com/shehuiredian/1520.html", "http://uianet.net/dictionary/b5946767.html",
      "https://wechat.estsglobal.com/wechat/law_contents/39",
    ])

  // MARK: - 第五十九条
  /// 职工患病或非因工负伤治疗期间，在规定的医疗期内由企业按有关规定支付其病假工资或疾病救济费，病假工资或疾病救济费
  /// 可以低于当地最低工资标准支付，但不能低于最低工资标准的80%.
  static let art59 = instrument.article(59, "病假工资可以低于当地最低工资标准，但不能低于最低工资标准的80%")

  // MARK: - 第六十二条
  /// 实行综合计算工时工作制的，工作日正好是周休息日的属于正常工作；工作日正好是法定节假日的，依照劳动法第四十四条
  /// 第（三）项支付工资报酬.
  static let art62 = instrument.article(62, "综合计算工时工作日正好是法定节假日的，按劳动法第四十四条第（三）项支付（300%）")
}
