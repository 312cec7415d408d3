// Two Ministry of Labour texts on comprehensive working hours (综合计算工时工作制):
// - 《关于贯彻执行〈中华人民共和国劳动法〉若干问题的意见》 (劳部发〔1995〕309号; date 1995-08-04 not re-verified),
//   art. 62: under comprehensive hours a working day on a weekly rest day is normal work; a working day on a
//   statutory holiday is paid under art. 44 item (3), at 300%.
// - 《关于职工工作时间有关问题的复函》 (劳部发〔1997〕271号, 1997-09-10, to the Guangzhou labour bureau), item 5:
//   only the cycle's total hours beyond its statutory total are extended hours, paid at 150%.
// Sources: shared/law/overtime-holidays-heat-epidemic-severance.md facts 1.10–1.12; http://lnldrszy.com/
// shehuiredian/1520.html; https://jendow.com.tw/wiki/勞動部關於職工工作時間有關問題的復函.
import LaborRules

enum WorkingTimeOpinions {
  static let opinions1995 = Instrument(
    "关于贯彻执行《中华人民共和国劳动法》若干问题的意见", en: "Opinions on Implementing the Labour Law",
    issuer: "劳动部", number: "劳部发〔1995〕309号", effective: CivilDate("1995-08-04"),
    sources: ["http://lnldrszy.com/shehuiredian/1520.html", "http://uianet.net/dictionary/b5946767.html"])
  static let reply1997 = Instrument(
    "关于职工工作时间有关问题的复函", en: "Reply on Questions of Working Time", issuer: "劳动部",
    number: "劳部发〔1997〕271号", effective: CivilDate("1997-09-10"),
    sources: [
      "https://jendow.com.tw/wiki/勞動部關於職工工作時間有關問題的復函", "https://w.sf024.com/info/445713077.html",
    ])

  // MARK: - 劳部发〔1995〕309号 第六十二条
  /// 实行综合计算工时工作制的，工作日正好是周休息日的属于正常工作；工作日正好是法定节假日的，依照劳动法第四十四条
  /// 第（三）项支付工资报酬.
  static let art62 = opinions1995.article(62, "综合计算工时工作日正好是法定节假日的，按劳动法第四十四条第（三）项支付（300%）")

  // MARK: - 劳部发〔1997〕271号 第五项
  /// 综合计算周期内的总实际工作时间超过总法定标准工作时间的部分，视为延长工作时间，按劳动法第四十四条第（一）项支付.
  static let item5 = reply1997.item(5, "周期内总实际工作时间超过总法定标准工作时间的部分为延长工作时间，按150%支付")
}
