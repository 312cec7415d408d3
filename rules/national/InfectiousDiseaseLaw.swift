// 《中华人民共和国传染病防治法》 — Law on the Prevention and Treatment of Infectious Diseases
// 全国人民代表大会常务委员会. 2004 revision in force 2004-12-01, amended 2013-06-29 (art. 41 kept); revised
// 2025-04-30 (主席令第47号), in force 2025-09-01 (art. 67 para 3 replaces art. 41).
// Sources: LawRefBook/Laws 行政法/传染病防治法(2013-06-29).md; X-STORAGE/Laws 行政法/传染病防治法(2025-04-30).md;
// shared/law/overtime-holidays-heat-epidemic-severance.md topic 4; shared/law/addendum-2026-11.md D.
import LaborRules

enum InfectiousDiseaseLaw {
  static let text2013 = Instrument(
    "中华人民共和国传染病防治法", en: "Law on the Prevention and Treatment of Infectious Diseases (2013)",
    issuer: "全国人民代表大会常务委员会", effective: CivilDate("2013-06-29"), until: CivilDate("2025-08-31"),
    sources: ["LawRefBook/Laws: 行政法/传染病防治法(2013-06-29).md", "http://sz.bendibao.com/news/2020212/828245.htm"])
  static let text2025 = Instrument(
    "中华人民共和国传染病防治法", en: "Law on the Prevention and Treatment of Infectious Diseases (2025)",
    issuer: "全国人民代表大会常务委员会", number: "主席令第47号", effective: CivilDate("2025-09-01"),
    sources: ["X-STORAGE/Laws: 行政法/传染病防治法(2025-04-30).md", "https://castglobal-china.biz/laws/8571"])

  // MARK: - 第四十一条（2013）
  /// 在隔离期间，实施隔离措施的人民政府应当对被隔离人员提供生活保障；被隔离人员有工作单位的，所在单位
  /// 不得停止支付其隔离期间的工作报酬。
  static let art41 = text2013.article(41, "被隔离人员有工作单位的，所在单位不得停止支付其隔离期间的工作报酬")

  // MARK: - 第六十七条第三款（2025）
  /// 因依照本法第五十八条、第六十三条至第六十六条采取的措施不能工作的，用人单位应当保留其工作，按照规定
  /// 支付其在此期间的工资或者生活费。The amount is left to regulations not yet issued.
  static let art67 = text2025.article(67, "第三款：保留工作，按照规定支付此期间的工资或者生活费")
}

// 《中华人民共和国突发公共卫生事件应对法》 — Public Health Emergency Response Law
// Adopted 2025-09-12 (14th NPC Standing Committee, 17th session), in force 2025-11-01 (art. 65).
enum PublicHealthEmergencyLaw {
  static let instrument = Instrument(
    "中华人民共和国突发公共卫生事件应对法", en: "Public Health Emergency Response Law", issuer: "全国人民代表大会常务委员会",
    effective: CivilDate("2025-11-01"),
    sources: ["X-STORAGE/Laws: 行政法/突发公共卫生事件应对法(2025-09-12).md", "http://blog.meiducn.com/article/7761197.shtml"])

  // MARK: - 第四十六条第三款
  /// 政府采取停工、停业措施期间，用人单位应当按照规定支付工资或者生活费。
  static let art46 = instrument.article(46, "第三款：停工、停业措施期间，按照规定支付工资或者生活费")
}
