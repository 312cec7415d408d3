// 国务院办公厅关于2024年部分节假日安排的通知 (国办发明电〔2023〕7号): the 2024 arrangement, item by item.
// Read in: zh.wikisource.org (国务院公报2023年第31号); 人民日报 2023-10-26 p. 6
// (paper.people.com.cn/rmrb/html/2023-10/26/nw.D110000renmrb_20231026_3-06.htm).
import LaborRules

extension HolidayArrangements {
  // MARK: - 2024：国办发明电〔2023〕7号
  static let notice2024 = notice(
    2024, number: "国办发明电〔2023〕7号", dated: CivilDate("2023-10-25"),
    sources: [
      "https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm (in dataset)",
      "https://zh.wikisource.org/wiki/国务院办公厅关于2024年部分节假日安排的通知",
      "http://paper.people.com.cn/rmrb/html/2023-10/26/nw.D110000renmrb_20231026_3-06.htm",
      "http://jnboglf.cn/news/gn/gnxw/202310/25/2139276.shtml",
    ])

  static let y2024: YearArrangement = {
    let n = notice2024, rule = HolidayRegulations.holidays2013
    return YearArrangement(
      year: 2024, notice: n, holidayRule: rule, statutoryDaysPerYear: 11,
      blocks: [
        // 一、元旦: Mon 01-01, joined to the weekend
        HolidayBlock(n.item(1, "元旦：1月1日放假，与周末连休"), off: "01-01", holidays: [(newYear, "01-01")]),
        // 二、春节: Sat 02-10 (初一) … Sat 02-17, 8 days; work Sun 02-04, Sun 02-18. 除夕 Fri 02-09 is a workday.
        HolidayBlock(
          n.item(
            2,
            "春节：2月10日至17日放假调休，共8天。2月4日（星期日）、2月18日（星期日）上班。"
              + "鼓励各单位结合带薪年休假等制度落实，安排职工在除夕（2月9日）休息"),
          off: "02-10…02-17", work: "02-04 02-18", holidays: [(springFestival, "02-10 02-11 02-12")]),
        // 三、清明节: Thu 04-04 … Sat 04-06; work Sun 04-07
        HolidayBlock(
          n.item(3, "清明节：4月4日至6日放假调休，共3天。4月7日（星期日）上班"),
          off: "04-04…04-06", work: "04-07", holidays: [(qingming, "04-04")]),
        // 四、劳动节: Wed 05-01 … Sun 05-05; work Sun 04-28, Sat 05-11
        HolidayBlock(
          n.item(4, "劳动节：5月1日至5日放假调休，共5天。4月28日（星期日）、5月11日（星期六）上班"),
          off: "05-01…05-05", work: "04-28 05-11", holidays: [(labourDay, "05-01")]),
        // 五、端午节: Mon 06-10, joined to the weekend
        HolidayBlock(n.item(5, "端午节：6月10日放假，与周末连休"), off: "06-10", holidays: [(dragonBoat, "06-10")]),
        // 六、中秋节: Sun 09-15 … Tue 09-17 (中秋 Tue 09-17); work Sat 09-14
        HolidayBlock(
          n.item(6, "中秋节：9月15日至17日放假调休，共3天。9月14日（星期六）上班"),
          off: "09-15…09-17", work: "09-14", holidays: [(midAutumn, "09-17")]),
        // 七、国庆节: Tue 10-01 … Mon 10-07; work Sun 09-29, Sat 10-12
        HolidayBlock(
          n.item(7, "国庆节：10月1日至7日放假调休，共7天。9月29日（星期日）、10月12日（星期六）上班"),
          off: "10-01…10-07", work: "09-29 10-12", holidays: [(nationalDay, "10-01 10-02 10-03")]),
      ])
  }()
}
