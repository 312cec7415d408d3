// 国务院办公厅关于2026年部分节假日安排的通知 (国办发明电〔2025〕7号): the 2026 arrangement, item by item.
// Read in: politics.gmw.cn/2025-11/04/content_38391083.htm; 中山日报 2025-11-05
// (epaper.zsnews.cn/epaper/zsrb/paperdate/20251105/part/1/articleid/3.html). The number 国办发明电〔2025〕7号
// is on one forum repost only (2cto.com.cn/forum.php?mod=viewthread&page=1&tid=1152): SINGLE-SOURCE.
import LaborRules

extension HolidayArrangements {
  // MARK: - 2026：国办发明电〔2025〕7号
  static let notice2026 = notice(
    2026, number: "国办发明电〔2025〕7号", dated: CivilDate("2025-11-04"),
    sources: [
      "https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm (in dataset)",
      "https://politics.gmw.cn/2025-11/04/content_38391083.htm",
      "https://epaper.zsnews.cn/epaper/zsrb/paperdate/20251105/part/1/articleid/3.html",
      "https://www.hrbtv.net/folder963/2025-11-04/1096647.html",
      "http://2cto.com.cn/forum.php?mod=viewthread&page=1&tid=1152",
    ])

  static let y2026: YearArrangement = {
    let n = notice2026, rule = HolidayRegulations.holidays2024
    return YearArrangement(
      year: 2026, notice: n, holidayRule: rule, statutoryDaysPerYear: 13,
      blocks: [
        // 一、元旦: Thu 01-01 … Sat 01-03; work Sun 01-04
        HolidayBlock(
          n.item(1, "元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班"),
          off: "01-01…01-03", work: "01-04", holidays: [(newYear, "01-01")]),
        // 二、春节: Sun 02-15 (腊月二十八) … Mon 02-23 (初七), 9 days; 除夕 is Mon 02-16 (腊月二十九, the month
        // has 29 days); work Sat 02-14, Sat 02-28
        HolidayBlock(
          n.item(
            2,
            "春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。"
              + "2月14日（周六）、2月28日（周六）上班"),
          off: "02-15…02-23", work: "02-14 02-28", holidays: [(springFestival, "02-16 02-17 02-18 02-19")]),
        // 三、清明节: Sat 04-04 … Mon 04-06 (清明 Sun 04-05; 04-06 补假)
        HolidayBlock(n.item(3, "清明节：4月4日（周六）至6日（周一）放假，共3天"), off: "04-04…04-06", holidays: [(qingming, "04-05")]),
        // 四、劳动节: Fri 05-01 … Tue 05-05 (05-02 a Saturday); work Sat 05-09
        HolidayBlock(
          n.item(4, "劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班"),
          off: "05-01…05-05", work: "05-09", holidays: [(labourDay, "05-01 05-02")]),
        // 五、端午节: Fri 06-19 … Sun 06-21
        HolidayBlock(n.item(5, "端午节：6月19日（周五）至21日（周日）放假，共3天"), off: "06-19…06-21", holidays: [(dragonBoat, "06-19")]),
        // 六、中秋节: Fri 09-25 … Sun 09-27
        HolidayBlock(n.item(6, "中秋节：9月25日（周五）至27日（周日）放假，共3天"), off: "09-25…09-27", holidays: [(midAutumn, "09-25")]),
        // 七、国庆节: Thu 10-01 … Wed 10-07; work Sun 09-20, Sat 10-10
        HolidayBlock(
          n.item(7, "国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班"),
          off: "10-01…10-07", work: "09-20 10-10", holidays: [(nationalDay, "10-01 10-02 10-03")]),
      ])
  }()
}
