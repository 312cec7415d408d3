/// An exact fraction of two integers, always kept in lowest terms with a positive denominator.
///
/// Money is integer fen, and every intermediate product (a share of a wage, a proration by days) is a
/// `Rational` so that nothing is lost before the one declared rounding point. Overflow traps: the
/// amounts of labour law stay many orders of magnitude below `Int64.max`.
///
/// ```swift
/// Rational(7, 10) * Rational(10, 7)   // 1
/// try Rational(parsing: "0.8")        // 4/5
/// ```
public struct Rational: Sendable, Hashable, Comparable, CustomStringConvertible {
  public let numerator: Int64
  public let denominator: Int64

  public init(_ numerator: Int64, _ denominator: Int64 = 1) {
    precondition(denominator != 0, "Rational with a zero denominator")
    let sign: Int64 = denominator < 0 ? -1 : 1
    let divisor = Swift.max(Rational.gcd(numerator, denominator), 1)
    self.numerator = sign * numerator / divisor
    self.denominator = sign * denominator / divisor
  }

  public static let zero = Rational(0)
  public static let one = Rational(1)

  /// A percentage: `.percent(80)` is 4/5.
  public static func percent(_ value: Int64) -> Rational { Rational(value, 100) }

  /// Parses a plain decimal such as `"0.8"`, `"2.5"` or `"21.75"` exactly.
  public init(parsing text: String) throws(ValueError) {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty,
      whole.allSatisfy(\.isASCIIDigit), parts.count == 1 || (!parts[1].isEmpty && parts[1].allSatisfy(\.isASCIIDigit)),
      text.count <= 18
    else {
      throw ValueError(
        "“\(text)”不是小数，请写成 0.8 或 21.75 这样的形式",
        en: "'\(text)' is not a decimal number such as 0.8 or 21.75")
    }
    let fraction = parts.count == 2 ? String(parts[1]) : ""
    var scale: Int64 = 1
    for _ in fraction { scale *= 10 }
    self.init(Int64(whole + fraction)!, scale)
  }

  public static func + (a: Rational, b: Rational) -> Rational {
    Rational(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator)
  }
  public static func - (a: Rational, b: Rational) -> Rational {
    Rational(a.numerator * b.denominator - b.numerator * a.denominator, a.denominator * b.denominator)
  }
  public static func * (a: Rational, b: Rational) -> Rational {
    let g1 = Swift.max(gcd(a.numerator, b.denominator), 1), g2 = Swift.max(gcd(b.numerator, a.denominator), 1)
    return Rational((a.numerator / g1) * (b.numerator / g2), (a.denominator / g2) * (b.denominator / g1))
  }
  public static func / (a: Rational, b: Rational) -> Rational {
    a * Rational(b.denominator, b.numerator)
  }
  public static func < (a: Rational, b: Rational) -> Bool {
    a.numerator * b.denominator < b.numerator * a.denominator
  }

  /// Rounds to an integer with the given rule.
  public func rounded(_ rule: RoundingRule) -> Int64 {
    let q = numerator / denominator, r = numerator % denominator
    if r == 0 { return q }
    let twice = 2 * Swift.abs(r), away: Int64 = numerator < 0 ? -1 : 1
    switch rule {
    case .halfUp: return twice >= denominator ? q + away : q
    case .halfEven:
      if twice == denominator { return q % 2 == 0 ? q : q + away }
      return twice > denominator ? q + away : q
    }
  }

  /// A short decimal rendering: exact when the expansion terminates within 6 places, else `≈` and 6 places.
  public var description: String {
    if denominator == 1 { return String(numerator) }
    let scaled = Rational(numerator * 1_000_000, denominator)
    let digits = scaled.rounded(.halfUp)
    let sign = digits < 0 ? "-" : ""
    let magnitude = Swift.abs(digits)
    var fraction = String(magnitude % 1_000_000)
    fraction = String(repeating: "0", count: 6 - fraction.count) + fraction
    while fraction.hasSuffix("0") { fraction.removeLast() }
    let prefix = scaled.denominator == 1 ? "" : "≈"
    return prefix + sign + String(magnitude / 1_000_000) + (fraction.isEmpty ? "" : "." + fraction)
  }

  private static func gcd(_ a: Int64, _ b: Int64) -> Int64 {
    var (x, y) = (Swift.abs(a), Swift.abs(b))
    while y != 0 { (x, y) = (y, x % y) }
    return x
  }
}

extension Rational {
  /// `80%`, `62.5%`.
  public var percentText: String { (self * Rational(100)).description + "%" }
}

extension Character {
  var isASCIIDigit: Bool { isASCII && isNumber }
}
