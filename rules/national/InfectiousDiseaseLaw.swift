// 《中华人民共和国传染病防治法》 — Law on the Prevention and Treatment of Infectious Diseases
// 全国人民代表大会常务委员会. 2004 revision in force 2004-12-01, amended 2013-06-29 (art. 41 kept); revised
// 2025-04-30 (主席令第47号), in force 2025-09-01 (art. 67 para 3 replaces art. 41).
// Sources: LawRefBook/Laws 行政法/传染病防治法(2013-06-29).md; X-STORAGE/Laws 行政法/传染病防治法(2025-04-30).md;
// shared/law/overtime-holidays-heat-epidemic-severance.md topic 4; shared/law/addendum-2026-11.md D.
// Art. 67 para 3 (2025) reads "按照规定支付其在此期间的工资、发放生活费" (shared/law/addendum-2026-11-23.md §1) and
// fixes no amount; with 应对法 art. 46 para 3 it is quoted by the isolation pack's `NotCovered` answer after
// 2025-09-01. No rule computes from either, so neither is an article here. Art. 41 (2013) concerns isolating a
// site; the isolation rules cite the 2020 national and Guangdong notices instead.
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
}

// 《中华人民共和国突发公共卫生事件应对法》 — Public Health Emergency Response Law
// Adopted 2025-09-12 (14th NPC Standing Committee, 17th session), in force 2025-11-01 (art. 65).
enum PublicHealthEmergencyLaw {
  static let instrument = Instrument(
    "中华人民共和国突发公共卫生事件应对法", en: "Public Health Emergency Response Law", issuer: "全国人民代表大会常务委员会",
    effective: CivilDate("2025-11-01"),
    sources: ["X-STORAGE/Laws: 行政法/突发公共卫生事件应对法(2025-09-12).md", "http://blog.meiducn.com/article/7761197.shtml"])
}
