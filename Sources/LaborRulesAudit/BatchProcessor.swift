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
  public var maxLine: Int { splitter.limit }
  public private(set) var count = 0
  public private(set) var errors = 0
  private var splitter: LineSplitter
  private let renderer: JSONRenderer

  /// The threads that evaluate the lines of one `feed` (1: the caller's alone).
  public let workers: Int

  public init(
    engine: Engine, overrides: [String: String] = [:], trace: TraceLevel = .summary,
    maxLine: Int = InputLimits.maximumBytes, workers: Int = 1
  ) {
    (self.engine, self.overrides, self.workers) = (engine, overrides, workers)
    splitter = LineSplitter(limit: maxLine)
    renderer = JSONRenderer(pretty: false, trace: trace)
  }

  /// Consumes bytes; returns one output line for each input line they complete, evaluated on `workers` threads.
  public mutating func feed(_ chunk: some Collection<UInt8>) -> [String] {
    outputs(for: splitter.feed(chunk))
  }

  /// Ends the stream: a last line without a newline still has its output line.
  public mutating func finish() -> [String] {
    splitter.finish().map { outputs(for: [$0]) } ?? []
  }

  /// The output lines of lines in order, numbered on from the lines before.
  private mutating func outputs(for lines: [LineSplitter.Line]) -> [String] {
    let (first, processor) = (count + 1, self)
    let outputs = concurrentMap(Array(lines.enumerated()), workers: workers, block: 4) { _, line in
      processor.output(for: line.element, number: first + line.offset)
    }
    count += lines.count
    errors += outputs.filter(\.failed).count
    return outputs.map(\.text)
  }

  /// The output line for one input line (an error object for a line over the limit).
  private func output(for line: LineSplitter.Line, number: Int) -> (text: String, failed: Bool) {
    let (engine, overrides) = (self.engine, self.overrides)
    let outcome = Result { () throws(EvaluationError) -> Determination in
      switch line {
      case .tooLong(let count): throw .badInput(field: "(line)", reason: splitter.overLimit(count))
      case .text(let bytes):
        var scenario = try Scenario.decode(Data(bytes), using: engine.rulebook)
        scenario.assumptions.merge(overrides) { $1 }
        return try engine.evaluate(
          scenario, alternatives: renderer.trace != .none, derivation: renderer.trace.showsDerivation)
      }
    }
    switch outcome {
    case .success(let d):
      return (renderer.render(d, line: number), false)
    case .failure(let error): return (renderer.render(error: error, line: number), true)
    }
  }
}
