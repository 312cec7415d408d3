import Foundation
import LaborRules

/// The batch stream (`labor-rules batch`, the server's `/v1/batch`), separated from I/O: bytes in, one JSON line
/// out per input line, in order, whatever the bytes are. A line is ended by LF (a CR before it is dropped) or by
/// the end of the stream; a line longer than `maxLine` bytes is not buffered beyond that limit and yields a
/// bad-input error object for field `(line)`. Each output line is the result of `eval --format json` (other
/// readings' totals unless the trace is `none`) or an error object, with its `line` number.
public struct BatchProcessor: Sendable {
  public let engine: Engine
  public let overrides: [String: String]
  public let maxLine: Int
  public private(set) var count = 0
  public private(set) var errors = 0
  /// The current line's bytes so far, at most `maxLine + 1` of them (a CR before the LF may follow the limit).
  private var pending: [UInt8] = []
  /// The current line's length when it has outgrown the limit (its bytes are dropped as they arrive).
  private var overlong: Int?
  private let renderer: JSONRenderer

  /// The threads that evaluate the lines of one `feed` (1: the caller's alone).
  public let workers: Int

  public init(
    engine: Engine, overrides: [String: String] = [:], trace: TraceLevel = .summary,
    maxLine: Int = InputLimits.maximumBytes, workers: Int = 1
  ) {
    (self.engine, self.overrides, self.workers) = (engine, overrides, workers)
    self.maxLine = Swift.max(0, maxLine)
    renderer = JSONRenderer(pretty: false, trace: trace)
  }

  /// Consumes bytes; returns one output line for each input line they complete, evaluated on `workers` threads.
  public mutating func feed(_ chunk: some Collection<UInt8>) -> [String] {
    let bytes = Array(chunk)  // contiguous: a `Data` searched byte by byte is several times slower
    var lines: [Result<Data, EvaluationError>] = []
    var rest = bytes[...]
    while let newline = rest.firstIndex(of: UInt8(ascii: "\n")) {
      append(rest[..<newline])
      lines.append(endLine())
      rest = rest[(newline + 1)...]
    }
    append(rest)
    return outputs(for: lines)
  }

  /// Ends the stream: a last line without a newline still has its output line.
  public mutating func finish() -> [String] {
    !pending.isEmpty || overlong != nil ? outputs(for: [endLine()]) : []
  }

  private mutating func append(_ bytes: some Collection<UInt8>) {
    if let length = overlong {
      overlong = length + bytes.count
    } else if pending.count + bytes.count - 1 > maxLine {  // `maxLine + 1` would overflow at `Int.max`
      overlong = pending.count + bytes.count
      pending = []
    } else {
      pending.append(contentsOf: bytes)
    }
  }

  /// The line just ended: its bytes without a final CR, or the error that replaces them.
  private mutating func endLine() -> Result<Data, EvaluationError> {
    defer { (pending, overlong) = ([], nil) }
    var line = pending
    if overlong == nil, line.last == UInt8(ascii: "\r") { line.removeLast() }
    if overlong == nil, line.count > maxLine { return .failure(tooLong(line.count)) }
    return overlong.map { .failure(tooLong($0)) } ?? .success(Data(line))
  }

  private func tooLong(_ count: Int) -> EvaluationError {
    .badInput(
      field: "(line)",
      reason: Localized(
        "这一行有 \(count) 字节，超过上限 \(maxLine) 字节", en: "the line has \(count) bytes, more than the limit of \(maxLine)"))
  }

  /// The output lines of lines in order, numbered on from the lines before.
  private mutating func outputs(for lines: [Result<Data, EvaluationError>]) -> [String] {
    let (first, processor) = (count + 1, self)
    let outputs = concurrentMap(Array(lines.enumerated()), workers: workers, block: 4) { _, line in
      processor.output(for: line.element, number: first + line.offset)
    }
    count += lines.count
    errors += outputs.filter(\.failed).count
    return outputs.map(\.text)
  }

  /// The output line for one input line's bytes (or the error that replaces them).
  private func output(for input: Result<Data, EvaluationError>, number: Int) -> (text: String, failed: Bool) {
    let (engine, overrides) = (self.engine, self.overrides)
    let outcome = input.flatMap { data in
      Result { () throws(EvaluationError) -> Determination in
        var scenario = try Scenario.decode(data, using: engine.rulebook)
        scenario.assumptions.merge(overrides) { $1 }
        return try engine.evaluate(
          scenario, alternatives: renderer.trace != .none, derivation: renderer.trace.showsDerivation)
      }
    }
    switch outcome {
    case .success(let d):
      return (renderer.render(Line(line: number, body: DeterminationJSON(d, trace: renderer.trace))), false)
    case .failure(let error): return (renderer.render(Line(line: number, body: ErrorJSON(error))), true)
    }
  }
}

/// A batch output line: the result or error object with its input line number first.
struct Line<Body: Encodable>: Encodable {
  let line: Int
  let body: Body
  func encode(to encoder: any Encoder) throws {
    try body.encode(to: encoder)
    var c = encoder.container(keyedBy: AnyCodingKey.self)
    try c.encode(line, forKey: AnyCodingKey("line"))
  }
}

private struct AnyCodingKey: CodingKey {
  let stringValue: String
  var intValue: Int? { nil }
  init(_ string: String) { stringValue = string }
  init?(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}
