// The facts of `high-temperature` (shared/SCENARIOS.md): the months claimed for, whether the worker was on heat
// work in each, absences and days of heat work where the allowance may be counted by days, and what was paid.
import LaborRules

/// `high-temperature`: 高温津贴, month by month.
public struct HighTemperatureFacts: EntitlementFacts, Hashable {
  /// Why a heat worker did not work in heat on some working days of a month: the cases of 粤人社发〔2012〕117号 in
  /// which the employer may count the allowance by days (rows 3.11 and 3.12 of the dossier).
  public enum AbsenceReason: String, Sendable, Hashable, Codable, CaseIterable {
    /// 事假 (case 1).
    case personalLeave = "personal-leave"
    /// 旷工 (case 1).
    case absenteeism
    /// 医疗期内的病假 (case 2).
    case sickLeave = "sick-leave"
    /// 因工伤需要暂停工作接受工伤医疗 (case 2).
    case workInjury = "work-injury"
    /// 年休假 (case 2).
    case annualLeave = "annual-leave"
    /// 探亲假 (case 2).
    case homeVisitLeave = "home-visit-leave"
    /// 婚假 (case 2).
    case marriageLeave = "marriage-leave"
    /// 丧假 (case 2).
    case bereavementLeave = "bereavement-leave"
    /// 产假 (case 2).
    case maternityLeave = "maternity-leave"
    /// 看护假 (case 2).
    case nursingLeave = "nursing-leave"
    /// 计划生育假 (case 2).
    case familyPlanningLeave = "family-planning-leave"
    /// 劳动者其他个人原因未出勤从事高温作业 (case 3).
    case otherPersonal = "other-personal"
    /// Temporarily on non-heat work: the full month up to 4 working days, by days from 5 (row 3.12).
    case temporaryNonHeatWork = "temporary-non-heat-work"

    /// The reason as the 计算书 names it.
    public var words: Localized {
      switch self {
      case .personalLeave: Localized("事假", en: "personal leave")
      case .absenteeism: Localized("旷工", en: "absenteeism")
      case .sickLeave: Localized("医疗期内病假", en: "sick leave within the medical period")
      case .workInjury: Localized("工伤医疗", en: "work-injury treatment")
      case .annualLeave: Localized("年休假", en: "annual leave")
      case .homeVisitLeave: Localized("探亲假", en: "home-visit leave")
      case .marriageLeave: Localized("婚假", en: "marriage leave")
      case .bereavementLeave: Localized("丧假", en: "bereavement leave")
      case .maternityLeave: Localized("产假", en: "maternity leave")
      case .nursingLeave: Localized("看护假", en: "nursing leave")
      case .familyPlanningLeave: Localized("计划生育假", en: "family-planning leave")
      case .otherPersonal: Localized("其他个人原因", en: "other personal reasons")
      case .temporaryNonHeatWork: Localized("临时从事非高温作业", en: "temporary non-heat work")
      }
    }
  }

  /// One month claimed for.
  public struct Month: Sendable, Hashable, Codable {
    public var month: CivilMonth
    /// The worker was on an open-air post, or in a workplace that could not be brought below 33°C, that month.
    public var exposed: Bool
    /// Working days the worker did not work in heat, for `absenceReason`.
    public var absentDays: Int?
    public var absenceReason: AbsenceReason?
    /// Days of heat work, for a worker only temporarily on such work or a part-time worker.
    public var heatDays: Int?
    /// What the employer paid as the allowance that month.
    public var paid: Money?
    /// Only drinks or goods were given: no cash counts as paid that month.
    public var paidInKindOnly: Bool
    /// The first and last day employed, for a worker who joined or left within the month.
    public var employedFrom: CivilDate?
    public var employedThrough: CivilDate?
    /// An `absenceReason` read from a file that names none of the cases: refused by `claimPeriod()`, so that
    /// the error names the field as every other bad value does.
    var unknownReason: String?

    public init(
      month: CivilMonth, exposed: Bool = true, absentDays: Int? = nil, absenceReason: AbsenceReason? = nil,
      heatDays: Int? = nil, paid: Money? = nil, paidInKindOnly: Bool = false
    ) {
      (self.month, self.exposed, self.absentDays, self.absenceReason) = (month, exposed, absentDays, absenceReason)
      (self.heatDays, self.paid, self.paidInKindOnly) = (heatDays, paid, paidInKindOnly)
    }

