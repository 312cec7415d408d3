// The batch stream (`labor-rules batch`, the server's `/v1/batch`): any bytes, fed in pieces the input chooses,
// must give exactly one output line per input line, in order, each a JSON object with its line number.
import Foundation
import FuzzSupport
import LaborRules
import LaborRulesAudit
import LaborRulesPacks

let engine = Engine(rulebook: .guangdong)

runFuzzer { bytes in
  let input = [UInt8](bytes)
  // The first byte picks where the stream is cut into chunks, as reads of a pipe would cut it; the second, how
  // many threads evaluate the lines of a chunk (1 to 3: the order and the count must not depend on it), the
  // trace level (`--trace full`, `summary` or `none`: with and without the derivation and the other readings),
  // and the line limit: 1 MiB below 126 (the seeds' `{` is 123), else 0 to 129 bytes, so that lines over the
  // limit, split across chunks, are fuzzed too.
  let step = max(1, Int(input.first ?? 1))
  let second = Int(input.dropFirst().first ?? 0)
  let workers = 1 + second % 3
  let trace = TraceLevel.allCases[second / 3 % TraceLevel.allCases.count]
  let maxLine = second < 126 ? InputLimits.maximumBytes : second - 126
  var processor = BatchProcessor(engine: engine, trace: trace, maxLine: maxLine, workers: workers)
  var out: [String] = []
  var index = 0
  while index < input.count {
    out += processor.feed(input[index..<min(input.count, index + step)])
    index += step
  }
  out += processor.finish()
  let newlines = input.filter { $0 == UInt8(ascii: "\n") }.count
  let expected = newlines + (input.last.map { $0 == UInt8(ascii: "\n") ? 0 : 1 } ?? 0)
  require(out.count == expected, "\(expected) lines in, \(out.count) out")
  for (number, line) in out.enumerated() {
    // Bytes, not `String.contains(_:)`: Foundation's substring search was a sixth of the harness's time.
    require(!line.utf8.contains(UInt8(ascii: "\n")), "an output line holds a newline")
    let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
    require(object?["line"] as? Int == number + 1, "line \(number + 1) out of order or not JSON")
  }
}
