// The benchmark: evaluates every golden scenario repeatedly and prints scenarios per second, with and
// without rendering the full trace as JSON. Run it in release mode:
//   swift run -c release labor-rules-bench [ROUNDS]
import Foundation
import LaborRules
import LaborRulesPacks

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()
let goldenDir = root.appendingPathComponent("Tests/LaborRulesTests/Golden")
let files = (FileManager.default.enumerator(at: goldenDir, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? [])
  .filter { $0.lastPathComponent.hasSuffix(".json") && !$0.lastPathComponent.hasSuffix(".expected.json") }
let engine = Engine(rulebook: .guangdong)
let scenarios = files.compactMap { try? Scenario.decode(Data(contentsOf: $0), using: engine.rulebook) }
let rounds = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 200
let renderer = JSONRenderer(pretty: false)

func measure(_ label: String, _ subset: [Scenario] = scenarios, _ body: (Scenario) -> Void) {
  let clock = ContinuousClock()
  let elapsed = clock.measure { for _ in 0..<rounds { subset.forEach(body) } }
  let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  let count = rounds * subset.count
  print(
    "\(label): \(count) evaluations in \(String(format: "%.3f", seconds)) s = "
      + "\(Int(Double(count) / seconds)) scenarios/s, \(String(format: "%.1f", seconds / Double(count) * 1e6)) µs each"
  )
}

print("\(scenarios.count) golden scenarios × \(rounds) rounds")
measure("evaluate") { _ = try? engine.evaluate($0) }
for kind in engine.rulebook.entitlements.map(\.kind) {
  let ofKind = scenarios.filter { type(of: $0.facts) == engine.rulebook.entitlement(kind: kind)?.factsType }
  guard !ofKind.isEmpty else { continue }
  measure("  \(kind) (\(ofKind.count))", ofKind) { _ = try? engine.evaluate($0) }
}
measure("evaluate + JSON with trace") { if let d = try? engine.evaluate($0) { _ = renderer.render(d) } }
