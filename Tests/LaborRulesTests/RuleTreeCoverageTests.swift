import Testing

@testable import LaborRules
@testable import LaborRulesPacks

/// Every entitlement's rule tree, walked month by month across the range its packs declare, in every city
/// where the tree branches on the city, under each variant of the facts that selects a different branch: every
/// day of every claim must resolve to exactly one rule, `NotCovered` or `NoAmount`. A gap (no applicable rule)
/// or an overlap (a conflict) fails, naming the kind, the city, the claim and the days; "not covered" is the
/// packs' declared answer and passes.
@Suite struct RuleTreeCoverageTests {
  static let engine = Engine(rulebook: .guangdong)
  /// Guangzhou stands for the cities outside Shenzhen where only the minimum wage differs; the trees that read
  /// each city's own parameters are walked in all 21.
  static let branches = [Region.named("广州"), Region.named("深圳")]

  /// The first day of every month from `from` through `through`.
  static func months(_ from: String, _ through: String) -> [CivilDate] {
    var result: [CivilDate] = []
    var month = CivilDate(testDate: from).firstOfMonth
    let last = CivilDate(testDate: through)
    while month <= last {
      result.append(month)
      month = month.lastOfMonth.adding(days: 1)
    }
    return result
  }

  static func expectResolved(_ kind: String, _ region: Region, _ facts: any EntitlementFacts) {
    do { _ = try engine.evaluate(region: region, facts: facts) } catch {
      switch error {
      case .notCovered: break
      default: Issue.record("\(kind) in \(region.name), \(facts): \(error.code): \(error.message.en)")
      }
    }
  }

  @Test(arguments: Region.all)
  func stoppageAndSickPay(region: Region) {
    for month in Self.months("2013-03-01", "2026-12-31") {
      let wage = Money(yuan: 5000)
      Self.expectResolved("stoppage", region, StoppageFacts(monthlyWage: wage, start: month, end: month.lastOfMonth))
      // 75 days from mid-month, with work arranged in the third month: first cycle, allowance, work.
      let start = month.adding(days: 14), end = start.adding(days: 74)
      Self.expectResolved(
        "stoppage", region,
        StoppageFacts(
          monthlyWage: wage, start: start, end: end, payCycleDays: 15,
          work: [WorkArrangement(from: end.firstOfMonth, to: end, agreedMonthlyWage: Money(yuan: 1000))]))
      Self.expectResolved("sick-pay", region, SickPayFacts(monthlyWage: wage, start: month, end: month.lastOfMonth))
      Self.expectResolved(
        "sick-pay", region,
        SickPayFacts(
          monthlyWage: wage, start: start, end: end, contractRate: Rational(7, 10), totalServiceYears: 1,
          employerServiceYears: 1))
    }
  }

  @Test(arguments: Region.all)
  func minimumWage(region: Region) throws {
    for month in Self.months("2013-03-01", "2026-12-31") {
      for day in [month, month.adding(days: 14), month.lastOfMonth] {
        Self.expectResolved("minimum-wage", region, MinimumWageFacts(date: day))
        Self.expectResolved("minimum-wage", region, MinimumWageFacts(date: day, employment: .partTime))
      }
      let civil = try CivilMonth(parsing: String(month.description.prefix(7)))
      var pay = PayBreakdown(month: civil, total: Money(yuan: 2000))
      Self.expectResolved("minimum-wage", region, MinimumWageFacts(date: month, pay: pay))
      pay.hoursWorked = Rational(80)
      Self.expectResolved("minimum-wage", region, MinimumWageFacts(date: month, employment: .partTime, pay: pay))
    }
  }

  @Test(arguments: branches)
  func isolation(region: Region) {
    let wage = Money(yuan: 6000)
    for month in Self.months("2019-12-01", "2026-12-31") {
      for category in IsolationFacts.Category.allCases {
        let base = IsolationFacts(category: category, monthlyWage: wage, start: month, end: month.lastOfMonth)
        Self.expectResolved("isolation", region, base)
        guard category == .governmentMeasures else { continue }
        for remote in [IsolationFacts.RemoteWork(agreedMonthlyWage: wage), IsolationFacts.RemoteWork()] {
          var variant = base
          variant.remoteWork = remote
          Self.expectResolved("isolation", region, variant)
        }
        var leave = base
        leave.leaveArranged = true
        Self.expectResolved("isolation", region, leave)
      }
    }
  }

  /// Every day of the calendar's years worked, under each hours system and by the piece; the totals form each
  /// month; a comprehensive cycle each quarter.
  @Test(arguments: branches)
  func overtime(region: Region) throws {
    for month in Self.months("2020-01-01", "2026-12-31") {
      let days = (0..<month.daysInMonth).map { month.adding(days: $0) }
      for system in [OvertimeFacts.HoursSystem.standard, .flexible] {
        Self.expectResolved(
          "overtime", region,
          OvertimeFacts(
            monthlyWage: Money(yuan: 6000), hoursSystem: system, work: days.map { .init(date: $0, hours: Rational(2)) })
        )
      }
      Self.expectResolved(
        "overtime", region,
        OvertimeFacts(pieceRate: Money(fen: 50), work: days.map { .init(date: $0, pieces: 10) }))
      Self.expectResolved(
        "overtime", region,
        OvertimeFacts(
          monthlyWage: Money(yuan: 6000), month: try CivilMonth(parsing: String(month.description.prefix(7))),
          workdayOvertimeHours: Rational(10), restDayHours: Rational(8), holidayHours: Rational(8)))
      if [1, 4, 7, 10].contains(month.month) {
        Self.expectResolved(
          "overtime", region,
          OvertimeFacts(
            monthlyWage: Money(yuan: 6000), hoursSystem: .comprehensive,
            holidayHours: Rational(8), cycle: .init(from: month, to: month.adding(days: 89)), hoursWorked: Rational(600)
          ))
      }
    }
  }

  @Test(arguments: branches)
  func highTemperature(region: Region) throws {
    for month in Self.months("2012-01-01", "2026-12-31") {
      let civil = try CivilMonth(parsing: String(month.description.prefix(7)))
      let variants: [(HighTemperatureFacts.Month, Employment)] = [
        (.init(month: civil), .fullTime), (.init(month: civil, exposed: false), .fullTime),
        (.init(month: civil, heatDays: 3), .fullTime), (.init(month: civil, heatDays: 3), .partTime),
        (.init(month: civil, absentDays: 2, absenceReason: .sickLeave), .fullTime),
        (.init(month: civil, absentDays: 3, absenceReason: .temporaryNonHeatWork), .fullTime),
        (.init(month: civil, absentDays: 6, absenceReason: .temporaryNonHeatWork), .fullTime),
      ]
      for (entry, employment) in variants {
        Self.expectResolved("high-temperature", region, HighTemperatureFacts(months: [entry], employment: employment))
      }
    }
  }
}
