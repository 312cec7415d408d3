import Testing

@testable import LaborRules
@testable import LaborRulesPacks

/// Catala-style temporal coverage: every dated parameter of every pack is walked day by day across its
/// declared range; a gap or an overlap fails, and only the declared "unknown" windows may throw.
@Suite struct ScheduleCoverageTests {
  static let rulebook = Rulebook.guangdong

  @Test func everyPackScheduleIsContiguous() {
    let summaries = Self.rulebook.packs.flatMap(\.schedules)
    #expect(summaries.count >= 22)  // 21 cities + the stoppage article numbering
    for summary in summaries { #expect(summary.problems.isEmpty, "\(summary.name): \(summary.problems)") }
  }

  @Test(arguments: Region.all)
  func minimumWageIsDefinedOnEveryDayOfItsRange(region: Region) throws {
    let schedule = try Self.rulebook.parameters.schedule(.minimumWage, for: region)
    #expect(schedule.coverageProblems.isEmpty)
    let (from, through) = schedule.coverage
    #expect(throws: EvaluationError.self) { try schedule.lookup(on: from.adding(days: -1)) }
    var day = from
    let last = through ?? CivilDate("2026-12-31")
    while day <= last {
      let entry = schedule.entries.last { $0.from <= day }!
      if case .unknown = entry.content {
        #expect(throws: EvaluationError.self) { try schedule.lookup(on: day) }
      } else {
        let found = try schedule.lookup(on: day)
        #expect(found.value.monthly.fen >= 70_000, "\(region.name) \(day)")  // the lowest held: 710 (肇庆 2010)
        #expect(found.value.hourly < found.value.monthly)
      }
      day = day.adding(days: 1)
    }
  }

  /// `changes(within:)` (a binary search) names exactly the days on which the entry in force differs from the day
  /// before's, for ranges of every length across the whole schedule.
  @Test(arguments: Region.all)
  func changesAreTheDaysTheEntryChanges(region: Region) throws {
    let schedule = try Self.rulebook.parameters.schedule(.minimumWage, for: region)
    let entryIndex = { (day: CivilDate) in schedule.entries.lastIndex { $0.from <= day && $0.contains(day) } }
    let start = schedule.coverage.from.adding(days: -40)
    let spans = [(0, 1), (3, 45), (100, 400), (700, 2000), (0, 6000)].map { (start.adding(days: $0), $1) }
    let fromEachEntry = schedule.entries.flatMap { [($0.from, 400), ($0.from.adding(days: -1), 1)] }
    for (first, length) in spans + fromEachEntry {
      guard let range = DateRange(from: first, through: first.adding(days: length)) else { continue }
      var expected: [CivilDate] = []
      var day = range.from.adding(days: 1)
      while day <= range.through {
        if entryIndex(day) != entryIndex(day.adding(days: -1)) { expected.append(day) }
        day = day.adding(days: 1)
      }
      #expect(Set(schedule.changes(within: range)) == Set(expected), "\(region.name) \(range)")
    }
  }

  @Test func detectsGapsAndOverlaps() {
    let citation = WageConversionNotice2008.item2
    let checked = CivilDate("2026-01-01")
    let gap = Schedule(
      "test.gap",
      [
        Dated(CivilDate("2020-01-01"), through: CivilDate("2020-06-30"), 1, cites: citation, checked: checked),
        Dated(CivilDate("2020-07-02"), through: nil, 2, cites: citation, checked: checked),
      ])
    #expect(gap.coverageProblems == ["test.gap: gap from 2020-07-01 to 2020-07-01"])
    let overlap = Schedule(
      "test.overlap",
      [
        Dated(CivilDate("2020-01-01"), through: CivilDate("2020-07-31"), 1, cites: citation, checked: checked),
        Dated(CivilDate("2020-07-01"), through: nil, 2, cites: citation, checked: checked),
      ])
    #expect(overlap.coverageProblems == ["test.overlap: 2020-07-01 overlaps the entry ending 2020-07-31"])
    #expect(throws: EvaluationError.self) { try gap.lookup(on: CivilDate("2020-07-01")) }
  }

  @Test func everyValueCitesItsOwnNotice() throws {
    let guangzhou = try Self.rulebook.parameters.schedule(.minimumWage, for: .named("广州"))
    let numbers = guangzhou.entries.compactMap { entry -> String? in
      if case .known(_, let citation) = entry.content { return citation.instrument.documentNumber }
      return nil
    }
    #expect(
      numbers == [
        "粤府函〔2011〕15号", "粤府函〔2013〕27号", "粤府函〔2015〕20号", "粤府函〔2018〕187号", "粤府函〔2021〕345号", "粤府函〔2025〕23号",
      ])
  }

  /// The history before 2013: 粤府函〔2011〕15号 for every city but Shenzhen; 2010-05-01 … 2011-02-28 known only for
  /// Zhaoqing (one source, flagged) and an unknown window with its reason elsewhere; Shenzhen from 2010-07-01, its
  /// two-figure years 2008-07-01 … 2010-06-30 an unknown window.
  @Test func historyBefore2013() throws {
    let lookup = { (city: String, date: String) throws -> Schedule<MinimumWage>.Found in
      let schedule = try Self.rulebook.parameters.schedule(.minimumWage, for: .named(city))
      return try schedule.lookup(on: CivilDate(parsing: date))
    }
    let expected: [(String, String, Int64, String, String?)] = [
      ("广州", "2011-03-01", 1300, "12.50", "粤府函〔2011〕15号"), ("广州", "2013-04-30", 1300, "12.50", "粤府函〔2011〕15号"),
      ("东莞", "2012-06-01", 1100, "10.50", "粤府函〔2011〕15号"), ("江门", "2012-06-01", 950, "9.30", "粤府函〔2011〕15号"),
      ("肇庆", "2012-06-01", 850, "8.30", "粤府函〔2011〕15号"), ("湛江", "2012-06-01", 850, "8.30", "粤府函〔2011〕15号"),
      ("肇庆", "2010-05-01", 710, "6.90", "肇府函〔2010〕78号"), ("深圳", "2010-07-01", 1100, "9.80", nil),
      ("深圳", "2011-04-01", 1320, "11.70", nil), ("深圳", "2012-02-01", 1500, "13.30", "深人社规〔2011〕19号"),
      ("深圳", "2013-02-28", 1500, "13.30", "深人社规〔2011〕19号"),
    ]
    for (city, date, monthly, hourly, number) in expected {
      let found = try lookup(city, date)
      #expect(found.value.monthly == Money(yuan: monthly), "\(city) \(date)")
      #expect(found.value.hourly == (try Money(parsing: hourly)), "\(city) \(date)")
      #expect(found.citation.instrument.documentNumber == number, "\(city) \(date)")
    }
    #expect(try lookup("肇庆", "2010-05-01").entry.unverified != nil)
    #expect(try lookup("珠海", "2012-06-01").entry.unverified != nil)
    #expect(try lookup("佛山", "2012-06-01").entry.unverified == nil)
    for region in Region.all where region.name != "肇庆" {
      let day = region.name == "深圳" ? "2010-06-30" : "2010-05-01"
      let schedule = try Self.rulebook.parameters.schedule(.minimumWage, for: region)
      #expect(throws: EvaluationError.self) { try schedule.lookup(on: CivilDate(parsing: day)) }
      var startsUnknown = false
      if case .unknown = schedule.entries[0].content { startsUnknown = true }
      #expect(startsUnknown, "\(region.name): the earliest entry should be an unknown window")
    }
  }
}
