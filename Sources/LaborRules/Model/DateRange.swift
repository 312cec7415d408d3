/// An inclusive range of calendar days: `from` and `through` both belong to it.
public struct DateRange: Sendable, Hashable, CustomStringConvertible {
  public let from: CivilDate
  public let through: CivilDate

  /// `nil` when `through` is before `from`.
  public init?(from: CivilDate, through: CivilDate) {
    guard from <= through else { return nil }
    (self.from, self.through) = (from, through)
  }

  /// The calendar month a day falls in.
  public init(month day: CivilDate) { (from, through) = (day.firstOfMonth, day.lastOfMonth) }

  /// The number of days, both ends counted.
  public var days: Int { through.dayNumber - from.dayNumber + 1 }

  public func intersection(_ other: DateRange) -> DateRange? {
    DateRange(from: Swift.max(from, other.from), through: Swift.min(through, other.through))
  }

  /// Cuts the range before each of `boundaries` (each boundary starts a new piece). The pieces tile the range
  /// in order; boundaries outside it or on its first day are ignored.
  public func split(at boundaries: some Sequence<CivilDate>) -> [DateRange] {
    let cuts = boundaries.filter { $0 > from && $0 <= through }.sorted()
    var pieces: [DateRange] = []
    var start = from
    for cut in cuts where cut > start {
      // Every cut taken is after `start` (sorted, repeats skipped, after `from`), so the piece before it is never
      // empty.
      if let piece = DateRange(from: start, through: cut.adding(days: -1)) { pieces.append(piece) }
      start = cut
    }
    pieces.append(DateRange(uncheckedFrom: start, through: through))
    return pieces
  }

  /// `from ≤ through`, which the caller has established.
  private init(uncheckedFrom from: CivilDate, through: CivilDate) { (self.from, self.through) = (from, through) }

  /// The first day of every calendar month after the first one the range touches.
  public var monthStarts: [CivilDate] {
    var starts: [CivilDate] = []
    var next = from.lastOfMonth.adding(days: 1)
    // `next.day == 1` stops at 9999-12-31, where adding a day saturates.
    while next <= through, next.day == 1 {
      starts.append(next)
      next = next.lastOfMonth.adding(days: 1)
    }
    return starts
  }

  /// Days from Monday to Friday: the paid days of 劳社部发〔2008〕3号 outside the weekly rest days.
  public var weekdays: Int {
    let (weeks, rest) = (days / 7, days % 7)
    var count = weeks * 5
    let first = from.weekday
    for offset in 0..<rest where (first - 1 + offset) % 7 < 5 { count += 1 }
    return count
  }

  public var description: String { from == through ? "\(from)" : "\(from) … \(through)" }
}
