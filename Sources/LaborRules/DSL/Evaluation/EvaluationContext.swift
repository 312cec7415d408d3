/// What rules see of one evaluation: the city, the claim's days, the entitlement's facts and the rulebook's
/// parameters; it records the assumptions read and the warnings raised. Created per evaluation and never
/// shared, so evaluation stays pure and thread-safe.
public final class EvaluationContext {
  public let region: Region
  /// The days claimed for.
  public let claim: DateRange
  public let facts: any EntitlementFacts
  private let parameters: Parameters
  private let overrides: [String: String]
  /// Whether the evaluation builds its derivation (the conditions seen and the steps of each line item). Off,
  /// the figures, citations, warnings and assumptions are the same and the items carry no conditions or steps.
  public let derivation: Bool
  package private(set) var assumptionsUsed: [AssumptionUse] = []
  package private(set) var warnings: [Warning] = []
  /// The warnings raised so far, for `warn`'s de-duplication in constant time (a long claim raises one a period).
  private var warned: Set<Warning> = []
  /// Parameters already reported as used past their last check (one `beyond-last-checked` each, on its first day).
  private var lastCheckWarned: Set<String> = []
  /// Days of the official calendar already looked up in this evaluation, by day number.
  var calendarDays: [Int: CalendarDay] = [:]
  /// The days each parameter changes inside the claim, by parameter name.
  private var changesByName: [String: [CivilDate]] = [:]

  package init(
    region: Region, claim: DateRange, facts: any EntitlementFacts, parameters: Parameters,
    overrides: [String: String], derivation: Bool = true
  ) {
    (self.region, self.claim, self.facts, self.parameters, self.overrides, self.derivation) =
      (region, claim, facts, parameters, overrides, derivation)
  }

  /// The facts as the type a rule reads them (the entitlement's facts type, or a protocol it conforms to).
  public func facts<Facts>(as type: Facts.Type) throws(EvaluationError) -> Facts {
    guard let facts = facts as? Facts else {
      throw .notCovered(
        Localized(
          "规则读取的事实类型 \(Facts.self) 与本请求的事实不符", en: "a rule reads facts of type \(Facts.self), which this claim lacks"))
    }
    return facts
  }

  /// The reading of an assumption for this case; records that the result depends on it.
  public func assumption<A: Assumption>(_ type: A.Type) -> A {
    let chosen = overrides[A.key].flatMap(A.init(rawValue:)) ?? A.standard
    if !assumptionsUsed.contains(where: { $0.key == A.key }) {
      assumptionsUsed.append(
        AssumptionUse(key: A.key, value: chosen.rawValue, default: overrides[A.key] == nil, meaning: chosen.meaning))
    }
    return chosen
  }

  public func warn(_ warning: Warning) {
    if warned.insert(warning).inserted { warnings.append(warning) }
  }

  /// The latest value a parameter's schedule holds on or before a day, skipping the windows it does not hold;
  /// `nil` when it holds none. For a reading that falls back on the last figure held when the one wanted is not.
  public func latestKnown<Value>(_ key: ParameterKey<Value>, onOrBefore date: CivilDate) -> Schedule<Value>.Found? {
    try? parameters.schedule(key, for: key.regional ? region : nil).latestKnown(onOrBefore: date)
  }

  /// A parameter's value in force on a day (in the worker's city for a regional one), with the warnings its
  /// entry carries: `unverified-parameter` and, past the month of an open value's last check, `beyond-last-checked`.
  public func lookup<Value>(
    _ key: ParameterKey<Value>, on date: CivilDate
  ) throws(EvaluationError)
    -> Schedule<Value>.Found
  {
    let found = try parameters.schedule(key, for: key.regional ? region : nil).lookup(on: date)
    let place = key.regional ? region.fullName : ""
    let placeEn = key.regional ? " of \(region.pinyin)" : ""
    if let caveat = found.entry.unverified {
      warn(
        Warning(
          .unverifiedParameter,
          Localized(
            "\(place)自\(found.entry.from)起的\(key.label.zh)未经核实：\(caveat.zh)",
            en: "The \(key.label.en)\(placeEn) from \(found.entry.from) is unverified: \(caveat.en)")))
    }
    // A value checked during a month is taken to hold to that month's end: the values of the packs change by
    // notices published ahead of a change that takes effect on the first of a month.
    let checked = found.entry.checked
    if found.entry.through == nil, date > checked.lastOfMonth, lastCheckWarned.insert(key.name).inserted {
      warn(
        Warning(
          .beyondLastChecked,
          Localized(
            "\(date) 晚于\(key.label.zh)来源最后核对（\(checked)）的当月，其后如有调整本结果未包含",
            en: "\(date) is after the month in which the source of the \(key.label.en) was last checked (\(checked)); "
              + "a later adjustment would not be reflected")))
    }
    return found
  }

  /// Days inside the claim on which a parameter takes a new value (computed once per evaluation).
  public func changes<Value>(of key: ParameterKey<Value>) -> [CivilDate] {
    if let known = changesByName[key.name] { return known }
    let days = (try? parameters.schedule(key, for: key.regional ? region : nil))?.changes(within: claim) ?? []
    changesByName[key.name] = days
    return days
  }
}
