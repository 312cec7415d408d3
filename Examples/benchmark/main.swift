// The benchmark: prints figures, never asserts them. Run it in release mode:
//   swift build -c release && swift run -c release labor-rules-bench [ROUNDS] [AUDIT_ROWS]
// 1. in-library evaluations of every golden scenario, with the derivation and the other readings, with the
//    derivation alone, and with neither (per entitlement);
// 2. a seeded payroll of AUDIT_ROWS rows audited by the release `labor-rules audit` as a whole process: rows per
//    second, wall time and peak resident memory; then a sample of about 200 of its output rows compared with the
//    single-scenario results for the same facts;
// 3. `labor-rules batch --trace none` as a whole process on the golden scenarios as JSON Lines, repeated to
//    20,000 lines, and with `--trace full`;
// 4. one `labor-rules eval` of an example file as a whole process (median of 20 runs);
// 5. where an audit row's time goes: 20,000 of the payroll's rows audited in-library on one thread as they are,
//    with their overtime hours set to 0, and without their stoppages.
// Each figure that issue 11 sets a target for is followed by the target and how far off it is; the README's
// benchmark section says why.
import Foundation
import LaborRules
import LaborRulesAudit
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

/// Times `rounds` passes over the scenarios; prints and returns evaluations a second.
@discardableResult
func measure(_ label: String, _ subset: [Scenario] = scenarios, _ body: (Scenario) -> Void) -> Double {
  let time = seconds { for _ in 0..<rounds { subset.forEach(body) } }
  let count = rounds * subset.count
  print(
    "\(label): \(count) evaluations in \(String(format: "%.3f", time)) s = "
      + "\(Int(Double(count) / time))/s, \(String(format: "%.1f", time / Double(count) * 1e6)) µs each")
  return Double(count) / time
}

/// Prints issue 11's target for a figure and how far off it is: `measured` against `target`, where a higher
/// figure is better unless `lowerIsBetter`.
func target(_ text: String, measured: Double, target: Double, lowerIsBetter: Bool = false) {
  let factor = lowerIsBetter ? measured / target : target / measured
  let gap = factor <= 1 ? "met" : "\(String(format: factor < 10 ? "%.1f" : "%.0f", factor))× short"
  print("  target \(text): \(gap)")
}

/// Runs a command with posix_spawn (Foundation's `Process` adds milliseconds of its own), standard output and error
/// to /dev/null; its wall time and, with `memory`, its peak resident memory: the child's own high-water mark (`VmHWM`
/// of /proc/PID/status, read every 5 ms until it exits, which may add as much to the wall time), where
/// `getrusage(RUSAGE_CHILDREN)` would also count the memory the benchmark held when it spawned the child. `failed`
/// says why a run's figures mean nothing: it could not start, or it did not exit 0.
func run(
  _ path: String, _ arguments: [String], input: URL? = nil, output: URL? = nil, memory: Bool = false
) -> (seconds: Double, peakMB: Double, failed: String?) {
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  posix_spawn_file_actions_addopen(&actions, 0, input?.path ?? "/dev/null", O_RDONLY, 0)
  posix_spawn_file_actions_addopen(&actions, 1, output?.path ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
  let argv = ([path] + arguments).map { strdup($0) } + [nil]
  defer { argv.forEach { free($0) } }
  var peakKB = 0
  var status: Int32 = -1
  let time = seconds {
    var pid = pid_t()
    guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return }
    guard memory else {
      waitpid(pid, &status, 0)
      return
    }
    while waitpid(pid, &status, WNOHANG) == 0 {
      let lines = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8))?.split(separator: "\n") ?? []
      if let line = lines.first(where: { $0.hasPrefix("VmHWM:") }),
        let kb = Int(line.split(separator: " ").dropFirst().first ?? "")
      {
        peakKB = max(peakKB, kb)
      }
      usleep(5_000)
    }
  }
  // The wait status: 0 is a normal exit 0; `status & 0x7f` a signal (132 from the shell is signal 4, a trap).
  let failed =
    status == -1
    ? "did not start"
    : status == 0
      ? nil
      : status & 0x7f != 0 ? "killed by signal \(status & 0x7f)" : "exit status \(status >> 8 & 0xff)"
  return (time, Double(peakKB) / 1024, failed)
}

/// A run's figures, or why it has none.
func report(_ failed: String?, _ figures: () -> Void) {
  if let failed { print("  FAILED (\(failed)): no figures") } else { figures() }
}

let cli = root.appendingPathComponent(".build/release/labor-rules").path
print("\(scenarios.count) golden scenarios × \(rounds) rounds; \(ProcessInfo.processInfo.activeProcessorCount) cores")

