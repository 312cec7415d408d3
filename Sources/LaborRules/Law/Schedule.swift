/// A parameter whose value changes over time: a minimum wage, an allowance, an article number.
///
/// Like OpenFisca's `values:`, each value has its own citation; unlike OpenFisca, a day outside the
/// declared values is an error, never a default of 0.
///
/// ```swift
/// try schedule.lookup(on: CivilDate("2025-03-01"))   // Found(value: 2500.00, citation: 粤府函〔2025〕23号 …)
/// try schedule.lookup(on: CivilDate("2009-01-01"))   // throws notCovered("…outside … (2010-05-01 … open)")
/// ```
public struct Schedule<Value: Sendable>: Sendable {
  /// What a look-up returns: the value, its citation and its entry (for dates and caveats).
  public struct Found: Sendable {
    public let value: Value
    public let citation: Citation
    public let entry: Dated<Value>
  }

  /// A stable name, e.g. `minimum-wage.440100`.
  public let name: String
  /// Values in date order.
  public let entries: [Dated<Value>]
  /// Each entry's first day, for the binary search of a look-up.
  private let starts: [CivilDate]

  public init(_ name: String, _ entries: [Dated<Value>]) {
    precondition(!entries.isEmpty, "schedule \(name) has no values")
    self.name = name
    self.entries = entries.sorted { $0.from < $1.from }
    starts = self.entries.map { $0.from }
  }

  /// The first day of the first entry and the last day of the last (`nil` while open).
  public var coverage: (from: CivilDate, through: CivilDate?) {
    (entries.first?.from ?? CivilDate(dayNumber: 0), entries.last.flatMap(\.through))
  }

  public func lookup(on date: CivilDate) throws(EvaluationError) -> Found {
    let index = firstIndex(after: date) - 1
    guard index >= 0, entries[index].contains(date) else {
      let (from, through) = coverage
      throw .notCovered(
        Localized(
          "\(name)：\(date) 不在规则包的覆盖范围内（\(from) 至 \(through.map(\.description) ?? "今")）",
          en: "\(name): \(date) is outside the rule packs' coverage (\(from) … \(through.map(\.description) ?? "open"))"
        ))
    }
    let entry = entries[index]
    switch entry.content {
    case .known(let value, let citation): return Found(value: value, citation: citation, entry: entry)
    case .unknown(let reason):
      throw .notCovered(Localized("\(name) 在 \(date)：\(reason.zh)", en: "\(name) on \(date): \(reason.en)"))
    }
  }

  /// The latest known value whose entry begins on or before `date`, skipping the windows the packs do not hold (the
  /// last figure published before a gap); `nil` when there is none.
  public func latestKnown(onOrBefore date: CivilDate) -> Found? {
    for entry in entries[..<firstIndex(after: date)].reversed() {
      if case .known(let value, let citation) = entry.content {
        return Found(value: value, citation: citation, entry: entry)
      }
    }
    return nil
  }

  /// The days inside `range` on which a new value takes effect.
  public func changes(within range: DateRange) -> [CivilDate] {
    // Entries are in date order and do not overlap: only those starting up to the range's last day can change
    // a value inside it, and only the one in force on its first day or later ones can end inside it.
    var days: [CivilDate] = []
    for index in Swift.max(firstIndex(after: range.from) - 1, 0)..<firstIndex(after: range.through) {
      let entry = entries[index]
      if entry.from > range.from { days.append(entry.from) }
      if let through = entry.through, through >= range.from, through < range.through {
        days.append(through.adding(days: 1))
      }
    }
    return days
  }

  /// The index of the first entry that starts after `date` (binary search; entries are in date order).
  private func firstIndex(after date: CivilDate) -> Int {
    var (low, high) = (0, starts.count)
    while low < high {
      let middle = (low + high) / 2
      if starts[middle] <= date { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// Problems with the declared ranges: overlaps, gaps, an open entry that is not last.
  public var coverageProblems: [String] {
    var problems: [String] = []
    for (entry, next) in zip(entries, entries.dropFirst()) {
      guard let through = entry.through else {
        problems.append("\(name): the entry from \(entry.from) is open-ended but \(next.from) follows"); continue
      }
      if through < entry.from { problems.append("\(name): entry \(entry.from) ends before it starts (\(through))") }
      let expected = through.adding(days: 1)
      if next.from < expected { problems.append("\(name): \(next.from) overlaps the entry ending \(through)") }
      if next.from > expected { problems.append("\(name): gap from \(expected) to \(next.from.adding(days: -1))") }
    }
    return problems
  }
}
