import Testing

@testable import LaborRules

@Suite struct MoneyTests {
  @Test(arguments: [("6000", 600_000), ("6000.5", 600_050), ("6000.00", 600_000), ("0.01", 1), ("23.7", 2370)])
  func parsesYuanStrings(text: String, fen: Int64) throws {
    #expect(try Money(parsing: text).fen == fen)
  }

  @Test(arguments: ["6000.005", "-5", "1,000", "", "6e3", ".5", "5.", "abc"])
  func refusesMalformedAmounts(text: String) {
    #expect(throws: ValueError.self) { try Money(parsing: text) }
  }

  @Test func printsTwoDecimalsAndGroups() {
    #expect(Money(fen: 968_000).description == "9680.00")
    #expect(Money(fen: 5).description == "0.05")
    #expect(Money(fen: 123_456_789).grouped == "1,234,567.89")
    #expect(Money(fen: -150).grouped == "-1.50")
  }

  /// The rounding table of `RoundingRule`, row by row (exact fen → rounded fen).
  @Test(arguments: [
    (Rational(2_483_870_967, 10_000), RoundingRule.halfUp, Int64(248_387)),
    (Rational(25, 2), .halfUp, 13), (Rational(25, 2), .halfEven, 12),
    (Rational(27, 2), .halfUp, 14), (Rational(27, 2), .halfEven, 14),
    (Rational(-25, 2), .halfUp, -13), (Rational(-25, 2), .halfEven, -12),
  ])
  func roundsByRule(value: Rational, rule: RoundingRule, expected: Int64) throws {
    #expect(try value.rounded(rule) == expected)
  }

  /// cases.md: 24,618.68 × 1.5 × 20.7 ÷ 174 = 4,393.161… → 4,393.16, never via a rounded hourly wage.
  @Test func roundsOnceAtTheEnd() throws {
    let wage = try Money(parsing: "24618.68").exact
    let exact = wage * (try Rational(parsing: "1.5")) * (try Rational(parsing: "20.7")) / Rational(174)
    #expect(try exact.money(.halfUp) == (try Money(parsing: "4393.16")))
    let hourlyRounded = try (wage / Rational(174)).money(.halfUp).exact
    #expect(try (hourlyRounded * Rational(3, 2) * Rational(207, 10)).money(.halfUp) == (try Money(parsing: "4393.26")))
  }

  @Test func rationalArithmeticIsExact() throws {
    #expect(Rational(7, 10) * Rational(10, 7) == .one)
    #expect(try Rational(parsing: "0.8") == Rational(4, 5))
    #expect(Rational(1, 3) + Rational(1, 6) == Rational(1, 2))
    #expect(Rational(6, -4) == Rational(-3, 2))
    #expect(throws: ValueError.self) { try Rational(parsing: "0.8.1") }
  }
}
