import Foundation

/// The bounds of a scenario's bytes, checked before any JSON is decoded so that no file, line or string a
/// service receives can exhaust memory, the stack or the CPU, and each refusal names where and why.
///
/// | what                 | limit                                                     |
/// |----------------------|-----------------------------------------------------------|
/// | encoding             | UTF-8; a leading byte-order mark is ignored              |
/// | size                 | 1 MiB (1,048,576 bytes) per scenario, per `batch` line   |
/// | nesting              | 32 levels of objects and arrays                          |
/// | items                | 10,000 per array                                          |
/// | content              | not empty, not only white space                          |
///
/// ```swift
/// let json = try InputLimits.check(data)   // the bytes without a BOM, or bad input naming the field
/// ```
public enum InputLimits {
  public static let maximumBytes = 1 << 20
  public static let maximumDepth = 32
  public static let maximumItems = 10_000

  /// Bad input for content of `count` bytes, more than `maximumBytes`; without a count for a stream read no
  /// further than the limit.
  public static func tooLarge(_ count: Int? = nil) -> EvaluationError {
    let limit = "\(maximumBytes) 字节（1 MiB）"
    let reason =
      if let count {
        Localized(
          "内容有 \(count) 字节，超过上限 \(limit)", en: "\(count) bytes, more than the limit of \(maximumBytes) bytes (1 MiB)")
      } else {
        Localized("内容超过上限 \(limit)", en: "more than the limit of \(maximumBytes) bytes (1 MiB)")
      }
    return .badInput(field: "(file)", reason: reason)
  }

  /// The bytes to decode (without a leading UTF-8 byte-order mark), or `badInput` naming the field path
  /// (`(file)` for the whole) and the reason, in both languages.
  public static func check(_ data: Data) throws(EvaluationError) -> Data {
    guard data.count <= maximumBytes else { throw tooLarge(data.count) }
    let bytes = [UInt8](data)
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    if let offset = invalidUTF8(bytes, from: start) {
      throw .badInput(
        field: "(file)",
        reason: Localized(
          "不是有效的 UTF-8 文本（第 \(offset) 字节起）；请以 UTF-8 保存",
          en: "not valid UTF-8 text (from byte \(offset)); save it as UTF-8"))
    }
    guard bytes[start...].contains(where: { !isWhiteSpace($0) }) else {
      throw .badInput(
        field: "(file)",
        reason: Localized("内容为空；应为一个 JSON 对象", en: "empty: a JSON object is expected"))
    }
    try checkStructure(bytes, from: start)
    return start == 0 ? data : Data(bytes[start...])
  }

  private static func isWhiteSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  /// The offset of the first byte that does not begin or continue a well-formed UTF-8 sequence (no overlong
  /// forms, no surrogates, nothing above U+10FFFF), or `nil`.
  static func invalidUTF8(_ bytes: [UInt8], from start: Int) -> Int? {
    var index = start
    while index < bytes.count {
      let lead = bytes[index]
      let length: Int
      var low: UInt8 = 0x80, high: UInt8 = 0xBF
      switch lead {
      case 0x00...0x7F: index += 1; continue
      case 0xC2...0xDF: length = 2
      case 0xE0: (length, low) = (3, 0xA0)
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: (length, high) = (3, 0x9F)
      case 0xF0: (length, low) = (4, 0x90)
      case 0xF1...0xF3: length = 4
      case 0xF4: (length, high) = (4, 0x8F)
      default: return index
      }
      guard index + length <= bytes.count else { return index }
      for position in 1..<length {
        let byte = bytes[index + position]
        let (lower, upper) = position == 1 ? (low, high) : (0x80, 0xBF)
        guard byte >= lower, byte <= upper else { return index }
      }
      index += length
    }
    return nil
  }

  /// One open object or array while scanning: its key so far (for objects) or its item count (for arrays).
  private struct Level {
    var isArray: Bool
    var key: String?
    var items = 0
    var expectingKey: Bool
  }

  /// Walks the JSON structure without decoding values, refusing nesting deeper than `maximumDepth` and arrays
  /// longer than `maximumItems` with the path where it happened. Malformed JSON is left to the decoder.
  private static func checkStructure(_ bytes: [UInt8], from start: Int) throws(EvaluationError) {
    var stack: [Level] = []
    var index = start
    func path() -> String {
      var keys: [String] = []
      for level in stack {
        if level.isArray {
          keys.append("[\(level.items)]")
        } else if let key = level.key {
          keys.append(keys.isEmpty ? key : "." + key)
        }
      }
      let joined = keys.joined()
      return joined.isEmpty ? "(file)" : joined.hasPrefix(".") ? String(joined.dropFirst()) : joined
    }
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""):
        // A string: find its end, honouring escapes; keep it as the key when one is expected.
        var end = index + 1
        while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1 }
        if var level = stack.popLast() {
          if !level.isArray, level.expectingKey {
            let raw = bytes[(index + 1)..<Swift.min(end, bytes.count)]
            let text = String(decoding: raw.prefix(64), as: UTF8.self)
            level.key = text
            level.expectingKey = false
          }
          stack.append(level)
        }
        index = end + 1
        continue
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        guard stack.count < maximumDepth else {
          throw .badInput(
            field: path(),
            reason: Localized(
              "嵌套超过 \(maximumDepth) 层", en: "nested more than \(maximumDepth) levels of objects and arrays"))
        }
        stack.append(Level(isArray: byte == UInt8(ascii: "["), key: nil, expectingKey: byte == UInt8(ascii: "{")))
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        _ = stack.popLast()
      case UInt8(ascii: ","):
        if var level = stack.popLast() {
          if level.isArray {
            level.items += 1
            if level.items >= maximumItems {
              // `stack` now ends at the array's parent, so the path names the array itself.
              throw .badInput(
                field: path(),
                reason: Localized(
                  "数组有超过 \(maximumItems) 项", en: "an array of more than \(maximumItems) items"))
            }
          } else {
            level.expectingKey = true
          }
          stack.append(level)
        }
      default:
        break
      }
      index += 1
    }
  }
}
