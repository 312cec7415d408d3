// 深圳市城镇单位就业人员年平均工资数据公报 — the Shenzhen Statistics Bureau's yearly bulletins of average wages,
// the figure 劳动合同法 art. 47 para. 2 caps a high earner's compensation at (three times the city's previous-year
// average monthly wage). Each bulletin gives, for urban non-private units, the average annual wage of employed
// persons (就业人员) and of on-the-job staff (在岗职工); which series the statute's "职工月平均工资" means, and which
// year applies before the mid-year publication, are named assumptions (AverageWageSeries, AverageWageYear).
// Held (shared/law/overtime-holidays-heat-epidemic-severance.md facts 5.12–5.14, re-read 2026-11):
// - 2020: 137,310 / 139,436 — one source, 羊城晚报 of 2021-06-10 reporting the bulletin as published "近日"
//   (http://www.kcqsx.com/sz/202106/1297669.html): SINGLE-SOURCE, unverified, taken as published by 2021-06-10.
// - 2022: 162,680 / 164,754 — the bulletin's text, signed 2023-06-29 and posted 2023-06-30
//   (http://www.liwenjuan1.cn/data/142/2023-06-30/7080391534050612160.html), and 13,730 a month for 2022 in
//   https://laitimes.com/en/article/6vq8p_7c2ii.html: CONFIRMED.
// - 2023: 171,854 / 174,640 — the bulletin of 2024-06-30 reproduced in the laitimes page: SINGLE-SOURCE
//   (its growth rates, 5.6% and 6.0%, agree with the 2022 figures), unverified.
// - 2024: 177,057 / 174,478 — 深圳市统计局「2024年深圳市城镇单位就业人员年平均工资情况」 of 2025-06-30
//   (https://tjj.sz.gov.cn/zwgk/zfxxgkml/tjsj/tjgb/content/post_12253352.html), read only in a public dataset
//   that cites it, which names the series by field (`socialAverageSalary`, `annualIncomeAvg`): SECONDARY,
//   unverified (research of 2026-12-07).
// Not found: 2019, 2021, 2025 (fact 5.15; addendum-2026-12-07.md §3.5). The bulletins come out in June of the next
// year, so the schedule below ends each figure's reign on 05-31 of the year its successor was due and leaves the
// window as unknown; the reading average-wage-missing decides whether an earlier figure stands in.
import LaborRules

enum ShenzhenAverageWage {
  static func bulletin(_ year: Int, published: StaticString, sources: [String]) -> Instrument {
    Instrument(
      "\(year)年深圳市城镇单位就业人员年平均工资数据公报",
      en: "Shenzhen bulletin of average annual wages of persons employed in urban units, \(year)",
      issuer: "深圳市统计局", effective: CivilDate(published), sources: sources)
  }

  static let bulletin2020 = bulletin(
    2020, published: "2021-06-10",
    sources: ["http://www.kcqsx.com/sz/202106/1297669.html (羊城晚报 2021-06-10; single source)"])
  static let bulletin2022 = bulletin(
    2022, published: "2023-06-30",
    sources: [
      "http://www.liwenjuan1.cn/data/142/2023-06-30/7080391534050612160.html (the bulletin, signed 2023-06-29)",
      "https://laitimes.com/en/article/6vq8p_7c2ii.html (13,730 yuan a month for 2022)",
    ])
  static let bulletin2023 = bulletin(
    2023, published: "2024-06-30",
    sources: ["https://laitimes.com/en/article/6vq8p_7c2ii.html (the bulletin of 2024-06-30; single source)"])
  static let bulletin2024 = bulletin(
    2024, published: "2025-06-30",
    sources: [
      "https://tjj.sz.gov.cn/zwgk/zfxxgkml/tjsj/tjgb/content/post_12253352.html (not opened; cited by a public dataset)"
    ])

  // MARK: - 2020年度
  /// 城镇非私营单位就业人员年平均工资 137,310 元；在岗职工 139,436 元.
  static let figure2020 = bulletin2020.whole("城镇非私营单位就业人员年平均工资137310元，在岗职工年平均工资139436元（单一来源；公布日据2021-06-10报道）")
  // MARK: - 2022年度
  /// 城镇非私营单位就业人员年平均工资 162,680 元；在岗职工 164,754 元.
  static let figure2022 = bulletin2022.whole("城镇非私营单位就业人员年平均工资162680元，在岗职工年平均工资164754元")
  // MARK: - 2023年度
  /// 城镇非私营单位就业人员年平均工资 171,854 元；在岗职工 174,640 元.
  static let figure2023 = bulletin2023.whole("城镇非私营单位就业人员年平均工资171854元，在岗职工年平均工资174640元（单一来源）")
  // MARK: - 2024年度
  /// 城镇非私营单位就业人员年平均工资 174,478 元；在岗职工 177,057 元 (a dataset citing the bulletin).
  static let figure2024 = bulletin2024.whole("城镇非私营单位就业人员年平均工资174478元，在岗职工年平均工资177057元（据引用该公报的数据集，未核实）")

