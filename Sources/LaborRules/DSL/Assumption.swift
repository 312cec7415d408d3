/// An open question of interpretation, with one case per reading and a documented default.
///
/// The key and the case names are stable identifiers that appear in the output, in a scenario's
/// `assumptions` object and as a command-line flag (`--<key> <reading>`). Declaring one is one new file: the
/// conditions, formulas and bases that consult it list it (`consults:`), so the rulebook, the CLI and
/// `labor-rules assumptions` find it from the rule trees.
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

/// An assumption without its type: its key, question and readings, for validation and listings.
public struct AssumptionInfo: Sendable, Hashable {
  public struct Reading: Sendable, Hashable {
    public let value: String
    public let meaning: Localized
  }

  public let key: String
  public let standard: String
  public let question: Localized
  public let readings: [Reading]

  public init<A: Assumption>(_ type: A.Type) {
    key = A.key
    standard = A.standard.rawValue
    question = A.question
    readings = A.allCases.map { Reading(value: $0.rawValue, meaning: $0.meaning) }
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
