// 国务院办公厅关于XXXX年部分节假日安排的通知 — the State Council General Office's yearly notices on the
// holiday arrangements (放假调休), 2020–2026, and the 2020 notice extending the Spring Festival for COVID-19.
// Issuer 国务院办公厅. Each notice's "effective" date below is the date it bears.
//
// | year | notice                       | dated      |
// |------|------------------------------|------------|
// | 2020 | 国办发明电〔2019〕16号       | 2019-11-21 |
// | 2020 | 国办发明电〔2020〕1号 (延长春节假期) | 2020-01-26 (published 2020-01-27) |
// | 2021 | 国办发明电〔2020〕27号       | 2020-11-25 |
// | 2022 | 国办发明电〔2021〕11号       | 2021-10-25 |
// | 2023 | 国办发明电〔2022〕16号       | 2022-12-08 |
// | 2024 | 国办发明电〔2023〕7号        | 2023-10-25 |
// | 2025 | 国办发明电〔2024〕12号       | 2024-11-12 |
// | 2026 | 国办发明电〔2025〕7号        | 2025-11-04 |
//
// Source of every date: shared/law/overtime-holidays-heat-epidemic-severance.md §2.2 (the tables, checked
// there against NateScarlet/holiday-cn and PyPI chinesecalendar). For this file each notice's text was read
// again, item by item, in the search store's copies, and every date below agrees with it:
// - 2020: gansulong.com/c/0Q25M3X2022_2.html (both notices, with numbers), kaixinit.com/news/3681.html; the
//   extension on www.hcx.gov.cn/xxgk/fdzdgknr/gggs/content_3572 (华池县人民政府, dated 2020年1月26日) and
//   Xinhua's text of 2020-01-27 (m.hbcasj.com/domesticgd/10000159/20200127/37741835.html).
// - 2021: 0798ci.com/law/95022.html and www.cncaprc.cn (?c=i&a=lList_mod&myid=3&id=3366), both with the
//   number; 光明日报 2020-11-26 (epaper.gmw.cn/gmrb/html/2020-11/26/nw.D110000gmrb_20201126_7-03.htm).
// - 2022: www.beijing.gov.cn/zhengce/zhengcefagui/202110/t20211026_2520500.html (发文字号, 成文日期);
//   www.cgksw.com/xinwen/36905.html.
// - 2023: zh.m.wikisource.org (国务院公报2023年第1号, with number and date); fz.xmtw.org.cn/show-20778.html
//   (from mee.gov.cn); big5.china.com.cn (Xinhua, 2022-12-09).
// - 2024: zh.wikisource.org (国务院公报2023年第31号); 人民日报 2023-10-26 p. 6
//   (paper.people.com.cn/rmrb/html/2023-10/26/nw.D110000renmrb_20231026_3-06.htm).
// - 2025: m.gmw.cn/2024-11/12/content_1303894933.htm (Xinhua text, no number). The number 国办发明电〔2024〕12号
//   was found only on copies of one reposting template (mip.gyhiac.cn/blog/jCiECJtgPIQFRn-11.html and its
//   clones): SINGLE-SOURCE, as the dossier says.
// - 2026: politics.gmw.cn/2025-11/04/content_38391083.htm; 中山日报 2025-11-05
//   (epaper.zsnews.cn/epaper/zsrb/paperdate/20251105/part/1/articleid/3.html). The number 国办发明电〔2025〕7号
//   is on one forum repost only (2cto.com.cn/forum.php?mod=viewthread&page=1&tid=1152): SINGLE-SOURCE.
// The statutory days inside each block follow the 放假办法 in force (HolidayRegulations.swift) with the lunar
// dates of 除夕, 初一, 端午, 中秋 and the 清明 solar term; they were checked day by day against PyPI
// lunar-python 1.4.8 and chinesecalendar 1.11.0 (2026-11-23): on all 2,557 days from 2020-01-01 to 2026-12-31
// the calendar agrees with chinesecalendar on day off / working day and on every make-up workday, and each
// statutory day is the festival's date by lunar-python (no day differs).
//
// Readings (dossier §2.1 facts 2.7–2.8, §2.4):
// - Only the statutory days themselves are statutory holidays; the other days off of a block (weekends,
//   swapped days and 补假 under 放假办法 art. 6, which the notices do not tell apart) are rest days, cited to
//   the notice's item. A statutory day on a weekend stays a statutory holiday (2022-01-01).
// - 除夕 was not a statutory day before 2025: a rest day inside the 2020–2023 blocks, and on 2024-02-09 an
//   ordinary workday (the 2024 notice item 2 only "鼓励各单位…安排职工在除夕（2月9日）休息").
// - 2020-10-01 is both 国庆节 and 中秋节: one statutory date for two holidays (11 days of holiday on 10 dates);
//   the eighth day off of the block stands for the second.
// - 2020: the extension (国办发明电〔2020〕1号 item 1) made 2020-01-31 … 02-02 rest days, which overtook the
//   2019 notice's make-up workday of Saturday 2020-02-01. Guangdong's later start of work (not before
//   2020-02-09 24:00, 广东省人民政府关于企业复工和学校开学时间的通知) suspended work on working days: 2020-02-03 … 02-09
//   stay workdays (dossier §2.2, "Guangdong-specific, 2020").
// - The 2023 notice's 元旦 block starts on 2022-12-31; the calendar looks a day up across notices.
import LaborRules

