// 国务院办公厅关于2020年部分节假日安排的通知 (国办发明电〔2019〕16号 and its extension 国办发明电〔2020〕1号): the 2020 arrangement, item by item.
// Read in: gansulong.com/c/0Q25M3X2022_2.html (both notices, with numbers), kaixinit.com/news/3681.html; the
// extension on www.hcx.gov.cn/xxgk/fdzdgknr/gggs/content_3572 (华池县人民政府, dated 2020年1月26日) and
// Xinhua's text of 2020-01-27 (m.hbcasj.com/domesticgd/10000159/20200127/37741835.html).
import LaborRules

extension HolidayArrangements {
  // MARK: - 2020：国办发明电〔2019〕16号
  static let notice2020 = notice(
    2020, number: "国办发明电〔2019〕16号", dated: CivilDate("2019-11-21"),
    sources: [
      "http://www.gov.cn/zhengce/zhengceku/2019-11/21/content_5454164.htm (in dataset)",
      "http://gansulong.com/c/0Q25M3X2022_2.html", "http://kaixinit.com/news/3681.html",
      "http://sh.banjia.la/news/45367.html",
    ])

  // MARK: - 2020：国办发明电〔2020〕1号（延长春节假期）
  static let extension2020 = Instrument(
    "国务院办公厅关于延长2020年春节假期的通知",
    en: "State Council General Office notice extending the 2020 Spring Festival", issuer: "国务院办公厅",
    number: "国办发明电〔2020〕1号", effective: CivilDate("2020-01-26"),
    sources: [
      "http://www.gov.cn/zhengce/zhengceku/2020-01/27/content_5472352.htm (in dataset)",
      "https://www.hcx.gov.cn/xxgk/fdzdgknr/gggs/content_3572",
      "https://www.farmer.com.cn/2020/01/27/99847578.html", "http://gansulong.com/c/0Q25M3X2022_2.html",
    ])

  static let y2020: YearArrangement = {
    let n = notice2020, rule = HolidayRegulations.holidays2013
    return YearArrangement(
      year: 2020, notice: n, holidayRule: rule, statutoryDaysPerYear: 11,
      blocks: [
        // 一、元旦: Wed 01-01
        HolidayBlock(n.item(1, "元旦：2020年1月1日放假，共1天"), off: "01-01", holidays: [(newYear, "01-01")]),
        // 二、春节: Fri 01-24 (除夕) … Thu 01-30, 7 days; work Sun 01-19 (and Sat 02-01, overtaken by the extension)
        HolidayBlock(
          n.item(2, "春节：1月24日至30日放假调休，共7天。1月19日（星期日）、2月1日（星期六）上班"),
          off: "01-24…01-30", work: "01-19", holidays: [(springFestival, "01-25 01-26 01-27")]),
        // 延长春节假期: Fri 01-31 … Sun 02-02; work resumed Mon 02-03
        HolidayBlock(
          extension2020.item(1, "延长2020年春节假期至2月2日（农历正月初九，星期日），2月3日（星期一）起正常上班"),
          off: "01-31…02-02", name: Localized("春节假期延长（新冠肺炎疫情防控）", en: "Spring Festival extension (COVID-19)")),
        // 三、清明节: Sat 04-04 … Mon 04-06
        HolidayBlock(n.item(3, "清明节：4月4日至6日放假调休，共3天"), off: "04-04…04-06", holidays: [(qingming, "04-04")]),
        // 四、劳动节: Fri 05-01 … Tue 05-05; work Sun 04-26, Sat 05-09
        HolidayBlock(
          n.item(4, "劳动节：5月1日至5日放假调休，共5天。4月26日（星期日）、5月9日（星期六）上班"),
          off: "05-01…05-05", work: "04-26 05-09", holidays: [(labourDay, "05-01")]),
        // 五、端午节: Thu 06-25 … Sat 06-27; work Sun 06-28
        HolidayBlock(
          n.item(5, "端午节：6月25日至27日放假调休，共3天。6月28日（星期日）上班"),
          off: "06-25…06-27", work: "06-28", holidays: [(dragonBoat, "06-25")]),
        // 六、国庆节、中秋节: Thu 10-01 … Thu 10-08, 8 days; work Sun 09-27, Sat 10-10. 中秋 falls on 10-01.
        HolidayBlock(
          n.item(6, "国庆节、中秋节：10月1日至8日放假调休，共8天。9月27日（星期日）、10月10日（星期六）上班"),
          off: "10-01…10-08", work: "09-27 10-10",
          holidays: [(nationalDay, "10-01 10-02 10-03"), (midAutumn, "10-01")]),
      ])
  }()
}
