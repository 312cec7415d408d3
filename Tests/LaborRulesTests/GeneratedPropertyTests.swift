import Foundation
import Testing

@testable import LaborRules
@testable import LaborRulesPacks

/// Properties over scenarios of every kind the packs have (minimum wage, stoppage, isolation, overtime, sick
/// pay, high temperature), generated from fixed seeds by `ScenarioGenerator`. A scenario the packs do not
/// cover is skipped; any other error fails.
@Suite struct GeneratedPropertyTests {
  static let engine = Engine(rulebook: .guangdong)
  static let count = 150

  /// The determination, `nil` when the packs do not cover the facts; any other error is recorded.
  static func evaluate(_ facts: any EntitlementFacts, _ region: Region) -> Determination? {
    do { return try engine.evaluate(region: region, facts: facts) } catch {
      if case .notCovered = error { return nil }
      Issue.record("\(error.code): \(error.message.en) for \(facts) in \(region.name)")
      return nil
    }
  }

  /// The full-time monthly minimum wage of a city on a day.
  static func minimumWage(_ region: Region, _ day: CivilDate) throws -> Rational {
    try engine.rulebook.parameters.schedule(.minimumWage, for: region).lookup(on: day).value.monthly.exact
  }

  /// A monthly amount prorated over an item's days (the default `calendar-days` reading), rounded half-up.
  static func prorated(_ monthly: Rational, _ item: LineItem) throws -> Money {
    let days = item.to.dayNumber - item.from.dayNumber + 1
    return try (monthly * Rational(Int64(days), Int64(item.from.daysInMonth))).money(.halfUp)
  }

  @Test func everyItemCitesAndTheJSONParsesBack() throws {
    var random = ScenarioGenerator(seed: 10)
    for _ in 0..<(Self.count * 2) {
      let (kind, facts) = random.any()
      guard let d = Self.evaluate(facts, random.region()) else { continue }
      #expect(d.entitlement == kind)
      #expect(d.items.allSatisfy { !$0.citations.isEmpty }, "\(kind): an item without a citation")
      #expect(d.items.reduce(Money.zero) { $0 + $1.amount } == d.total)
      let json = JSONRenderer().render(d)
      let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
      #expect(object["total"] as? String == d.total.description)
      let items = try #require(object["items"] as? [[String: Any]])
      #expect(items.count == d.items.count)
      for (parsed, item) in zip(items, d.items) {
        #expect(parsed["rule"] as? String == item.rule)
        #expect(parsed["from"] as? String == item.from.description)
        #expect(parsed["to"] as? String == item.to.description)
        #expect(parsed["amount"] as? String == item.amount.description)
        #expect(!((parsed["citations"] as? [Any]) ?? []).isEmpty)
      }
    }
  }

  /// The derivation changes nothing but itself: the same JSON summary with and without it.
  @Test func theDerivationChangesNoFigure() throws {
    var random = ScenarioGenerator(seed: 16)
    for _ in 0..<(Self.count * 2) {
      let (facts, region) = (random.any().facts, random.region())
      guard let full = Self.evaluate(facts, region) else { continue }
      let lean = try Self.engine.evaluate(region: region, facts: facts, derivation: false)
      #expect(JSONRenderer(trace: .summary).render(lean) == JSONRenderer(trace: .summary).render(full))
      #expect(lean.items.allSatisfy { $0.steps.isEmpty && $0.conditions.isEmpty })
    }
  }

  /// More wage never means less pay: stoppage, isolation, overtime and sick pay.
  @Test func payNeverDecreasesWhenTheWageIncreases() throws {
    var random = ScenarioGenerator(seed: 11)
    for _ in 0..<Self.count {
      let region = random.region()
      let raise = random.yuan(1, 5000)
      var stoppage = random.stoppage()
      var isolation = random.isolation()
      var sick = random.sickPay()
      var overtime = random.overtime()
      let before = [
        Self.evaluate(stoppage, region), Self.evaluate(isolation, region), Self.evaluate(sick, region),
        Self.evaluate(overtime, region),
      ]
      stoppage.monthlyWage = stoppage.monthlyWage + raise
      isolation.monthlyWage = isolation.monthlyWage + raise
      sick.monthlyWage = sick.monthlyWage + raise
      if let wage = overtime.monthlyWage { overtime.monthlyWage = wage + raise }
      if let rate = overtime.pieceRate { overtime.pieceRate = rate + Money(fen: 1) }
      let after = [
        Self.evaluate(stoppage, region), Self.evaluate(isolation, region), Self.evaluate(sick, region),
        Self.evaluate(overtime, region),
      ]
      for (old, new) in zip(before, after) {
        guard let old, let new else { continue }
        #expect(new.total >= old.total, "\(old.entitlement): \(old.total) → \(new.total) after a raise of \(raise)")
      }
    }
  }

