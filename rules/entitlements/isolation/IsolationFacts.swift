// The facts of `isolation` (shared/SCENARIOS.md): epidemic isolation and government measures.
import LaborRules

/// `isolation`: epidemic isolation and government measures. Under government measures without remote work or
/// leave the stoppage rules apply, so these facts are also a `StoppageClaim` (no shorter pay cycle, no work
/// arranged, the legal living-allowance floor).
public struct IsolationFacts: EntitlementFacts, Hashable, NormalWageFacts, StoppageClaim {
  public enum Category: String, Sendable, Hashable, Codable, CaseIterable {
    case confirmed, suspected
    case closeContact = "close-contact"
    /// The worker is isolated by a government measure.
    case governmentIsolation = "government-isolation"
    /// A lockdown or stoppage order keeps the worker from the workplace.
    case governmentMeasures = "government-measures"
  }

  /// Remote work during the measures; `agreedMonthlyWage` is nil when no wage for it was agreed.
  public struct RemoteWork: Sendable, Hashable, Codable {
    public var agreedMonthlyWage: Money?
    public init(agreedMonthlyWage: Money? = nil) { self.agreedMonthlyWage = agreedMonthlyWage }

    private enum CodingKeys: String, CodingKey, CaseIterable { case agreedMonthlyWage }
    public init(from decoder: any Decoder) throws {
      agreedMonthlyWage = try decoder.strictContainer(CodingKeys.self).decodeIfPresent(
        Money.self, forKey: .agreedMonthlyWage)
    }
  }

  public var category: Category
  public var monthlyWage: Money
  public var start: CivilDate
  public var end: CivilDate
  public var remoteWork: RemoteWork?
  /// True when paid leave was arranged by agreement for the period.
  public var leaveArranged: Bool
  public var paid: Money?

  public init(
    category: Category, monthlyWage: Money, start: CivilDate, end: CivilDate,
    remoteWork: RemoteWork? = nil, leaveArranged: Bool = false, paid: Money? = nil
  ) {
    (self.category, self.monthlyWage, self.start, self.end, self.remoteWork, self.leaveArranged, self.paid) =
      (category, monthlyWage, start, end, remoteWork, leaveArranged, paid)
  }

  var payCycleDays: Int? { nil }
  var work: [WorkArrangement] { [] }
  var livingAllowanceRate: Rational? { nil }

  /// The isolation's days; the wage positive; remote work and leave only under government measures.
  public func claimPeriod() throws(EvaluationError) -> DateRange {
    let period = try DateRange.claim(start, end)
    try monthlyWage.requirePositive("facts.monthlyWage")
    if category != .governmentMeasures, remoteWork != nil || leaveArranged {
      throw .badInput(
        field: remoteWork != nil ? "facts.remoteWork" : "facts.leaveArranged",
        reason: Localized(
          "只适用于隔离类别 government-measures（政府管控措施）；\(category.rawValue) 隔离期间不安排工作",
          en:
            "applies only to category government-measures; a worker in \(category.rawValue) isolation is not "
            + "assigned work"
        ))
    }
    return period
  }

  private enum CodingKeys: String, CodingKey, CaseIterable {
    case category, monthlyWage, start, end, remoteWork, leaveArranged, paid
  }
  public init(from decoder: any Decoder) throws {
    let c = try decoder.strictContainer(CodingKeys.self)
    category = try c.decode(Category.self, forKey: .category)
    monthlyWage = try c.decode(Money.self, forKey: .monthlyWage)
    start = try c.decode(CivilDate.self, forKey: .start)
    end = try c.decode(CivilDate.self, forKey: .end)
    remoteWork = try c.decodeIfPresent(RemoteWork.self, forKey: .remoteWork)
    leaveArranged = try c.decodeIfPresent(Bool.self, forKey: .leaveArranged) ?? false
    paid = try c.decodeIfPresent(Money.self, forKey: .paid)
  }
}
