/// One rule pack (one legal instrument or family of notices) as `labor-rules rules` lists it.
public struct RulePack: Sendable {
  public let id: String
  public let title: Localized
  /// The source file under `rules/`.
  public let file: String
  public let instruments: [Instrument]
  /// What situations and days the pack answers, and which it reports as not covered.
  public let coverage: Localized
  /// The day the pack's sources were last checked.
  public let lastChecked: CivilDate
  /// The pack's dated parameters, summarised for coverage listings and the coverage test.
  public let schedules: [ScheduleSummary]

  public init(
    id: String, title: Localized, file: String, instruments: [Instrument], coverage: Localized,
    lastChecked: CivilDate, schedules: [ScheduleSummary] = []
  ) {
    (self.id, self.title, self.file, self.instruments, self.coverage, self.lastChecked, self.schedules) =
      (id, title, file, instruments, coverage, lastChecked, schedules)
  }
}

/// A schedule without its value type: its name, coverage, last-checked day and any coverage problem.
public struct ScheduleSummary: Sendable {
  public let name: String
  public let from: CivilDate
  public let through: CivilDate?
  public let lastChecked: CivilDate
  public let uncovered: [DateRange]
  public let problems: [String]

  public init<Value>(_ schedule: Schedule<Value>) {
    name = schedule.name
    (from, through) = schedule.coverage
    lastChecked = schedule.entries.map { $0.checked }.min() ?? from
    uncovered = schedule.entries.compactMap {
      if case .unknown = $0.content, let through = $0.through { return DateRange(from: $0.from, through: through) }
      return nil
    }
    problems = schedule.coverageProblems
  }
}
