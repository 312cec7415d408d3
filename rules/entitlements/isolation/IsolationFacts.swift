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

    /// The category's name in Chinese prose.
    public var name: Localized {
      switch self {
      case .confirmed: Localized("确诊患者", en: "confirmed case")
      case .suspected: Localized("疑似病人", en: "suspected case")
      case .closeContact: Localized("密切接触者", en: "close contact")
      case .governmentIsolation: Localized("政府实施隔离措施", en: "isolated by a government measure")
      case .governmentMeasures: Localized("政府采取紧急措施（封控、停工停产等）", en: "kept from work by government measures")
      }
    }

    public init(from decoder: any Decoder) throws {
      let text = try decoder.singleValueContainer().decode(String.self)
      guard let category = Category(rawValue: text) else {
        let accepted = Category.allCases.map { "\($0.rawValue)（\($0.name.zh)）" }.joined(separator: "、")
        let acceptedEn = Category.allCases.map(\.rawValue).joined(separator: ", ")
        throw FieldError(
          decoder,
          Localized("“\(text)”不是隔离类别；可选：\(accepted)", en: "'\(text)' is not a category; choose one of \(acceptedEn)"))
      }
      self = category
    }
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
  /// Under government measures: the workplace kept operating and only the worker was kept from it (the
  /// Guangdong notice's item 2 then applies); false or absent: the workplace stopped (the stoppage rules).
  public var workplaceOperating: Bool
  /// Full-time (default); part-time facts are refused until a rule for them is encoded.
  public var employment: Employment
  public var paid: Money?

  public init(
    category: Category, monthlyWage: Money, start: CivilDate, end: CivilDate,
    remoteWork: RemoteWork? = nil, leaveArranged: Bool = false, workplaceOperating: Bool = false,
    employment: Employment = .fullTime, paid: Money? = nil
  ) {
    (self.category, self.monthlyWage, self.start, self.end, self.remoteWork, self.leaveArranged) =
      (category, monthlyWage, start, end, remoteWork, leaveArranged)
    (self.workplaceOperating, self.employment, self.paid) = (workplaceOperating, employment, paid)
  }

  var normalHoursWage: Money? { monthlyWage }
  var payCycleDays: Int? { nil }
  var work: [WorkArrangement] { [] }
  var livingAllowanceRate: Rational? { nil }

  /// The isolation's days; the wage positive; remote work and leave only under government measures.
  public func claimPeriod() throws(EvaluationError) -> DateRange {
    let period = try DateRange.claim(start, end)
    try monthlyWage.requirePositive("facts.monthlyWage")
    try employment.requireFullTime()
    if category != .governmentMeasures, remoteWork != nil || leaveArranged || workplaceOperating {
      let field = remoteWork != nil ? "remoteWork" : leaveArranged ? "leaveArranged" : "workplaceOperating"
      throw .badInput(
        field: "facts.\(field)",
        reason: Localized(
          "只适用于隔离类别“政府采取紧急措施”（government-measures）；\(category.name.zh)隔离期间不安排工作",
          en: "applies only to category government-measures; a worker in \(category.rawValue) isolation is not "
            + "assigned work"))
    }
    if remoteWork != nil, leaveArranged {
      throw .badInput(
        field: "facts.remoteWork, facts.leaveArranged",
        reason: Localized(
          "同一期间不能既远程办公又休带薪假；请分成两段分别计算",
          en: "the same days cannot be both remote work and paid leave; split the period and evaluate each part"))
    }
    return period
  }

  private enum CodingKeys: String, CodingKey, CaseIterable {
    case category, monthlyWage, start, end, remoteWork, leaveArranged, workplaceOperating, employment, paid
  }
  public init(from decoder: any Decoder) throws {
    let c = try decoder.strictContainer(CodingKeys.self)
    category = try c.decode(Category.self, forKey: .category)
    monthlyWage = try c.decode(Money.self, forKey: .monthlyWage)
    start = try c.decode(CivilDate.self, forKey: .start)
    end = try c.decode(CivilDate.self, forKey: .end)
    remoteWork = try c.decodeIfPresent(RemoteWork.self, forKey: .remoteWork)
    leaveArranged = try c.decodeIfPresent(Bool.self, forKey: .leaveArranged) ?? false
    workplaceOperating = try c.decodeIfPresent(Bool.self, forKey: .workplaceOperating) ?? false
    employment = try c.decodeIfPresent(Employment.self, forKey: .employment) ?? .fullTime
    paid = try c.decodeIfPresent(Money.self, forKey: .paid)
  }
}
