import Foundation

/// Renders determinations and errors as the JSON of shared/SCENARIOS.md: pretty and stable for files,
/// one line per object for JSON Lines.
public struct JSONRenderer: Sendable {
  public let pretty: Bool
  public let trace: TraceLevel
  public init(pretty: Bool = true, trace: TraceLevel = .full) { (self.pretty, self.trace) = (pretty, trace) }

  public func render(_ determination: Determination) -> String {
    encode(DeterminationJSON(determination, trace: trace))
  }

  /// `{ "error": { "code": …, "field": …, "message": …, "messageZh": … } }`.
  public func render(error: EvaluationError) -> String { encode(ErrorJSON(error)) }

  /// Any other value of the contract (a batch line wraps these).
  public func render(_ value: some Encodable) -> String { encode(value) }

  private func encode(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting =
      pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
    // Our own types hold only strings, numbers and dates already formatted: encoding cannot fail.
    let data = (try? encoder.encode(value)) ?? Data(#"{"error":{"code":"internal","message":"encoding failed"}}"#.utf8)
    return String(decoding: data, as: UTF8.self) + (pretty ? "\n" : "")
  }
}

/// The JSON form of an error.
public struct ErrorJSON: Encodable, Sendable {
  struct Body: Encodable {
    let code: String, field: String?, message: String, messageZh: String
  }
  let error: Body
  public init(_ error: EvaluationError) {
    self.error = Body(code: error.code, field: error.field, message: error.message.en, messageZh: error.message.zh)
  }
}

/// How much of the derivation a JSON result carries.
public enum TraceLevel: String, Sendable, CaseIterable {
  /// Items with their citations, and a trace entry per item with its conditions and steps.
  case full
  /// Items with their citations; no trace.
  case summary
  /// Items (rule, dates, amount, basis) only: the smallest line, for large batches.
  case none

  /// Whether a result at this level shows the derivation (each item's conditions and steps): below `full`,
  /// evaluate with `derivation: false` and skip building it.
  public var showsDerivation: Bool { self == .full }
}

/// The JSON form of a determination, with the trace whose steps the renderer words.
public struct DeterminationJSON: Encodable, Sendable {
  let d: Determination
  let trace: TraceLevel
  public init(_ determination: Determination, trace: TraceLevel = .full) { (d, self.trace) = (determination, trace) }

  private enum Keys: String, CodingKey {
    case entitlement, title, region, period, total, items, paid, shortfall, warnings, assumptions, trace
  }
  private struct RegionJSON: Encodable { let code: String, name: String }
  private struct PeriodJSON: Encodable { let from: CivilDate, to: CivilDate }
  private struct ItemJSON: Encodable {
    let rule: String, from: CivilDate, to: CivilDate, amount: Money, basis: String, basisEn: String
    let citations: [Citation]?
  }
  private struct WarningJSON: Encodable { let code: String, message: String, messageZh: String }
  private struct AssumptionJSON: Encodable {
    let key: String, value: String, `default`: Bool, meaning: Localized, alternatives: [AlternativeJSON]?
  }
  private struct AlternativeJSON: Encodable { let value: String, total: Money?, error: String? }
  private struct ObservationJSON: Encodable { let label: Localized, holds: Bool }
  private struct StepJSON: Encodable { let zh: String, en: String, citations: [Citation] }
  private struct TraceJSON: Encodable {
    let item: Int, rule: String, from: CivilDate, to: CivilDate, citations: [Citation]
    let conditions: [ObservationJSON], steps: [StepJSON]
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: Keys.self)
    try c.encode(d.entitlement, forKey: .entitlement)
    try c.encode(d.title, forKey: .title)
    try c.encode(RegionJSON(code: d.region.code, name: d.region.fullName), forKey: .region)
    try c.encode(PeriodJSON(from: d.period.from, to: d.period.through), forKey: .period)
    try c.encode(d.total, forKey: .total)
    try c.encode(
      d.items.map {
        ItemJSON(
          rule: $0.rule, from: $0.from, to: $0.to, amount: $0.amount, basis: $0.basis.zh, basisEn: $0.basis.en,
          citations: trace == .none ? nil : $0.citations)
      }, forKey: .items)
    try c.encodeIfPresent(d.paid, forKey: .paid)
    try c.encodeIfPresent(d.shortfall, forKey: .shortfall)
    try c.encode(
      d.warnings.map { WarningJSON(code: $0.code.rawValue, message: $0.message.en, messageZh: $0.message.zh) },
      forKey: .warnings)
    try c.encode(
      d.assumptions.map { use in
        AssumptionJSON(
          key: use.key, value: use.value, default: use.default, meaning: use.meaning,
          alternatives: trace == .none
            ? nil
            : d.alternatives.filter { $0.key == use.key }.map { other in
              switch other.outcome {
              case .success(let total): AlternativeJSON(value: other.value, total: total, error: nil)
              case .failure(let error): AlternativeJSON(value: other.value, total: nil, error: error.code)
              }
            })
      }, forKey: .assumptions)
    guard trace == .full else { return }
    try c.encode(
      d.items.enumerated().map { index, item in
        TraceJSON(
          item: index + 1, rule: item.rule, from: item.from, to: item.to, citations: item.citations,
          conditions: item.conditions.map { ObservationJSON(label: $0.label, holds: $0.holds) },
          steps: item.steps.map { StepJSON(zh: $0.words.zh, en: $0.words.en, citations: $0.citations) })
      }, forKey: .trace)
  }
}
