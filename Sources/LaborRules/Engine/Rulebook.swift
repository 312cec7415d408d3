/// Everything the engine knows of the law: the entitlements (plug-ins), the dated parameters they read, and
/// the packs that supplied them. Built once by the rule packs (`Rulebook.guangdong`); immutable and
/// `Sendable`, so one instance serves every thread.
public struct Rulebook: Sendable {
  public let entitlements: [Entitlement]
  public let parameters: Parameters
  public let packs: [RulePack]
  /// Keys of entitlements the scenario contract names whose packs are not written yet: a scenario for one
  /// is "not covered", not bad input.
  public let planned: [String]
  /// Every named assumption a result can depend on: rounding, then those the entitlements' trees consult.
  public let assumptions: [AssumptionInfo]
  private let byFactsType: [ObjectIdentifier: Int]

  public init(entitlements: [Entitlement], parameters: Parameters, packs: [RulePack], planned: [String] = []) {
    (self.entitlements, self.parameters, self.packs, self.planned) = (entitlements, parameters, packs, planned)
    byFactsType = Dictionary(
      entitlements.enumerated().map { (ObjectIdentifier($0.element.factsType), $0.offset) },
      uniquingKeysWith: { a, _ in a })
    var all = [AssumptionInfo(RoundingRule.self)]
    for info in entitlements.flatMap(\.assumptions) where !all.contains(where: { $0.key == info.key }) {
      all.append(info)
    }
    assumptions = all
  }

  /// The entitlement with this key.
  public func entitlement(kind: String) -> Entitlement? { entitlements.first { $0.kind == kind } }

  /// The entitlement whose facts these are.
  public func entitlement(for facts: any EntitlementFacts) throws(EvaluationError) -> Entitlement {
    guard let index = byFactsType[ObjectIdentifier(type(of: facts))] else {
      throw .notCovered(
        Localized(
          "规则包中没有读取 \(type(of: facts)) 的待遇", en: "no entitlement of the packs reads \(type(of: facts))"))
    }
    return entitlements[index]
  }

  /// Checks overrides of named assumptions: every key known, every value one of its readings.
  public func validate(assumptions overrides: [String: String]) throws(EvaluationError) {
    for (key, value) in overrides.sorted(by: { $0.key < $1.key }) {
      guard let info = assumptions.first(where: { $0.key == key }) else {
        let known = assumptions.map(\.key).joined(separator: ", ")
        throw .badInput(
          field: "assumptions.\(key)", reason: Localized("未知的假设；可用：\(known)", en: "unknown assumption; known: \(known)")
        )
      }
      guard info.readings.contains(where: { $0.value == value }) else {
        let readings = info.readings.map(\.value).joined(separator: ", ")
        throw .badInput(
          field: "assumptions.\(key)",
          reason: Localized(
            "“\(value)”不是 \(key) 的可选解读；请选 \(readings)",
            en: "'\(value)' is not a reading of \(key); choose one of \(readings)"))
      }
    }
  }
}
