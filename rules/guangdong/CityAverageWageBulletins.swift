// The average-wage bulletins of Guangdong's cities other than Shenzhen (ShenzhenAverageWage.swift): the figure
// 劳动合同法 art. 47 para. 2 caps a high earner's compensation at, three times the 设区的市's previous-year
// average monthly wage of 职工. Each is the city statistics bureau's figure for urban non-private units, on-the-job
// staff (在岗职工) and employed persons (就业人员); the series is a named assumption (AverageWageSeries).
// Research of 2026-12-07 (no official page could be opened; every figure rests on a repost, so each is flagged
// unverified and taken as published by the date of the report that carries it):
// - 广州 2009: 49,519 在岗 / 49,215 (城镇非私营单位职工), 广州市统计局 via 南方都市报, July 2010
//   (http://hr668.com/new/new10-07-212.html): SINGLE-SOURCE.
// - 广州 2024: 164,443 / 159,312, 广州市统计局「2024年广州市城镇单位就业人员年平均工资情况」 of 2025-06-29
//   (https://tjj.gz.gov.cn/stats_newtjyw/tjsj/tjgb/qtgb/content/post_10330995.html, not opened; read in a public
//   dataset that cites it, series by field name): SECONDARY.
// - 东莞 2024: 105,186 在岗 / 105,062, 东莞市人民政府 release of 2025-06-24, 羊城晚报 2025-06-25 p. DA09
//   (https://ep.ycwb.com/epaper/ywdf/html/2025-06/25/content_488_713167.htm): SINGLE-SOURCE.
// - 中山 2021: 98,818 在岗 / 98,616, 中统字〔2022〕69号 《关于公布2021年中山市城镇单位就业人员平均工资的通知》 of
//   2022-06-10 (https://zc.tongcaizh.com/index.php?id=18647): SINGLE-SOURCE.
// - 惠州 2021: 就业人员 97,935 only (在岗 not quoted), 惠州市统计局 via 南方都市报 2022-06-28
//   (http://bzd888.cn/zixun/shehuiminsheng/2022/0628/80894.html): SINGLE-SOURCE.
// Not found for any year: 韶关, 河源, 梅州, 汕尾, 阳江, 茂名, 潮州, 揭阳, 云浮; figures of other years for the cities
// above, and 珠海, 佛山, 江门, 湛江, 肇庆, 清远, 汕头 with a publication date (addendum-2026-12-07.md §3.5). A city
// with no figure held is not covered above three times the minimum wage; a year not held falls back on the latest
// earlier one under the reading average-wage-missing.
import LaborRules

enum CityAverageWages {
  static func bulletin(_ city: String, _ year: Int, published: StaticString, sources: [String]) -> Instrument {
    Instrument(
      "\(year)年\(city)市城镇单位就业人员年平均工资", en: "\(Region.named(city).pinyin) average wages, \(year)",
      issuer: "\(city)市统计局", effective: CivilDate(published), effectiveIs: .published, sources: sources)
  }

  static func figure(
    _ city: String, _ year: Int, onTheJob: Int?, employed: Int?, published: StaticString, sources: [String],
    caveat: Localized
  ) -> AverageWageBulletin {
    let instrument = bulletin(city, year, published: published, sources: sources)
    let words = [onTheJob.map { "在岗职工年平均工资\($0)元" }, employed.map { "城镇非私营单位就业人员年平均工资\($0)元" }]
      .compactMap { $0 }.joined(separator: "，")
    return AverageWageBulletin(
      figure: AverageWage(
        year: year, onTheJob: onTheJob.map { Money(yuan: Int64($0)) },
        employedPersons: employed.map { Money(yuan: Int64($0)) },
        published: CivilDate(published)),
      citation: instrument.whole(words + "（未核实）"), unverified: caveat)
  }

  static let reposted = Localized(
    "数字只见于转载或报道，未见官方原文", en: "the figures rest on a repost or a report; the official text was not read")
  static let dataset = Localized(
    "数字只见于一个引用该公报的公开数据集，口径按字段名判断",
    en: "the figures rest on one public dataset citing the bulletin; the series are read from its field names")

  static let guangzhou = [
    figure(
      "广州", 2009, onTheJob: 49_519, employed: 49_215, published: "2010-07-31",
      sources: ["http://hr668.com/new/new10-07-212.html (南方都市报, July 2010)"], caveat: reposted),
    figure(
      "广州", 2024, onTheJob: 164_443, employed: 159_312, published: "2025-06-29",
      sources: ["https://tjj.gz.gov.cn/stats_newtjyw/tjsj/tjgb/qtgb/content/post_10330995.html (not opened)"],
      caveat: dataset),
  ]
  static let dongguan = [
    figure(
      "东莞", 2024, onTheJob: 105_186, employed: 105_062, published: "2025-06-24",
      sources: ["https://ep.ycwb.com/epaper/ywdf/html/2025-06/25/content_488_713167.htm (羊城晚报 2025-06-25)"],
      caveat: reposted)
  ]
  static let zhongshan = [
    figure(
      "中山", 2021, onTheJob: 98_818, employed: 98_616, published: "2022-06-10",
      sources: ["https://zc.tongcaizh.com/index.php?id=18647 (中统字〔2022〕69号)"], caveat: reposted)
  ]
  static let huizhou = [
    figure(
      "惠州", 2021, onTheJob: nil, employed: 97_935, published: "2022-06-28",
      sources: ["http://bzd888.cn/zixun/shehuiminsheng/2022/0628/80894.html (南方都市报)"], caveat: reposted)
  ]

  static let byCity: [(city: String, bulletins: [AverageWageBulletin])] = [
    ("广州", guangzhou), ("东莞", dongguan), ("中山", zhongshan), ("惠州", huizhou),
  ]

  static func schedule(_ city: String, _ bulletins: [AverageWageBulletin]) -> Schedule<AverageWage> {
    .averageWages(.named(city), bulletins, through: CivilDate("2026-12-31"), checked: LastChecked.december2026)
  }

  static var pack: RulePack {
    RulePack(
      id: "guangdong.average-wage", title: Localized("广东各市职工平均工资", en: "Guangdong cities' average wages"),
      file: "rules/guangdong/CityAverageWageBulletins.swift",
      instruments: byCity.flatMap { $0.bulletins.map(\.citation.instrument) },
      coverage: Localized(
        "经济补偿高收入封顶所用的上年度职工平均工资（深圳以外）：广州2009、2024年度，东莞2024年度，中山2021年度，惠州2021年度"
          + "（只有就业人员口径）；其余城市与年度未收录",
        en: "the previous-year average wage that caps a high earner's compensation, outside Shenzhen: Guangzhou 2009 "
          + "and 2024, Dongguan 2024, Zhongshan 2021, Huizhou 2021 (employed persons only); other cities and years "
          + "are not held"),
      lastChecked: LastChecked.december2026,
      schedules: byCity.map { ScheduleSummary(schedule($0.city, $0.bulletins)) })
  }
}
