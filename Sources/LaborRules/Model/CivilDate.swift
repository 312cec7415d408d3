/// A calendar date with no time and no time zone, as labour law counts days.
///
/// ```swift
/// let d = try CivilDate(parsing: "2025-02-10")
/// d.adding(days: 29)   // 2025-03-11
/// d.daysInMonth        // 28
/// ```
public struct CivilDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  public let year: Int
  public let month: Int
  public let day: Int

  public init?(year: Int, month: Int, day: Int) {
    guard (1900...2200).contains(year), (1...12).contains(month),
      (1...CivilDate.days(inMonth: month, year: year)).contains(day)
    else { return nil }
    (self.year, self.month, self.day) = (year, month, day)
  }

  /// For dates written into the rule packs; a typo traps at start-up and fails every test.
  public init(_ text: StaticString) {
    do { self = try CivilDate(parsing: "\(text)") } catch { preconditionFailure("bad date literal \(text)") }
  }

  /// Reads `YYYY-MM-DD`.
  public init(parsing text: String) throws(ValueError) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
      let date = CivilDate(year: Int(parts[0])!, month: Int(parts[1])!, day: Int(parts[2])!)
    else {
      throw ValueError(
        "“\(text)”不是有效日期；请写成 YYYY-MM-DD，如 2025-03-01",
        en: "'\(text)' is not a calendar date written YYYY-MM-DD, such as 2025-03-01")
    }
    self = date
  }

  /// Days since 1970-01-01 (the proleptic Gregorian day number).
  public var dayNumber: Int {
    let y = month <= 2 ? year - 1 : year
    let era = y / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  public init(dayNumber: Int) {
    let z = dayNumber + 719_468
    let era = z / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    (year, month, day) = (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }

  public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

  /// The same day one calendar month later, or the month's last day if it has no such day.
  public func addingMonth() -> CivilDate {
    let (y, m) = month == 12 ? (year + 1, 1) : (year, month + 1)
    return CivilDate(year: y, month: m, day: Swift.min(day, CivilDate.days(inMonth: m, year: y)))!
  }

  /// The same day `months` calendar months later, or that month's last day if it has no such day; `nil`
  /// beyond the supported years.
  public func adding(months: Int) -> CivilDate? {
    let index = year * 12 + (month - 1) + months
    let (y, m) = (index / 12, index % 12 + 1)
    guard (1900...2200).contains(y) else { return nil }
    return CivilDate(year: y, month: m, day: Swift.min(day, CivilDate.days(inMonth: m, year: y)))
  }

  public var daysInMonth: Int { CivilDate.days(inMonth: month, year: year) }
  public var firstOfMonth: CivilDate { CivilDate(year: year, month: month, day: 1)! }
  public var lastOfMonth: CivilDate { CivilDate(year: year, month: month, day: daysInMonth)! }
  /// 1 = Monday … 7 = Sunday.
  public var weekday: Int { ((dayNumber % 7) + 7 + 3) % 7 + 1 }

  public static func < (a: CivilDate, b: CivilDate) -> Bool { a.dayNumber < b.dayNumber }

  public var description: String {
    func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(year)-\(pad(month))-\(pad(day))"
  }

  static func days(inMonth month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}

extension CivilDate: Codable {
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    do { self = try CivilDate(parsing: container.decode(String.self)) } catch let error as ValueError {
      throw FieldError(decoder, error.reason)
    }
  }
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
