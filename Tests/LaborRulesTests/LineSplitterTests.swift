import LaborRulesAudit
import Testing

/// How `batch`, `audit` and the server cut a stream into lines: at LF, a CR before it dropped, a line over the
/// limit reported by its length; the same lines however the stream arrives.
@Suite struct LineSplitterTests {
  static func text(_ string: String) -> LineSplitter.Line { .text(Array(string.utf8)) }

  static func lines(_ input: String, limit: Int, step: Int) -> [LineSplitter.Line] {
    var splitter = LineSplitter(limit: limit)
    let bytes = Array(input.utf8)
    var out: [LineSplitter.Line] = []
    for start in stride(from: 0, to: bytes.count, by: step) {
      out += splitter.feed(bytes[start..<min(bytes.count, start + step)])
    }
    return out + (splitter.finish().map { [$0] } ?? [])
  }

  /// At a limit of 4 bytes: 4 pass, with or without a CR; 5 are too long, counted with their CR (5 + 1 = 6);
  /// empty lines are lines; a last line without its newline is a line, and too long the same way.
  @Test func theLimitAndTheCarriageReturn() {
    let cases: [(String, [LineSplitter.Line])] = [
      ("abcd\n", [Self.text("abcd")]),
      ("abcd\r\n", [Self.text("abcd")]),
      ("abcde\n", [.tooLong(5)]),
      ("abcde\r\n", [.tooLong(6)]),
      ("abcde", [.tooLong(5)]),
      ("abc\rd\n", [.tooLong(5)]),  // a CR inside the line is one of its bytes
      ("ab\r\r\n", [Self.text("ab\r")]),  // one CR is dropped, not two
      ("abcd\r", [Self.text("abcd")]),  // at the end of the stream too
      ("\n\r\n", [Self.text(""), Self.text("")]),
      ("ab\r\ncdefg\nh", [Self.text("ab"), .tooLong(5), Self.text("h")]),
      ("", []),
    ]
    for (input, expected) in cases {
      #expect(Self.lines(input, limit: 4, step: 64) == expected, "\(input.debugDescription)")
    }
  }

  /// Fed one byte at a time, or in any other pieces, a stream gives the lines it gives at once.
  @Test func theLinesDoNotDependOnThePieces() {
    let input = "w1,广州\r\n" + String(repeating: "x", count: 30) + "\r\n\n\r\rend\nxxxxxxxxx\r" + "\r\nlast"
    let whole = Self.lines(input, limit: 9, step: input.utf8.count)
    // "w1,广州" is 3 + 2 × 3 = 9 bytes; 30 x and a CR are 31; "xxxxxxxxx\r\r" without its last CR is 10 > 9.
    #expect(
      whole == [Self.text("w1,广州"), .tooLong(31), Self.text(""), Self.text("\r\rend"), .tooLong(11), Self.text("last")])
    for step in 1...12 {
      #expect(Self.lines(input, limit: 9, step: step) == whole, "pieces of \(step) bytes")
    }
  }

  /// No limit (`Int.max`, a server's setting) does not overflow the count of a line's bytes.
  @Test func noLimitDoesNotOverflow() {
    #expect(Self.lines("abc\r\ndef", limit: .max, step: 2) == [Self.text("abc"), Self.text("def")])
  }
}
