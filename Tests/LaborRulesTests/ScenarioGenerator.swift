@testable import LaborRules
@testable import LaborRulesPacks

/// A seeded generator of facts of every entitlement kind the packs have, for the property and coverage tests:
/// the same seed gives the same scenarios on every run.
struct ScenarioGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }

  /// A number in `0..<bound` (PCG-style linear congruential step).
  mutating func next(_ bound: Int) -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int((state >> 33) % UInt64(max(bound, 1)))
  }
  mutating func chance(_ percent: Int) -> Bool { next(100) < percent }
  mutating func pick<T>(_ values: [T]) -> T { values[next(values.count)] }
  mutating func day(_ from: String, _ through: String) -> CivilDate {
    let (a, b) = (CivilDate(testDate: from), CivilDate(testDate: through))
    return a.adding(days: next(b.dayNumber - a.dayNumber + 1))
  }
  mutating func yuan(_ low: Int, _ high: Int) -> Money {
    Money(fen: Int64(low * 100 + next((high - low) * 100)))
  }
  mutating func region() -> Region { pick(Region.all) }

  mutating func stoppage() -> StoppageFacts {
    let start = day("2013-05-01", "2026-10-31")
    let end = start.adding(days: next(200))
    var work: [WorkArrangement] = []
    if chance(30), end.dayNumber - start.dayNumber > 40 {
      let from = start.adding(days: 31 + next(end.dayNumber - start.dayNumber - 40))
      work = [
        WorkArrangement(from: from, to: min(end, from.adding(days: next(60))), agreedMonthlyWage: yuan(1000, 9000))
      ]
    }
    return StoppageFacts(
      monthlyWage: yuan(1500, 30000), start: start, end: end, payCycleDays: chance(20) ? 1 + next(30) : nil,
      work: work, livingAllowanceRate: chance(20) ? Rational(Int64(80 + next(21)), 100) : nil)
  }

  mutating func isolation() -> IsolationFacts {
    let start = day("2020-01-25", "2022-12-31")
    let end = min(start.adding(days: next(120)), CivilDate("2023-01-07"))
    let category = pick(IsolationFacts.Category.allCases)
    let measures = category == .governmentMeasures
    let remote: IsolationFacts.RemoteWork? =
      measures && chance(40) ? .init(agreedMonthlyWage: chance(50) ? yuan(1000, 9000) : nil) : nil
    return IsolationFacts(
      category: category, monthlyWage: yuan(1500, 30000), start: start, end: end, remoteWork: remote,
      leaveArranged: measures && remote == nil && chance(30))
  }

  mutating func overtime() -> OvertimeFacts {
    let month = day("2020-01-01", "2026-12-31").firstOfMonth
    var work: [OvertimeFacts.WorkDay] = []
    let piece = chance(20)
    for offset in Set((0..<(1 + next(8))).map { _ in next(month.daysInMonth) }).sorted() {
      let date = month.adding(days: offset)
      work.append(
        piece
          ? .init(date: date, pieces: 1 + next(300)) : .init(date: date, hours: Rational(Int64(1 + next(22)), 2)))
    }
    return OvertimeFacts(
      monthlyWage: piece ? nil : yuan(1500, 30000), pieceRate: piece ? yuan(0, 3) + Money(fen: 1) : nil,
      hoursSystem: piece ? .standard : pick([.standard, .standard, .flexible]), work: work)
  }

  mutating func sickPay() -> SickPayFacts {
    let start = day("2013-05-01", "2026-10-31")
    let total = chance(50) ? next(30) : nil
    return SickPayFacts(
      monthlyWage: yuan(1500, 30000), start: start, end: start.adding(days: next(200)),
      contractRate: chance(50) ? Rational(Int64(50 + next(51)), 100) : nil, totalServiceYears: total,
      employerServiceYears: total.map { next($0 + 1) })
  }

  mutating func highTemperature() -> HighTemperatureFacts {
    let year = 2020 + next(7)
    var months: [HighTemperatureFacts.Month] = []
    for month in Set((0..<(1 + next(5))).map { _ in 6 + next(5) }).sorted() {
      guard let first = try? CivilMonth(parsing: "\(year)-\(month < 10 ? "0" : "")\(month)")
      else { continue }
      var entry = HighTemperatureFacts.Month(month: first, exposed: chance(85))
      if entry.exposed, chance(30) {
        entry.absentDays = 1 + next(10)
        entry.absenceReason = pick(HighTemperatureFacts.AbsenceReason.allCases)
      }
      if chance(30) { entry.paid = yuan(0, 300) }
      months.append(entry)
    }
    return HighTemperatureFacts(months: months)
  }

  mutating func minimumWage() -> MinimumWageFacts {
    let date = day("2013-05-01", "2026-12-31")
    guard chance(50), let month = try? CivilMonth(parsing: String(date.description.prefix(7))) else {
      return MinimumWageFacts(date: date, employment: chance(30) ? .partTime : .fullTime)
    }
    var pay = PayBreakdown(month: month, total: yuan(1000, 6000))
    if chance(50) { pay.overtimePay = yuan(0, 500) }
    return MinimumWageFacts(date: month.first, employment: .fullTime, pay: pay)
  }

  /// Facts of any kind, with the kind's key.
  mutating func any() -> (kind: String, facts: any EntitlementFacts) {
    switch next(6) {
    case 0: ("stoppage", stoppage())
    case 1: ("isolation", isolation())
    case 2: ("overtime", overtime())
    case 3: ("sick-pay", sickPay())
    case 4: ("high-temperature", highTemperature())
    default: ("minimum-wage", minimumWage())
    }
  }
}

extension CivilDate {
  /// A date written in a test; a typo fails the test that uses it.
  init(testDate text: String) {
    self = (try? CivilDate(parsing: text)) ?? CivilDate("1900-01-01")
  }
}
