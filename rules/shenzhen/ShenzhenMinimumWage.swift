// 深圳市最低工资标准 — Shenzhen's own minimum wage
// Issuers: 深圳市人民政府 / 深圳市人力资源和社会保障局. Shenzhen sets its own standard under 深圳市员工工资支付
// 条例 (arts. 36–38; since the 2025-12-05 amendment under the provincial adjustment rules), with its own
// effective dates. Facts and sources: shared/law/wages-stoppage-sickpay.md §1.3; 2008–2012 from the sources each
// notice lists (checked 2026-11-23). Where no official title was seen (2008, 2010, 2011, 2013, 2015, 2017, 2022),
// the title below describes the notice instead. Until 2010-06-30 the Special Economic Zone (福田、罗湖、南山、
// 盐田) and the districts outside it (宝安、龙岗) had different figures: the city-level figure is unknown then.
import LaborRules

enum ShenzhenMinimumWage {
  static func notice(
    _ title: String, _ en: String, number: String? = nil, _ effective: StaticString, _ sources: [String]
  ) -> Instrument {
    Instrument(
      title, en: en, issuer: "深圳市人力资源和社会保障局", number: number, effective: CivilDate(effective), sources: sources)
  }
  static func figure(_ monthly: Int64, _ hourly: String) -> MinimumWage {
    MinimumWage(monthly: Money(yuan: monthly), hourly: try! Money(parsing: hourly))
  }

  // MARK: - 深劳社规〔2008〕14号: inside the SEZ 1000 / 8.8, outside 900 / 8.0, from 2008-07-01
  static let notice2008 = Instrument(
    "深圳市2008年度最低工资标准的通知", en: "Shenzhen notice on the 2008 minimum wages (inside and outside the SEZ)",
    issuer: "深圳市劳动和社会保障局", number: "深劳社规〔2008〕14号", effective: CivilDate("2008-07-01"),
    until: CivilDate("2010-06-30"),
    sources: [
      "http://shcontractlaw.com/a/falvfagui/difangfalvfagui/2012/0514/20870.html",
      "http://tv.sohu.com/20080602/n257233552.shtml", "http://h.lvshiminglu.com/law/140.html",
    ])
  // MARK: - 2010: 1100 / 9.8 from 2010-07-01, one figure for the whole city for the first time
  static let notice2010 = notice(
    "深圳市调整最低工资标准的通知（2010年）", "Shenzhen minimum-wage notice (2010)", "2010-07-01",
    [
      "http://english.sz.gov.cn/ln/201006/t20100610_1546188.htm",
      "http://m.gupiaobar.cn/jm/qyys/csj/201006/t20100610_1407529.htm (repost of 中国证券报)",
      "http://www.wxdmx.com/jm/qyys/csj/201006/t20100609_1406601.htm (repost of 中国广播网)",
    ])
  // MARK: - 2011: 1320 / 11.7 from 2011-04-01 (municipal government 5th-term 26th standing meeting, 2011-03-02)
  static let notice2011 = notice(
    "深圳市调整最低工资标准的通知（2011年）", "Shenzhen minimum-wage notice (2011)", "2011-04-01",
    [
      "http://laolvtong.com/article.php?act=page&aid=21&id=507 (repost of 深圳新闻网)",
      "https://news.everychina.com/wz40ba57/shenzhen_to_lift_minimum_wage_from_april_1.html",
      "http://en.people.cn/90882/7657708.html",
    ])
  // MARK: - 深人社规〔2011〕19号: 1500 / 13.3 from 2012-02-01
  static let notice2012 = notice(
    "关于调整深圳市最低工资标准的通知", "Shenzhen notice on the minimum wage (2012)", number: "深人社规〔2011〕19号",
    "2012-02-01",
    [
      "https://cmjoys.com/wenda/159749",
      "https://www.thenanfang.com/blog/sz-minimum-wage-to-increase-to-1600-rmbmonth-14-5-rmbhour/",
      "http://en.people.cn/90882/7724869.html",
    ])

