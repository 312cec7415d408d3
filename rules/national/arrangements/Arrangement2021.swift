// 国务院办公厅关于2021年部分节假日安排的通知 (国办发明电〔2020〕27号): the 2021 arrangement, item by item.
// Read in: 0798ci.com/law/95022.html and www.cncaprc.cn (?c=i&a=lList_mod&myid=3&id=3366), both with the
// number; 光明日报 2020-11-26 (epaper.gmw.cn/gmrb/html/2020-11/26/nw.D110000gmrb_20201126_7-03.htm).
import LaborRules

extension HolidayArrangements {
  // MARK: - 2021：国办发明电〔2020〕27号
  static let notice2021 = notice(
    2021, number: "国办发明电〔2020〕27号", dated: CivilDate("2020-11-25"),
    sources: [
      "http://www.gov.cn/zhengce/zhengceku/2020-11/25/content_5564127.htm (in dataset)",
      "https://0798ci.com/law/95022.html", "http://www.cncaprc.cn/?c=i&a=lList_mod&myid=3&id=3366",
      "https://crainternational.com.cn/infor/view?id=5299",
      "http://epaper.gmw.cn/gmrb/html/2020-11/26/nw.D110000gmrb_20201126_7-03.htm",
    ])

  static let y2021: YearArrangement = {
    let n = notice2021, rule = HolidayRegulations.holidays2013
    return YearArrangement(
      year: 2021, notice: n, holidayRule: rule, statutoryDaysPerYear: 11,
      blocks: [
        // 一、元旦: Fri 01-01 … Sun 01-03
        HolidayBlock(n.item(1, "元旦：2021年1月1日至3日放假，共3天"), off: "01-01…01-03", holidays: [(newYear, "01-01")]),
        // 二、春节: Thu 02-11 (除夕) … Wed 02-17, 7 days; work Sun 02-07, Sat 02-20
        HolidayBlock(
          n.item(2, "春节：2月11日至17日放假调休，共7天。2月7日（星期日）、2月20日（星期六）上班"),
          off: "02-11…02-17", work: "02-07 02-20", holidays: [(springFestival, "02-12 02-13 02-14")]),
        // 三、清明节: Sat 04-03 … Mon 04-05 (清明 Sun 04-04)
        HolidayBlock(n.item(3, "清明节：4月3日至5日放假调休，共3天"), off: "04-03…04-05", holidays: [(qingming, "04-04")]),
        // 四、劳动节: Sat 05-01 … Wed 05-05; work Sun 04-25, Sat 05-08
        HolidayBlock(
          n.item(4, "劳动节：5月1日至5日放假调休，共5天。4月25日（星期日）、5月8日（星期六）上班"),
          off: "05-01…05-05", work: "04-25 05-08", holidays: [(labourDay, "05-01")]),
        // 五、端午节: Sat 06-12 … Mon 06-14 (端午 Mon 06-14)
        HolidayBlock(n.item(5, "端午节：6月12日至14日放假，共3天"), off: "06-12…06-14", holidays: [(dragonBoat, "06-14")]),
        // 六、中秋节: Sun 09-19 … Tue 09-21 (中秋 Tue 09-21); work Sat 09-18
        HolidayBlock(
          n.item(6, "中秋节：9月19日至21日放假调休，共3天。9月18日（星期六）上班"),
          off: "09-19…09-21", work: "09-18", holidays: [(midAutumn, "09-21")]),
        // 七、国庆节: Fri 10-01 … Thu 10-07; work Sun 09-26, Sat 10-09
        HolidayBlock(
          n.item(7, "国庆节：10月1日至7日放假调休，共7天。9月26日（星期日）、10月9日（星期六）上班"),
          off: "10-01…10-07", work: "09-26 10-09", holidays: [(nationalDay, "10-01 10-02 10-03")]),
      ])
  }()
}
