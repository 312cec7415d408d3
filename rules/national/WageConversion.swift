// The conversion figures of the two ministry notices as dated schedules: 劳社部发〔2008〕3号 to 2024-12-31,
// 人社部发〔2025〕2号 from 2025-01-01 (which repeals the first in its item 3). Each entry cites its notice's item.
import LaborRules

/// A year's, a quarter's and a month's average working days (制度工作日), as a notice's item 1 publishes them.
struct WorkingDays: Sendable, Hashable {
  let year: Rational
  let quarter: Rational
  let month: Rational
}

enum WageConversion {
  /// 月计薪天数 21.75 under both notices (item 2 of each).
  static let paidDaysPerMonth = Schedule<Rational>(
    "conversion.paid-days-per-month",
    [
      Dated(
        CivilDate("2008-01-03"), through: CivilDate("2024-12-31"), Rational(2175, 100),
        cites: WageConversionNotice2008.item2, checked: LastChecked.december2026),
      Dated(
        CivilDate("2025-01-01"), through: nil, Rational(2175, 100), cites: WageConversionNotice2025.item2,
        checked: LastChecked.december2026),
    ])

  /// Working days a year, a quarter and a month (item 1 of each notice): 250 / 62.5 / 20.83 to 2024, then
  /// 248 / 62 / 20.67.
  static let workingDays = Schedule<WorkingDays>(
    "conversion.working-days",
    [
      Dated(
        CivilDate("2008-01-03"), through: CivilDate("2024-12-31"),
        WorkingDays(year: Rational(250), quarter: Rational(125, 2), month: Rational(2083, 100)),
        cites: WageConversionNotice2008.item1, checked: LastChecked.december2026),
      Dated(
        CivilDate("2025-01-01"), through: nil,
        WorkingDays(year: Rational(248), quarter: Rational(62), month: Rational(2067, 100)),
        cites: WageConversionNotice2025.item1, checked: LastChecked.december2026),
    ])

  /// Normal working hours a day (国务院令第174号 art. 3: 8), for converting a daily wage to an hourly one.
  static let hoursPerDay = Schedule<Rational>(
    "conversion.hours-per-day",
    [
      Dated(
        CivilDate("1995-05-01"), through: nil, Rational(8), cites: HolidayRegulations.workday,
        checked: LastChecked.december2026)
    ])
}
