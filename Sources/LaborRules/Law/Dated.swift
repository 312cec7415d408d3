/// One value of a schedule: in force on a range of days, with the citation that set it and the day its
/// source was last checked.
public struct Dated<Value: Sendable>: Sendable {
  public enum Content: Sendable {
    /// The value the cited source sets.
    case known(Value, Citation)
    /// The packs do not know the value for these days; a look-up throws `notCovered` with this reason.
    case unknown(reason: Localized)
  }

  public let from: CivilDate
  /// The last day in force; `nil` while no later change is known (then `checked` bounds our knowledge).
  public let through: CivilDate?
  public let content: Content
  /// The day the source was last checked.
  public let checked: CivilDate
  /// What about this value is not verified; each look-up then carries an `unverified-parameter` warning.
  public let unverified: Localized?

  public init(
    _ from: CivilDate, through: CivilDate?, _ value: Value, cites citation: Citation, checked: CivilDate,
    unverified: Localized? = nil
  ) {
    (self.from, self.through, self.content, self.checked, self.unverified) =
      (from, through, .known(value, citation), checked, unverified)
  }

  /// Days the packs cannot answer for, with the reason.
  public init(unknownFrom from: CivilDate, through: CivilDate, reason: Localized, checked: CivilDate) {
    (self.from, self.through, self.content, self.checked, self.unverified) =
      (from, through, .unknown(reason: reason), checked, nil)
  }

  public func contains(_ date: CivilDate) -> Bool { from <= date && through.map { date <= $0 } ?? true }
}