  /// More hours (or pieces) on a day never mean less overtime pay; fewer absent days never mean a smaller
  /// high-temperature allowance.
  @Test func payNeverDecreasesWhenTheHoursIncrease() throws {
    var random = ScenarioGenerator(seed: 12)
    for _ in 0..<Self.count {
      let region = random.region()
      var overtime = random.overtime()
      let before = Self.evaluate(overtime, region)
      let index = random.next(overtime.work.count)
      if let hours = overtime.work[index].hours {
        overtime.work[index].hours = min(hours + Rational(Int64(1 + random.next(4)), 2), Rational(24))
      } else if let pieces = overtime.work[index].pieces {
        overtime.work[index].pieces = pieces + 1 + random.next(50)
      }
      if let before, let after = Self.evaluate(overtime, region) {
        #expect(after.total >= before.total, "overtime \(before.total) → \(after.total)")
      }

      var heat = random.highTemperature()
      guard let month = heat.months.firstIndex(where: { ($0.absentDays ?? 0) > 1 }) else { continue }
      let more = Self.evaluate(heat, region)
      heat.months[month].absentDays = (heat.months[month].absentDays ?? 1) - 1
      if let more, let less = Self.evaluate(heat, region) {
        #expect(less.total >= more.total, "high temperature \(more.total) → \(less.total) with a day less absent")
      }
    }
  }

  /// The floors hold on every item: a living allowance is at least 80% of the minimum wage in force, work
  /// arranged during a stoppage at least the minimum wage, sick pay within the medical period at least 80%.
  @Test func theFloorsAlwaysHold() throws {
    var random = ScenarioGenerator(seed: 13)
    var checked = 0
    for _ in 0..<(Self.count * 2) {
      let region = random.region()
      let facts: any EntitlementFacts = random.chance(50) ? random.stoppage() : random.sickPay()
      guard let d = Self.evaluate(facts, region) else { continue }
      for item in d.items {
        let minimum = try Self.minimumWage(region, item.from)
        let floor: Money
        if item.rule.hasSuffix("living-allowance") || item.rule.hasSuffix("after-first-month")
          || (item.rule.hasPrefix("guangdong.wage-payment.art24") || item.rule.hasPrefix("shenzhen.wage-payment.art23"))
        {
          floor = try Self.prorated(minimum * Rational.percent(80), item)
        } else if item.rule.hasSuffix("work-arranged") {
          floor = try Self.prorated(minimum, item)
        } else {
          continue
        }
        checked += 1
        #expect(item.amount >= floor, "\(item.rule) \(item.from)…\(item.to): \(item.amount) below \(floor)")
      }
    }
    #expect(checked > 100)
  }

  /// Splitting a claim in two inside a month changes the total by at most the rounding of the one extra item
  /// (1 fen): per-month isolation at the normal wage and sick pay. (A stoppage cannot be split this way: a new
  /// claim restarts its first pay cycle, which changes the law applied, not only the rounding.)
  @Test func splittingAClaimChangesTheTotalByAtMostOneRounding() throws {
    var random = ScenarioGenerator(seed: 14)
    var compared = 0
    for _ in 0..<Self.count {
      let region = random.region()
      if random.chance(50) {
        var whole = random.isolation()
        whole.remoteWork = nil
        whole.leaveArranged = false
        if whole.category == .governmentMeasures { whole.category = .confirmed }
        guard whole.end.dayNumber - whole.start.dayNumber >= 2 else { continue }
        let cut = whole.start.adding(days: 1 + random.next(whole.end.dayNumber - whole.start.dayNumber - 1))
        var (first, second) = (whole, whole)
        (first.end, second.start) = (cut.adding(days: -1), cut)
        guard let a = Self.evaluate(whole, region), let b = Self.evaluate(first, region),
          let c = Self.evaluate(second, region)
        else { continue }
        compared += 1
        #expect(
          abs((b.total + c.total - a.total).fen) <= 1,
          "isolation split at \(cut): \(a.total) vs \(b.total) + \(c.total)")
      } else {
        var whole = random.sickPay()
        // 25 years with the employer: a 24-month medical period, longer than any generated claim (≤ 200 days).
        (whole.totalServiceYears, whole.employerServiceYears) = (30, 25)
        guard whole.end.dayNumber - whole.start.dayNumber >= 2 else { continue }
        let cut = whole.start.adding(days: 1 + random.next(whole.end.dayNumber - whole.start.dayNumber - 1))
        var (first, second) = (whole, whole)
        (first.end, second.start) = (cut.adding(days: -1), cut)
        guard let a = Self.evaluate(whole, region), let b = Self.evaluate(first, region),
          let c = Self.evaluate(second, region)
        else { continue }
        compared += 1
        #expect(
          abs((b.total + c.total - a.total).fen) <= 1, "sick pay split at \(cut): \(a.total) vs \(b.total) + \(c.total)"
        )
      }
    }
    #expect(compared > 50)
  }
}
