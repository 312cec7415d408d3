/// An exact fraction, always kept in lowest terms with a positive denominator.
///
/// Money is integer fen, and every intermediate product (a share of a wage, a proration by days) is a
/// `Rational` so that nothing is lost before the one declared rounding point.
///
/// The arithmetic cannot overflow, by construction: a fraction whose terms fit in `Int64` is computed in
/// `Int64` with overflow-reporting operations, and a sum, product or quotient that would not fit is computed
/// again with arbitrary-precision integers (so a 12-digit wage times a 17-decimal number of hours is still
/// exact). The only narrowing is to whole fen, and it is checked: `rounded(_:)` and `money(_:)` throw when the
/// result does not fit. Dividing by zero is a programming error (it traps, as `Int` does); no division in the
/// engine takes its divisor from input without checking it (`Formula.quotient` refuses a zero divisor).
///
/// ```swift
/// Rational(7, 10) * Rational(10, 7)   // 1
/// try Rational(parsing: "0.8")        // 4/5
/// ```
public struct Rational: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// In lowest terms with a positive denominator; `small` whenever both terms fit in `Int64` (and the
  /// numerator is not `Int64.min`, so that negating it cannot overflow), so equal values are equal storage.
  private enum Storage: Sendable, Hashable {
    case small(Int64, Int64)
    case big(BigInt, BigInt)
  }
  private let storage: Storage

  /// Builds a fraction in any terms; a zero denominator is a programming error.
  public init(_ numerator: Int64, _ denominator: Int64 = 1) {
    precondition(denominator != 0, "Rational with a zero denominator")
    if numerator != .min, denominator != .min {
      let sign: Int64 = denominator < 0 ? -1 : 1
      self.init(reducing: sign * numerator, sign * denominator)
    } else {
      self.init(BigInt(numerator), BigInt(denominator))
    }
  }

  /// `numerator / denominator` for a positive denominator and a numerator other than `Int64.min`.
  private init(reducing numerator: Int64, _ denominator: Int64) {
    let divisor = Int64(Rational.gcd(numerator.magnitude, denominator.magnitude))
    storage = divisor > 1 ? .small(numerator / divisor, denominator / divisor) : .small(numerator, denominator)
  }

  /// Any fraction of arbitrary-precision terms; a zero denominator is a programming error.
  private init(_ numerator: BigInt, _ denominator: BigInt) {
    precondition(!denominator.isZero, "Rational with a zero denominator")
    var (n, d) = denominator.negative ? (-numerator, -denominator) : (numerator, denominator)
    let divisor = BigInt.gcd(n, d)
    if divisor != .one, !divisor.isZero {
      (n, d) = (
        n.quotientAndRemainder(dividingBy: divisor).quotient, d.quotientAndRemainder(dividingBy: divisor).quotient
      )
    }
    if let small = n.int64, small != .min, let smallDenominator = d.int64 {
      storage = .small(small, smallDenominator)
    } else {
      storage = .big(n, d)
    }
  }

  private init(storage: Storage) { self.storage = storage }

  public static let zero = Rational(0)
  public static let one = Rational(1)

  /// A percentage: `.percent(80)` is 4/5.
  public static func percent(_ value: Int64) -> Rational { Rational(value, 100) }

  /// The numerator in lowest terms when it fits in `Int64` (see `isInt64Fraction`); otherwise `Int64.max` or
  /// `-Int64.max` by its sign. Use `description` for the exact value of any fraction.
  public var numerator: Int64 {
    switch storage {
    case .small(let n, _): n
    case .big(let n, _): n.int64.map { $0 == .min ? -.max : $0 } ?? (n.negative ? -.max : .max)
    }
  }

  /// The denominator in lowest terms when it fits in `Int64`; otherwise `Int64.max`.
  public var denominator: Int64 {
    switch storage {
    case .small(_, let d): d
    case .big(_, let d): d.int64 ?? .max
    }
  }

  /// True when `numerator` and `denominator` are the exact terms (both fit in `Int64`).
  public var isInt64Fraction: Bool {
    if case .small = storage { return true }
    return false
  }

  private var terms: (numerator: BigInt, denominator: BigInt) {
    switch storage {
    case .small(let n, let d): (BigInt(n), BigInt(d))
    case .big(let n, let d): (n, d)
    }
  }

  /// Parses a plain decimal such as `"0.8"`, `"2.5"` or `"21.75"` exactly: ASCII digits with at most one
  /// point, 18 characters at most (so up to 17 decimals), no sign, no exponent.
  public init(parsing text: String) throws(ValueError) {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty,
      whole.allSatisfy(\.isASCIIDigit), parts.count == 1 || (!parts[1].isEmpty && parts[1].allSatisfy(\.isASCIIDigit)),
      text.utf8.count <= 18
    else {
      throw ValueError(
        "“\(text.clipped)”不是小数，请写成 0.8 或 21.75 这样的形式（只用数字和一个小数点，最多 18 个字符）",
        en: "'\(text.clipped)' is not a decimal number such as 0.8 or 21.75 (digits and one point, at most 18 "
          + "characters)")
    }
    let fraction = parts.count == 2 ? String(parts[1]) : ""
    var scale: Int64 = 1
    for _ in fraction.utf8 { scale *= 10 }
    // At most 18 ASCII digits: below 10¹⁸ < Int64.max, so this always reads.
    guard let digits = Int64(whole + fraction) else {
      throw ValueError("“\(text.clipped)”超出可读取的范围", en: "'\(text.clipped)' is out of range")
    }
    self.init(digits, scale)
  }

  public static func + (a: Rational, b: Rational) -> Rational {
    if case .small(let an, let ad) = a.storage, case .small(let bn, let bd) = b.storage {
      if ad == bd {
        let (n, overflow) = an.addingReportingOverflow(bn)
        if !overflow, n != .min { return Rational(reducing: n, ad) }
      } else {
        let (x, o1) = an.multipliedReportingOverflow(by: bd)
        let (y, o2) = bn.multipliedReportingOverflow(by: ad)
        let (n, o3) = x.addingReportingOverflow(y)
        let (d, o4) = ad.multipliedReportingOverflow(by: bd)
        if !(o1 || o2 || o3 || o4), n != .min { return Rational(reducing: n, d) }
      }
    }
    let (x, y) = (a.terms, b.terms)
    return Rational(x.numerator * y.denominator + y.numerator * x.denominator, x.denominator * y.denominator)
  }

  public static func - (a: Rational, b: Rational) -> Rational { a + -b }

  public static prefix func - (a: Rational) -> Rational {
    switch a.storage {
    case .small(let n, let d): Rational(storage: .small(-n, d))
    case .big(let n, let d): Rational(-n, d)
    }
  }

  public static func * (a: Rational, b: Rational) -> Rational {
    if case .small(let an, let ad) = a.storage, case .small(let bn, let bd) = b.storage {
      let g1 = Int64(Swift.max(gcd(an.magnitude, bd.magnitude), 1))
      let g2 = Int64(Swift.max(gcd(bn.magnitude, ad.magnitude), 1))
      let (n, o1) = (an / g1).multipliedReportingOverflow(by: bn / g2)
      let (d, o2) = (ad / g2).multipliedReportingOverflow(by: bd / g1)
      // Cross-cancelled terms of two fractions in lowest terms are in lowest terms.
      if !(o1 || o2), n != .min { return Rational(storage: .small(n, d)) }
    }
    let (x, y) = (a.terms, b.terms)
    return Rational(x.numerator * y.numerator, x.denominator * y.denominator)
  }

  /// Division; dividing by zero is a programming error (it traps).
  public static func / (a: Rational, b: Rational) -> Rational { a * b.reciprocal }

  private var reciprocal: Rational {
    switch storage {
    case .small(let n, let d):
      precondition(n != 0, "Rational division by zero")
      return Rational(storage: n < 0 ? .small(-d, -n) : .small(d, n))
    case .big(let n, let d):
      return Rational(d, n)
    }
  }

  public static func < (a: Rational, b: Rational) -> Bool {
    if case .small(let an, let ad) = a.storage, case .small(let bn, let bd) = b.storage {
      let left = an.multipliedFullWidth(by: bd), right = bn.multipliedFullWidth(by: ad)
      return left.high != right.high ? left.high < right.high : left.low < right.low
    }
    let (x, y) = (a.terms, b.terms)
    return x.numerator * y.denominator < y.numerator * x.denominator
  }

  /// Rounds to an integer with the given rule; throws when the result does not fit in `Int64`.
  public func rounded(_ rule: RoundingRule) throws(ValueError) -> Int64 {
    guard let value = roundedExactly(rule).int64, value != .min else {
      throw ValueError(
        "\(description) 超出可表示的范围（绝对值至多 \(Int64.max)）",
        en: "\(description) is beyond the representable range (magnitude at most \(Int64.max))")
    }
    return value
  }

  /// Rounds to an integer of any size with the given rule.
  private func roundedExactly(_ rule: RoundingRule) -> BigInt {
    let (n, d) = terms
    let (q, r) = n.quotientAndRemainder(dividingBy: d)
    if r.isZero { return q }
    let twice = r.absolute + r.absolute
    let away = n.negative ? BigInt(Int64(-1)) : BigInt.one
    switch rule {
    case .halfUp:
      return twice < d ? q : q + away
    case .halfEven:
      if twice == d {
        let (_, parity) = q.quotientAndRemainder(dividingBy: BigInt(Int64(2)))
        return parity.isZero ? q : q + away
      }
      return twice < d ? q : q + away
    }
  }

  /// A short decimal rendering: exact when the expansion terminates within 6 places, else `≈` and 6 places.
  public var description: String {
    if case .small(let n, let d) = storage {
      if d == 1 { return String(n) }
      let (scaledNumerator, overflow) = n.multipliedReportingOverflow(by: 1_000_000)
      if !overflow, scaledNumerator != .min {
        let scaled = Rational(reducing: scaledNumerator, d)
        guard case .small(let sn, let sd) = scaled.storage else { return "" }
        let q = sn / sd, r = sn % sd
        let digits = r == 0 || 2 * r.magnitude < UInt64(sd) ? q : q + (sn < 0 ? -1 : 1)
        var fraction = String(digits.magnitude % 1_000_000)
        fraction = String(repeating: "0", count: Swift.max(0, 6 - fraction.count)) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return (sd == 1 ? "" : "≈") + (digits < 0 ? "-" : "") + String(digits.magnitude / 1_000_000)
          + (fraction.isEmpty ? "" : "." + fraction)
      }
    }
    let (n, d) = terms
    if d == .one { return n.description }
    let million = BigInt(Int64(1_000_000))
    let scaled = Rational(n * million, d)
    let digits = scaled.roundedExactly(.halfUp)
    let (whole, fractionPart) = digits.absolute.quotientAndRemainder(dividingBy: million)
    var fraction = fractionPart.description
    fraction = String(repeating: "0", count: Swift.max(0, 6 - fraction.count)) + fraction
    while fraction.hasSuffix("0") { fraction.removeLast() }
    let prefix = scaled.terms.denominator == .one ? "" : "≈"
    let sign = digits.negative ? "-" : ""
    return prefix + sign + whole.description + (fraction.isEmpty ? "" : "." + fraction)
  }

  private static func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
    var (x, y) = (a, b)
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

extension String {
  /// The text as an error message quotes it: at most 40 characters, then `…`, so that a huge value cannot
  /// make a huge message.
  package var clipped: String { count <= 40 ? self : String(prefix(40)) + "…" }
}
