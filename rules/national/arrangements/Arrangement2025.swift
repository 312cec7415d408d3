// 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号): the 2025 arrangement, item by item.
// Read in: m.gmw.cn/2024-11/12/content_1303894933.htm (Xinhua text, no number). The number 国办发明电〔2024〕12号
// was found only on copies of one reposting template (mip.gyhiac.cn/blog/jCiECJtgPIQFRn-11.html and its
// clones): SINGLE-SOURCE, as the dossier says.
import LaborRules

extension HolidayArrangements {
  // MARK: - 2025：国办发明电〔2024〕12号（首年13天）
  static let notice2025 = notice(
    2025, number: "国办发明电〔2024〕12号", dated: CivilDate("2024-11-12"),
    sources: [
      "https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm (in dataset)",
      "https://m.gmw.cn/2024-11/12/content_1303894933.htm", "http://mip.gyhiac.cn/blog/jCiECJtgPIQFRn-11.html",
      "http://www.gbitcoin.cn/20241113/eef049eea4e94ef591c5bde42aec1c87/c.html",
    ])

  static let y2025: YearArrangement = {
    let n = notice2025, rule = HolidayRegulations.holidays2024
    return YearArrangement(
      year: 2025, notice: n, holidayRule: rule, statutoryDaysPerYear: 13,
      blocks: [
        // 一、元旦: Wed 01-01, 1 day, no swap
        HolidayBlock(n.item(1, "元旦：1月1日（周三）放假1天，不调休"), off: "01-01", holidays: [(newYear, "01-01")]),
        // 二、春节: Tue 01-28 (除夕, now statutory) … Tue 02-04 (初七), 8 days; work Sun 01-26, Sat 02-08
        HolidayBlock(
          n.item(
            2,
            "春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。"
              + "1月26日（周日）、2月8日（周六）上班"),
          off: "01-28…02-04", work: "01-26 02-08", holidays: [(springFestival, "01-28 01-29 01-30 01-31")]),
        // 三、清明节: Fri 04-04 … Sun 04-06
        HolidayBlock(n.item(3, "清明节：4月4日（周五）至6日（周日）放假，共3天"), off: "04-04…04-06", holidays: [(qingming, "04-04")]),
        // 四、劳动节: Thu 05-01 … Mon 05-05 (05-01 and 05-02 statutory); work Sun 04-27
        HolidayBlock(
          n.item(4, "劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班"),
          off: "05-01…05-05", work: "04-27", holidays: [(labourDay, "05-01 05-02")]),
        // 五、端午节: Sat 05-31 … Mon 06-02 (端午 on a Saturday; 06-02 补假)
        HolidayBlock(
          n.item(5, "端午节：5月31日（周六）至6月2日（周一）放假，共3天"),
          off: "05-31…06-02", holidays: [(dragonBoat, "05-31")]),
        // 六、国庆节、中秋节: Wed 10-01 … Wed 10-08, 8 days (中秋 Mon 10-06); work Sun 09-28, Sat 10-11
        HolidayBlock(
          n.item(6, "国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班"),
          off: "10-01…10-08", work: "09-28 10-11",
          holidays: [(nationalDay, "10-01 10-02 10-03"), (midAutumn, "10-06")]),
      ])
  }()
}
