// The facts of `severance` (shared/SCENARIOS.md): economic compensation (经济补偿) and damages (赔偿金) when
// employment ends. Additive facts beyond the contract's core: `noFaultReason` (which item of art. 40; needed for
// service before 2008, when the 1994 measures treat the three items differently) and
// `employerAverageMonthlyWage` (the enterprise's average wage, the floor of the 1994 measures' art. 11).
import LaborRules

/// `severance`: what the employer owes when employment ends, by the ground of the ending.
public struct SeveranceFacts: EntitlementFacts, Hashable {
  /// Why the employment ended (劳动合同法 arts. 36–44, 48, 87).
  public enum Ground: String, Sendable, Hashable, CaseIterable {
    /// Art. 36, on the employer's proposal: compensation (art. 46 item 2).
    case mutualEmployerInitiated = "mutual-employer-initiated"
    /// Art. 36, on the worker's proposal: no compensation.
    case mutualWorkerInitiated = "mutual-worker-initiated"
    /// Art. 37, the worker's notice: no compensation.
    case workerResigns = "worker-resigns"
    /// Art. 38, the worker ends it for the employer's fault: compensation (art. 46 item 1).
    case workerResignsEmployerFault = "worker-resigns-employer-fault"
    /// Art. 39, dismissal for cause: no compensation.
    case dismissalForCause = "dismissal-for-cause"
    /// Art. 40, dismissal without fault: compensation (art. 46 item 3), and a month's wage without notice.
    case dismissalNoFault = "dismissal-no-fault"
    /// Art. 41, economic layoff: compensation (art. 46 item 4).
    case massLayoff = "mass-layoff"
    /// Art. 44 item 1, expiry without an offer to renew on the same or better terms: compensation (item 5).
    case contractExpiry = "contract-expiry"
    /// Art. 44 item 1, expiry after the worker refused such an offer: no compensation.
    case contractExpiryRenewalRefused = "contract-expiry-renewal-refused"
    /// Art. 44 items 4–5, bankruptcy, closure or early dissolution: compensation (art. 46 item 6).
    case employerClosure = "employer-closure"
    /// Arts. 48 and 87, an unlawful termination: damages at twice the standard, no compensation.
    case unlawfulTermination = "unlawful-termination"

    /// Whether anything is owed on this ground, so that the facts must give the monthly wage.
    var owesAmount: Bool {
      switch self {
      case .mutualWorkerInitiated, .workerResigns, .dismissalForCause, .contractExpiryRenewalRefused: false
      default: true
      }
    }

    /// The ground as the 计算书 names it.
    public var words: Localized {
      switch self {
      case .mutualEmployerInitiated: Localized("用人单位提出、双方协商一致解除", en: "agreed termination on the employer's proposal")
      case .mutualWorkerInitiated: Localized("劳动者提出、双方协商一致解除", en: "agreed termination on the worker's proposal")
      case .workerResigns: Localized("劳动者提前通知解除", en: "the worker's resignation with notice")
      case .workerResignsEmployerFault:
        Localized("劳动者因用人单位过错解除", en: "the worker's resignation for the employer's fault")
      case .dismissalForCause: Localized("用人单位因劳动者过错解除", en: "dismissal for cause")
      case .dismissalNoFault: Localized("用人单位无过失性辞退", en: "dismissal without fault")
      case .massLayoff: Localized("经济性裁员", en: "economic layoff")
      case .contractExpiry: Localized("劳动合同期满终止（用人单位未以同等或更优条件续订）", en: "expiry without an offer to renew")
      case .contractExpiryRenewalRefused:
        Localized("劳动合同期满，劳动者拒绝以同等或更优条件续订", en: "expiry after the worker refused to renew")
      case .employerClosure: Localized("用人单位破产、被吊销执照、责令关闭、撤销或提前解散", en: "the employer's bankruptcy or closure")
      case .unlawfulTermination: Localized("用人单位违法解除或终止", en: "unlawful termination")
      }
    }
  }

