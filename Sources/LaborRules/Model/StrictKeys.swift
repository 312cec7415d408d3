/// Decoding that names the field at fault in both languages and refuses unknown keys: a typo in a scenario
/// must not silently change a result.

/// A value that could not be decoded: where (the coding path) and why, in both languages.
public struct FieldError: Error, Sendable {
  public let field: String
  public let reason: Localized

  public init(field: String, _ reason: Localized) { (self.field, self.reason) = (field, reason) }
  public init(_ decoder: any Decoder, _ reason: Localized) { self.init(path: decoder.codingPath, reason) }
  public init(path: [any CodingKey], _ reason: Localized) { self.init(field: FieldError.path(path), reason) }

  /// `facts.work[0].from`; `(file)` for the top level.
  public static func path(_ keys: [any CodingKey]) -> String {
    guard !keys.isEmpty else { return "(file)" }
    return keys.reduce("") { path, key in
      if let index = key.intValue { return path + "[\(index)]" }
      return path.isEmpty ? key.stringValue : path + "." + key.stringValue
    }
  }
}

/// A key read by name, for checking an object's keys.
struct AnyKey: CodingKey {
  let stringValue: String
  var intValue: Int? { nil }
  init(_ string: String) { stringValue = string }
  init?(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}

extension Decoder {
  /// Throws when the object holds a key outside `known`.
  public func rejectUnknownKeys(_ known: [String]) throws {
    let container = try container(keyedBy: AnyKey.self)
    if let unknown = container.allKeys.map(\.stringValue).sorted().first(where: { !known.contains($0) }) {
      let list = known.joined(separator: ", ")
      throw FieldError(
        path: codingPath + [AnyKey(unknown)],
        Localized("未知字段；此处可用的字段为 \(list)", en: "unknown key; the accepted keys here are \(list)"))
    }
  }

  /// Refuses an object whose keys are not those of `Keys`, then returns its container.
  public func strictContainer<Keys: CodingKey & CaseIterable>(_ keys: Keys.Type) throws -> KeyedDecodingContainer<Keys>
  {
    try rejectUnknownKeys(Keys.allCases.map(\.stringValue))
    return try container(keyedBy: keys)
  }
}

extension Error {
  /// Any decoding failure as a field path and a reason in both languages.
  public var fieldAndReason: (field: String, reason: Localized) {
    if let error = self as? FieldError { return (error.field, error.reason) }
    guard let error = self as? DecodingError else {
      return ("(file)", Localized("无法读取：\(self)", en: "cannot be read: \(self)"))
    }
    switch error {
    case .keyNotFound(let key, let context):
      return (FieldError.path(context.codingPath + [key]), Localized("缺少必填字段", en: "required field is missing"))
    case .typeMismatch(let type, let context):
      let (zh, en) = Self.describe(type)
      return (FieldError.path(context.codingPath), Localized("应为\(zh)", en: "expected \(en)"))
    case .valueNotFound(let type, let context):
      let (zh, en) = Self.describe(type)
      return (FieldError.path(context.codingPath), Localized("应为\(zh)，却是 null", en: "expected \(en), found null"))
    case .dataCorrupted(let context):
      if context.codingPath.isEmpty {
        return ("(file)", Localized("不是有效的 JSON", en: "not valid JSON"))
      }
      return (
        FieldError.path(context.codingPath),
        Localized("值无效：\(context.debugDescription)", en: "invalid value: \(context.debugDescription)")
      )
    @unknown default:
      return ("(file)", Localized("无法读取", en: "cannot be read"))
    }
  }

  private static func describe(_ type: Any.Type) -> (String, String) {
    switch type {
    case is String.Type: ("字符串", "a string")
    case is Bool.Type: (" true 或 false", "true or false")
    case is Int.Type: ("整数", "a whole number")
    default:
      String(describing: type).hasPrefix("Array") ? (" JSON 数组", "a JSON array") : (" JSON 对象", "a JSON object")
    }
  }
}

/// A rate or a quantity written as a decimal string (`"0.8"`, `"2.5"`), read exactly.
public struct ExactDecimal: Codable, Sendable, Hashable {
  public let value: Rational
  public init(_ value: Rational) { self.value = value }
  public init(from decoder: any Decoder) throws {
    let c = try decoder.singleValueContainer()
    guard let text = try? c.decode(String.self) else {
      throw FieldError(
        decoder,
        Localized("须写成小数字符串，如 \"0.8\"，不能是数字", en: "a decimal string such as \"0.8\", not a number"))
    }
    do { value = try Rational(parsing: text) } catch { throw FieldError(decoder, error.reason) }
  }
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(value.description)
  }
}
