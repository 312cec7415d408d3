// Consistency checks that facts of several entitlements share.
import LaborRules

extension DateRange {
  /// The days from `start` through `end`; bad input naming `facts.end` when the end comes first.
  static func claim(_ start: CivilDate, _ end: CivilDate) throws(EvaluationError) -> DateRange {
    guard let range = DateRange(from: start, through: end) else {
      throw .badInput(
        field: "facts.end", reason: Localized("\(end) 早于开始日 \(start)", en: "\(end) is before the start \(start)"))
    }
    return range
  }
}

extension Money {
  /// Bad input naming the field unless the amount is more than zero.
  func requirePositive(_ field: String) throws(EvaluationError) {
    if fen <= 0 { throw .badInput(field: field, reason: Localized("须大于 0", en: "must be more than 0")) }
  }
}
