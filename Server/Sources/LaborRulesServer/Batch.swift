import Foundation
import LaborRules
import LaborRulesAudit

/// `/v1/batch`: JSON Lines in, JSON Lines out, one output line per input line, in order: the library's
/// `BatchProcessor`, the one `labor-rules batch` runs. It is pulled: each output chunk is made when the response
/// writer asks for it, from the request bytes that have arrived, so a slow reader slows the reading and memory stays
/// flat however long the stream. A line longer than the limit is dropped as it arrives (never held) and answered
/// with an error line.
struct JSONLinesEvaluation<Upstream: AsyncSequence & Sendable>: AsyncSequence, Sendable
where Upstream.Element == ArraySlice<UInt8> {
  typealias Element = ArraySlice<UInt8>
  let upstream: Upstream
  let processor: BatchProcessor

  func makeAsyncIterator() -> Iterator { Iterator(upstream: upstream.makeAsyncIterator(), processor: processor) }

  struct Iterator: AsyncIteratorProtocol {
    var upstream: Upstream.AsyncIterator
    var processor: BatchProcessor
    var finished = false

    mutating func next() async throws -> ArraySlice<UInt8>? {
      while !finished {
        let lines: [String]
        if let chunk = try await upstream.next() {
          lines = processor.feed(chunk)
        } else {
          finished = true
          lines = processor.finish()
        }
        if !lines.isEmpty { return ArraySlice(lines.map { $0 + "\n" }.joined().utf8) }
      }
      return nil
    }
  }
}
