// 国务院办公厅关于2022年部分节假日安排的通知 (国办发明电〔2021〕11号): the 2022 arrangement, item by item.
// Read in: www.beijing.gov.cn/zhengce/zhengcefagui/202110/t20211026_2520500.html (发文字号, 成文日期);
// www.cgksw.com/xinwen/36905.html.
import LaborRules

extension HolidayArrangements {
  // MARK: - 2022：国办发明电〔2021〕11号
  static let notice2022 = notice(
    2022, number: "国办发明电〔2021〕11号", dated: CivilDate("2021-10-25"),
    sources: [
      "http://www.gov.cn/zhengce/zhengceku/2021-10/25/content_5644835.htm (in dataset)",
      "http://www.beijing.gov.cn/zhengce/zhengcefagui/202110/t20211026_2520500.html",
      "http://www.cgksw.com/xinwen/36905.html", "https://zgbyup.dangbaotoutiao.com/ttyw/c_71883.html",
    ])

  static let y2022: YearArrangement = {
    let n = notice2022, rule = HolidayRegulations.holidays2013
    return YearArrangement(
      year: 2022, notice: n, holidayRule: rule, statutoryDaysPerYear: 11,
      blocks: [
        // 一、元旦: Sat 01-01 … Mon 01-03 (元旦 on a Saturday; 01-03 补假)
        HolidayBlock(n.item(1, "元旦：2022年1月1日至3日放假，共3天"), off: "01-01…01-03", holidays: [(newYear, "01-01")]),
        // 二、春节: Mon 01-31 (除夕) … Sun 02-06, 7 days; work Sat 01-29, Sun 01-30
        HolidayBlock(
          n.item(2, "春节：1月31日至2月6日放假调休，共7天。1月29日（星期六）、1月30日（星期日）上班"),
          off: "01-31…02-06", work: "01-29 01-30", holidays: [(springFestival, "02-01 02-02 02-03")]),
        // 三、清明节: Sun 04-03 … Tue 04-05 (清明 Tue 04-05); work Sat 04-02
        HolidayBlock(
          n.item(3, "清明节：4月3日至5日放假调休，共3天。4月2日（星期六）上班"),
          off: "04-03…04-05", work: "04-02", holidays: [(qingming, "04-05")]),
        // 四、劳动节: Sat 04-30 … Wed 05-04 (05-01 a Sunday); work Sun 04-24, Sat 05-07
        HolidayBlock(
          n.item(4, "劳动节：4月30日至5月4日放假调休，共5天。4月24日（星期日）、5月7日（星期六）上班"),
          off: "04-30…05-04", work: "04-24 05-07", holidays: [(labourDay, "05-01")]),
        // 五、端午节: Fri 06-03 … Sun 06-05
        HolidayBlock(n.item(5, "端午节：6月3日至5日放假，共3天"), off: "06-03…06-05", holidays: [(dragonBoat, "06-03")]),
        // 六、中秋节: Sat 09-10 … Mon 09-12 (中秋 on a Saturday; 09-12 补假)
        HolidayBlock(n.item(6, "中秋节：9月10日至12日放假，共3天"), off: "09-10…09-12", holidays: [(midAutumn, "09-10")]),
        // 七、国庆节: Sat 10-01 … Fri 10-07; work Sat 10-08, Sun 10-09
        HolidayBlock(
          n.item(7, "国庆节：10月1日至7日放假调休，共7天。10月8日（星期六）、10月9日（星期日）上班"),
          off: "10-01…10-07", work: "10-08 10-09", holidays: [(nationalDay, "10-01 10-02 10-03")]),
      ])
  }()
}
