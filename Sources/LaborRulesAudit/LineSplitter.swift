import LaborRules

/// The lines of a byte stream fed in pieces, as `batch`, `audit` and the server's `/v1/batch` and `/v1/audit` cut
/// them: a line ends at LF or at the end of the stream, one CR ending it is dropped, so N lines in are N lines out
/// whatever the bytes. A line of more than `limit` bytes (that CR not counted) is not kept beyond the limit and
/// comes out as its length (that CR counted), so memory stays that of one line however long the stream or its
/// lines.
///
/// ```swift
/// var splitter = LineSplitter(limit: 4)
/// splitter.feed(Array("ab\r\ncdefg\nh".utf8))   // [.text(Array("ab".utf8)), .tooLong(5)]
/// splitter.finish()                             // .text(Array("h".utf8))
/// ```
public struct LineSplitter: Sendable {
  public enum Line: Sendable, Hashable { case text([UInt8]), tooLong(Int) }

  public let limit: Int
  /// The current line's bytes so far, at most `limit + 1` of them (a CR before the LF may follow the limit).
  private var pending: [UInt8] = []
  /// The current line's length when it has outgrown the limit (its bytes are dropped as they arrive).
  private var overlong: Int?

  public init(limit: Int) { self.limit = Swift.max(0, limit) }

  /// The lines these bytes complete.
  public mutating func feed(_ chunk: some Collection<UInt8>) -> [Line] {
    let bytes = Array(chunk)  // contiguous: a `Data` searched byte by byte is several times slower
    var lines: [Line] = []
    var rest = bytes[...]
    while let newline = rest.firstIndex(of: UInt8(ascii: "\n")) {
      append(rest[..<newline])
      lines.append(endLine())
      rest = rest[(newline + 1)...]
    }
    append(rest)
    return lines
  }

  /// The last line, when the stream ends without a newline after it.
  public mutating func finish() -> Line? {
    !pending.isEmpty || overlong != nil ? endLine() : nil
  }

  /// Why a line of `count` bytes was not read, in both languages.
  public func overLimit(_ count: Int) -> Localized {
    Localized("这一行有 \(count) 字节，超过上限 \(limit) 字节", en: "the line has \(count) bytes, more than the limit of \(limit)")
  }

  private mutating func append(_ bytes: some Collection<UInt8>) {
    if let length = overlong {
      overlong = length + bytes.count
    } else if pending.count + bytes.count - 1 > limit {  // `limit + 1` would overflow at `Int.max`
      overlong = pending.count + bytes.count
      pending = []
    } else {
      pending.append(contentsOf: bytes)
    }
  }

  private mutating func endLine() -> Line {
    defer { (pending, overlong) = ([], nil) }
    if let overlong { return .tooLong(overlong) }
    var line = pending
    if line.last == UInt8(ascii: "\r") { line.removeLast() }
    return line.count > limit ? .tooLong(line.count) : .text(line)
  }
}
