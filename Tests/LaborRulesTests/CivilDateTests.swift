import Testing

@testable import LaborRules

@Suite struct CivilDateTests {
  /// Property: day numbers round-trip and advance by one each day, 1990–2040.
  @Test func dayNumbersRoundTrip() {
    var date = CivilDate("1990-01-01")
    while date.year < 2040 {
      let next = date.adding(days: 1)
      #expect(CivilDate(dayNumber: date.dayNumber) == date)
      #expect(next.dayNumber == date.dayNumber + 1)
      #expect(next.day == 1 ? date == date.lastOfMonth : next.day == date.day + 1)
      // Text and order agree with day numbers: parsing reads the digits, `<` compares year, month and day.
      #expect((try? CivilDate(parsing: date.description)) == date)
      #expect(date < next && !(next < date) && !(date < date))
      date = next
    }
  }

  @Test func knowsLeapYearsAndWeekdays() {
    #expect(CivilDate("2024-02-01").daysInMonth == 29)
    #expect(CivilDate("2100-02-01").daysInMonth == 28)
    #expect(CivilDate("2000-02-01").daysInMonth == 29)
    #expect(CivilDate("2025-02-10").weekday == 1)  // a Monday
    #expect(CivilDate("2022-11-01").weekday == 2)  // a Tuesday
    #expect(CivilDate("2025-01-31").addingMonth() == CivilDate("2025-02-28"))
  }

  @Test(arguments: [
    "2025-02-29", "2025-13-01", "2025-1-01", "25-01-01", "2025/01/01", "2025-01-01T00:00", "2025-00-10", "2025-01-00",
    "１９９０-01-01", "1899-12-31", "2201-01-01", "2025-01-0a", "+025-01-01", " 2025-01-01",
  ])
  func refusesInvalidDates(text: String) {
    #expect(throws: ValueError.self) { try CivilDate(parsing: text) }
  }

  @Test func splitsRangesAtBoundariesAndMonths() {
    let range = DateRange(from: CivilDate("2025-02-10"), through: CivilDate("2025-03-31"))!
    let pieces = range.split(at: range.monthStarts + [CivilDate("2025-03-12"), CivilDate("2024-01-01")])
    #expect(
      pieces.map(\.description) == ["2025-02-10 … 2025-02-28", "2025-03-01 … 2025-03-11", "2025-03-12 … 2025-03-31"])
    #expect(pieces.map(\.days).reduce(0, +) == range.days)
    #expect(DateRange(from: CivilDate("2025-02-10"), through: CivilDate("2025-02-28"))!.weekdays == 15)
  }
}

@Suite struct PeriodEndTests {
  /// 民法典 arts. 201–202 in their own words, without `adding(months:)`: a period whose first day is the 1st
  /// runs to the last day of its last month; any other period is counted from the day before its first day (the
  /// event day, not counted) and ends on that day's number in the last month, or on that month's last day.
  static func reference(_ first: CivilDate, months: Int) -> CivilDate {
    let index = first.year * 12 + (first.month - 1) + months - (first.day == 1 ? 1 : 0)
    let (year, month) = (index / 12, index % 12 + 1)
    let last = CivilDate(year: year, month: month, day: 1)!.daysInMonth
    let day = first.day == 1 ? last : min(first.day - 1, last)
    return CivilDate(year: year, month: month, day: day)!
  }

  /// Property: every first day of 1990–2039, for 1–24 months and longer periods in years, ends where the
  /// reference says.
  @Test func everyStartDayEndsWhereTheCivilCodeSays() {
    let lengths = Array(1...24) + [36, 60, 72, 120, 144, 180, 240]
    var (checked, wrong): (Int, [String]) = (0, [])
    var first = CivilDate("1990-01-01")
    while first.year < 2040 {
      for months in lengths {
        let expected = Self.reference(first, months: months)
        if first.lastDayOfPeriod(months: months) != expected, wrong.count < 5 {
          wrong.append(
            "\(first) + \(months): \(String(describing: first.lastDayOfPeriod(months: months))) ≠ \(expected)")
        }
        checked += 1
      }
      first = first.adding(days: 1)
    }
    #expect(checked == 18_262 * lengths.count)
    #expect(wrong == [])
  }

  @Test func theReviewsExamples() {
    // shared/law/addendum-2026-12-07.md §2 and §3.3.
    #expect(CivilDate("2025-01-31").lastDayOfPeriod(months: 3) == CivilDate("2025-04-30"))
    #expect(CivilDate("2020-08-31").lastDayOfPeriod(months: 6) == CivilDate("2021-02-28"))
    #expect(CivilDate("2025-03-01").lastDayOfPeriod(months: 1) == CivilDate("2025-03-31"))
    #expect(CivilDate("2025-03-05").lastDayOfPeriod(months: 6) == CivilDate("2025-09-04"))
    #expect(CivilDate("2024-01-30").lastDayOfPeriod(months: 1) == CivilDate("2024-02-29"))
    #expect(CivilDate("2025-03-05").lastDayOfPeriod(months: 0) == CivilDate("2025-03-04"))
  }
}
