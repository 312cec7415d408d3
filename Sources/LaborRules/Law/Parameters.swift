/// The dated parameters of law a rulebook holds, under typed keys: the minimum wage of each city, the
/// conversion factors (21.75 paid days a month, 8 hours a day), later allowances and average wages. No value
/// of law is written in the engine: rules and bases look their values up here, on the day.
///
/// ```swift
/// extension ParameterKey where Value == Rational {
///   static let paidDaysPerMonth = ParameterKey(
///     "conversion.paid-days-per-month", Localized("月计薪天数", en: "paid days a month"))
/// }
/// try parameters.schedule(.paidDaysPerMonth).lookup(on: day)
/// ```
public struct ParameterKey<Value: Sendable>: Sendable, Hashable {
  /// A stable name, e.g. `minimum-wage`.
  public let name: String
  /// What the parameter is, in both languages.
  public let label: Localized
  /// True when each city has its own value (the minimum wage); false for one value for all (21.75).
  public let regional: Bool
  public init(_ name: String, _ label: Localized, regional: Bool = false) {
    (self.name, self.label, self.regional) = (name, label, regional)
  }
}

/// The parameters of a rulebook. A parameter is held for the whole rulebook or for one city (by GB/T 2260
/// code); a look-up for a city falls back to the whole rulebook's schedule.
public struct Parameters: Sendable {
  private var schedules: [Slot: any Sendable] = [:]

  private struct Slot: Hashable { let name: String, region: String? }

  public init() {}

  /// Sets the schedule of a parameter, for one city or (with `region` nil) for every city.
  public mutating func set<Value>(_ key: ParameterKey<Value>, for region: Region? = nil, _ schedule: Schedule<Value>) {
    schedules[Slot(name: key.name, region: region?.code)] = schedule
  }

  /// The schedule of a parameter for a city; `notCovered` when the rulebook holds none.
  public func schedule<Value>(
    _ key: ParameterKey<Value>, for region: Region? = nil
  )
    throws(EvaluationError) -> Schedule<Value>
  {
    let found =
      region.flatMap { schedules[Slot(name: key.name, region: $0.code)] }
      ?? schedules[Slot(name: key.name, region: nil)]
    guard let schedule = found as? Schedule<Value> else {
      let place = region.map { "\($0.fullName)的" } ?? ""
      let placeEn = region.map { " for \($0.pinyin)" } ?? ""
      throw .notCovered(
        Localized(
          "规则包没有\(place)“\(key.label.zh)”参数", en: "the packs hold no \(key.label.en)\(placeEn)"))
    }
    return schedule
  }
}
