/// An integer of any size, for the rare `Rational` whose terms outgrow `Int64`: sign and magnitude, the
/// magnitude in base-2³² limbs, least significant first, with no leading zero limb (zero has none).
///
/// It exists so that exact arithmetic cannot overflow: `Rational` computes in `Int64` and moves here only
/// when a product or a sum reports an overflow. Only what `Rational` needs is here: sums, products,
/// truncating division, the greatest common divisor, comparison and decimal digits. Every operation is
/// total except division by zero, which `Rational` never asks for.
struct BigInt: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// True for a value below zero; false for zero.
  private(set) var negative: Bool
  /// Base-2³² limbs, least significant first, no leading zero limb.
  private(set) var magnitude: [UInt32]

  init(_ value: Int64) {
    negative = value < 0
    magnitude = BigInt.limbs(value.magnitude)
  }

  init(_ value: UInt64) {
    negative = false
    magnitude = BigInt.limbs(value)
  }

  private init(negative: Bool, magnitude: [UInt32]) {
    var limbs = magnitude
    while limbs.last == 0 { limbs.removeLast() }
    self.magnitude = limbs
    self.negative = limbs.isEmpty ? false : negative
  }

  static let zero = BigInt(Int64(0))
  static let one = BigInt(Int64(1))

  var isZero: Bool { magnitude.isEmpty }

  /// The value as `Int64` when it fits.
  var int64: Int64? {
    guard let m = magnitudeUInt64 else { return nil }
    if !negative { return m <= UInt64(Int64.max) ? Int64(m) : nil }
    if m <= UInt64(Int64.max) { return -Int64(m) }
    return m == UInt64(Int64.max) + 1 ? Int64.min : nil
  }

  /// The magnitude as `UInt64` when it fits.
  var magnitudeUInt64: UInt64? {
    switch magnitude.count {
    case 0: 0
    case 1: UInt64(magnitude[0])
    case 2: UInt64(magnitude[0]) | UInt64(magnitude[1]) << 32
    default: nil
    }
  }

  var absolute: BigInt { BigInt(negative: false, magnitude: magnitude) }

  static prefix func - (a: BigInt) -> BigInt { BigInt(negative: !a.negative, magnitude: a.magnitude) }

  static func + (a: BigInt, b: BigInt) -> BigInt {
    if a.negative == b.negative { return BigInt(negative: a.negative, magnitude: add(a.magnitude, b.magnitude)) }
    if compare(a.magnitude, b.magnitude) >= 0 {
      return BigInt(negative: a.negative, magnitude: subtract(a.magnitude, b.magnitude))
    }
    return BigInt(negative: b.negative, magnitude: subtract(b.magnitude, a.magnitude))
  }

  static func - (a: BigInt, b: BigInt) -> BigInt { a + -b }

  static func * (a: BigInt, b: BigInt) -> BigInt {
    BigInt(negative: a.negative != b.negative, magnitude: multiply(a.magnitude, b.magnitude))
  }

  /// Truncating division, as `Int`'s `/` and `%`: the quotient rounds toward zero and the remainder takes
  /// the dividend's sign. A zero divisor is a programming error.
  func quotientAndRemainder(dividingBy divisor: BigInt) -> (quotient: BigInt, remainder: BigInt) {
    precondition(!divisor.isZero, "BigInt division by zero")
    let (q, r) = BigInt.divide(magnitude, by: divisor.magnitude)
    return (BigInt(negative: negative != divisor.negative, magnitude: q), BigInt(negative: negative, magnitude: r))
  }

  /// The greatest common divisor of the magnitudes (0 when both are 0).
  static func gcd(_ a: BigInt, _ b: BigInt) -> BigInt {
    var (x, y) = (a.absolute, b.absolute)
    while !y.isZero {
      if let small = x.magnitudeUInt64, let other = y.magnitudeUInt64 {
        var (p, q) = (small, other)
        while q != 0 { (p, q) = (q, p % q) }
        return BigInt(p)
      }
      (x, y) = (y, x.quotientAndRemainder(dividingBy: y).remainder)
    }
    return x
  }

  static func < (a: BigInt, b: BigInt) -> Bool {
    if a.negative != b.negative { return a.negative }
    let order = compare(a.magnitude, b.magnitude)
    return a.negative ? order > 0 : order < 0
  }

  /// Decimal digits, with a leading `-` below zero.
  var description: String {
    if isZero { return "0" }
    var chunks: [UInt32] = []
    var rest = magnitude
    while !rest.isEmpty {
      let (q, r) = BigInt.divide(rest, byLimb: 1_000_000_000)
      chunks.append(r)
      rest = q
    }
    var text = negative ? "-" : ""
    text += String(chunks[chunks.count - 1])
    for chunk in chunks.dropLast().reversed() {
      let digits = String(chunk)
      text += String(repeating: "0", count: Swift.max(0, 9 - digits.count)) + digits
    }
    return text
  }

  // MARK: - Magnitudes

  private static func limbs(_ value: UInt64) -> [UInt32] {
    if value == 0 { return [] }
    let low = UInt32(truncatingIfNeeded: value), high = UInt32(truncatingIfNeeded: value >> 32)
    return high == 0 ? [low] : [low, high]
  }

  /// -1, 0 or 1 as `a` is less than, equal to or greater than `b`.
  private static func compare(_ a: [UInt32], _ b: [UInt32]) -> Int {
    if a.count != b.count { return a.count < b.count ? -1 : 1 }
    var index = a.count - 1
    while index >= 0 {
      if a[index] != b[index] { return a[index] < b[index] ? -1 : 1 }
      index -= 1
    }
    return 0
  }

  private static func add(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
    let (long, short) = a.count >= b.count ? (a, b) : (b, a)
    var result: [UInt32] = []
    result.reserveCapacity(long.count + 1)
    var carry: UInt64 = 0
    for index in 0..<long.count {
      let sum = UInt64(long[index]) + (index < short.count ? UInt64(short[index]) : 0) + carry
      result.append(UInt32(truncatingIfNeeded: sum))
      carry = sum >> 32
    }
    if carry != 0 { result.append(UInt32(carry)) }
    return result
  }

  /// `a − b` for `a ≥ b`.
  private static func subtract(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
    var result: [UInt32] = []
    result.reserveCapacity(a.count)
    var borrow: UInt64 = 0
    for index in 0..<a.count {
      let subtrahend = (index < b.count ? UInt64(b[index]) : 0) + borrow
      let minuend = UInt64(a[index])
      if minuend >= subtrahend {
        result.append(UInt32(minuend - subtrahend))
        borrow = 0
      } else {
        result.append(UInt32(minuend + (1 << 32) - subtrahend))
        borrow = 1
      }
    }
    while result.last == 0 { result.removeLast() }
    return result
  }

  private static func multiply(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
    if a.isEmpty || b.isEmpty { return [] }
    var result = [UInt32](repeating: 0, count: a.count + b.count)
    for i in 0..<a.count {
      var carry: UInt64 = 0
      let x = UInt64(a[i])
      for j in 0..<b.count {
        // x × y + result + carry < 2⁶⁴: (2³² − 1)² + 2 × (2³² − 1) = 2⁶⁴ − 1.
        let t = x * UInt64(b[j]) + UInt64(result[i + j]) + carry
        result[i + j] = UInt32(truncatingIfNeeded: t)
        carry = t >> 32
      }
      var k = i + b.count
      while carry != 0 {
        let t = UInt64(result[k]) + carry
        result[k] = UInt32(truncatingIfNeeded: t)
        carry = t >> 32
        k += 1
      }
    }
    while result.last == 0 { result.removeLast() }
    return result
  }

  /// Division by one nonzero limb.
  private static func divide(_ a: [UInt32], byLimb divisor: UInt32) -> (quotient: [UInt32], remainder: UInt32) {
    var quotient = [UInt32](repeating: 0, count: a.count)
    var remainder: UInt64 = 0
    let d = UInt64(divisor)
    var index = a.count - 1
    while index >= 0 {
      let current = remainder << 32 | UInt64(a[index])
      quotient[index] = UInt32(truncatingIfNeeded: current / d)
      remainder = current % d
      index -= 1
    }
    while quotient.last == 0 { quotient.removeLast() }
    return (quotient, UInt32(truncatingIfNeeded: remainder))
  }

  /// Long division of magnitudes, bit by bit for a divisor of several limbs (values here are a few limbs
  /// long, so the simple method is fast enough and easy to trust).
  private static func divide(_ a: [UInt32], by b: [UInt32]) -> (quotient: [UInt32], remainder: [UInt32]) {
    if compare(a, b) < 0 { return ([], a) }
    if b.count == 1 {
      let (q, r) = divide(a, byLimb: b[0])
      return (q, r == 0 ? [] : [r])
    }
    var quotient = [UInt32](repeating: 0, count: a.count)
    var remainder: [UInt32] = []
    var bit = a.count * 32 - 1
    while bit >= 0 {
      // remainder = remainder × 2 + the dividend's next bit
      var carry = (a[bit / 32] >> UInt32(bit % 32)) & 1
      for index in 0..<remainder.count {
        let limb = remainder[index]
        remainder[index] = limb << 1 | carry
        carry = limb >> 31
      }
      if carry != 0 { remainder.append(carry) }
      if compare(remainder, b) >= 0 {
        remainder = subtract(remainder, b)
        quotient[bit / 32] |= 1 << UInt32(bit % 32)
      }
      bit -= 1
    }
    while quotient.last == 0 { quotient.removeLast() }
    return (quotient, remainder)
  }
}