    /// What counts as paid for the month: nothing when only goods were given.
    public var paidInCash: Money? { paidInKindOnly ? .zero : paid }

    /// The days of the month employed: all of it unless the worker joined or left within it.
    var employed: DateRange? {
      DateRange(from: employedFrom ?? month.first, through: employedThrough ?? month.days.through)
    }
    /// Whether the worker joined or left within the month.
    var partOfMonth: Bool { employedFrom != nil || employedThrough != nil }

    private enum CodingKeys: String, CodingKey, CaseIterable {
      case month, exposed, absentDays, absenceReason, heatDays, paid, paidInKindOnly, employedFrom, employedThrough
    }
    public init(from decoder: any Decoder) throws {
      let c = try decoder.strictContainer(CodingKeys.self)
      month = try c.decode(CivilMonth.self, forKey: .month)
      exposed = try c.decode(Bool.self, forKey: .exposed)
      absentDays = try c.decodeIfPresent(Int.self, forKey: .absentDays)
      let reason = try c.decodeIfPresent(String.self, forKey: .absenceReason)
      absenceReason = reason.flatMap(AbsenceReason.init(rawValue:))
      unknownReason = absenceReason == nil ? reason : nil
      heatDays = try c.decodeIfPresent(Int.self, forKey: .heatDays)
      paid = try c.decodeIfPresent(Money.self, forKey: .paid)
      paidInKindOnly = try c.decodeIfPresent(Bool.self, forKey: .paidInKindOnly) ?? false
      employedFrom = try c.decodeIfPresent(CivilDate.self, forKey: .employedFrom)
      employedThrough = try c.decodeIfPresent(CivilDate.self, forKey: .employedThrough)
    }
    public func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(month, forKey: .month)
      try c.encode(exposed, forKey: .exposed)
      try c.encodeIfPresent(absentDays, forKey: .absentDays)
      try c.encodeIfPresent(absenceReason?.rawValue ?? unknownReason, forKey: .absenceReason)
      try c.encodeIfPresent(heatDays, forKey: .heatDays)
      try c.encodeIfPresent(paid, forKey: .paid)
      if paidInKindOnly { try c.encode(paidInKindOnly, forKey: .paidInKindOnly) }
      try c.encodeIfPresent(employedFrom, forKey: .employedFrom)
      try c.encodeIfPresent(employedThrough, forKey: .employedThrough)
    }
  }

  /// The months claimed for, in any order; a month between the first and the last that is not listed owes
  /// nothing and has no line item.
  public var months: [Month]
  /// Full-time (default) or part-time (非全日制): a part-time worker is owed the daily rate per day of heat work.
  public var employment: Employment

  public init(months: [Month], employment: Employment = .fullTime) {
    (self.months, self.employment) = (months, employment)
  }

  /// The sum of each month's `paid`, a month paid only in kind counting 0; `nil` when no month says.
  public var paid: Money? {
    let stated = months.filter { $0.paid != nil || $0.paidInKindOnly }
    guard !stated.isEmpty else { return nil }
    return stated.reduce(Money.zero) { $0 + ($1.paidInCash ?? .zero) }
  }

  /// The listed month a day falls in.
  func month(containing day: CivilDate) -> (index: Int, month: Month)? {
    months.enumerated().first { $0.element.month.first == day.firstOfMonth }.map { ($0.offset, $0.element) }
  }

  static func unknownReason(_ text: String) -> Localized {
    let list = AbsenceReason.allCases.map(\.rawValue).joined(separator: ", ")
    return Localized(
      "“\(text)”不是粤人社发〔2012〕117号所列可折算的情形；可用的值为 \(list)",
      en: "'\(text)' is none of the cases of 粤人社发〔2012〕117号 in which the allowance may be counted by days; "
        + "the accepted values are \(list)")
  }

  /// From the first day of the first month to the last day of the last; each month listed once, absences and
  /// days of heat work whole numbers that fit the month and agree with the month's other facts.
  public func claimPeriod() throws(EvaluationError) -> DateRange {
    guard let first = months.map(\.month).min(), let last = months.map(\.month).max(),
      let period = DateRange(from: first.first, through: last.days.through)
    else {
      throw .badInput(
        field: "facts.months",
        reason: Localized(
          "请至少列出一个月份，如 {\"month\": \"2024-07\", \"exposed\": true}",
          en: "list at least one month, such as {\"month\": \"2024-07\", \"exposed\": true}"))
    }
    var seen: Set<CivilMonth> = []
    for (index, month) in months.enumerated() {
      let field = "facts.months[\(index)]"
      if !seen.insert(month.month).inserted {
        throw .badInput(
          field: field + ".month", reason: Localized("\(month.month) 重复出现", en: "\(month.month) appears twice"))
      }
      try check(month, field)
    }
    return period
  }

  private func check(_ month: Month, _ field: String) throws(EvaluationError) {
    let days = month.month.days.days
    for (name, day) in [("employedFrom", month.employedFrom), ("employedThrough", month.employedThrough)] {
      if let day, !(month.month.days.from <= day && day <= month.month.days.through) {
        throw .badInput(
          field: field + "." + name,
          reason: Localized("\(day) 不在 \(month.month) 内", en: "\(day) is not in \(month.month)"))
      }
    }
    if month.employed == nil {
      throw .badInput(
        field: field + ".employedThrough",
        reason: Localized("在职最后一日早于第一日", en: "the last day employed is before the first"))
    }
    if !month.exposed, month.absentDays != nil || month.absenceReason != nil || month.heatDays != nil {
      throw .badInput(
        field: field + (month.heatDays != nil ? ".heatDays" : ".absentDays"),
        reason: Localized(
          "exposed 为 false 表示当月未从事高温作业，不适用缺勤天数或高温作业天数",
          en: "exposed: false means no heat work that month; absences and days of heat work do not apply"))
    }
    if let text = month.unknownReason {
      throw .badInput(field: field + ".absenceReason", reason: HighTemperatureFacts.unknownReason(text))
    }
    switch (month.absentDays, month.absenceReason) {
    case (nil, nil): break
    case (nil, .some):
      throw .badInput(
        field: field + ".absentDays",
        reason: Localized("给出 absenceReason 时须同时给出缺勤天数 absentDays", en: "absenceReason needs absentDays"))
    case (.some, nil):
      let list = AbsenceReason.allCases.map(\.rawValue).joined(separator: ", ")
      throw .badInput(
        field: field + ".absenceReason",
        reason: Localized(
          "给出 absentDays 时须说明原因 absenceReason，可用的值为 \(list)",
          en: "absentDays needs its absenceReason; the accepted values are \(list)"))
    case (let absent?, .some):
      guard (1...days).contains(absent) else {
        throw .badInput(
          field: field + ".absentDays",
          reason: Localized(
            "缺勤天数须为 1 至 \(days) 的整数", en: "absent days must be a whole number from 1 to \(days)"))
      }
    }
    if let heatDays = month.heatDays {
      guard (1...days).contains(heatDays) else {
        throw .badInput(
          field: field + ".heatDays",
          reason: Localized(
            "高温作业天数须为 1 至 \(days) 的整数", en: "days of heat work must be a whole number from 1 to \(days)"))
      }
      if month.absentDays != nil {
        throw .badInput(
          field: field + ".heatDays",
          reason: Localized(
            "heatDays（临时从事高温作业或非全日制的高温作业天数）不能与 absentDays 同时给出",
            en: "heatDays (days of temporary or part-time heat work) cannot be combined with absentDays"))
      }
    }
    if employment == .partTime, month.exposed, month.heatDays == nil {
      throw .badInput(
        field: field + ".heatDays",
        reason: Localized(
          "非全日制劳动者按从事高温作业的天数计发，请给出 heatDays",
          en: "a part-time worker is owed the daily rate per day of heat work: give heatDays"))
    }
  }

  private enum CodingKeys: String, CodingKey, CaseIterable { case months, employment }
  public init(from decoder: any Decoder) throws {
    let c = try decoder.strictContainer(CodingKeys.self)
    months = try c.decode([Month].self, forKey: .months)
    if let text = try c.decodeIfPresent(String.self, forKey: .employment) {
      guard let employment = Employment(rawValue: text) else {
        throw FieldError(
          path: c.codingPath + [CodingKeys.employment],
          Localized(
            "“\(text)”不是用工形式；可用的值为 full-time、part-time",
            en: "'\(text)' is not a form of employment; the accepted values are full-time, part-time"))
      }
      self.employment = employment
    } else {
      employment = .fullTime
    }
  }
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(months, forKey: .months)
    try c.encode(employment, forKey: .employment)
  }
}
