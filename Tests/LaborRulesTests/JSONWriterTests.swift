import Foundation
import Testing

@testable import LaborRules
@testable import LaborRulesPacks
@testable import LaborRulesRendering

/// `JSONWriter` must lay JSON out as `JSONEncoder` does with the renderer's options, byte for byte, pretty and
/// compact: `JSONEncoder` is the oracle. Values made to reach each escape and layout rule, every citation the golden
/// cases cite against `Citation`'s own `Encodable`, and every determination and error of the golden cases and
/// examples at every trace level, as a file and as a batch line, against `JSONEncoder`'s re-encoding of the same
/// JSON. What each field holds is the golden files' business (`.expected.json`, written by `JSONEncoder` before the
/// writer existed, compared byte for byte).
@Suite struct JSONWriterTests {
  static let engine = Engine(rulebook: .guangdong)

  /// Any JSON the renderer writes: strings, integers, booleans, arrays and objects.
  indirect enum Value: Codable, Equatable {
    case string(String), number(Int), bool(Bool), array([Value]), object([String: Value])

    init(from decoder: any Decoder) throws {
      let single = try decoder.singleValueContainer()
      if let bool = try? single.decode(Bool.self) {
        self = .bool(bool)
      } else if let number = try? single.decode(Int.self) {
        self = .number(number)
      } else if let string = try? single.decode(String.self) {
        self = .string(string)
      } else if let array = try? single.decode([Value].self) {
        self = .array(array)
      } else {
        self = .object(try single.decode([String: Value].self))
      }
    }

    func encode(to encoder: any Encoder) throws {
      var single = encoder.singleValueContainer()
      switch self {
      case .string(let string): try single.encode(string)
      case .number(let number): try single.encode(number)
      case .bool(let bool): try single.encode(bool)
      case .array(let array): try single.encode(array)
      case .object(let object): try single.encode(object)
      }
    }

    /// Written by the writer, an object's fields in the dictionary's own (unsorted) order.
    func write(to json: inout JSONWriter) {
      switch self {
      case .string(let string): json.string(string)
      case .number(let number): json.number(number)
      case .bool(let bool): json.bool(bool)
      case .array(let array): json.array(array) { $1.write(to: &$0) }
      case .object(let object):
        json.object { json in
          for (key, value) in object { json.field(key) { value.write(to: &$0) } }
        }
      }
    }
  }

  static func encoded(_ value: some Encodable, pretty: Bool) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting =
      pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  static func written(_ write: (inout JSONWriter) -> Void, pretty: Bool) -> String {
    var json = JSONWriter(pretty: pretty)
    write(&json)
    return String(decoding: json.bytes, as: UTF8.self)
  }

  static func expectSame(_ value: Value, _ label: String) throws {
    for pretty in [true, false] {
      let ours = written({ value.write(to: &$0) }, pretty: pretty)
      #expect(ours == (try encoded(value, pretty: pretty)), "\(label), pretty: \(pretty)")
    }
  }

  /// Every byte below 0x20, quotes, backslashes, slashes (not escaped), NUL, and non-ASCII text, as values and keys.
  @Test func escapes() throws {
    let controls = String(decoding: (0..<0x20).map { UInt8($0) }, as: UTF8.self)
    for text in [controls, #"say "hi" \ to /usr/bin"#, "工资 ¥1,000 😀", "", "\u{7F}\u{2028}", "a\u{0}b"] {
      try Self.expectSame(.string(text), "string \(text.debugDescription)")
      try Self.expectSame(.object(["key \(text)": .string(text)]), "key \(text.debugDescription)")
    }
  }

  /// Keys in byte order (upper case before lower, `_` between, digits as text), empty and nested containers,
  /// objects in arrays in objects (the indentation of each level), integers at their limits, booleans.
  @Test func layout() throws {
    let keys = ["b", "B", "_", "a", "10", "9", "é", "aa", "a b", ""]
    try Self.expectSame(.object(Dictionary(uniqueKeysWithValues: keys.map { ($0, .number($0.utf8.count)) })), "keys")
    try Self.expectSame(.array([]), "empty array")
    try Self.expectSame(.object([:]), "empty object")
    let nested = Value.object([
      "x": .array([.array([]), .array([.number(1), .number(-2)]), .object([:])]),
      "y": .array([.object(["z": .array([]), "w": .object(["v": .array([.bool(true), .bool(false)])])])]),
      "n": .number(Int.min), "m": .number(Int.max),
    ])
    try Self.expectSame(nested, "nesting")
    try Self.expectSame(.array([nested, nested]), "nesting in an array")
  }

  /// Of a key written twice, the last value is kept, as `JSONEncoder` keeps it.
  @Test func aKeyWrittenTwiceKeepsItsLastValue() {
    for pretty in [true, false] {
      let ours = Self.written(
        { json in
          json.object {
            $0.field("b", "first")
            $0.field("a", 1)
            $0.field("b", "second")
          }
        }, pretty: pretty)
      #expect(ours == (pretty ? "{\n  \"a\" : 1,\n  \"b\" : \"second\"\n}" : #"{"a":1,"b":"second"}"#))
    }
  }

  static let scenarios: [String] = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    let golden = root.appendingPathComponent("Golden")
    let examples = root.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples")
    let files =
      (FileManager.default.enumerator(atPath: golden.path)?.allObjects as? [String] ?? [])
      .map { golden.appendingPathComponent($0).path }
      + ((try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? [])
      .map { examples.appendingPathComponent($0).path }
    return files.filter { $0.hasSuffix(".json") && !$0.hasSuffix(".expected.json") }.sorted()
  }()

  @Test func thereAreScenariosToCompare() { #expect(Self.scenarios.count > 100) }

  /// Each output, parsed and encoded again by `JSONEncoder`, is the same bytes; each citation is as it encodes.
  @Test(arguments: scenarios)
  func determinationsErrorsAndCitations(path: String) throws {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    let outcome = Result { () throws(EvaluationError) in
      try Self.engine.evaluate(Scenario.decode(data, using: Self.engine.rulebook))
    }
    for pretty in [true, false] {
      var outputs: [String] = []
      switch outcome {
      case .success(let d):
        for trace in TraceLevel.allCases {
          let renderer = JSONRenderer(pretty: pretty, trace: trace)
          outputs += [renderer.render(d), renderer.render(d, line: 7)]
        }
        for citation in d.items.flatMap({ $0.citations + $0.steps.flatMap(\.citations) }) {
          #expect(Self.written({ $0.write(citation) }, pretty: pretty) == (try Self.encoded(citation, pretty: pretty)))
        }
      case .failure(let error):
        let renderer = JSONRenderer(pretty: pretty)
        outputs += [renderer.render(error: error), renderer.render(error: error, line: 7)]
      }
      for output in outputs {
        let value = try JSONDecoder().decode(Value.self, from: Data(output.utf8))
        #expect(output == (try Self.encoded(value, pretty: pretty)) + (pretty ? "\n" : ""), "\(path)")
      }
    }
  }
}