  static func missing(_ year: Int, _ note: String = "", _ noteEn: String = "") -> Localized {
    Localized(
      "规则包未收录深圳市\(year)年度职工平均工资\(note)", en: "the packs do not hold Shenzhen's \(year) average wage\(noteEn)")
  }

  /// The figure the latest bulletin gives on each day, 2021-01-01 … 2026-12-31, with the windows not held.
  static let schedule = Schedule<AverageWage>(
    "average-wage.440300",
    [
      Dated(
        unknownFrom: CivilDate("2021-01-01"), through: CivilDate("2021-06-09"),
        reason: missing(2019, "（2020年度数据公报约于2021年6月公布）", " (the 2020 bulletin came out about June 2021)"),
        checked: LastChecked.dossier),
      Dated(
        CivilDate("2021-06-10"), through: CivilDate("2022-05-31"),
        AverageWage(
          year: 2020, onTheJob: Money(yuan: 139_436), employedPersons: Money(yuan: 137_310),
          published: CivilDate("2021-06-10")),
        cites: figure2020, checked: LastChecked.dossier,
        unverified: Localized(
          "2020年度数字只见于一篇2021-06-10的报道，公布日亦据该报道",
          en: "the 2020 figures rest on one press report of 2021-06-10, which also dates the bulletin")),
      Dated(
        unknownFrom: CivilDate("2022-06-01"), through: CivilDate("2023-06-29"),
        reason: missing(2021, "（2022年年中公布）", " (published mid-2022)"), checked: LastChecked.dossier),
      Dated(
        CivilDate("2023-06-30"), through: CivilDate("2024-06-29"),
        AverageWage(
          year: 2022, onTheJob: Money(yuan: 164_754), employedPersons: Money(yuan: 162_680),
          published: CivilDate("2023-06-30")),
        cites: figure2022, checked: LastChecked.dossier),
      Dated(
        CivilDate("2024-06-30"), through: CivilDate("2025-06-29"),
        AverageWage(
          year: 2023, onTheJob: Money(yuan: 174_640), employedPersons: Money(yuan: 171_854),
          published: CivilDate("2024-06-30")),
        cites: figure2023, checked: LastChecked.dossier,
        unverified: Localized(
          "2023年度数字只见于一个转载该公报的网页", en: "the 2023 figures rest on one page reproducing the bulletin")),
      Dated(
        CivilDate("2025-06-30"), through: CivilDate("2026-05-31"),
        AverageWage(
          year: 2024, onTheJob: Money(yuan: 177_057), employedPersons: Money(yuan: 174_478),
          published: CivilDate("2025-06-30")),
        cites: figure2024, checked: LastChecked.december2026,
        unverified: Localized(
          "2024年度数字只见于一个引用该公报的公开数据集，口径按字段名判断",
          en:
            "the 2024 figures rest on one public dataset citing the bulletin; the series are read from its field names")
      ),
      Dated(
        unknownFrom: CivilDate("2026-06-01"), through: CivilDate("2026-12-31"),
        reason: missing(2025, "（2026年年中公布）", " (published mid-2026)"), checked: LastChecked.december2026),
    ])

  static var pack: RulePack {
    RulePack(
      id: "shenzhen.average-wage", title: Localized("深圳市职工平均工资", en: "Shenzhen average wages"),
      file: "rules/shenzhen/ShenzhenAverageWage.swift",
      instruments: [bulletin2020, bulletin2022, bulletin2023, bulletin2024],
      coverage: Localized(
        "经济补偿高收入封顶（劳动合同法第四十七条第二款）所用的深圳市上年度职工平均工资：2020、2022、2023、2024年度",
        en: "the Shenzhen previous-year average wage that caps a high earner's compensation (劳动合同法 art. 47 "
          + "para. 2): years 2020, 2022, 2023 and 2024"),
      lastChecked: LastChecked.december2026, schedules: [ScheduleSummary(schedule)])
  }
}
