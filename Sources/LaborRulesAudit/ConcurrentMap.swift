import Dispatch
import Foundation

/// Maps `items` on `workers` threads and returns the outputs in the items' order. Workers claim blocks of
/// `block` items in turn, so that uneven items still share out; worker `w` (0 ..< workers) is passed to
/// `transform`, so that a worker may keep state of its own (an audit's caches) without locks. `labor-rules audit`
/// and `batch` run on it; a service can too (one `PayrollAudit` per worker).
public func concurrentMap<Item: Sendable, Output: Sendable>(
  _ items: [Item], workers: Int, block: Int = 64, _ transform: @Sendable (_ worker: Int, Item) -> Output
) -> [Output] {
  let block = Swift.max(1, Swift.min(block, items.count))  // so that no sum of indices below can overflow
  let workers = Swift.max(1, Swift.min(workers, (items.count + block - 1) / block))
  guard workers > 1 else { return items.map { transform(0, $0) } }
  let outputs = Outputs<Output>(count: items.count)
  defer { outputs.release() }
  let claimed = NSLock()
  nonisolated(unsafe) var next = 0  // read and advanced under `claimed` only
  DispatchQueue.concurrentPerform(iterations: workers) { worker in
    while true {
      let start = claimed.withLock {
        defer { next += block }
        return next
      }
      guard start < items.count else { return }
      for index in start..<Swift.min(start + block, items.count) {
        outputs.set(index, transform(worker, items[index]))
      }
    }
  }
  return outputs.values
}

/// Outputs written by index from several threads, each index once, by one thread.
private final class Outputs<Output>: @unchecked Sendable {
  private let buffer: UnsafeMutableBufferPointer<Output>
  init(count: Int) { buffer = .allocate(capacity: count) }
  func set(_ index: Int, _ output: Output) { buffer.initializeElement(at: index, to: output) }
  /// Every element, once all are set.
  var values: [Output] { Array(buffer) }
  func release() {
    _ = buffer.deinitialize()
    buffer.deallocate()
  }
}
