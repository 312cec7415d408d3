import Testing

@testable import LaborRules
@testable import LaborRulesPacks

/// Invariants over many generated stoppages: items tile the claim in date order, never cross a month,
/// sum to the total, and the shortfall is max(0, total − paid).
@Suite struct PropertyTests {
  struct Generator {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
  }

  @Test func stoppageItemsTileTheClaim() throws {
    let engine = Engine(rulebook: .guangdong)
    var random = Generator(state: 2026)
    let cities = Region.all.filter { $0.name != "深圳" } + [Region.named("深圳")]
    for _ in 0..<300 {
      let region = cities[random.next(cities.count)]
      let start = CivilDate("2022-08-04").adding(days: random.next(1200))
      let end = start.adding(days: random.next(200))
      let paid = Money(fen: Int64(random.next(3_000_000)))
      let facts = StoppageFacts(
        monthlyWage: Money(fen: Int64(200_000 + random.next(2_000_000))), start: start, end: end,
        payCycleDays: random.next(3) == 0 ? 1 + random.next(30) : nil, paid: paid)
      let d = try engine.evaluate(region: region, facts: facts)
      #expect(d.items.first?.from == start)
      #expect(d.items.last?.to == end)
      for (item, next) in zip(d.items, d.items.dropFirst()) { #expect(item.to.adding(days: 1) == next.from) }
      #expect(d.items.allSatisfy { $0.from.firstOfMonth == $0.to.firstOfMonth && $0.amount.fen > 0 })
      #expect(d.items.reduce(Money.zero) { $0 + $1.amount } == d.total)
      #expect(d.shortfall == (paid < d.total ? d.total - paid : .zero))
      #expect(d.warnings.contains { $0.code == .underpaid } == (paid < d.total))
      #expect(d.items.allSatisfy { !$0.citations.isEmpty })
    }
  }

  /// A Guangzhou stoppage longer than 30 days pays exactly 30 days at the normal wage, however it falls.
  @Test func firstCycleIsAtMostThirtyDays() throws {
    let engine = Engine(rulebook: .guangdong)
    var random = Generator(state: 7)
    for _ in 0..<200 {
      let start = CivilDate("2022-01-01").adding(days: random.next(1000))
      let facts = StoppageFacts(
        monthlyWage: Money(yuan: 9000), start: start, end: start.adding(days: 40 + random.next(60)))
      let d = try engine.evaluate(region: .named("广州"), facts: facts)
      let firstCycle = d.items.filter { $0.rule.hasSuffix("first-cycle") }
      #expect(firstCycle.map { $0.to.dayNumber - $0.from.dayNumber + 1 }.reduce(0, +) == 30)
    }
  }
}
