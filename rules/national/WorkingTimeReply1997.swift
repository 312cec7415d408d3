// 《关于职工工作时间有关问题的复函》 — Reply on Questions of Working Time
// 劳部发〔1997〕271号, Ministry of Labour, 1997-09-10, to the Guangzhou labour bureau. Item 5: under comprehensive
// hours only the cycle's total hours beyond its statutory total are extended hours, paid at 150%. Sources:
// https://jendow.com.tw/wiki/勞動部關於職工工作時間有關問題的復函; https://w.sf024.com/info/445713077.html;
// shared/law/overtime-holidays-heat-epidemic-severance.md facts 1.10–1.11.
import LaborRules

enum WorkingTimeReply1997 {
  static let instrument = Instrument(
    "关于职工工作时间有关问题的复函", en: "Reply on Questions of Working Time", issuer: "劳动部",
    number: "劳部发〔1997〕271号", effective: CivilDate("1997-09-10"),
    sources: [
      "https://jendow.com.tw/wiki/勞動部關於職工工作時間有關問題的復函", "https://w.sf024.com/info/445713077.html",
    ])

  // MARK: - 第五项
  /// 综合计算周期内的总实际工作时间超过总法定标准工作时间的部分，视为延长工作时间，按劳动法第四十四条第（一）项支付.
  static let item5 = instrument.item(5, "周期内总实际工作时间超过总法定标准工作时间的部分为延长工作时间，按150%支付")
}
