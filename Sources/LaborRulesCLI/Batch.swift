import ArgumentParser
import Foundation
import LaborRules

extension LaborRulesCommand {
  /// `labor-rules batch [FILE|-]`: JSON Lines in, JSON Lines out, one output line per input line.
  struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Evaluate a stream of scenarios (JSON Lines): one result or error object out per line in, in order.",
      discussion: """
        Each output line is the JSON result of `eval --format json` with a "line" field, or \
        {"line": N, "error": {…}}. Every input line has its output line, in order: blank lines, garbage, \
        invalid UTF-8, a line over 1 MiB and a last line without a newline each yield an error object or a \
        result; CRLF line ends and a byte-order mark are accepted. Exits 0 once every line has its output \
        line; the count of error lines goes to standard error, with progress every 10,000 lines when \
        standard error is a terminal.

          labor-rules batch payroll.jsonl > results.jsonl
          generate-cases | labor-rules batch - | jq .total
        """)

    @Argument(help: "A JSON Lines file, or - (the default) for standard input.")
    var file: String = "-"

    @Option(
      help: """
        How much derivation each line carries: summary (default: items and citations), none (items only: the \
        smallest lines, the fastest) or full (the trace of each item and the other readings).
        """)
    var trace: TraceLevel = .summary

    @OptionGroup var assumptions: AssumptionOptions

    func run() throws {
      guard let handle = file == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: file) else {
        throw ValidationError("cannot read '\(file)'")
      }
      var processor = BatchProcessor(overrides: try assumptions.overrides, trace: trace)
      let showProgress = isatty(STDERR_FILENO) == 1
      var readFailure: String?
      while true {
        let chunk: Data
        do { chunk = try handle.read(upToCount: 1 << 16) ?? Data() } catch {
          readFailure = "\(error)"
          break
        }
        if chunk.isEmpty { break }
        let before = processor.count
        for line in processor.feed(chunk) { print(line) }
        if showProgress, processor.count / 10_000 > before / 10_000 {
          writeToStandardError("\r\(processor.count) lines…")
        }
      }
      for line in processor.finish() { print(line) }
      let summary = "\(showProgress ? "\r" : "")\(processor.count) lines, \(processor.errors) errors\n"
      writeToStandardError(summary)
      if let readFailure {
        writeToStandardError("error: reading stopped after line \(processor.count): \(readFailure)\n")
        throw ExitCode(ExitStatus.badInput.rawValue)
      }
    }
  }
}

/// The batch stream, separated from I/O: bytes in, one JSON line out per input line, in order, whatever the
/// bytes are. A line is ended by LF (a CR before it is dropped) or by the end of the stream; a line longer than
/// `InputLimits.maximumBytes` is not buffered beyond that limit and yields a bad-input error object.
struct BatchProcessor {
  let overrides: [String: String]
  private(set) var count = 0
  private(set) var errors = 0
  /// The current line's bytes so far, at most `InputLimits.maximumBytes + 1` of them.
  private var pending: [UInt8] = []
  /// The current line's length when it has outgrown the limit (its bytes are dropped as they arrive).
  private var overlong: Int?
  private let renderer: JSONRenderer

  init(overrides: [String: String] = [:], trace: TraceLevel = .summary) {
    self.overrides = overrides
    renderer = JSONRenderer(pretty: false, trace: trace)
  }

  /// Consumes bytes; returns one output line for each input line they complete.
  mutating func feed(_ chunk: some Collection<UInt8>) -> [String] {
    var out: [String] = []
    var rest = chunk[...]
    while let newline = rest.firstIndex(of: UInt8(ascii: "\n")) {
      append(rest[..<newline])
      out.append(endLine())
      rest = rest[rest.index(after: newline)...]
    }
    append(rest)
    return out
  }

  /// Ends the stream: a last line without a newline still has its output line.
  mutating func finish() -> [String] {
    !pending.isEmpty || overlong != nil ? [endLine()] : []
  }

  private mutating func append(_ bytes: some Collection<UInt8>) {
    if let length = overlong {
      overlong = length + bytes.count
    } else if pending.count + bytes.count > InputLimits.maximumBytes + 1 {
      overlong = pending.count + bytes.count
      pending = []
    } else {
      pending.append(contentsOf: bytes)
    }
  }

  private mutating func endLine() -> String {
    defer { (pending, overlong) = ([], nil) }
    var line = pending
    if overlong == nil, line.last == UInt8(ascii: "\r") { line.removeLast() }
    return output(for: overlong.map { .failure(InputLimits.tooLarge($0)) } ?? .success(Data(line)))
  }

  /// The output line for one input line's bytes (or the error that replaces them).
  mutating func output(for input: Result<Data, EvaluationError>) -> String {
    count += 1
    let overrides = self.overrides
    let outcome = input.flatMap { data in
      Result { () throws(EvaluationError) -> Determination in
        var scenario = try Scenario.decode(data, using: engine.rulebook)
        scenario.assumptions.merge(overrides) { $1 }
        return try engine.evaluate(scenario, alternatives: renderer.trace != .none)
      }
    }
    switch outcome {
    case .success(let d): return renderer.render(Line(line: count, body: DeterminationJSON(d, trace: renderer.trace)))
    case .failure(let error):
      errors += 1
      return renderer.render(Line(line: count, body: ErrorJSON(error)))
    }
  }
}

/// A batch output line: the result or error object with its input line number first.
private struct Line<Body: Encodable>: Encodable {
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

/// Writes to standard error, ignoring a closed or full stream: `FileHandle.write(_: Data)` traps when the
/// write fails (`labor-rules … 2>&-`), the throwing `write(contentsOf:)` does not.
func writeToStandardError(_ text: String) {
  try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
}