enum HolidayArrangements {
  // MARK: - Festivals (全国年节及纪念日放假办法 第二条)
  static let newYear = Localized("元旦", en: "New Year's Day")
  static let springFestival = Localized("春节", en: "Spring Festival")
  static let qingming = Localized("清明节", en: "Qingming Festival")
  static let labourDay = Localized("劳动节", en: "Labour Day")
  static let dragonBoat = Localized("端午节", en: "Dragon Boat Festival")
  static let midAutumn = Localized("中秋节", en: "Mid-Autumn Festival")
  static let nationalDay = Localized("国庆节", en: "National Day")

  static func notice(_ year: Int, number: String, dated: CivilDate, sources: [String]) -> Instrument {
    Instrument(
      "国务院办公厅关于\(year)年部分节假日安排的通知",
      en: "State Council General Office notice on the \(year) holiday arrangements", issuer: "国务院办公厅",
      number: number, effective: dated, sources: sources)
  }

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

extension WorkingTimeCalendar {
  /// The official working-time calendar of China: 国务院令第174号 for ordinary weeks, the holiday regulations for
  /// the statutory days of every year, and each year's State Council notice for the blocks of 2020–2026. The
  /// 2027 notice had not been found on 2026-12-07 (shared/law/addendum-2026-12-07.md §2): from 2027 only the
  /// statutory days are settled. A year's notice, once published, is one more arrangement here.
  public static let china = WorkingTimeCalendar(
    weeklyRest: HolidayRegulations.weeklyRest, workday: HolidayRegulations.workday,
    years: [
      HolidayArrangements.y2020, HolidayArrangements.y2021, HolidayArrangements.y2022, HolidayArrangements.y2023,
      HolidayArrangements.y2024, HolidayArrangements.y2025, HolidayArrangements.y2026,
    ],
    statutoryRules: [HolidayRegulations.rule2013, HolidayRegulations.rule2024])
}

extension HolidayArrangements {
  /// The calendar as the rulebook's parameter: one open entry from 2020, so a day before it is "not covered";
  /// from 2027 the calendar itself says which days wait for a notice not held.
  static let schedule = Schedule<WorkingTimeCalendar>(
    "working-time-calendar",
    [
      Dated(
        CivilDate("2020-01-01"), through: nil, .china,
        cites: HolidayRegulations.text2024.whole("2020至2026年各年的放假调休见当年国务院办公厅通知；其后各年的法定节假日依第二条计算"),
        checked: LastChecked.december2026)
    ])

  static let notices = [
    notice2020, extension2020, notice2021, notice2022, notice2023, notice2024, notice2025, notice2026,
  ]
}
