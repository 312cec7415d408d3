/// The state of one evaluation: the case, the assumptions read, the warnings raised. Created per
/// evaluation and never shared, so evaluation stays pure and thread-safe.
public final class EvaluationContext {
  public let rulebook: Rulebook
  public let situation: Situation
  private let overrides: [String: String]
  private(set) var assumptionsUsed: [AssumptionUse] = []
  private(set) var warnings: [Warning] = []

  init(rulebook: Rulebook, situation: Situation, overrides: [String: String]) {
    (self.rulebook, self.situation, self.overrides) = (rulebook, situation, overrides)
  }

  /// The reading of an assumption for this case; records that the result depends on it.
  public func assumption<A: Assumption>(_ type: A.Type) -> A {
    let chosen = overrides[A.key].flatMap(A.init(rawValue:)) ?? A.standard
    if !assumptionsUsed.contains(where: { $0.key == A.key }) {
      assumptionsUsed.append(AssumptionUse(key: A.key, value: chosen.rawValue, default: overrides[A.key] == nil, meaning: chosen.meaning))
    }
    return chosen
  }

  func warn(_ warning: Warning) {
    if !warnings.contains(warning) { warnings.append(warning) }
  }

  /// The minimum wage in force in the worker's city on a day, with the warnings its entry carries.
  func minimumWage(on date: CivilDate) throws(EvaluationError) -> Schedule<MinimumWage>.Found {
    guard let schedule = rulebook.minimumWages[situation.region.code] else {
      throw .notCovered("no minimum-wage schedule for \(situation.region.fullName)")
    }
    let found = try schedule.lookup(on: date)
    if let caveat = found.entry.unverified {
      warn(Warning(.unverifiedParameter, Localized(
        "\(situation.region.fullName)自\(found.entry.from)起的最低工资标准未经核实：\(caveat)",
        en: "The minimum wage of \(situation.region.pinyin) from \(found.entry.from) is unverified: \(caveat)")))
    }
    if found.entry.through == nil, date > found.entry.checked {
      warn(Warning(.beyondLastChecked, Localized(
        "\(date) 晚于该标准来源的最后核对日 \(found.entry.checked)，其后如有调整本结果未包含",
        en: "\(date) is after \(found.entry.checked), when the source of this standard was last checked; a later adjustment would not be reflected")))
    }
    return found
  }

  /// Days inside the claim on which the city's minimum wage changes.
  func minimumWageChanges() -> [CivilDate] {
    rulebook.minimumWages[situation.region.code]?.changes(within: situation.period) ?? []
  }
}
