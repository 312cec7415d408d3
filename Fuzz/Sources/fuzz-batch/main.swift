// The batch stream (`labor-rules batch`, the server's `/v1/batch`): any bytes, fed in pieces the input chooses,
// must give exactly one output line per input line, in order, each a JSON object with its line number.
import Foundation
import FuzzSupport
import LaborRules
import LaborRulesAudit
import LaborRulesPacks

let engine = Engine(rulebook: .guangdong)
let decoder = JSONDecoder()

/// The one field every output line must carry: decoding it checks the whole line is one JSON object.
struct Numbered: Decodable { let line: Int }

/// Bytes 1 to 31, NUL-terminated, for `strcspn` (which stops at a NUL too, so a NUL byte is caught by the count).
let controlCharacters = (1...31).map { CChar($0) } + [0]

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
    // libc's `strcspn` and `JSONDecoder`, not a byte loop and `JSONSerialization`: compiled into the harness with
    // the fuzzer's coverage hooks, the loop was an eighth of its time, and `JSONSerialization` builds
    // `NSDictionary`s. `JSONDecoder` lets control characters through in strings it does not decode, so they are
    // checked here: a compact JSON line holds none (no newline, CR, tab or NUL), escaped or not.
    let clean = line.withCString { strcspn($0, controlCharacters) } == line.utf8.count
    require(clean, "line \(number + 1) holds a control character")
    let numbered = try? decoder.decode(Numbered.self, from: Data(line.utf8))
    require(numbered?.line == number + 1, "line \(number + 1) out of order or not JSON")
  }
}
