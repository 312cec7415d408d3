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
        {"line": N, "error": {…}}. Blank lines yield an error object too, so input and output line up. \
        Exits 0 once every line has its output line; the count of error lines goes to standard error, \
        with progress every 10,000 lines when standard error is a terminal.

          labor-rules batch payroll.jsonl > results.jsonl
          generate-cases | labor-rules batch - | jq .total
        """)

    @Argument(help: "A JSON Lines file, or - (the default) for standard input.")
    var file: String = "-"

    @OptionGroup var assumptions: AssumptionOptions

    func run() throws {
      guard let handle = file == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: file) else {
        throw ValidationError("cannot read '\(file)'")
      }
      let renderer = JSONRenderer(pretty: false)
      let overrides = try assumptions.overrides
      let showProgress = isatty(STDERR_FILENO) == 1
      var (count, errors) = (0, 0)
      var pending = Data()
      func process(_ line: Data) {
        count += 1
        let outcome = Result { () throws(EvaluationError) -> Determination in
          var scenario = try Scenario.decode(line, using: engine.rulebook)
          scenario.assumptions.merge(overrides) { $1 }
          return try engine.evaluate(scenario)
        }
        switch outcome {
        case .success(let d): print(renderer.render(Line(line: count, body: DeterminationJSON(d))))
        case .failure(let error):
          errors += 1
          print(renderer.render(Line(line: count, body: ErrorJSON(error))))
        }
        if showProgress, count % 10_000 == 0 { FileHandle.standardError.write(Data("\r\(count) lines…".utf8)) }
      }
      while case let chunk = handle.readData(ofLength: 1 << 16), !chunk.isEmpty {
        pending.append(chunk)
        while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
          process(pending[pending.startIndex..<newline])
          pending.removeSubrange(pending.startIndex...newline)
        }
      }
      if !pending.isEmpty { process(pending) }
      FileHandle.standardError.write(Data("\(showProgress ? "\r" : "")\(count) lines, \(errors) errors\n".utf8))
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
