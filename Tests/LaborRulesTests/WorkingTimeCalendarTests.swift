import Testing

@testable import LaborRules
@testable import LaborRulesPacks

/// The official working-time calendar 2020–2026: the counts each notice gives, the days the law makes
/// special, the data's consistency, the coverage, and the `calendar` command.
@Suite struct WorkingTimeCalendarTests {
  static let calendar = WorkingTimeCalendar.china

  /// Per notice (its year's arrangement, which for 2023 reaches back to 2022-12-31): statutory-holiday
  /// dates, other days off of the blocks (weekends included), make-up workdays. From the tables of
  /// shared/law/overtime-holidays-heat-epidemic-severance.md §2.2:
  /// - 2020, 国办发明电〔2019〕16号 with the extension 国办发明电〔2020〕1号: 11 holidays on 10 dates (国庆节 and
  ///   中秋节 both on 10-01); rest 4 + 3 (extension) + 2 + 4 + 2 + 5 = 20; make-up 6 (the notice's 7 less
  ///   02-01, which the extension made a day off).
  /// - 2021, 国办发明电〔2020〕27号: rest 2 + 4 + 2 + 4 + 2 + 2 + 4 = 20; make-up 7.
  /// - 2022, 国办发明电〔2021〕11号: rest 2 + 4 + 2 + 4 + 2 + 2 + 4 = 20; make-up 7.
  /// - 2023, 国办发明电〔2022〕16号: rest 2 (2022-12-31, 01-02) + 4 + 0 + 4 + 2 + 4 = 16; make-up 7.
  /// - 2024, 国办发明电〔2023〕7号: rest 0 + 5 + 2 + 4 + 0 + 2 + 4 = 17; make-up 8.
  /// - 2025, 国办发明电〔2024〕12号 (13 days from 2025): rest 0 + 4 + 2 + 3 + 2 + 4 = 15; make-up 5.
  /// - 2026, 国办发明电〔2025〕7号: rest 2 + 5 + 2 + 3 + 2 + 2 + 4 = 20; make-up 6.
  @Test(arguments: [
    (2020, 10, 11, 20, 6), (2021, 11, 11, 20, 7), (2022, 11, 11, 20, 7), (2023, 11, 11, 16, 7),
    (2024, 11, 11, 17, 8), (2025, 13, 13, 15, 5), (2026, 13, 13, 20, 6),
  ])
  func countsPerNotice(year: Int, statutory: Int, entitlements: Int, rest: Int, makeUp: Int) throws {
    let arrangement = try #require(Self.calendar.arrangement(for: year))
    #expect(arrangement.count(.statutoryHoliday) == statutory)
    #expect(arrangement.statutoryEntitlements == entitlements)
    #expect(arrangement.count(.restDay) == rest)
    #expect(arrangement.count(.makeUpWorkday) == makeUp)
    #expect(arrangement.count(.workday) == 0)
  }

  /// The statutory days of each calendar year, as the holiday regulations count them: 11 a year under
  /// 国务院令第644号 (2020 has 10 dates for its 11 days), 13 under 国务院令第795号 from 2025-01-01.
  @Test func statutoryDaysPerCalendarYear() throws {
    for (year, expected) in [(2020, 10), (2021, 11), (2022, 11), (2023, 11), (2024, 11), (2025, 13), (2026, 13)] {
      let days = try #require(Self.calendar.days(inYear: year))
      #expect(days.filter { $0.kind == .statutoryHoliday }.count == expected, "\(year)")
      #expect(days.count == (year % 4 == 0 ? 366 : 365))
    }
  }

