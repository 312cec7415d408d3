// 国务院办公厅关于2023年部分节假日安排的通知 (国办发明电〔2022〕16号): the 2023 arrangement, item by item.
// Read in: zh.m.wikisource.org (国务院公报2023年第1号, with number and date); fz.xmtw.org.cn/show-20778.html
// (from mee.gov.cn); big5.china.com.cn (Xinhua, 2022-12-09).
import LaborRules

extension HolidayArrangements {
  // MARK: - 2023：国办发明电〔2022〕16号
  static let notice2023 = notice(
    2023, number: "国办发明电〔2022〕16号", dated: CivilDate("2022-12-08"),
    sources: [
      "http://www.gov.cn/zhengce/zhengceku/2022-12/08/content_5730844.htm (in dataset)",
      "https://zh.m.wikisource.org/zh/国务院办公厅关于2023年部分节假日安排的通知",
      "http://fz.xmtw.org.cn/show-20778.html",
      "http://big5.china.com.cn/gate/big5/news.china.com.cn/2022-12/09/content_85004315.htm",
    ])

  static let y2023: YearArrangement = {
    let n = notice2023, rule = HolidayRegulations.holidays2013
    return YearArrangement(
      year: 2023, notice: n, holidayRule: rule, statutoryDaysPerYear: 11,
      blocks: [
        // 一、元旦: Sat 2022-12-31 … Mon 01-02 (元旦 on a Sunday; 01-02 补假)
        HolidayBlock(
          n.item(1, "元旦：2022年12月31日至2023年1月2日放假调休，共3天"),
          off: "2022-12-31…01-02", holidays: [(newYear, "01-01")]),
        // 二、春节: Sat 01-21 (除夕) … Fri 01-27, 7 days; work Sat 01-28, Sun 01-29
        HolidayBlock(
          n.item(2, "春节：1月21日至27日放假调休，共7天。1月28日（星期六）、1月29日（星期日）上班"),
          off: "01-21…01-27", work: "01-28 01-29", holidays: [(springFestival, "01-22 01-23 01-24")]),
        // 三、清明节: Wed 04-05, 1 day
        HolidayBlock(n.item(3, "清明节：4月5日放假，共1天"), off: "04-05", holidays: [(qingming, "04-05")]),
        // 四、劳动节: Sat 04-29 … Wed 05-03; work Sun 04-23, Sat 05-06
        HolidayBlock(
          n.item(4, "劳动节：4月29日至5月3日放假调休，共5天。4月23日（星期日）、5月6日（星期六）上班"),
          off: "04-29…05-03", work: "04-23 05-06", holidays: [(labourDay, "05-01")]),
        // 五、端午节: Thu 06-22 … Sat 06-24; work Sun 06-25
        HolidayBlock(
          n.item(5, "端午节：6月22日至24日放假调休，共3天。6月25日（星期日）上班"),
          off: "06-22…06-24", work: "06-25", holidays: [(dragonBoat, "06-22")]),
        // 六、中秋节、国庆节: Fri 09-29 … Fri 10-06, 8 days; work Sat 10-07, Sun 10-08
        HolidayBlock(
          n.item(6, "中秋节、国庆节：9月29日至10月6日放假调休，共8天。10月7日（星期六）、10月8日（星期日）上班"),
          off: "09-29…10-06", work: "10-07 10-08",
          holidays: [(midAutumn, "09-29"), (nationalDay, "10-01 10-02 10-03")]),
      ])
  }()
}
