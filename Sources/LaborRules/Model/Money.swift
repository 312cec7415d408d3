/// An amount of renminbi, held exactly as integer fen (分). There is no `Double` anywhere money flows.
///
/// ```swift
/// try Money(parsing: "6000")      // 6000.00
/// try Money(parsing: "6000.5")    // 6000.50
/// try Money(parsing: "6000.005")  // throws: at most two decimals
/// ```
public struct Money: Sendable, Hashable, Comparable, CustomStringConvertible {
  public let fen: Int64

  /// Any amount of fen, for amounts the caller has bounded: input goes through `init(parsing:)` (or a scenario's
  /// decoding), which holds it to 0 … `maximumInput`. Facts built with amounts far outside that domain (near
  /// ±`Int64.max` fen) can make the sums of the packs overflow, which traps as integer overflow does.
  public init(fen: Int64) { self.fen = fen }
  /// For amounts written in the rule packs (`Money(yuan: 150)`): no input reaches it, so beyond
  /// ±92,233,720,368,547,758 yuan it traps as integer overflow does. Input goes through `init(parsing:)`.
  public init(yuan: Int64) { self.fen = yuan * 100 }

  public static let zero = Money(fen: 0)

  /// The largest amount input may state: 999,999,999,999.99 yuan (12 digits before the point).
  public static let maximumInput = Money(fen: 99_999_999_999_999)

  /// Reads `"6000"`, `"6000.5"` or `"6000.00"`: ASCII digits, at most 12 before the point and two after, no
  /// sign, no grouping; so 0 … 999,999,999,999.99 yuan.
  public init(parsing text: String) throws(ValueError) {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), let whole = parts.first, (1...12).contains(whole.utf8.count),
      whole.allSatisfy(\.isASCIIDigit), let yuan = Int64(whole)
    else {
      throw ValueError(
        "“\(text.clipped)”不是金额；请写成 \"6000\" 或 \"6000.50\"（元，不带符号和千位分隔符，整数部分至多 12 位）",
        en: "'\(text.clipped)' is not an amount of yuan such as \"6000\" or \"6000.50\" (no sign, no grouping, at most "
          + "12 digits before the point)")
    }
    var fen = yuan * 100
    if parts.count == 2 {
      let decimals = parts[1]
      guard (1...2).contains(decimals.utf8.count), decimals.allSatisfy(\.isASCIIDigit),
        let cents = Int64(decimals.utf8.count == 1 ? decimals + "0" : String(decimals))
      else {
        throw ValueError(
          "“\(text.clipped)”的小数超过两位或格式不对；金额以分为最小单位",
          en: "'\(text.clipped)' has more than two decimals or a malformed fraction; money is counted in fen")
      }
      fen += cents
    }
    self.fen = fen
  }

  /// The exact value in fen, for arithmetic before rounding.
  public var exact: Rational { Rational(fen) }

  /// Sums and differences of amounts; beyond ±92,233,720,368,547,758.07 yuan they trap as integer overflow
  /// does. Every amount input can state is at most `maximumInput`, and the engine adds line items with the
  /// checked `Money.sum(_:)`, so no input reaches that limit.
  public static func + (a: Money, b: Money) -> Money { Money(fen: a.fen + b.fen) }
  public static func - (a: Money, b: Money) -> Money { Money(fen: a.fen - b.fen) }
  public static func < (a: Money, b: Money) -> Bool { a.fen < b.fen }

  /// The sum of amounts, checked: `notCovered` naming the reason when it does not fit in `Int64` fen.
  public static func sum(_ amounts: some Sequence<Money>) throws(EvaluationError) -> Money {
    var total: Int64 = 0
    for amount in amounts {
      let (sum, overflow) = total.addingReportingOverflow(amount.fen)
      guard !overflow, sum != .min else { throw .notCovered(Money.beyondRange) }
      total = sum
    }
    return Money(fen: total)
  }

  static let beyondRange = Localized(
    "金额合计超出可表示的范围（至多 92,233,720,368,547,758.07 元）；请检查事实中的金额与小时数",
    en: "the amounts add up to more than can be represented (at most 92,233,720,368,547,758.07 yuan); check the "
      + "amounts and hours in the facts")

  /// `"9680.00"`: yuan with exactly two decimals, no grouping (the JSON form).
  public var description: String {
    let magnitude = fen.magnitude
    let cents = magnitude % 100
    return (fen < 0 ? "-" : "") + String(magnitude / 100) + "." + (cents < 10 ? "0" : "") + String(cents)
  }

  /// `"9,680.00"`: grouped for people.
  public var grouped: String {
    var whole = fen.magnitude / 100
    var groups: [String] = []
    repeat {
      let group = String(whole % 1000)
      whole /= 1000
      groups.append(whole > 0 ? String(repeating: "0", count: Swift.max(0, 3 - group.count)) + group : group)
    } while whole > 0
    let cents = fen.magnitude % 100
    return (fen < 0 ? "-" : "") + groups.reversed().joined(separator: ",") + (cents < 10 ? ".0" : ".") + String(cents)
  }
}

extension Rational {
  /// Rounds an exact amount of fen to `Money` with the given rule; `notCovered`, naming the amount, when it
  /// does not fit in `Int64` fen (only absurd facts get there: the engine's amounts are exact at any size).
  public func money(_ rule: RoundingRule) throws(EvaluationError) -> Money {
    do { return Money(fen: try rounded(rule)) } catch {
      throw .notCovered(
        Localized(
          "金额 \(yuanDescription.clipped) 元超出可表示的范围（至多 92,233,720,368,547,758.07 元）；请检查事实中的金额与小时数",
          en: "an amount of \(yuanDescription.clipped) yuan is beyond what can be represented (at most "
            + "92,233,720,368,547,758.07 yuan); check the amounts and hours in the facts"))
    }
  }

  /// An exact amount of fen shown as yuan, e.g. `248387.0967…` → `"2483.870967"`.
  public var yuanDescription: String { (self / Rational(100)).description }
}

extension Money: Codable {
  /// Money is a JSON string: a JSON number is refused, because a float cannot carry fen exactly.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    guard let text = try? container.decode(String.self) else {
      throw FieldError(
        decoder,
        Localized(
          "金额须写成 JSON 字符串，如 \"6000.00\"，不能是数字（浮点数无法精确表示分）",
          en: "money must be a JSON string such as \"6000.00\", not a number (a float cannot carry fen exactly)"))
    }
    do { self = try Money(parsing: text) } catch { throw FieldError(decoder, error.reason) }
  }
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
