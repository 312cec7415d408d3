/// An amount of renminbi, held exactly as integer fen (分). There is no `Double` anywhere money flows.
///
/// ```swift
/// try Money(parsing: "6000")      // 6000.00
/// try Money(parsing: "6000.5")    // 6000.50
/// try Money(parsing: "6000.005")  // throws: at most two decimals
/// ```
public struct Money: Sendable, Hashable, Comparable, CustomStringConvertible {
  public let fen: Int64

  public init(fen: Int64) { self.fen = fen }
  public init(yuan: Int64) { self.fen = yuan * 100 }

  public static let zero = Money(fen: 0)

  /// Reads `"6000"`, `"6000.5"` or `"6000.00"`; at most two decimals, no sign, no grouping.
  public init(parsing text: String) throws(ValueError) {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), let whole = parts.first, (1...12).contains(whole.count),
      whole.allSatisfy(\.isASCIIDigit)
    else {
      throw ValueError(
        "“\(text)”不是金额；请写成 \"6000\" 或 \"6000.50\"（元，不带符号和千位分隔符）",
        en: "'\(text)' is not an amount of yuan such as \"6000\" or \"6000.50\" (no sign, no grouping)")
    }
    var fen = Int64(whole)! * 100
    if parts.count == 2 {
      let decimals = parts[1]
      guard (1...2).contains(decimals.count), decimals.allSatisfy(\.isASCIIDigit) else {
        throw ValueError(
          "“\(text)”的小数超过两位或格式不对；金额以分为最小单位",
          en: "'\(text)' has more than two decimals or a malformed fraction; money is counted in fen")
      }
      fen += Int64(decimals.count == 1 ? decimals + "0" : String(decimals))!
    }
    self.fen = fen
  }

  /// The exact value in fen, for arithmetic before rounding.
  public var exact: Rational { Rational(fen) }

  public static func + (a: Money, b: Money) -> Money { Money(fen: a.fen + b.fen) }
  public static func - (a: Money, b: Money) -> Money { Money(fen: a.fen - b.fen) }
  public static func < (a: Money, b: Money) -> Bool { a.fen < b.fen }

  /// `"9680.00"`: yuan with exactly two decimals, no grouping (the JSON form).
  public var description: String {
    let sign = fen < 0 ? "-" : ""
    let magnitude = Swift.abs(fen)
    let cents = magnitude % 100
    return sign + String(magnitude / 100) + "." + (cents < 10 ? "0" : "") + String(cents)
  }

  /// `"9,680.00"`: grouped for people.
  public var grouped: String {
    var whole = Swift.abs(fen) / 100
    var groups: [String] = []
    repeat {
      let group = String(whole % 1000)
      whole /= 1000
      groups.append(whole > 0 ? String(repeating: "0", count: 3 - group.count) + group : group)
    } while whole > 0
    let cents = Swift.abs(fen) % 100
    return (fen < 0 ? "-" : "") + groups.reversed().joined(separator: ",") + (cents < 10 ? ".0" : ".") + String(cents)
  }
}

extension Rational {
  /// Rounds an exact amount of fen to `Money` with the given rule.
  public func money(_ rule: RoundingRule) -> Money { Money(fen: rounded(rule)) }

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
