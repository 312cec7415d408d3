import Foundation

/// A case as lawyers write it and services send it (shared/SCENARIOS.md): the entitlement's facts, optional
/// assumption overrides, optional expected amounts, and free notes for the arithmetic and the provenance.
public struct Scenario: Sendable, Codable {
  public var name: String?
  /// The entitlement's key; with the rulebook it names the facts type.
  public var entitlement: String
  public var region: Region
  public var facts: any EntitlementFacts
  public var assumptions: [String: String]
  public var expect: Expectation?
  /// Free text: the hand arithmetic and the source of the case. Ignored by the engine.
  public var notes: [String]

  public init(
    name: String? = nil, entitlement: String, region: Region, facts: any EntitlementFacts,
    assumptions: [String: String] = [:], expect: Expectation? = nil, notes: [String] = []
  ) {
    (self.name, self.entitlement, self.region, self.facts, self.assumptions, self.expect, self.notes) =
      (name, entitlement, region, facts, assumptions, expect, notes)
  }

  /// The `userInfo` key under which a decoder finds the rulebook whose entitlements read the facts.
  public static let rulebookKey = ScenarioFile.rulebookKey

  /// Decodes with the rulebook in `decoder.userInfo[Scenario.rulebookKey]` (as `decode(_:using:)` sets it).
  public init(from decoder: any Decoder) throws { self = try ScenarioFile(from: decoder).scenario }

  /// The scenario file: `entitlement`, `region` (its code), `facts`, and the optional fields given.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: ScenarioFile.Keys.self)
    try c.encodeIfPresent(name, forKey: .name)
    try c.encode(entitlement, forKey: .entitlement)
    try c.encode(region.code, forKey: .region)
    try facts.encode(to: c.superEncoder(forKey: .facts))
    if !assumptions.isEmpty { try c.encode(assumptions, forKey: .assumptions) }
    try c.encodeIfPresent(expect, forKey: .expect)
    if !notes.isEmpty { try c.encode(notes, forKey: .notes) }
  }

  /// Reads one scenario from JSON; its `entitlement` key picks the plug-in whose facts type reads `facts`.
  /// Every error names the field at fault, in both languages; `InputLimits` bounds the bytes first.
  public static func decode(_ data: Data, using rulebook: Rulebook) throws(EvaluationError) -> Scenario {
    let data = try InputLimits.check(data)
    let decoder = JSONDecoder()
    decoder.userInfo[ScenarioFile.rulebookKey] = rulebook
    do { return try decoder.decode(ScenarioFile.self, from: data).scenario } catch let error as EvaluationError {
      throw error
    } catch {
      let (field, reason) = error.fieldAndReason
      throw .badInput(field: field, reason: reason)
    }
  }
}

/// The file shape of a scenario; decoding checks keys and reads the facts with the entitlement's own type.
struct ScenarioFile: Decodable {
  /// A constant key: the force-unwrap cannot fail and no input reaches it.
  static let rulebookKey = CodingUserInfoKey(rawValue: "laborRules.rulebook")!
  let scenario: Scenario

  enum Keys: String, CodingKey, CaseIterable {
    case name, entitlement, region, facts, assumptions, expect, notes
  }

  init(from decoder: any Decoder) throws {
    let c = try decoder.strictContainer(Keys.self)
    guard let rulebook = decoder.userInfo[Self.rulebookKey] as? Rulebook else {
      throw FieldError(decoder, Localized("没有规则书", en: "no rulebook to read the scenario with"))
    }
    let kind = try c.decode(String.self, forKey: .entitlement)
    guard let entitlement = rulebook.entitlement(kind: kind) else {
      if rulebook.planned.contains(kind) {
        throw EvaluationError.notCovered(
          Localized(
            "待遇“\(kind)”尚无规则包", en: "the entitlement '\(kind)' has no rule pack yet"))
      }
      let kinds = rulebook.entitlements.map(\.kind).joined(separator: ", ")
      throw FieldError(
        path: decoder.codingPath + [Keys.entitlement],
        Localized("“\(kind)”不是待遇种类；可选：\(kinds)", en: "'\(kind)' is not an entitlement; choose one of \(kinds)"))
    }
    let region: Region
    do { region = try Region.resolve(c.decode(String.self, forKey: .region)) } catch let error as ValueError {
      throw FieldError(path: decoder.codingPath + [Keys.region], error.reason)
    }
    guard c.contains(.facts) else {
      throw FieldError(path: decoder.codingPath + [Keys.facts], Localized("缺少必填字段", en: "required field is missing"))
    }
    scenario = Scenario(
      name: try c.decodeIfPresent(String.self, forKey: .name), entitlement: kind, region: region,
      facts: try entitlement.decodeFacts(from: c.superDecoder(forKey: .facts)),
      assumptions: try c.decodeIfPresent([String: String].self, forKey: .assumptions) ?? [:],
      expect: try c.decodeIfPresent(Expectation.self, forKey: .expect),
      notes: try c.decodeIfPresent([String].self, forKey: .notes) ?? [])
  }
}
