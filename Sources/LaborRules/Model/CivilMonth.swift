/// A calendar month, written `YYYY-MM`.
public struct CivilMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The month's first day.
  public let first: CivilDate
  public var year: Int { first.year }
  public var month: Int { first.month }

  /// Reads `YYYY-MM` (years 1900 … 2200).
  public init(parsing text: String) throws(ValueError) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
      parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }), let year = Int(parts[0]), let month = Int(parts[1]),
      let first = CivilDate(year: year, month: month, day: 1)
    else {
      throw ValueError(
        "“\(text.clipped)”不是有效月份；请写成 YYYY-MM（1900 至 2200 年），如 2025-10",
        en: "'\(text.clipped)' is not a month written YYYY-MM (1900 … 2200), such as 2025-10")
    }
    self.first = first
  }

  /// The month's days, first through last.
  public var days: DateRange { DateRange(month: first) }

  public static func < (a: CivilMonth, b: CivilMonth) -> Bool { a.first < b.first }

  public var description: String { "\(year)-\(month < 10 ? "0" : "")\(month)" }
}

extension CivilMonth: Codable {
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    do { self = try CivilMonth(parsing: container.decode(String.self)) } catch let error as ValueError {
      throw FieldError(decoder, error.reason)
    }
  }
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
