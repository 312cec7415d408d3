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
        #expect(found.value.monthly.fen >= 100_000, "\(region.name) \(day)")
        #expect(found.value.hourly < found.value.monthly)
      }
      day = day.adding(days: 1)
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
    #expect(numbers == ["粤府函〔2013〕27号", "粤府函〔2015〕20号", "粤府函〔2018〕187号", "粤府函〔2021〕345号", "粤府函〔2025〕23号"])
  }
}
