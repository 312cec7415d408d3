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

  public init(_ name: String, _ entries: [Dated<Value>]) {
    precondition(!entries.isEmpty, "schedule \(name) has no values")
    self.name = name
    self.entries = entries.sorted { $0.from < $1.from }
  }

  /// The first day of the first entry and the last day of the last (`nil` while open).
  public var coverage: (from: CivilDate, through: CivilDate?) {
    (entries.first?.from ?? CivilDate(dayNumber: 0), entries.last.flatMap(\.through))
  }

  public func lookup(on date: CivilDate) throws(EvaluationError) -> Found {
    guard let entry = entries.last(where: { $0.from <= date }), entry.contains(date) else {
      let (from, through) = coverage
      throw .notCovered(
        Localized(
          "\(name)：\(date) 不在规则包的覆盖范围内（\(from) 至 \(through.map(\.description) ?? "今")）",
          en: "\(name): \(date) is outside the rule packs' coverage (\(from) … \(through.map(\.description) ?? "open"))"
        ))
    }
    switch entry.content {
    case .known(let value, let citation): return Found(value: value, citation: citation, entry: entry)
    case .unknown(let reason):
      throw .notCovered(Localized("\(name) 在 \(date)：\(reason.zh)", en: "\(name) on \(date): \(reason.en)"))
    }
  }

  /// The days inside `range` on which a new value takes effect.
  public func changes(within range: DateRange) -> [CivilDate] {
    entries.map(\.from).filter { $0 > range.from && $0 <= range.through }
      + entries.compactMap { $0.through?.adding(days: 1) }.filter { $0 > range.from && $0 <= range.through }
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
