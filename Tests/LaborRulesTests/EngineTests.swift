import Testing
@testable import LaborRules
@testable import LaborRulesPacks

/// The engine's own guarantees, on small synthetic rule trees: no quiet pick, honest gaps.
@Suite struct EngineTests {
  static let citation = WageConversionNotice2008.item2
  static let facts = StoppageFacts(monthlyWage: Money(yuan: 3100), start: CivilDate("2024-01-01"), end: CivilDate("2024-01-31"))
  static let january = DateRange(from: CivilDate("2024-01-01"), through: CivilDate("2024-01-31"))!

  func engine(@RuleBuilder _ rules: () -> [RuleNode]) -> Engine {
    Engine(rulebook: Rulebook(
      entitlements: [Entitlement("test", Localized("测试", en: "test"), facts: StoppageFacts.self, rules)],
      parameters: Rulebook.guangdong.parameters, packs: []))
  }

  @Test func twoApplicableRulesAreAConflict() {
    let engine = engine {
      Rule("a", Localized("甲", en: "a"), cites: .of(Self.citation)) { .normalWage }
      Rule("b", Localized("乙", en: "b"), cites: .of(Self.citation)) { .minimumWage }
    }
    #expect(throws: EvaluationError.conflict(rules: ["a", "b"], period: Self.january)) {
      try engine.evaluate(region: .named("广州"), facts: Self.facts)
    }
  }

  @Test func noApplicableRuleIsAnError() {
    let engine = engine {
      Rule("late", Localized("晚", en: "late"), cites: .of(Self.citation), when: .onOrAfter(CivilDate("2024-01-20"))) { .normalWage }
    }
    #expect(throws: EvaluationError.noApplicableRule(
      entitlement: "test", period: DateRange(from: CivilDate("2024-01-01"), through: CivilDate("2024-01-19"))!)) {
      try engine.evaluate(region: .named("广州"), facts: Self.facts)
    }
  }

  @Test func firstApplicableTakesTheFirstAndExceptionsDisplaceTheBase() throws {
    let engine = engine {
      FirstApplicable {
        Exception(to: Rule("base", Localized("基", en: "base"), cites: .of(Self.citation)) { .normalWage }) {
          Rule("exception", Localized("例外", en: "exception"), cites: .of(Self.citation), when: .onOrAfter(CivilDate("2024-01-16"))) {
            .share(.percent(50), of: .normalWage)
          }
        }
        Rule("never", Localized("不会", en: "never"), cites: .of(Self.citation)) { .minimumWage }
      }
    }
    let d = try engine.evaluate(region: .named("广州"), facts: Self.facts)
    #expect(d.items.map(\.rule) == ["base", "exception"])
    // 3,100 × 15/31 = 1,500.00; 50% × 3,100 × 16/31 = 800.00
    #expect(d.items.map(\.amount) == [Money(yuan: 1500), Money(yuan: 800)])
  }

  @Test func notCoveredLeafStopsEvaluationWithItsReason() {
    let engine = engine {
      NotCovered("gap", when: .always, Localized("没有规则", en: "no rule here"))
    }
    #expect(throws: EvaluationError.notCovered(Localized("2024-01-01 … 2024-01-31：没有规则", en: "2024-01-01 … 2024-01-31: no rule here"))) {
      try engine.evaluate(region: .named("广州"), facts: Self.facts)
    }
  }

  /// One engine, many threads: every concurrent evaluation gives the same determination.
  @Test func evaluatesConcurrentlyWithTheSameResult() async throws {
    let engine = Engine(rulebook: .guangdong)
    let facts = StoppageFacts(monthlyWage: Money(yuan: 7000), start: CivilDate("2025-02-10"), end: CivilDate("2025-03-31"))
    let totals = await withTaskGroup(of: Money?.self) { group in
      for _ in 0..<64 { group.addTask { try? engine.evaluate(region: .named("广州"), facts: facts).total } }
      var totals: [Money?] = []
      for await total in group { totals.append(total) }
      return totals
    }
    #expect(totals.count == 64)
    #expect(Set(totals) == [try Money(parsing: "8524.19")])
  }
}
