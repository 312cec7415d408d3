// How a union service embeds LaborRules: build facts in Swift or decode scenario files, evaluate from many
// tasks at once (the engine holds only the immutable, Sendable rulebook), and read the amounts, citations and
// warnings. CI runs this package: `cd Examples/Embedding && swift run`.
import Foundation
import LaborRules
import LaborRulesPacks

let engine = Engine(rulebook: .guangdong)
let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()

func fail(_ message: String) -> Never {
  print("embedding example failed: \(message)")
  exit(1)
}

do {
  // 1. Facts built in Swift: a Guangzhou stoppage from 2022-11-01 to 2023-01-31, paid 7,000 in all.
  let guangzhou = try Region.resolve("广州")
  let facts = StoppageFacts(
    monthlyWage: Money(yuan: 6000), start: try CivilDate(parsing: "2022-11-01"),
    end: try CivilDate(parsing: "2023-01-31"), paid: Money(yuan: 7000))
  let determination = try engine.evaluate(region: guangzhou, facts: facts)
  for item in determination.items {
    print("\(item.from)…\(item.to)  \(item.amount)  \(item.citations.map(\.zh).joined(separator: "、"))")
  }
  print("total \(determination.total), shortfall \(determination.shortfall.map(\.description) ?? "none")")
  guard determination.total == Money(yuan: 9680) else { fail("expected 9680.00, got \(determination.total)") }

  // 2. Every example scenario (each kind), decoded and evaluated from 64 tasks at once, must meet its expect.
  let files = try FileManager.default.contentsOfDirectory(at: examples, includingPropertiesForKeys: nil)
    .filter { $0.pathExtension == "json" }
  let scenarios = try files.map { try Scenario.decode(Data(contentsOf: $0), using: engine.rulebook) }
  let failures = await withTaskGroup(of: [String].self) { group in
    for index in 0..<64 {
      let scenario = scenarios[index % scenarios.count]
      group.addTask {
        let outcome = Result { () throws(EvaluationError) in try engine.evaluate(scenario) }
        return scenario.expect?.differences(from: outcome) ?? ["no expect"]
      }
    }
    var all: [String] = []
    for await differences in group { all += differences }
    return all
  }
  guard failures.isEmpty else { fail(failures.joined(separator: "; ")) }
  print("64 concurrent evaluations of \(scenarios.count) example scenarios meet their expect")

  // 3. Scenarios and errors are Codable both ways; results are JSON.
  let encoded = try JSONEncoder().encode(scenarios[0])
  let decoder = JSONDecoder()
  decoder.userInfo[Scenario.rulebookKey] = engine.rulebook
  let again = try decoder.decode(Scenario.self, from: encoded)
  guard try engine.evaluate(again).total == engine.evaluate(scenarios[0]).total else { fail("round trip") }
  let error = EvaluationError.notCovered(Localized("示例", en: "example"))
  guard try JSONDecoder().decode(EvaluationError.self, from: JSONEncoder().encode(error)) == error else {
    fail("error round trip")
  }
  print(JSONRenderer(pretty: false, trace: .summary).render(determination).prefix(120) + "…")
} catch let error as EvaluationError {
  fail(error.message.en)
} catch {
  fail("\(error)")
}
