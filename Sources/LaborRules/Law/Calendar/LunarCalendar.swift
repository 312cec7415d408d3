import Foundation

/// Dates of the Chinese lunisolar calendar (农历) in Beijing time, from the ICU Chinese calendar that Foundation
/// ships (its months start on the day of the new moon in UTC+8, and the leap month follows the 中气 rule of the
/// 1645 reform and of GB/T 33661-2017). The holiday regulations name four lunar days: 除夕, 春节 (正月初一),
/// 端午 (五月初五) and 中秋 (八月十五).
///
/// ```swift
/// LunarCalendar.newYear(2027)        // 2027-02-06 (正月初一)
/// LunarCalendar.date(2027, month: 8, day: 15)  // 2027-09-15 (中秋)
/// ```
public enum LunarCalendar {
  /// The day of the lunar year that begins in Gregorian `year` with this month and day (never a leap month):
  /// `nil` outside the arithmetic years or if the calendar has no such day.
  public static func date(_ year: Int, month: Int, day: Int) -> CivilDate? {
    guard let newYear = newYear(year) else { return nil }
    // The wanted day lies within 30 days of `month − 1` mean synodic months (29.53059 days) after the new year.
    let estimate = newYear.adding(days: (month - 1) * 2_953_059 / 100_000 + day - 1)
    for offset in 0...60 {
      for candidate in [estimate.adding(days: offset), estimate.adding(days: -offset)] {
        if let lunar = components(candidate), lunar == (month, day, false) { return candidate }
      }
    }
    return nil
  }

  /// 正月初一 of the lunar year that begins in Gregorian `year` (between 21 January and 20 February).
  public static func newYear(_ year: Int) -> CivilDate? {
    guard let start = CivilDate(year: year, month: 1, day: 20) else { return nil }
    for offset in 0...32 {
      let day = start.adding(days: offset)
      if let lunar = components(day), lunar == (1, 1, false) { return day }
    }
    return nil
  }

  /// 除夕: the last day of the twelfth lunar month, the eve of the new year that begins in Gregorian `year`.
  public static func newYearsEve(_ year: Int) -> CivilDate? { newYear(year)?.adding(days: -1) }

  /// The lunar month, day and whether the month is a leap month, of a Gregorian day. Foundation takes the instant
  /// as seconds in a `Double`: a date, not an amount, and exact for every whole second of these years.
  static func components(_ day: CivilDate) -> (month: Int, day: Int, leap: Bool)? {
    let noon = Date(timeIntervalSince1970: Double(day.dayNumber) * 86_400 + 4 * 3_600)  // 12:00 in UTC+8
    let parts = chinese.dateComponents([.month, .day, .isLeapMonth], from: noon)
    guard let month = parts.month, let lunarDay = parts.day else { return nil }
    return (month, lunarDay, parts.isLeapMonth ?? false)
  }

  private static let chinese: Calendar = {
    var calendar = Calendar(identifier: .chinese)
    if let beijing = TimeZone(secondsFromGMT: 8 * 3_600) { calendar.timeZone = beijing }
    return calendar
  }()
}