  func day(_ text: StaticString) throws -> CalendarDay { try #require(Self.calendar.day(CivilDate(text))) }

  @Test func statutoryHolidayOnAWeekendStaysStatutory() throws {
    let newYear = try day("2022-01-01")
    #expect(newYear.date.weekday == 6)
    #expect(newYear.kind == .statutoryHoliday)
    #expect(newYear.festival?.zh == "元旦")
    #expect(newYear.citations.first == HolidayRegulations.holidays2013)
    #expect(try day("2022-01-03").kind == .restDay)  // the 补假, a Monday
  }

  /// 除夕 became statutory only with 国务院令第795号: in 2024 it was an ordinary Friday (the 2024 notice item 2
  /// only encourages employers to let staff rest), in 2025 and 2026 a statutory holiday.
  @Test func newYearsEve() throws {
    let eve2024 = try day("2024-02-09")
    #expect(eve2024.kind == .workday)
    #expect(eve2024.citations == [HolidayRegulations.workday])
    let eve2025 = try day("2025-01-28")
    #expect(eve2025.kind == .statutoryHoliday)
    #expect(eve2025.citations.first == HolidayRegulations.holidays2024)
    #expect(try day("2026-02-16").kind == .statutoryHoliday)  // 腊月二十九: the month has 29 days
    #expect(try day("2026-02-15").kind == .restDay)
    #expect(try day("2023-01-21").kind == .restDay)  // 除夕 2023, a day off but not statutory
  }

  /// cases.md B3: the 2025 National Day and Mid-Autumn break.
  @Test func nationalDayAndMidAutumn2025() throws {
    let first = try day("2025-10-01"), midAutumn = try day("2025-10-06")
    #expect(first.kind == .statutoryHoliday && first.festival?.zh == "国庆节")
    #expect(midAutumn.kind == .statutoryHoliday && midAutumn.festival?.zh == "中秋节")
    #expect(try day("2025-10-04").kind == .restDay)
    let makeUp = try day("2025-10-11")
    #expect(makeUp.kind == .makeUpWorkday)
    #expect(makeUp.citations.first?.instrument.documentNumber == "国办发明电〔2024〕12号")
    #expect(makeUp.citations.first?.provisionZh == "第六项")
    #expect(try day("2025-10-12").kind == .restDay)
    #expect(try day("2025-10-12").citations == [HolidayRegulations.weeklyRest])
  }

  @Test func covidExtension2020() throws {
    for text: StaticString in ["2020-01-31", "2020-02-01", "2020-02-02"] {
      let extended = try day(text)
      #expect(extended.kind == .restDay)
      #expect(extended.citations.first?.instrument == HolidayArrangements.extension2020)
    }
    #expect(try day("2020-02-03").kind == .workday)
    #expect(try day("2020-01-19").kind == .makeUpWorkday)
    let shared = try day("2020-10-01")
    #expect(shared.kind == .statutoryHoliday && shared.festival?.zh == "国庆节、中秋节")
  }

  @Test func dataIsConsistent() {
    #expect(Self.calendar.problems.isEmpty, "\(Self.calendar.problems)")
    #expect(Self.calendar.coveredYears == Array(2020...2026))
  }

  @Test func everyCoveredDayHasOneKindAndNoOtherDayHasAny() throws {
    var date = CivilDate("2020-01-01")
    var seen = 0
    while date <= CivilDate("2026-12-31") {
      let day = try #require(Self.calendar.day(date), "\(date)")
      #expect(day.date == date)
      #expect(!day.citations.isEmpty)
      if day.kind == .makeUpWorkday { #expect(date.weekday >= 6, "\(date)") }
      if day.kind == .workday { #expect(date.weekday <= 5, "\(date)") }
      seen += 1
      date = date.adding(days: 1)
    }
    #expect(seen == 2557)
    #expect(Self.calendar.day(CivilDate("2019-12-31")) == nil)
    // From 2027 (no notice held) only the statutory days are settled: 元旦 is, the next Monday is not.
    #expect(Self.calendar.day(CivilDate("2027-01-01"))?.kind == .statutoryHoliday)
    #expect(Self.calendar.day(CivilDate("2027-01-04")) == nil)
    if case .unarranged(let year, let provisional) = Self.calendar.lookup(CivilDate("2027-01-04")) {
      #expect(year == 2027 && provisional.kind == .workday)
    } else {
      Issue.record("2027-01-04 should wait for the 2027 notice")
    }
    #expect(Self.calendar.days(inYear: 2027) == nil)
    #expect(Self.calendar.days(inYear: 2019) == nil)
    #expect(Self.calendar.days(inYear: 2025, month: 13) == nil)
    #expect(Self.calendar.days(inYear: 2025, month: 10)?.count == 31)
    #expect(Self.calendar.days(from: CivilDate("2026-12-30"), through: CivilDate("2027-01-02")) == nil)
  }

  /// Bad data is reported, not trapped on.
  @Test func inconsistentDataIsReported() {
    let notice = HolidayArrangements.notice2025
    let sound = HolidayArrangements.y2025
    let broken = YearArrangement(
      year: 2025, notice: notice, holidayRule: HolidayRegulations.holidays2013,
      statutoryDaysPerYear: 11,
      blocks: [
        HolidayBlock(notice.item(1), off: "01-01", holidays: [(HolidayArrangements.newYear, "01-01")]),
        HolidayBlock(
          notice.item(2), off: "01-01…01-02", work: "01-06 02-30",
          holidays: [(HolidayArrangements.newYear, "01-05")]),
        HolidayBlock(notice.item(3), off: "2027-03-01"),
      ])
    let problems = broken.problems.joined(separator: "\n")
    #expect(problems.contains("2025-01-01 is listed twice"))
    #expect(problems.contains("statutory day 2025-01-05 is not among the block's days off"))
    #expect(problems.contains("make-up workday 2025-01-06 is not a Saturday or Sunday"))
    #expect(problems.contains("'02-30' is not a date"))
    #expect(problems.contains("2027-03-01 lies outside the year"))
    #expect(problems.contains("the blocks name 2 statutory days, the regulation 11"))
    #expect(problems.contains("is not in force for the whole year"))
    let twice = WorkingTimeCalendar(
      weeklyRest: HolidayRegulations.weeklyRest, workday: HolidayRegulations.workday, years: [sound, sound])
    #expect(twice.problems.contains("2025: two arrangements for the year"))
    #expect(twice.day(CivilDate("2025-10-06"))?.kind == .statutoryHoliday)
  }

  // MARK: - The command

  @Test func calendarCommand() throws {
    let cli = CLITests()
    let month = try cli.run(["calendar", "2025-10", "--lang", "en"])
    #expect(month.status == 0)
    #expect(month.out.contains("2025-10-06  Mon  statutory holiday  Mid-Autumn Festival"))
    #expect(month.out.contains("2025-10-11  Sat  make-up workday"))
    #expect(month.out.contains("国办发明电〔2024〕12号 item 6"))
    let zh = try cli.run(["calendar", "2025-10"])
    #expect(zh.out.contains("2025-10-06  周一  法定节假日  中秋节"))
    let json = try cli.run(["calendar", "2022-01-01", "--format", "json"])
    #expect(json.status == 0)
    #expect(json.out.contains(#""kind" : "statutory-holiday""#) && json.out.contains(#""weekday" : 6"#))
    let uncovered = try cli.run(["calendar", "2019", "--lang", "en"])
    #expect(uncovered.status == 3)
    #expect(uncovered.err.contains("2020–2026"))
    // 2027: the statutory days computed, the others waiting for the notice.
    let later = try cli.run(["calendar", "2027-02", "--lang", "en"])
    #expect(later.status == 0)
    #expect(later.out.contains("2027-02-05  Fri  statutory holiday  Spring Festival"))
    #expect(later.out.contains("2027-02-09  Tue  not arranged"))
    #expect(later.out.contains("4 statutory holidays, 24 not arranged"))
    let laterJSON = try cli.run(["calendar", "2027-03-03", "--format", "json"])
    #expect(laterJSON.out.contains(#""kind" : "not-arranged""#))
    #expect(try cli.run(["calendar", "2025-13"]).status == 2)
  }
}
