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
