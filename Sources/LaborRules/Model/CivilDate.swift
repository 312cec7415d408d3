/// A calendar date with no time and no time zone, as labour law counts days.
///
/// ```swift
/// let d = try CivilDate(parsing: "2025-02-10")
/// d.adding(days: 29)   // 2025-03-11
/// d.daysInMonth        // 28
/// ```
///
/// Two domains, both total (no operation traps):
/// - Input (`init(parsing:)`, `init?(year:month:day:)`, `CivilMonth`) names years 1900 … 2200 only; anything
///   else is refused with a reason.
/// - Arithmetic (`adding(days:)`, `addingMonth()`, `firstOfMonth`, `init(dayNumber:)`, …) works on any day of
///   0001-01-01 … 9999-12-31 and saturates at those ends, so a claim that ends in December 2200 can still ask
///   for the next month.
public struct CivilDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  public let year: Int
  public let month: Int
  public let day: Int

  /// The years input may name.
  public static let inputYears = 1900...2200
  /// The years date arithmetic reaches; it saturates at their ends.
  public static let arithmeticYears = 1...9999

  /// A date input may name (years 1900 … 2200); `nil` for any other year, month or day.
  public init?(year: Int, month: Int, day: Int) {
    guard CivilDate.inputYears.contains(year), (1...12).contains(month),
      (1...CivilDate.days(inMonth: month, year: year)).contains(day)
    else { return nil }
    (self.year, self.month, self.day) = (year, month, day)
  }

  /// A day whose month and day are valid and whose year is in `arithmeticYears`; every caller checks.
  private init(checked year: Int, _ month: Int, _ day: Int) { (self.year, self.month, self.day) = (year, month, day) }

  /// For dates written into the rule packs (`CivilDate("2025-03-01")`). No input reaches it, so a typo
  /// traps at start-up and fails every test; input goes through `init(parsing:)`, which throws.
  public init(_ text: StaticString) {
    do { self = try CivilDate(parsing: text.description) } catch { preconditionFailure("bad date literal \(text)") }
  }

  /// Reads `YYYY-MM-DD` (years 1900 … 2200), saying what is wrong: the form, the month, the day of that
  /// month, or the year.
  public init(parsing text: String) throws(ValueError) {
    // The common case, read from the bytes; anything else takes the long way, which says what is wrong.
    if let (year, month, day) = CivilDate.fields(text.utf8), let date = CivilDate(year: year, month: month, day: day) {
      self = date
      return
    }
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].utf8.count == 4, parts[1].utf8.count == 2, parts[2].utf8.count == 2,
      parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }), let year = Int(parts[0]), let month = Int(parts[1]),
      let day = Int(parts[2])
    else {
      throw ValueError(
        "“\(text.clipped)”不是有效日期；请写成 YYYY-MM-DD，如 2025-03-01",
        en: "'\(text.clipped)' is not a calendar date written YYYY-MM-DD, such as 2025-03-01")
    }
    guard (1...12).contains(month) else {
      throw ValueError(
        "“\(text)”不是有效日期（YYYY-MM-DD）：没有 \(month) 月",
        en: "'\(text)' is not a calendar date written YYYY-MM-DD: there is no month \(month)")
    }
    let last = CivilDate.days(inMonth: month, year: year)
    guard (1...last).contains(day) else {
      throw ValueError(
        "“\(text)”不是有效日期（YYYY-MM-DD）：\(year) 年 \(month) 月只有 \(last) 天",
        en: "'\(text)' is not a calendar date written YYYY-MM-DD: month \(month) of \(year) has \(last) days")
    }
    guard CivilDate.inputYears.contains(year) else {
      throw ValueError(
        "“\(text)”的年份超出可接受的范围：日期须在 1900 至 2200 年之间（YYYY-MM-DD）",
        en: "'\(text)' is outside the years accepted: a date written YYYY-MM-DD from 1900 to 2200")
    }
    (self.year, self.month, self.day) = (year, month, day)
  }

  /// The numbers of exactly `YYYY-MM-DD` in ASCII digits; `nil` for any other text.
  private static func fields(_ utf8: String.UTF8View) -> (Int, Int, Int)? {
    guard utf8.count == 10 else { return nil }
    var (year, month, day) = (0, 0, 0)
    for (index, byte) in utf8.enumerated() {
      if index == 4 || index == 7 {
        guard byte == UInt8(ascii: "-") else { return nil }
        continue
      }
      guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
      let digit = Int(byte - UInt8(ascii: "0"))
      if index < 4 {
        year = year * 10 + digit
      } else if index < 7 {
        month = month * 10 + digit
      } else {
        day = day * 10 + digit
      }
    }
    return (year, month, day)
  }

  /// Days since 1970-01-01 (the proleptic Gregorian day number).
  public var dayNumber: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// The day numbers of 0001-01-01 and 9999-12-31.
  public static let dayNumbers = -719_162...2_932_896

  /// The day with this day number, saturating at 0001-01-01 and 9999-12-31.
  public init(dayNumber: Int) {
    let clamped = Swift.min(Swift.max(dayNumber, CivilDate.dayNumbers.lowerBound), CivilDate.dayNumbers.upperBound)
    let z = clamped + 719_468
    let era = z / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    (year, month, day) = (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }

  /// The day `days` later (earlier when negative), saturating at 0001-01-01 and 9999-12-31.
  public func adding(days: Int) -> CivilDate {
    let (sum, overflow) = dayNumber.addingReportingOverflow(days)
    return CivilDate(dayNumber: overflow ? (days < 0 ? Int.min : Int.max) : sum)
  }

  /// The same day one calendar month later, or the month's last day if it has no such day; 9999-12-31 at
  /// the end of the arithmetic years.
  public func addingMonth() -> CivilDate { adding(months: 1) ?? CivilDate(dayNumber: Int.max) }

  /// The same day `months` calendar months later, or that month's last day if it has no such day; `nil`
  /// beyond the arithmetic years (0001 … 9999).
  public func adding(months: Int) -> CivilDate? {
    let (scaled, o1) = year.multipliedReportingOverflow(by: 12)
    let (shifted, o2) = scaled.addingReportingOverflow(month - 1)
    let (index, o3) = shifted.addingReportingOverflow(months)
    guard !(o1 || o2 || o3) else { return nil }
    let (y, m) = (index / 12, index % 12 + 1)
    guard CivilDate.arithmeticYears.contains(y), (1...12).contains(m) else { return nil }
    return CivilDate(checked: y, m, Swift.min(day, CivilDate.days(inMonth: m, year: y)))
  }

  /// The last day of a period of `months` calendar months whose first day is this one (民法典 arts. 201–202: the
  /// period ends on the day before the day with this day's number `months` months on, or, where that month has
  /// no such day, on that month's last day). Three months from 2025-01-31 end on 2025-04-30, six months from
  /// 2020-08-31 on 2021-02-28, one month from 2025-03-01 on 2025-03-31; `nil` beyond the arithmetic years.
  /// Every pack that counts service or a period in months or years counts it with this.
  public func lastDayOfPeriod(months: Int) -> CivilDate? {
    guard let corresponding = adding(months: months) else { return nil }
    return corresponding.day == day ? corresponding.adding(days: -1) : corresponding
  }

  public var daysInMonth: Int { CivilDate.days(inMonth: month, year: year) }
  public var firstOfMonth: CivilDate { CivilDate(checked: year, month, 1) }
  public var lastOfMonth: CivilDate { CivilDate(checked: year, month, daysInMonth) }
  /// 1 = Monday … 7 = Sunday.
  public var weekday: Int { ((dayNumber % 7) + 7 + 3) % 7 + 1 }

  /// Earlier: by year, month and day (the same order as day numbers, without their divisions).
  public static func < (a: CivilDate, b: CivilDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

  public var description: String {
    func pad(_ n: Int, _ width: Int) -> String {
      let digits = String(n.magnitude)
      return (n < 0 ? "-" : "") + String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
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
