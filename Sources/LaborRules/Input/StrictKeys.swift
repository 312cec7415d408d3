/// Decoding helpers that refuse unknown keys: a typo in a scenario must not silently change a result.
struct AnyKey: CodingKey {
  let stringValue: String
  var intValue: Int? { nil }
  init(_ string: String) { stringValue = string }
  init?(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}

extension Decoder {
  /// Throws when the object holds a key outside `known`.
  func rejectUnknownKeys(_ known: [String]) throws {
    let container = try container(keyedBy: AnyKey.self)
    if let unknown = container.allKeys.map(\.stringValue).sorted().first(where: { !known.contains($0) }) {
      throw DecodingError.dataCorrupted(.init(
        codingPath: codingPath + [AnyKey(unknown)],
        debugDescription: "unknown key; the accepted keys here are \(known.joined(separator: ", "))"))
    }
  }
}

extension DecodingError {
  /// The failing field as a dotted path (`facts.work[0].from`) and the reason, for error objects.
  var fieldAndReason: (field: String, reason: String) {
    func path(_ keys: [any CodingKey]) -> String {
      keys.isEmpty ? "(file)" : keys.reduce("") { acc, key in
        if let index = key.intValue { return acc + "[\(index)]" }
        return acc.isEmpty ? key.stringValue : acc + "." + key.stringValue
      }
    }
    switch self {
    case .keyNotFound(let key, let context): return (path(context.codingPath + [key]), "required field is missing")
    case .typeMismatch(let type, let context):
      return (path(context.codingPath), "expected \(Self.describe(type)); \(context.debugDescription)")
    case .valueNotFound(let type, let context): return (path(context.codingPath), "expected \(Self.describe(type)), found null")
    case .dataCorrupted(let context):
      return (path(context.codingPath), context.debugDescription)
    @unknown default: return ("(file)", String(describing: self))
    }
  }

  private static func describe(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: "a string"
    case is Bool.Type: "true or false"
    case is Int.Type: "a whole number"
    default: String(describing: type).hasPrefix("Dictionary") ? "a JSON object" : String(describing: type).hasPrefix("Array") ? "a JSON array" : "\(type)"
    }
  }
}
