// 《人力资源社会保障部关于职工全年月平均工作时间和工资折算问题的通知》 — MOHRSS Notice on Average Monthly
// Working Time and Wage Conversion, 人社部发〔2025〕2号, dated and in force 2025-01-01, after the 2024 revision of
// 全国年节及纪念日放假办法 (13 statutory days). Item 1: 年工作日 365 − 104 − 13 = 248天, 季工作日 62天, 月工作日
// 20.67天 (1,984 / 496 / 165.36 hours); item 2: 月计薪天数 (365 − 104) ÷ 12 = 21.75天, daily wage = monthly ÷
// 21.75, hourly = daily ÷ 8; item 3: 劳社部发〔2008〕3号 is repealed from the same day.
// Sources: shared/law/addendum-2026-12-07.md §2; the full text read in a repost (84pj.cc), the figures and the
// repeal in two more and in 汨罗市人社局's summary of 2025-05-15 (research of 2026-12-07). The ministry's and
// gov.cn's pages, listed last, could not be opened here. The notice bears the date 2025-01-01 and has no
// separate in-force clause; the packs apply it from that day, as the repeal of the 2008 notice does.
import LaborRules

enum WageConversionNotice2025 {
  static let instrument = Instrument(
    "人力资源社会保障部关于职工全年月平均工作时间和工资折算问题的通知",
    en: "MOHRSS Notice on Average Monthly Working Time and Wage Conversion", issuer: "人力资源社会保障部",
    number: "人社部发〔2025〕2号", effective: CivilDate("2025-01-01"),
    sources: [
      "https://84pj.cc/index.php?id=626&mod=detail", "https://wxredian.com/art?id=e0b1a740e587903a8ecdf901689bbcf4",
      "https://csrwiki.com/csr/monthly-average-working-hours-decline-to-20-67-days",
      "https://www.miluo.gov.cn/25308/25309/25315/29639/content_2291555.html (汨罗市人社局, 2025-05-15)",
      "https://www.mohrss.gov.cn/SYrlzyhshbzb/laodongguanxi_/zcwj/202501/t20250101_533693.html (not opened)",
      "https://www.gov.cn/zhengce/zhengceku/202501/content_6995777.htm (not opened)",
    ])

  // MARK: - 第一项
  /// 年工作日 = 365天 − 104天（休息日）− 13天（法定节假日）= 248天；季工作日 = 248 ÷ 4 = 62天；月工作日 =
  /// 248 ÷ 12 = 20.67天; working hours 1,984 a year, 496 a quarter, 165.36 a month.
  static let item1 = instrument.item(1, "年工作日248天，季工作日62天，月工作日20.67天；工作小时数 = 工作日 × 8小时")

  // MARK: - 第二项
  /// 月计薪天数 = (365天 − 104天) ÷ 12月 = 21.75天; daily wage = monthly ÷ 21.75, hourly = daily ÷ 8.
  static let item2 = instrument.item(2, "月计薪天数 =（365天 − 104天）÷ 12月 = 21.75天")

  // MARK: - 第三项
  /// 劳社部发〔2008〕3号 is repealed from the day this notice takes effect.
  static let item3 = instrument.item(3, "《关于职工全年月平均工作时间和工资折算问题的通知》（劳社部发〔2008〕3号）同时废止")
}