// 2. The audit first, and the payroll written 10,000 rows at a time.
if FileManager.default.isExecutableFile(atPath: cli) {
  let csv = root.appendingPathComponent(".build/bench-payroll.csv")
  var unwritten: String? = "the payroll could not be created"
  if FileManager.default.createFile(atPath: csv.path, contents: Data((PayrollAuditSample.header + "\n").utf8)),
    let file = FileHandle(forWritingAtPath: csv.path)
  {
    var state: UInt64 = 2026
    do {
      try file.seekToEnd()
      for start in stride(from: 0, to: auditRows, by: 10_000) {
        let rows = (start..<min(start + 10_000, auditRows)).map { PayrollAuditSample.row($0, &state) + "\n" }
        try file.write(contentsOf: Data(rows.joined().utf8))
      }
      try file.close()
      unwritten = nil
    } catch { unwritten = "the payroll could not be written: \(error)" }
  }
  print("audit \(auditRows) rows as a whole process:")
  let audited = root.appendingPathComponent(".build/bench-audit.csv")
  let (time, peak, failed) =
    unwritten.map { (0, 0, $0) } ?? run(cli, ["audit", csv.path], output: audited, memory: true)
  report(failed) {
    print(
      "  \(String(format: "%.2f", time)) s = \(Int(Double(auditRows) / time)) rows/s, peak RSS "
        + "\(String(format: "%.1f", peak)) MB")
    target("≥ 3,000,000 rows/s", measured: Double(auditRows) / time, target: 3_000_000)
    target("peak RSS < 64 MB", measured: peak, target: 64, lowerIsBetter: true)
    // Issue 11's check: a sample of the audited rows equals the single-scenario results for the same facts.
    let (compared, problems) = AuditSampleCheck.check(
      engine, input: csv, output: audited, every: max(1, auditRows / 200))
    let verdict = compared == 0 ? "none compared" : problems.isEmpty ? "all equal" : "\(problems.count) differ"
    print("  sample of \(compared) rows against single scenarios: \(verdict)")
    for problem in problems.prefix(5) { print("    \(problem)") }
  }
  let lines = files.compactMap { try? String(contentsOf: $0, encoding: .utf8) }
    .map { $0.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined() }
  let batchLines = (0..<20_000).map { lines[$0 % lines.count] }
  let jsonl = root.appendingPathComponent(".build/bench-batch.jsonl")
  _ = FileManager.default.createFile(
    atPath: jsonl.path, contents: Data((batchLines.joined(separator: "\n") + "\n").utf8))
  for trace in ["none", "full"] {
    let (time, _, failed) = run(cli, ["batch", "--trace", trace, jsonl.path])
    print("batch --trace \(trace) of \(batchLines.count) lines as a whole process:")
    report(failed) {
      print("  \(String(format: "%.2f", time)) s = \(Int(Double(batchLines.count) / time)) lines/s")
      if trace == "none" { target("≥ 100,000 lines/s", measured: Double(batchLines.count) / time, target: 100_000) }
    }
  }
  let example = root.appendingPathComponent("Examples/stoppage-beyond-one-pay-cycle.json").path
  let runs = (0..<20).map { _ in run(cli, ["eval", example]) }
  let median = runs.map(\.seconds).sorted()[10]
  print("eval of one file as a whole process:")
  report(runs.compactMap(\.failed).first) {
    print("  median \(String(format: "%.1f", median * 1000)) ms")
    target("≤ 5 ms", measured: median * 1000, target: 5, lowerIsBetter: true)
  }
} else {
  print("(build the release CLI first — swift build -c release — to time the audit and eval as whole processes)")
}

// 1. In-library evaluations.
measure("evaluate with the derivation and other readings") { _ = try? engine.evaluate($0) }
measure("evaluate with the derivation, without other readings") { _ = try? engine.evaluate($0, alternatives: false) }
let bare = measure("evaluate without the derivation or other readings") {
  _ = try? engine.evaluate($0, alternatives: false, derivation: false)
}
target("≥ 1,000,000/s per core (this is one core)", measured: bare, target: 1_000_000)
for kind in engine.rulebook.entitlements.map(\.kind) {
  let ofKind = scenarios.filter { type(of: $0.facts) == engine.rulebook.entitlement(kind: kind)?.factsType }
  guard !ofKind.isEmpty else { continue }
  measure("  \(kind) (\(ofKind.count))", ofKind) {
    _ = try? engine.evaluate($0, alternatives: false, derivation: false)
  }
}
let renderer = JSONRenderer(pretty: false)
measure("evaluate + JSON with the full trace") { if let d = try? engine.evaluate($0) { _ = renderer.render(d) } }

// 5. Where an audit row's time goes.
if let audit = try? PayrollAudit(engine: engine, header: PayrollAuditSample.header.components(separatedBy: ",")) {
  var state: UInt64 = 2026
  let rows = (0..<20_000).map {
    PayrollAuditSample.row($0, &state).split(separator: ",", omittingEmptySubsequences: false)
  }
  let variants: [(String, [String])] = [
    ("as they are", rows.map { $0.joined(separator: ",") }),
    ("overtime hours 0", rows.map { ($0[..<4] + ["0", "0", "0"] + $0[7...]).joined(separator: ",") }),
    ("no stoppage", rows.map { ($0[..<8] + [""] + $0[9...]).joined(separator: ",") }),
  ]
  for line in variants[0].1.prefix(2_000) { _ = audit.audit(line: Substring(line)) }  // the month caches filled
  for (label, lines) in variants {
    let time = seconds { for line in lines { _ = audit.audit(line: Substring(line)) } }
    let each = String(format: "%.1f", time / Double(lines.count) * 1e6)
    print("audit rows in-library, one thread, \(label): \(each) µs a row")
  }
}
