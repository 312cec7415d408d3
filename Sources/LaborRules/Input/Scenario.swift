import Foundation

/// A case as lawyers write it and services send it (shared/SCENARIOS.md): facts, optional assumption
/// overrides, optional expected amounts, and free notes for the arithmetic and the provenance.
public struct Scenario: Sendable {
  public var name: String?
  public var region: Region
  public var facts: Facts
  public var assumptions: [String: String]
  public var expect: Expectation?
  /// Free text: the hand arithmetic and the source of the case. Ignored by the engine.
  public var notes: [String]

  public init(name: String? = nil, region: Region, facts: Facts, assumptions: [String: String] = [:],
              expect: Expectation? = nil, notes: [String] = []) {
    (self.name, self.region, self.facts, self.assumptions, self.expect, self.notes) =
      (name, region, facts, assumptions, expect, notes)
  }

  /// Reads one scenario from JSON, naming the field at fault in every error.
  public static func decode(_ data: Data) throws(EvaluationError) -> Scenario {
    do { return try JSONDecoder().decode(ScenarioFile.self, from: data).scenario } catch let error as DecodingError {
      let (field, reason) = error.fieldAndReason
      throw .badInput(field: field, reason: reason)
    } catch let error as EvaluationError {
      throw error
    } catch {
      throw .badInput(field: "(file)", reason: "\(error)")
    }
  }
}

/// The file shape of a scenario; decoding checks keys and picks the facts by `entitlement`.
private struct ScenarioFile: Decodable {
  let scenario: Scenario

  private enum Keys: String, CodingKey, CaseIterable { case name, entitlement, region, facts, assumptions, expect, notes }

  init(from decoder: any Decoder) throws {
    try decoder.rejectUnknownKeys(Keys.allCases.map(\.rawValue))
    let c = try decoder.container(keyedBy: Keys.self)
    let kindText = try c.decode(String.self, forKey: .entitlement)
    guard let kind = EntitlementKind(rawValue: kindText) else {
      throw DecodingError.dataCorruptedError(
        forKey: .entitlement, in: c,
        debugDescription: "'\(kindText)' is not an entitlement; choose one of \(EntitlementKind.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    let regionText = try c.decode(String.self, forKey: .region)
    let region: Region
    do { region = try Region.resolve(regionText) } catch {
      throw DecodingError.dataCorruptedError(forKey: .region, in: c, debugDescription: error.reason)
    }
    let facts: Facts
    switch kind {
    case .minimumWage: facts = .minimumWage(try c.decode(MinimumWageFacts.self, forKey: .facts))
    case .stoppage: facts = .stoppage(try c.decode(StoppageFacts.self, forKey: .facts))
    case .isolation: facts = .isolation(try c.decode(IsolationFacts.self, forKey: .facts))
    case .highTemperature, .overtime, .sickPay:
      throw EvaluationError.notCovered("the entitlement '\(kind.rawValue)' has no rule pack yet")
    }
    scenario = Scenario(
      name: try c.decodeIfPresent(String.self, forKey: .name), region: region, facts: facts,
      assumptions: try c.decodeIfPresent([String: String].self, forKey: .assumptions) ?? [:],
      expect: try c.decodeIfPresent(Expectation.self, forKey: .expect),
      notes: try c.decodeIfPresent([String].self, forKey: .notes) ?? [])
  }
}
