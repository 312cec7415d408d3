// The benchmark: prints figures, never asserts them. Run it in release mode:
//   swift build -c release && swift run -c release labor-rules-bench [ROUNDS] [AUDIT_ROWS]
// 1. in-library evaluations of every golden scenario, with the derivation (and the other readings) and without;
// 2. a seeded payroll of AUDIT_ROWS rows audited by the release `labor-rules audit` as a whole process: rows per
//    second, wall time and peak resident memory;
// 3. one `labor-rules eval` of an example file as a whole process (median of 20 runs).
import Foundation
import LaborRules
import LaborRulesPacks

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()
let arguments = CommandLine.arguments.dropFirst()
let rounds = arguments.first.flatMap(Int.init) ?? 100
let auditRows = arguments.dropFirst().first.flatMap(Int.init) ?? 100_000
let engine = Engine(rulebook: .guangdong)
let goldenDir = root.appendingPathComponent("Tests/LaborRulesTests/Golden")
let files = (FileManager.default.enumerator(at: goldenDir, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? [])
  .filter { $0.lastPathComponent.hasSuffix(".json") && !$0.lastPathComponent.hasSuffix(".expected.json") }
let scenarios = files.compactMap { try? Scenario.decode(Data(contentsOf: $0), using: engine.rulebook) }

func seconds(_ body: () -> Void) -> Double {
  let elapsed = ContinuousClock().measure(body)
  return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

func measure(_ label: String, _ subset: [Scenario] = scenarios, _ body: (Scenario) -> Void) {
  let time = seconds { for _ in 0..<rounds { subset.forEach(body) } }
  let count = rounds * subset.count
  print(
    "\(label): \(count) evaluations in \(String(format: "%.3f", time)) s = "
      + "\(Int(Double(count) / time))/s, \(String(format: "%.1f", time / Double(count) * 1e6)) µs each")
}

/// Runs a command, standard output discarded; its wall time and the peak resident memory of the children so far.
func run(_ path: String, _ arguments: [String], input: URL? = nil) -> (seconds: Double, peakMB: Double) {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: path)
  process.arguments = arguments
  process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
  process.standardError = FileHandle(forWritingAtPath: "/dev/null")
  if let input { process.standardInput = try? FileHandle(forReadingFrom: input) }
  let time = seconds {
    try? process.run()
    process.waitUntilExit()
  }
  var usage = rusage()
  getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
  return (time, Double(usage.ru_maxrss) / 1024)
}

let cli = root.appendingPathComponent(".build/release/labor-rules").path
print("\(scenarios.count) golden scenarios × \(rounds) rounds; \(ProcessInfo.processInfo.activeProcessorCount) cores")

// 2. The audit first, so that the peak memory of the children is its own.
if FileManager.default.isExecutableFile(atPath: cli) {
  let csv = root.appendingPathComponent(".build/bench-payroll.csv")
  var text = PayrollAuditSample.header + "\n"
  var state: UInt64 = 2026
  for row in 0..<auditRows { text += PayrollAuditSample.row(row, &state) + "\n" }
  try? text.write(to: csv, atomically: true, encoding: .utf8)
  let (time, peak) = run(cli, ["audit", csv.path])
  print(
    "audit \(auditRows) rows as a whole process: \(String(format: "%.2f", time)) s = "
      + "\(Int(Double(auditRows) / time)) rows/s, peak RSS \(String(format: "%.1f", peak)) MB")
  let example = root.appendingPathComponent("Examples/stoppage-beyond-one-pay-cycle.json").path
  let times = (0..<20).map { _ in run(cli, ["eval", example]).seconds }.sorted()
  print("eval of one file as a whole process: median \(String(format: "%.1f", times[10] * 1000)) ms")
} else {
  print("(build the release CLI first — swift build -c release — to time the audit and eval as whole processes)")
}

// 1. In-library evaluations.
measure("evaluate with the derivation and other readings") { _ = try? engine.evaluate($0) }
measure("evaluate without other readings") { _ = try? engine.evaluate($0, alternatives: false) }
for kind in engine.rulebook.entitlements.map(\.kind) {
  let ofKind = scenarios.filter { type(of: $0.facts) == engine.rulebook.entitlement(kind: kind)?.factsType }
  guard !ofKind.isEmpty else { continue }
  measure("  \(kind) (\(ofKind.count))", ofKind) { _ = try? engine.evaluate($0, alternatives: false) }
}
let renderer = JSONRenderer(pretty: false)
measure("evaluate + JSON with the full trace") { if let d = try? engine.evaluate($0) { _ = renderer.render(d) } }
