import Testing

@testable import LaborRulesAudit

/// `concurrentMap`, which `audit` and `batch` evaluate with: every item once, outputs in the items' order,
/// each worker's index in range, whatever the number of workers and the block size.
@Suite struct ConcurrentMapTests {
  @Test(arguments: [
    (0, 1, 64), (1, 2, 64), (1_000, 2, 7), (1_000, 3, 1), (257, 0, 64), (10, 8, 4), (5, 2, 0), (9, 2, .max),
    (9, 2, .min),
  ])
  func outputsKeepTheItemsOrder(count: Int, workers: Int, block: Int) {
    let items = Array(0..<count)
    let outputs = concurrentMap(items, workers: workers, block: block) { worker, item in (worker, item * item) }
    #expect(outputs.map(\.1) == items.map { $0 * $0 })
    #expect(outputs.allSatisfy { $0.0 >= 0 && $0.0 < Swift.max(workers, 1) })
  }
}