  /// The item of art. 40 a no-fault dismissal rests on.
  public enum NoFaultReason: String, Sendable, Hashable, CaseIterable {
    /// Item 1: illness or non-work injury, unable to work after the medical period.
    case illnessOrInjury = "illness-or-injury"
    /// Item 2: unfit for the work after training or a change of post.
    case incompetence
    /// Item 3: a major change of the objective circumstances.
    case changedCircumstances = "changed-circumstances"

    var item: Int {
      switch self {
      case .illnessOrInjury: 1
      case .incompetence: 2
      case .changedCircumstances: 3
      }
    }
  }

  /// The first day of employment (用工之日).
  public var hireDate: CivilDate
  /// The last day of employment.
  public var endDate: CivilDate
  public var ground: Ground
  /// The average of wages due (应得工资) over the last 12 months, or the months worked.
  public var averageMonthlyWage: Money?
  /// Wages due month by month, oldest first, at most 12.
  public var monthlyWages: [Money]?
  /// For art. 40: whether 30 days' written notice was given; false means a month's wage is owed instead.
  public var noticeGiven: Bool?
  /// The previous month's wage, the base of the month's wage in lieu of notice (实施条例 art. 20).
  public var lastMonthWage: Money?
  public var noFaultReason: NoFaultReason?
  /// The enterprise's average monthly wage (劳部发〔1994〕481号 art. 11), for service before 2008.
  public var employerAverageMonthlyWage: Money?
  public var paid: Money?

  public init(
    hireDate: CivilDate, endDate: CivilDate, ground: Ground, averageMonthlyWage: Money? = nil,
    monthlyWages: [Money]? = nil, noticeGiven: Bool? = nil, lastMonthWage: Money? = nil,
    noFaultReason: NoFaultReason? = nil, employerAverageMonthlyWage: Money? = nil, paid: Money? = nil
  ) {
    (self.hireDate, self.endDate, self.ground, self.averageMonthlyWage, self.monthlyWages) =
      (hireDate, endDate, ground, averageMonthlyWage, monthlyWages)
    (self.noticeGiven, self.lastMonthWage, self.noFaultReason, self.employerAverageMonthlyWage, self.paid) =
      (noticeGiven, lastMonthWage, noFaultReason, employerAverageMonthlyWage, paid)
  }

  /// Service before 劳动合同法 took effect, when the 1994 measures decide the years before 2008.
  var servedBefore2008: Bool { hireDate < LabourContractLaw.inForce }

  /// Pay in lieu of notice is owed: a dismissal under art. 40 without 30 days' written notice.
  var noticePayOwed: Bool { ground == .dismissalNoFault && noticeGiven == false }

  /// Whether the old rules' base is raised to the enterprise's average wage (劳部发〔1994〕481号 art. 11: the
  /// terminations of arts. 6, 8 and 9).
  var oldRulesFloorAtEmployerAverage: Bool {
    switch ground {
    case .massLayoff: true
    case .dismissalNoFault: noFaultReason == .illnessOrInjury || noFaultReason == .changedCircumstances
    default: false
    }
  }

  /// Employment from the hire date through the last day; the base, notice and old-rule facts consistent with
  /// the ground.
  public func claimPeriod() throws(EvaluationError) -> DateRange {
    guard let period = DateRange(from: hireDate, through: endDate) else {
      throw .badInput(
        field: "facts.endDate",
        reason: Localized("\(endDate) 早于入职日 \(hireDate)", en: "\(endDate) is before the hire date \(hireDate)"))
    }
    if endDate < LabourContractLaw.inForce {
      throw .notCovered(
        Localized(
          "\(endDate) 早于劳动合同法施行日 2008-01-01：此前结束的劳动关系按当时的劳动法及劳部发〔1994〕481号处理，规则包不覆盖",
          en: "\(endDate) is before 2008-01-01, when 劳动合同法 took effect: employment that ended earlier falls under "
            + "the Labour Law and 劳部发〔1994〕481号 alone, which the packs do not cover"))
    }
    try checkBase(period)
    try checkNotice()
    try checkOldRules()
    if let paid, paid.fen < 0 {
      throw .badInput(field: "facts.paid", reason: Localized("不能为负数", en: "cannot be negative"))
    }
    return period
  }

