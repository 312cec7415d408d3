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
// there against NateScarlet/holiday-cn and PyPI chinesecalendar). Each notice's text was read again, item by
// item, in the search store's copies, and every date agrees with it. Each year's notice, with where its text
// was read, is a file of rules/national/arrangements/; a year's notice, once published, is one more file there
// and its arrangement and notice added to `WorkingTimeCalendar.china` and `notices` below.
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
  /// The calendar as the rulebook's parameter from 2020, so a day before it is "not covered": the years whose
  /// notices are held, settled; then the years the calendar answers for by the regulations alone (their
  /// statutory days), open, so that an answer past the month of the last check says a notice may have come out.
  static let schedule = Schedule<WorkingTimeCalendar>(
    "working-time-calendar",
    [
      Dated(
        CivilDate("2020-01-01"), through: CivilDate("2026-12-31"), .china,
        cites: HolidayRegulations.text2024.whole("2020至2026年各年的放假调休见当年国务院办公厅通知"),
        checked: LastChecked.december2026),
      Dated(
        CivilDate("2027-01-01"), through: nil, .china,
        cites: HolidayRegulations.text2024.whole("2027年起各年的法定节假日依第二条计算；其余日子须待当年国务院办公厅通知"),
        checked: LastChecked.december2026),
    ])

  static let notices = [
    notice2020, extension2020, notice2021, notice2022, notice2023, notice2024, notice2025, notice2026,
  ]
}
