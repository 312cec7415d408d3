import Foundation

/// JSON written straight into bytes, laid out byte for byte as `JSONEncoder` lays it out on Linux with
/// `.sortedKeys` and `.withoutEscapingSlashes` (and `.prettyPrinted` when `pretty`): keys in the order of their
/// UTF-8 bytes, whatever order the fields are written in. The renderer writes determinations and errors with it;
/// through `Codable`, their encoding was half the time of a `batch --trace full` line.
struct JSONWriter {
  private(set) var bytes: [UInt8] = []
  let pretty: Bool
  /// The fields written so far of every object being written: a key and where its `"key":value` is.
  private var fields: [(key: String, start: Int, end: Int)] = []
  /// Where each object being written has its first field in `fields`, innermost last.
  private var objects: [Int] = []
  /// How many objects and arrays enclose what is written now (its indentation when `pretty`).
  private var level = 0

  init(pretty: Bool) { self.pretty = pretty }

  /// `{…}` with the fields `body` writes.
  mutating func object(_ body: (inout JSONWriter) -> Void) {
    let (start, depth) = (bytes.count, level)
    bytes.append(UInt8(ascii: "{"))
    objects.append(fields.count)
    level += 1
    body(&self)
    level -= 1
    let first = objects.removeLast()
    close(object: start, fields: first, depth: depth)
    fields.removeSubrange(first...)
  }

  /// A field of the innermost object, its value written by `value`. Written in key order, fields stay where
  /// they are written; otherwise the object is rewritten when it closes.
  mutating func field(_ key: String, _ value: (inout JSONWriter) -> Void) {
    if fields.count > objects.last ?? fields.count { bytes.append(UInt8(ascii: ",")) }
    if pretty { bytes += Self.newline(level) }
    let start = bytes.count
    Self.append(quoted: key, to: &bytes)
    bytes += pretty ? Array(" : ".utf8) : [UInt8(ascii: ":")]
    value(&self)
    fields.append((key, start, bytes.count))
  }

  /// A string field, left out when `nil`, as `encodeIfPresent` leaves it out.
  mutating func field(_ key: String, _ value: String?) {
    if let value { field(key) { $0.string(value) } }
  }

  mutating func field(_ key: String, _ value: Int) { field(key) { $0.number(value) } }

  mutating func field(_ key: String, _ value: Bool) { field(key) { $0.bool(value) } }

  mutating func number(_ value: Int) { bytes += String(value).utf8 }

  mutating func bool(_ value: Bool) { bytes += (value ? "true" : "false").utf8 }

  /// `[…]`, each element written by `element`.
  mutating func array<Elements: Collection>(
    _ elements: Elements, _ element: (inout JSONWriter, Elements.Element) -> Void
  ) {
    let depth = level
    level += 1
    bytes.append(UInt8(ascii: "["))
    for (index, value) in elements.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      if pretty { bytes += Self.newline(depth + 1) }
      element(&self, value)
    }
    level -= 1
    end(UInt8(ascii: "]"), depth: depth, empty: elements.isEmpty)
  }

  mutating func array(_ strings: [String]) { array(strings) { $0.string($1) } }

  /// `string` in quotes, escaped as `JSONEncoder` escapes it (slashes left alone). Most strings need no escape,
  /// which libc's `strcspn` finds at memory speed (it stops at a NUL too, so a string holding one is escaped
  /// byte by byte).
  mutating func string(_ string: String) { Self.append(quoted: string, to: &bytes) }

  /// Ends an object begun at `start` whose fields begin at `first` in `fields`: if they were not written in
  /// key order, rewrites them in it; of a key written twice the last value is kept, as `JSONEncoder` keeps it.
  private mutating func close(object start: Int, fields first: Int, depth: Int) {
    let written = fields[first...]
    if !zip(written, written.dropFirst()).allSatisfy({ Self.compare($0.key, $1.key) < 0 }) {
      let sorted = written.enumerated().sorted {
        let order = Self.compare($0.element.key, $1.element.key)
        return order == 0 ? $0.offset < $1.offset : order < 0
      }.map(\.element)
      let kept = sorted.indices.filter {
        $0 == sorted.count - 1 || Self.compare(sorted[$0].key, sorted[$0 + 1].key) != 0
      }
      var object: [UInt8] = []
      for (number, index) in kept.enumerated() {
        if number > 0 { object.append(UInt8(ascii: ",")) }
        if pretty { object += Self.newline(depth + 1) }
        object += bytes[sorted[index].start..<sorted[index].end]
      }
      bytes.replaceSubrange((start + 1)..., with: object)
    }
    end(UInt8(ascii: "}"), depth: depth, empty: written.isEmpty)
  }

  /// The closing bracket of a container at `depth`; when `pretty`, on its own line, after a blank line if the
  /// container is empty (as `JSONEncoder` lays out `{}` and `[]`).
  private mutating func end(_ bracket: UInt8, depth: Int, empty: Bool) {
    if pretty { bytes += (empty ? [UInt8(ascii: "\n")] : []) + Self.newline(depth) }
    bytes.append(bracket)
  }

  /// A line break and the indentation of `depth`.
  private static func newline(_ depth: Int) -> [UInt8] {
    [UInt8(ascii: "\n")] + Array(repeating: UInt8(ascii: " "), count: 2 * depth)
  }

  /// Two keys in the order of their UTF-8 bytes (negative, zero or positive), by libc's `memcmp`.
  private static func compare(_ a: String, _ b: String) -> Int32 {
    var (a, b) = (a, b)
    return a.withUTF8 { x in
      b.withUTF8 { y in
        guard let p = x.baseAddress, let q = y.baseAddress, case let common = memcmp(p, q, min(x.count, y.count)),
          common != 0
        else { return x.count < y.count ? -1 : x.count > y.count ? 1 : 0 }
        return common
      }
    }
  }

  private static func append(quoted string: String, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    if string.withCString({ strcspn($0, escaped) }) == string.utf8.count {
      output += string.utf8
    } else {
      for byte in string.utf8 {
        switch byte {
        case UInt8(ascii: "\""): output += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
        case UInt8(ascii: "\\"): output += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
        case 0x08: output += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
        case 0x0C: output += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
        case UInt8(ascii: "\n"): output += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
        case UInt8(ascii: "\r"): output += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
        case UInt8(ascii: "\t"): output += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
        case 0x00...0x1F:
          let hex = Array("0123456789abcdef".utf8)
          output += Array("\\u00".utf8) + [hex[Int(byte / 16)], hex[Int(byte % 16)]]
        default: output.append(byte)
        }
      }
    }
    output.append(UInt8(ascii: "\""))
  }

  /// The bytes a JSON string escapes: 1 to 31, the quote and the backslash, NUL-terminated for `strcspn`.
  private static let escaped = (1...31).map { CChar($0) } + [CChar(UInt8(ascii: "\"")), CChar(UInt8(ascii: "\\")), 0]
}
