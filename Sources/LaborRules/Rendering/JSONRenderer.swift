import Foundation

/// Renders determinations and errors as the JSON of shared/SCENARIOS.md: pretty and stable for files,
/// one line per object for JSON Lines.
public struct JSONRenderer: Sendable {
  public let pretty: Bool
  public init(pretty: Bool = true) { self.pretty = pretty }

  public func render(_ determination: Determination) -> String { encode(DeterminationJSON(determination)) }

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

/// The JSON form of a determination, with the trace whose steps the renderer words.
public struct DeterminationJSON: Encodable, Sendable {
  let d: Determination
  public init(_ determination: Determination) { d = determination }

  private enum Keys: String, CodingKey {
    case entitlement, title, region, period, total, items, paid, shortfall, warnings, assumptions, trace
  }
  private struct RegionJSON: Encodable { let code: String, name: String }
  private struct PeriodJSON: Encodable { let from: CivilDate, to: CivilDate }
  private struct ItemJSON: Encodable {
    let rule: String, from: CivilDate, to: CivilDate, amount: Money, basis: String, basisEn: String
    let citations: [Citation]
  }
  private struct WarningJSON: Encodable { let code: String, message: Localized }
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
          citations: $0.citations)
      }, forKey: .items)
    try c.encodeIfPresent(d.paid, forKey: .paid)
    try c.encodeIfPresent(d.shortfall, forKey: .shortfall)
    try c.encode(d.warnings.map { WarningJSON(code: $0.code.rawValue, message: $0.message) }, forKey: .warnings)
    try c.encode(d.assumptions, forKey: .assumptions)
    try c.encode(
      d.items.enumerated().map { index, item in
        TraceJSON(
          item: index + 1, rule: item.rule, from: item.from, to: item.to, citations: item.citations,
          conditions: item.conditions.map { ObservationJSON(label: $0.label, holds: $0.holds) },
          steps: item.steps.map { StepJSON(zh: $0.words.zh, en: $0.words.en, citations: $0.citations) })
      }, forKey: .trace)
  }
}
