// 《中华人民共和国劳动法》 — Labour Law of the People's Republic of China
// 全国人民代表大会常务委员会. Adopted 1994-07-05, in force 1995-01-01 (art. 107); amended 2009-08-27 and
// 2018-12-29 (arts. 41 and 44 unchanged). Sources: LawRefBook/Laws 社会法/劳动法(2018-12-29).md;
// https://m.64365.com/ask/10254462.aspx; shared/law/overtime-holidays-heat-epidemic-severance.md facts 1.1–1.2.
import LaborRules

enum LabourLaw {
  static let instrument = Instrument(
    "中华人民共和国劳动法", en: "Labour Law", issuer: "全国人民代表大会常务委员会", effective: CivilDate("1995-01-01"),
    sources: [
      "LawRefBook/Laws: 社会法/劳动法(2018-12-29).md", "https://m.64365.com/ask/10254462.aspx",
      "http://enghunan.gov.cn/hneng/Services/Work/LaborRights/202506/t20250628_33722408.html",
    ])

  // MARK: - 第四十一条
  /// Overtime is generally at most 1 hour a day; for special reasons, with the worker's health protected, at
  /// most 3 hours a day and 36 hours a month. Limits of compliance: hours beyond them are still paid.
  static let art41 = instrument.article(
    41, "延长工作时间一般每日不得超过一小时；因特殊原因需要的，每日不得超过三小时，每月不得超过三十六小时")

  // MARK: - 第四十四条
  /// Pay higher than normal wages: (1) extended hours, at least 150%; (2) work on a rest day without
  /// compensatory time off, at least 200%; (3) work on a statutory holiday, at least 300%.
  static let art44 = instrument.article(
    44, "延长工作时间不低于工资的150%；休息日安排工作又不能安排补休的不低于200%；法定休假日安排工作的不低于300%")
}

extension LabourLaw {
  // MARK: - 第二十八条
  /// An employer that ends a contract under arts. 24 (agreement), 26 (no-fault grounds) or 27 (layoff) gives
  /// economic compensation under state rules. Expiry (art. 23) and dismissal for cause (art. 25) are not in the
  /// list. Source: http://m.senbk.com/flzs/0fa11878fcb238459df1cbf23ac93d7f.html.
  static let art28 = instrument.article(28, "用人单位依据本法第二十四条、第二十六条、第二十七条的规定解除劳动合同的，应当依照国家有关规定给予经济补偿")

  // MARK: - 第五十条
  /// 工资应当以货币形式按月支付给劳动者本人. Wages are paid monthly, in money.
  static let art50 = instrument.article(50, "工资应当以货币形式按月支付给劳动者本人")
}