  // MARK: - 2013: 1600 / 14.5 from 2013-03-01
  static let notice2013 = notice(
    "深圳市调整最低工资标准的公告（2013年）", "Shenzhen minimum-wage announcement (2013)", "2013-03-01",
    [
      "https://wageindicator.org/salary/minimum-wage/minimum-wages-news/china-shenzhen-raises-minimum-wage-levels-"
        + "march-01-2013",
      "https://www.china-briefing.com/news/shenzhen-raises-minimum-wage-levels/",
    ])
  // MARK: - 深人社规〔2013〕14号: 1808 / 16.5 from 2014-02-01
  static let notice2014 = notice(
    "关于调整我市最低工资标准的通知", "Shenzhen notice on the minimum wage (2014)", number: "深人社规〔2013〕14号", "2014-02-01",
    [
      "http://ft22.com/wap/content.asp?id=5766&lid=161", "http://www.chinagbd.com/en/NewShow.asp?id=924",
    ])
  // MARK: - 2015: 2030 / 18.5 from 2015-03-01
  static let notice2015 = notice(
    "深圳市调整最低工资标准的通知（2015年）", "Shenzhen minimum-wage notice (2015)", "2015-03-01",
    [
      "http://www.yjbys.com/wage/231292.html", "http://szftgk.com/XiangGuanZhengCe/655466.html",
    ])
  // MARK: - 2017: 2130 / 19.5 from 2017-06-01
  // Settled by shared/law/addendum-2026-11-23.md §1: Nikkei Chinese (2017-04-06, "自6月1日起…增至每月2130元")
  // and a repost of the Shenzhen HRSS announcement ("新标准自2017年6月1日起实施"); the earlier "04-01" of one
  // secondary source follows its Shanghai paragraph.
  static let notice2017 = notice(
    "深圳市调整最低工资标准的通知（2017年）", "Shenzhen minimum-wage notice (2017)", "2017-06-01",
    [
      "http://dev.cn.nikkei.com/china/cpolicssociety/24522-2017-04-06-08-50-54.html",
      "http://gxscse.com/ZuiDiGongZi/735906.html", "http://english.china.com/news/china/54/20170615/994487.html",
      "https://blogs.gemini-global.com/minimum-wage-increases-in-china/",
    ])
  // MARK: - 2018: 2200 / 20.3 from 2018-08-01 (notice of 2018-06-29; not the provincial 07-01)
  static let notice2018 = notice(
    "关于调整本市最低工资标准的通知", "Shenzhen notice on the minimum wage (2018)", "2018-08-01",
    [
      "https://m.tftnews.com/news6818831", "http://www.creditsailing.com/ZuiDiGongZi/736576.html",
    ])
  // MARK: - 2022: 2360 / 22.2 from 2022-01-01 (figure of 粤府函〔2021〕345号)
  static let notice2022 = notice(
    "深圳市调整最低工资标准的通知（2022年）", "Shenzhen notice on the minimum wage (2022)", "2022-01-01",
    [
      "https://www.pupu123.com/ketang/2747.html", "http://m.easyfang.com/a/2023/0803/014586995.html",
    ])
  // MARK: - 2025: 2520 / 23.7 from 2025-03-01 (on the basis of 粤府函〔2025〕23号)
  static let notice2025 = notice(
    "关于调整我市最低工资标准的通知", "Shenzhen notice on the minimum wage (2025)", "2025-03-01",
    [
      "http://www.ahhyyl.com.cn/ldbzzt/ldbzzt20250225.html", "https://bbs.gdmm.com/thread-3410783-1-1.html",
    ])

  static let schedule = Schedule<MinimumWage>(
    "minimum-wage.440300",
    [
      Dated(
        unknownFrom: CivilDate("2008-07-01"), through: CivilDate("2010-06-30"),
        reason: Localized(
          "深劳社规〔2008〕14号分特区内（福田、罗湖、南山、盐田）1000元/月、8.8元/小时与特区外（宝安、龙岗）900元/月、"
            + "8.0元/小时两个标准，2010-07-01才全市统一；规则包按地级市查找，2008-07-01至2010-06-30的全市标准不确定",
          en: "深劳社规〔2008〕14号 set two figures, 1000 a month and 8.8 an hour inside the Special Economic Zone "
            + "(Futian, Luohu, Nanshan, Yantian) and 900 and 8.0 outside it (Bao'an, Longgang), unified only on "
            + "2010-07-01; the packs look up by city, so the figure for 2008-07-01 … 2010-06-30 is uncertain"),
        checked: LastChecked.minimumWageHistory),
      Dated(
        CivilDate("2010-07-01"), through: CivilDate("2011-03-31"), figure(1100, "9.8"), cites: notice2010.whole(),
        checked: LastChecked.minimumWageHistory),
      Dated(
        CivilDate("2011-04-01"), through: CivilDate("2012-01-31"), figure(1320, "11.7"), cites: notice2011.whole(),
        checked: LastChecked.minimumWageHistory),
      Dated(
        CivilDate("2012-02-01"), through: CivilDate("2013-02-28"), figure(1500, "13.3"), cites: notice2012.whole(),
        checked: LastChecked.minimumWageHistory),
      Dated(
        CivilDate("2013-03-01"), through: CivilDate("2014-01-31"), figure(1600, "14.5"), cites: notice2013.whole(),
        checked: LastChecked.dossier),
      Dated(
        CivilDate("2014-02-01"), through: CivilDate("2015-02-28"), figure(1808, "16.5"), cites: notice2014.whole(),
        checked: LastChecked.dossier),
      Dated(
        CivilDate("2015-03-01"), through: CivilDate("2017-05-31"), figure(2030, "18.5"), cites: notice2015.whole(),
        checked: LastChecked.dossier),
      Dated(
        CivilDate("2017-06-01"), through: CivilDate("2018-07-31"), figure(2130, "19.5"), cites: notice2017.whole(),
        checked: LastChecked.dossier),
      Dated(
        CivilDate("2018-08-01"), through: CivilDate("2021-12-31"), figure(2200, "20.3"), cites: notice2018.whole(),
        checked: LastChecked.dossier),
      Dated(
        CivilDate("2022-01-01"), through: CivilDate("2025-02-28"), figure(2360, "22.2"), cites: notice2022.whole(),
        checked: LastChecked.dossier),
      Dated(
        CivilDate("2025-03-01"), through: nil, figure(2520, "23.7"), cites: notice2025.whole(),
        checked: LastChecked.december2026),
    ])

  static var pack: RulePack {
    RulePack(
      id: "shenzhen.minimum-wage", title: Localized("深圳市最低工资标准", en: "Shenzhen minimum wage"),
      file: "rules/shenzhen/ShenzhenMinimumWage.swift",
      instruments: [
        notice2008, notice2010, notice2011, notice2012, notice2013, notice2014, notice2015, notice2017, notice2018,
        notice2022, notice2025,
      ],
      coverage: Localized(
        "2010-07-01起；2008-07-01至2010-06-30特区内外标准不同，不覆盖",
        en: "from 2010-07-01; 2008-07-01 … 2010-06-30 not covered (different figures inside and outside the "
          + "Special Economic Zone)"),
      lastChecked: LastChecked.dossier,
      schedules: [ScheduleSummary(schedule)])
  }
}