  private func checkBase(_ period: DateRange) throws(EvaluationError) {
    if averageMonthlyWage != nil, monthlyWages != nil {
      throw .badInput(
        field: "facts.monthlyWages",
        reason: Localized(
          "请只给出 averageMonthlyWage 或 monthlyWages 其中之一", en: "give averageMonthlyWage or monthlyWages, not both"))
    }
    if let average = averageMonthlyWage { try average.requirePositive("facts.averageMonthlyWage") }
    if let wages = monthlyWages {
      guard (1...12).contains(wages.count) else {
        throw .badInput(
          field: "facts.monthlyWages",
          reason: Localized(
            "须为 1 至 12 个月的应得工资，按时间先后排列", en: "give 1 to 12 months of wages due, oldest first"))
      }
      if wages.reduce(Money.zero, +).fen <= 0 {
        throw .badInput(field: "facts.monthlyWages", reason: Localized("合计须大于 0", en: "must add up to more than 0"))
      }
      if ServiceLength(period).totalMonths >= 12, wages.count < 12 {
        throw .badInput(
          field: "facts.monthlyWages",
          reason: Localized(
            "工作已满12个月：经济补偿的月工资是解除或终止前12个月的平均工资（劳动合同法第四十七条第三款），请给出12个月",
            en: "with 12 months of service or more the base is the average of the last 12 months (劳动合同法 art. 47 "
              + "para. 3): give 12 amounts"))
      }
    }
    if ground.owesAmount, averageMonthlyWage == nil, monthlyWages == nil {
      throw .badInput(
        field: "facts.averageMonthlyWage",
        reason: Localized(
          "“\(ground.rawValue)”须给出月工资：averageMonthlyWage（前12个月应得工资的平均数）或 monthlyWages",
          en: "'\(ground.rawValue)' needs the monthly wage: averageMonthlyWage (the 12-month average of wages due) "
            + "or monthlyWages"))
    }
  }

  private func checkNotice() throws(EvaluationError) {
    if noticeGiven != nil, ground != .dismissalNoFault {
      throw .badInput(
        field: "facts.noticeGiven",
        reason: Localized(
          "只适用于 dismissal-no-fault（劳动合同法第四十条的提前通知或额外支付一个月工资）",
          en: "applies only to dismissal-no-fault (art. 40's notice, or a month's wage instead)"))
    }
    if let last = lastMonthWage {
      guard noticePayOwed else {
        throw .badInput(
          field: "facts.lastMonthWage",
          reason: Localized(
            "只用于代通知金（dismissal-no-fault 且 noticeGiven 为 false）",
            en: "is only the base of pay in lieu of notice (dismissal-no-fault with noticeGiven false)"))
      }
      try last.requirePositive("facts.lastMonthWage")
    }
    if noticePayOwed, lastMonthWage == nil, monthlyWages == nil {
      throw .badInput(
        field: "facts.lastMonthWage",
        reason: Localized(
          "未提前通知：额外支付的一个月工资按上一个月的工资标准确定（实施条例第二十条），请给出 lastMonthWage",
          en: "no notice was given: the extra month is at the previous month's wage (实施条例 art. 20); give "
            + "lastMonthWage"))
    }
    if noFaultReason != nil, ground != .dismissalNoFault {
      throw .badInput(
        field: "facts.noFaultReason",
        reason: Localized("只适用于 dismissal-no-fault（第四十条）", en: "applies only to dismissal-no-fault (art. 40)"))
    }
  }

