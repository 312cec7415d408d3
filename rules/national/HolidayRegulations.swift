// The two national rules that make an ordinary day a workday, a rest day or a statutory holiday.
//
// 《全国年节及纪念日放假办法》 — National Holiday Regulations (on Holidays and Commemoration Days)
// 国务院 (first issued by 政务院 1949-12-23; revised 1999, 2007, 2013, 2024). Two versions matter here:
// - as revised by 国务院令第644号 (decision of 2013-12-11), in force 2014-01-01 … 2024-12-31: 11 days.
// - as revised by 国务院令第795号 (passed 2024-11-08, signed 2024-11-10), in force 2025-01-01: 13 days
//   (春节 4 days with 除夕, 劳动节 2 days). The date is Order No. 795's own; the consolidated text's
//   closing article "自公布之日起施行" is the original wording and not the date of the 2024 change
//   (shared/law/addendum-2026-11-23.md §1, the latest word).
// Sources: LawRefBook/Laws 行政法规/全国年节及纪念日放假办法(2013-12-11).md and (2024-11-10).md (both read
// again for this file: art. 2 list, art. 6 补假, new art. 7 on 调休); the pages of
// shared/law/overtime-holidays-heat-epidemic-severance.md §2.1 (facts 2.1–2.4).
//
// 《国务院关于职工工作时间的规定》 — State Council Provisions on (Employees') Working Hours
// 国务院令第174号 (1995-03-25), in force 1995-05-01 (art. 9; enterprises by 1997-05-01 at the latest).
// Art. 3 (8 hours a day, 40 a week) is in the dossier (§1.1, fact 1.4). Art. 7 (Saturday and Sunday are
// the weekly rest days) is not: its text was confirmed for this file on two pages that reproduce the
// regulation, https://cnacce.org.cn/news/607.html (giving 人社部网站 as its source) and
// http://buy36.cn/zixun-4316fd7cc7c647f7a7e39af77f2be614.html. Art. 7 para 2 lets enterprises arrange
// their weekly rest days flexibly: the calendar shows the uniform schedule of para 1.
import LaborRules

enum HolidayRegulations {
  static let text2013 = Instrument(
    "全国年节及纪念日放假办法", en: "National Holiday Regulations (2013 revision)",
    issuer: "国务院", number: "国务院令第644号", effective: CivilDate("2014-01-01"), until: CivilDate("2024-12-31"),
    sources: [
      "LawRefBook/Laws: 行政法规/全国年节及纪念日放假办法(2013-12-11).md",
      "http://big5.www.gov.cn/gate/big5/www.gov.cn/zhuanti/2013-12/11/content_2610576.htm",
      "http://cbcr.com.cn/showproblem.asp?id=12",
    ])
  static let text2024 = Instrument(
    "全国年节及纪念日放假办法", en: "National Holiday Regulations (2024 revision)",
    issuer: "国务院", number: "国务院令第795号", effective: CivilDate("2025-01-01"),
    sources: [
      "LawRefBook/Laws: 行政法规/全国年节及纪念日放假办法(2024-11-10).md", "https://zggxw.com.cn/yaowen/9563.html",
      "https://m.163.com/news/article/JGQUCGLS0519CS5P.html",
      "https://linklaters.com/sv-se/knowledge/publications/alerts-newsletters-and-guides/2024/november/27/"
        + "china-expands-public-holidays-embracing-a-more-employee-friendly-holiday-arrangement",
    ])
  static let workingHours = Instrument(
    "国务院关于职工工作时间的规定", en: "State Council Provisions on Working Hours", issuer: "国务院",
    number: "国务院令第174号", effective: CivilDate("1995-05-01"),
    sources: [
      "https://law.lawtime.cn/lifadongtai/35088.html", "https://cnacce.org.cn/news/607.html",
      "http://buy36.cn/zixun-4316fd7cc7c647f7a7e39af77f2be614.html",
    ])

