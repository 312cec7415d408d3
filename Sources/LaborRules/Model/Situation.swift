/// The facts of one scenario in the shape rules read them: the claim period, the wage, and what happened.
///
/// Built from a `Facts` value by `Situation(region:facts:)`, which also checks that the facts agree
/// with each other (end after start, work inside the stoppage, …).
public struct Situation: Sendable {
  public let region: Region
  public let kind: EntitlementKind
  /// The days claimed for; a single day for `minimum-wage`.
  public let period: DateRange
  public let employment: Employment
  public let monthlyWage: Money?
  public let payCycleDays: Int?
  public let work: [WorkArrangement]
  public let livingAllowanceRate: Rational?
  public let isolation: IsolationFacts?
  public let paid: Money?

  public init(region: Region, facts: Facts) throws(EvaluationError) {
    self.region = region
    switch facts {
    case .minimumWage(let f):
      (kind, period, employment) = (.minimumWage, DateRange(from: f.date, through: f.date)!, f.employment)
      (monthlyWage, payCycleDays, work, livingAllowanceRate, isolation, paid) = (nil, nil, [], nil, nil, nil)
    case .stoppage(let f):
      kind = .stoppage
      period = try Situation.period(f.start, f.end)
      (employment, monthlyWage, payCycleDays, work, livingAllowanceRate, isolation, paid) =
        (.fullTime, f.monthlyWage, f.payCycleDays, f.work, f.livingAllowanceRate, nil, f.paid)
      if let days = f.payCycleDays, days < 1 {
        throw .badInput(field: "facts.payCycleDays", reason: "a pay cycle is at least 1 day, got \(days)")
      }
      try Situation.check(work: f.work, within: period)
    case .isolation(let f):
      kind = .isolation
      period = try Situation.period(f.start, f.end)
      (employment, monthlyWage, payCycleDays, work, livingAllowanceRate, isolation, paid) =
        (.fullTime, f.monthlyWage, nil, [], nil, f, f.paid)
      if f.category != .governmentMeasures, f.remoteWork != nil || f.leaveArranged {
        throw .badInput(field: f.remoteWork != nil ? "facts.remoteWork" : "facts.leaveArranged",
                        reason: "applies only to category government-measures; a worker in \(f.category.rawValue) isolation is not assigned work")
      }
    }
    if let wage = monthlyWage, wage.fen <= 0 { throw .badInput(field: "facts.monthlyWage", reason: "must be more than 0") }
  }

  private static func period(_ start: CivilDate, _ end: CivilDate) throws(EvaluationError) -> DateRange {
    guard let range = DateRange(from: start, through: end) else {
      throw .badInput(field: "facts.end", reason: "\(end) is before the start \(start)")
    }
    return range
  }

  private static func check(work: [WorkArrangement], within period: DateRange) throws(EvaluationError) {
    var previous: DateRange?
    for (index, w) in work.enumerated().sorted(by: { $0.element.from < $1.element.from }) {
      guard let range = DateRange(from: w.from, through: w.to) else {
        throw .badInput(field: "facts.work[\(index)].to", reason: "\(w.to) is before \(w.from)")
      }
      guard range.intersection(period) == range else {
        throw .badInput(field: "facts.work[\(index)]", reason: "\(range) is not inside the stoppage \(period)")
      }
      if let previous, previous.intersection(range) != nil {
        throw .badInput(field: "facts.work[\(index)]", reason: "\(range) overlaps another work period \(previous)")
      }
      previous = range
    }
  }

  /// The work arrangement covering a day, if any.
  public func workArrangement(on date: CivilDate) -> WorkArrangement? {
    work.first { $0.from <= date && date <= $0.to }
  }
}
