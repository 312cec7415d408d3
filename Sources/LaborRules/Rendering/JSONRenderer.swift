import Foundation

/// Renders determinations and errors as the JSON of shared/SCENARIOS.md: pretty and stable for files,
/// one line per object for JSON Lines.
public struct JSONRenderer: Sendable {
  public let pretty: Bool
  public init(pretty: Bool = true) { self.pretty = pretty }

  public func render(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
    let data = try! encoder.encode(value)  // our own types encode without failing
    return String(decoding: data, as: UTF8.self) + (pretty ? "\n" : "")
  }

  /// `{ "error": { "code": …, "field": …, "message": … } }`.
  public func render(error: EvaluationError) -> String { render(ErrorObject(error: .init(error))) }

  private struct ErrorObject: Encodable {
    struct Body: Encodable {
      let code: String, field: String?, message: String
      init(_ error: EvaluationError) { (code, field, message) = (error.code, error.field, error.message) }
    }
    let error: Body
  }
}