  // MARK: - 放假办法（2013）第二条
  /// 全体公民放假的节日: 元旦 1 day (1 January); 春节 3 days (正月初一、初二、初三); 清明节 1 day (the 清明
  /// solar term); 劳动节 1 day (1 May); 端午节 1 day (5th of the 5th lunar month); 中秋节 1 day (15th of
  /// the 8th lunar month); 国庆节 3 days (1–3 October). Eleven days; 除夕 is not among them.
  static let holidays2013 = text2013.article(
    2, "全体公民放假的节日：新年1天，春节3天（农历正月初一、初二、初三），清明节、劳动节、端午节、中秋节各1天，国庆节3天（10月1日至3日），共11天")

  // MARK: - 放假办法（2024）第二条
  /// The same list with 春节 4 days (农历除夕、正月初一至初三) and 劳动节 2 days (1 and 2 May): 13 days.
  static let holidays2024 = text2024.article(
    2, "全体公民放假的节日：元旦1天，春节4天（农历除夕、正月初一至初三），清明节1天，劳动节2天（5月1日、2日），端午节、中秋节各1天，国庆节3天，共13天")

  // MARK: - 第二条 as rules for any year
  /// Art. 2 of the 2013 text as day rules: 元旦 1 January; 春节 正月初一 to 初三; 清明节 the day of the solar term;
  /// 劳动节 1 May; 端午节 五月初五; 中秋节 八月十五; 国庆节 1–3 October.
  static let rule2013 = StatutoryHolidayRule(
    holidays2013,
    festivals: [
      (HolidayArrangements.newYear, [.gregorian(month: 1, day: 1)]),
      (
        HolidayArrangements.springFestival,
        [.lunar(month: 1, day: 1), .lunar(month: 1, day: 2), .lunar(month: 1, day: 3)]
      ),
      (HolidayArrangements.qingming, [.qingming]),
      (HolidayArrangements.labourDay, [.gregorian(month: 5, day: 1)]),
      (HolidayArrangements.dragonBoat, [.lunar(month: 5, day: 5)]),
      (HolidayArrangements.midAutumn, [.lunar(month: 8, day: 15)]),
      (
        HolidayArrangements.nationalDay,
        [.gregorian(month: 10, day: 1), .gregorian(month: 10, day: 2), .gregorian(month: 10, day: 3)]
      ),
    ])

  /// Art. 2 of the 2024 text: the same with 除夕 in 春节 and 2 May in 劳动节 (13 days).
  static let rule2024 = StatutoryHolidayRule(
    holidays2024,
    festivals: [
      (HolidayArrangements.newYear, [.gregorian(month: 1, day: 1)]),
      (
        HolidayArrangements.springFestival,
        [.lunarNewYearsEve, .lunar(month: 1, day: 1), .lunar(month: 1, day: 2), .lunar(month: 1, day: 3)]
      ),
      (HolidayArrangements.qingming, [.qingming]),
      (HolidayArrangements.labourDay, [.gregorian(month: 5, day: 1), .gregorian(month: 5, day: 2)]),
      (HolidayArrangements.dragonBoat, [.lunar(month: 5, day: 5)]),
      (HolidayArrangements.midAutumn, [.lunar(month: 8, day: 15)]),
      (
        HolidayArrangements.nationalDay,
        [.gregorian(month: 10, day: 1), .gregorian(month: 10, day: 2), .gregorian(month: 10, day: 3)]
      ),
    ])

  // MARK: - 工作时间规定 第三条
  /// 职工每日工作8小时、每周工作40小时.
  static let workday = workingHours.article(3, "职工每日工作8小时、每周工作40小时")

  // MARK: - 工作时间规定 第七条
  /// 国家机关、事业单位实行统一的工作时间，星期六和星期日为周休息日. Para 2: enterprises that cannot keep the
  /// uniform hours may arrange their weekly rest days flexibly.
  static let weeklyRest = workingHours.article(
    7, "国家机关、事业单位实行统一的工作时间，星期六和星期日为周休息日；企业可以根据实际情况灵活安排周休息日")
}