  private func checkOldRules() throws(EvaluationError) {
    if servedBefore2008, ground == .dismissalNoFault, noFaultReason == nil {
      let list = NoFaultReason.allCases.map(\.rawValue).joined(separator: ", ")
      throw .badInput(
        field: "facts.noFaultReason",
        reason: Localized(
          "2008年前的工作年限按劳部发〔1994〕481号第六、七、八条分别计算，须说明依据第四十条哪一项：\(list)",
          en: "the years before 2008 follow 劳部发〔1994〕481号 arts. 6, 7 or 8 by the item of art. 40: give one of "
            + list))
    }
    let needsEmployerAverage = servedBefore2008 && oldRulesFloorAtEmployerAverage
    if needsEmployerAverage, employerAverageMonthlyWage == nil {
      throw .badInput(
        field: "facts.employerAverageMonthlyWage",
        reason: Localized(
          "2008年前的工作年限：劳动者月平均工资低于企业月平均工资的，按企业月平均工资支付（劳部发〔1994〕481号第十一条），请给出企业月平均工资",
          en: "for the years before 2008 a wage below the enterprise's average is raised to it (劳部发〔1994〕481号 "
            + "art. 11): give the enterprise's average monthly wage"))
    }
    if let average = employerAverageMonthlyWage {
      guard needsEmployerAverage else {
        throw .badInput(
          field: "facts.employerAverageMonthlyWage",
          reason: Localized(
            "只用于2008年前的工作年限中第六、八、九条的情形（患病负伤、客观情况变化、裁员）",
            en: "is used only for years before 2008 on the grounds of 481号 arts. 6, 8 and 9 (illness, changed "
              + "circumstances, layoff)"))
      }
      try average.requirePositive("facts.employerAverageMonthlyWage")
    }
  }

  static func unknown<T: RawRepresentable & CaseIterable>(
    _ text: String, _ type: T.Type, _ what: Localized
  )
    -> Localized where T.RawValue == String
  {
    let list = T.allCases.map(\.rawValue).joined(separator: ", ")
    return Localized(
      "“\(text)”不是\(what.zh)；可用的值为 \(list)", en: "'\(text)' is not \(what.en); the accepted values are \(list)")
  }

  private enum CodingKeys: String, CodingKey, CaseIterable {
    case hireDate, endDate, ground, averageMonthlyWage, monthlyWages, noticeGiven, lastMonthWage, noFaultReason
    case employerAverageMonthlyWage, paid
  }
  public init(from decoder: any Decoder) throws {
    let c = try decoder.strictContainer(CodingKeys.self)
    hireDate = try c.decode(CivilDate.self, forKey: .hireDate)
    endDate = try c.decode(CivilDate.self, forKey: .endDate)
    let text = try c.decode(String.self, forKey: .ground)
    guard let ground = Ground(rawValue: text) else {
      throw FieldError(
        path: c.codingPath + [CodingKeys.ground],
        Self.unknown(text, Ground.self, Localized("解除或终止的事由", en: "a ground of termination")))
    }
    self.ground = ground
    averageMonthlyWage = try c.decodeIfPresent(Money.self, forKey: .averageMonthlyWage)
    monthlyWages = try c.decodeIfPresent([Money].self, forKey: .monthlyWages)
    noticeGiven = try c.decodeIfPresent(Bool.self, forKey: .noticeGiven)
    lastMonthWage = try c.decodeIfPresent(Money.self, forKey: .lastMonthWage)
    if let reason = try c.decodeIfPresent(String.self, forKey: .noFaultReason) {
      guard let value = NoFaultReason(rawValue: reason) else {
        throw FieldError(
          path: c.codingPath + [CodingKeys.noFaultReason],
          Self.unknown(reason, NoFaultReason.self, Localized("第四十条的情形", en: "an item of art. 40")))
      }
      noFaultReason = value
    }
    employerAverageMonthlyWage = try c.decodeIfPresent(Money.self, forKey: .employerAverageMonthlyWage)
    paid = try c.decodeIfPresent(Money.self, forKey: .paid)
  }
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(hireDate, forKey: .hireDate)
    try c.encode(endDate, forKey: .endDate)
    try c.encode(ground.rawValue, forKey: .ground)
    try c.encodeIfPresent(averageMonthlyWage, forKey: .averageMonthlyWage)
    try c.encodeIfPresent(monthlyWages, forKey: .monthlyWages)
    try c.encodeIfPresent(noticeGiven, forKey: .noticeGiven)
    try c.encodeIfPresent(lastMonthWage, forKey: .lastMonthWage)
    try c.encodeIfPresent(noFaultReason?.rawValue, forKey: .noFaultReason)
    try c.encodeIfPresent(employerAverageMonthlyWage, forKey: .employerAverageMonthlyWage)
    try c.encodeIfPresent(paid, forKey: .paid)
  }
}
