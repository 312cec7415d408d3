import Foundation
import LaborRules

/// `/v1/batch`: JSON Lines in, JSON Lines out, one output line per input line, in order, as `labor-rules batch`
/// writes them. It is pulled: each output chunk is made when the response writer asks for it, from the request
/// bytes that have arrived, so a slow reader slows the reading and memory stays flat however long the stream.
/// A line longer than the limit is skipped as it arrives (never held) and answered with an error line.
struct JSONLinesEvaluation<Upstream: AsyncSequence & Sendable>: AsyncSequence, Sendable
where Upstream.Element == ArraySlice<UInt8> {
  typealias Element = ArraySlice<UInt8>
  let upstream: Upstream
  let engine: Engine
  let trace: TraceLevel
  let maxLine: Int

  func makeAsyncIterator() -> Iterator {
    Iterator(upstream: upstream.makeAsyncIterator(), engine: engine, trace: trace, maxLine: maxLine)
  }

  struct Iterator: AsyncIteratorProtocol {
    var upstream: Upstream.AsyncIterator
    let engine: Engine
    let trace: TraceLevel
    let maxLine: Int
    var pending: [UInt8] = []
    /// Inside a line over the limit: its bytes are dropped until its newline.
    var skipping = false
    var line = 0
    var finished = false

    init(upstream: Upstream.AsyncIterator, engine: Engine, trace: TraceLevel, maxLine: Int) {
      (self.upstream, self.engine, self.trace, self.maxLine) = (upstream, engine, trace, maxLine)
    }

    mutating func next() async throws -> ArraySlice<UInt8>? {
      while !finished {
        guard let chunk = try await upstream.next() else {
          finished = true
          if skipping { return ArraySlice(tooLong()) }
          if !pending.isEmpty { return ArraySlice(evaluate()) }
          return nil
        }
        var out: [UInt8] = []
        var start = chunk.startIndex
        while let newline = chunk[start...].firstIndex(of: UInt8(ascii: "\n")) {
          let segment = chunk[start..<newline]
          if skipping || pending.count + segment.count > maxLine {
            out += tooLong()
          } else {
            pending += segment
            out += evaluate()
          }
          start = chunk.index(after: newline)
        }
        let rest = chunk[start...]
        if !skipping {
          if pending.count + rest.count > maxLine {
            skipping = true
            pending.removeAll()
          } else {
            pending += rest
          }
        }
        if !out.isEmpty { return ArraySlice(out) }
      }
      return nil
    }

    /// The output line of the pending input line.
    mutating func evaluate() -> [UInt8] {
      line += 1
      let data = Data(pending)
      pending.removeAll(keepingCapacity: true)
      let renderer = JSONRenderer(pretty: false)
      let text: String
      do {
        let scenario = try Scenario.decode(data, using: engine.rulebook)
        let d = try engine.evaluate(scenario, alternatives: trace != .none)
        text = renderer.render(Line(line: line, body: DeterminationJSON(d, trace: trace)))
      } catch {
        text = renderer.render(Line(line: line, body: ErrorJSON(error)))
      }
      return Array((text + "\n").utf8)
    }

    mutating func tooLong() -> [UInt8] {
      line += 1
      skipping = false
      pending.removeAll(keepingCapacity: true)
      let error = EvaluationError.badInput(
        field: "(line)",
        reason: Localized("这一行超过 \(maxLine) 字节的上限", en: "the line is over the server's limit of \(maxLine) bytes"))
      return Array((JSONRenderer(pretty: false).render(Line(line: line, body: ErrorJSON(error))) + "\n").utf8)
    }
  }
}

/// A batch output line: the result or error object with its input line number, as `labor-rules batch` writes it.
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
