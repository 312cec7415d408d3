import Testing

@testable import LaborRules
@testable import LaborRulesPacks

/// The engine's own guarantees, on small synthetic rule trees: no quiet pick, honest gaps.
@Suite struct EngineTests {
  static let citation = WageConversionNotice2008.item2
  static let facts = StoppageFacts(
    monthlyWage: Money(yuan: 3100), start: CivilDate("2024-01-01"), end: CivilDate("2024-01-31"))
  static let january = DateRange(from: CivilDate("2024-01-01"), through: CivilDate("2024-01-31"))!

  func engine(@RuleBuilder _ rules: () -> [RuleNode]) -> Engine {
    Engine(
      rulebook: Rulebook(
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

  @Test func aStretchPartIsComputedOnceOnItsDaysAndANilStretchHasNoItem() throws {
    let rule = Rule("lump", Localized("一次", en: "once"), cites: .of(Self.citation), basis: .amount) { .normalWage }
    let stretch = Entitlement.Part(
      "stretch",
      span: .stretch({ _ in
        DateRange(from: CivilDate("2024-01-10"), through: CivilDate("2024-03-31"))
      })
    ) { rule }
    let none = Entitlement.Part("none", span: .stretch({ _ in nil })) { rule }
    let engine = Engine(
      rulebook: Rulebook(
        entitlements: [
          Entitlement("test", Localized("测试", en: "test"), facts: StoppageFacts.self, parts: [stretch, none])
        ], parameters: Rulebook.guangdong.parameters, packs: []))
    let d = try engine.evaluate(region: .named("广州"), facts: Self.facts)
    // Clipped to the claim (January), one item, the lump sum once: 3,100.00.
    #expect(d.items.map(\.rule) == ["lump"])
    #expect(
      d.items.first.map { DateRange(from: $0.from, through: $0.to) }
        == DateRange(from: CivilDate("2024-01-10"), through: CivilDate("2024-01-31")))
    #expect(d.total == Money(yuan: 3100))
  }

  @Test func noApplicableRuleIsAnError() {
    let engine = engine {
      Rule("late", Localized("晚", en: "late"), cites: .of(Self.citation), when: .onOrAfter(CivilDate("2024-01-20"))) {
        .normalWage
      }
    }
    #expect(
      throws: EvaluationError.noApplicableRule(
        entitlement: "test", period: DateRange(from: CivilDate("2024-01-01"), through: CivilDate("2024-01-19"))!)
    ) {
      try engine.evaluate(region: .named("广州"), facts: Self.facts)
    }
  }

  @Test func firstApplicableTakesTheFirstAndExceptionsDisplaceTheBase() throws {
    let engine = engine {
      FirstApplicable {
        Exception(to: Rule("base", Localized("基", en: "base"), cites: .of(Self.citation)) { .normalWage }) {
          Rule(
            "exception", Localized("例外", en: "exception"), cites: .of(Self.citation),
            when: .onOrAfter(CivilDate("2024-01-16"))
          ) {
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
    #expect(
      throws: EvaluationError.notCovered(
        Localized("2024-01-01 … 2024-01-31：没有规则", en: "2024-01-01 … 2024-01-31: no rule here"))
    ) {
      try engine.evaluate(region: .named("广州"), facts: Self.facts)
    }
  }

  /// Parts are resolved on their own; `NoAmount` yields no item; a per-unit basis sums its measure over the
  /// month's pieces (even apart, when no other part pays by the unit in between) and rounds once.
  @Test func partsNoAmountAndPerUnitBasis() throws {
    let tenth = CivilDate("2024-01-10"), twentieth = CivilDate("2024-01-20")
    let engine = Engine(
      rulebook: Rulebook(
        entitlements: [
          Entitlement(
            "test", Localized("测试", en: "test"), facts: StoppageFacts.self,
            parts: [
              Entitlement.Part("per-day") {
                // 10 yuan a day on 01-01 … 01-09 and 01-20 … 01-31 (9 + 12 = 21 days), nothing in between
                Rule(
                  "daily", Localized("日", en: "daily"), cites: .of(Self.citation),
                  when: !.during(tenth, through: twentieth.adding(days: -1)), basis: .per(.calendarDays)
                ) {
                  .constant(Quantity(Rational(1000), .yuanPerDay))
                }
                NoAmount("none", when: .during(tenth, through: twentieth.adding(days: -1)))
              },
              Entitlement.Part("lump") {
                // 1/3 yuan on each of the pieces 01-01 … 01-09, 01-10 … 01-19, 01-20 … 01-31: 1 yuan once summed
                Rule("lump", Localized("整笔", en: "lump"), cites: .of(Self.citation), basis: .amount) {
                  .atMost(
                    .constant(Quantity(Rational(100, 3), .yuan)), cap: .constant(Quantity(Rational(500), .yuan)),
                    cites: Self.citation)
                }
              },
            ])
        ],
        parameters: Rulebook.guangdong.parameters, packs: []))
    let d = try engine.evaluate(region: .named("广州"), facts: Self.facts)
    #expect(d.items.map(\.rule) == ["daily", "lump"])
    // 21 days × 10.00 = 210.00; 3 × 33⅓ fen = 100 fen exactly, rounded once
    #expect(d.items.map(\.amount) == [Money(yuan: 210), Money(yuan: 1)])
    #expect(d.items[0].from == CivilDate("2024-01-01") && d.items[0].to == CivilDate("2024-01-31"))
  }

  @Test func capsSeasonsAndDivisionByZero() throws {
    let engine = engine {
      Rule("season", Localized("季", en: "season"), cites: .of(Self.citation), when: .inMonths(6...10)) {
        .atMost(.normalWage, cap: .constant(Quantity(Rational(100_000), .yuanPerMonth)), cites: Self.citation)
      }
      Rule("off-season", Localized("非季", en: "off"), cites: .of(Self.citation), when: !.inMonths(6...10)) {
        .quotient(.normalWage, .constant(Quantity(Rational.zero, .number)), unit: nil)
      }
    }
    let summer = StoppageFacts(
      monthlyWage: Money(yuan: 3100), start: CivilDate("2024-07-01"), end: CivilDate("2024-08-31"))
    // capped at 1,000.00 a month, two whole months
    #expect(try engine.evaluate(region: .named("广州"), facts: summer).total == Money(yuan: 2000))
    let autumn = StoppageFacts(
      monthlyWage: Money(yuan: 3100), start: CivilDate("2024-10-30"), end: CivilDate("2024-11-02"))
    #expect(throws: EvaluationError.self) { try engine.evaluate(region: .named("广州"), facts: autumn) }
  }

  /// 2025-10 has four statutory holidays (10-01, 02, 03 and 中秋 10-06) on the official calendar.
  @Test func measuresDaysOfACalendarKind() throws {
    let engine = engine {
      Rule(
        "holidays", Localized("节", en: "holidays"), cites: .of(Self.citation),
        basis: .per(.days(of: [.statutoryHoliday], Localized("法定节假日", en: "statutory holidays")))
      ) {
        .constant(Quantity(Rational(100), .yuanPerDay))
      }
    }
    let october = StoppageFacts(
      monthlyWage: Money(yuan: 3100), start: CivilDate("2025-10-01"), end: CivilDate("2025-10-31"))
    #expect(try engine.evaluate(region: .named("广州"), facts: october).total == Money(yuan: 4))
    let outside = StoppageFacts(
      monthlyWage: Money(yuan: 3100), start: CivilDate("2027-01-01"), end: CivilDate("2027-01-02"))
    #expect(throws: EvaluationError.self) { try engine.evaluate(region: .named("广州"), facts: outside) }
  }

  /// cases.md B2 under each other reading, one assumption at a time (arithmetic by hand):
  /// - first-pay-cycle calendar-month: 7,000 × 19/28 = 4,750.00 + March's living allowance 80% × 2,500 = 2,000.00
  ///   → 6,750.00
  /// - proration paid-days: 7,000 ÷ 21.75 × 15 = 4,827.59; 7,000 ÷ 21.75 × 7 = 2,252.87; 2,000 ÷ 21.75 × 14 =
  ///   1,287.36 → 8,367.82
  /// - proration whole-month: 7,000 + 7,000 + 2,000 = 16,000.00; rounding half-even: no tie, 8,524.19.
  @Test func alternativesGiveTheTotalUnderEachOtherReading() throws {
    let engine = Engine(rulebook: .guangdong)
    let facts = StoppageFacts(
      monthlyWage: Money(yuan: 7000), start: CivilDate("2025-02-10"), end: CivilDate("2025-03-31"))
    let d = try engine.evaluate(region: .named("广州"), facts: facts)
    let totals = Dictionary(
      uniqueKeysWithValues: d.alternatives.map { ("\($0.key)=\($0.value)", try? $0.outcome.get()) })
    #expect(
      totals == [
        "first-pay-cycle=calendar-month": Money(yuan: 6750), "proration=paid-days": try Money(parsing: "8367.82"),
        "proration=whole-month": Money(yuan: 16000), "rounding=half-even": try Money(parsing: "8524.19"),
      ])
    #expect(try engine.evaluate(region: .named("广州"), facts: facts, alternatives: false).alternatives.isEmpty)
  }

  /// The rulebook finds its named assumptions in the trees; no registry is kept by hand.
  @Test func assumptionsComeFromTheTrees() {
    #expect(
      Set(Rulebook.guangdong.assumptions.map(\.key)) == [
        "rounding", "proration", "first-pay-cycle", "version-in-force", "comprehensive-standard",
        "comprehensive-holiday-hours", "contributions-in-minimum", "normal-wage-floor", "shenzhen-stoppage-text",
        "pre-2008-part-year", "average-wage-year", "average-wage-series", "unarranged-year", "medical-period-boundary",
        "medical-period-end", "part-month-standard", "heat-part-month",
        "average-wage-missing",
      ])
    #expect(Rulebook.guangdong.assumptions.first?.key == "rounding")
  }

  /// One engine, many threads: every concurrent evaluation gives the same determination.
  @Test func evaluatesConcurrentlyWithTheSameResult() async throws {
    let engine = Engine(rulebook: .guangdong)
    let facts = StoppageFacts(
      monthlyWage: Money(yuan: 7000), start: CivilDate("2025-02-10"), end: CivilDate("2025-03-31"))
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
