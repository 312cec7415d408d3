/// An open question of interpretation, with one case per reading and a documented default.
///
/// The key and the case names are stable identifiers that appear in the output and in a scenario's
/// `assumptions` object; the engine reports every assumption a result depended on.
public protocol Assumption: RawRepresentable<String>, CaseIterable, Sendable, Hashable {
  /// Stable key, e.g. `proration`.
  static var key: String { get }
  /// The reading used unless the caller chooses another.
  static var standard: Self { get }
  /// The question, in both languages.
  static var question: Localized { get }
  /// What this reading means, in both languages.
  var meaning: Localized { get }
}

/// The assumptions the engine knows, for validation and for `labor-rules assumptions`.
public enum Assumptions {
  public struct Entry: Sendable {
    public let key: String
    public let standard: String
    public let question: Localized
    public let readings: [(value: String, meaning: Localized)]
  }

  public static let all: [Entry] = [
    entry(Proration.self), entry(FirstPayCycle.self), entry(VersionInForce.self), entry(RoundingRule.self),
  ]

  static func entry<A: Assumption>(_ type: A.Type) -> Entry {
    Entry(key: A.key, standard: A.standard.rawValue, question: A.question,
          readings: A.allCases.map { ($0.rawValue, $0.meaning) })
  }

  /// Checks a scenario's overrides: every key known, every value one of its readings.
  public static func validate(_ overrides: [String: String]) throws(EvaluationError) {
    for (key, value) in overrides.sorted(by: { $0.key < $1.key }) {
      guard let entry = all.first(where: { $0.key == key }) else {
        throw .badInput(field: "assumptions.\(key)",
                        reason: "unknown assumption; known: \(all.map(\.key).joined(separator: ", "))")
      }
      guard entry.readings.contains(where: { $0.value == value }) else {
        throw .badInput(field: "assumptions.\(key)",
                        reason: "'\(value)' is not a reading of \(key); choose one of \(entry.readings.map(\.value).joined(separator: ", "))")
      }
    }
  }
}

/// One assumption as a result reports it.
public struct AssumptionUse: Sendable, Hashable, Codable {
  public let key: String
  public let value: String
  /// True when the caller did not override it.
  public let `default`: Bool
  public let meaning: Localized
}
