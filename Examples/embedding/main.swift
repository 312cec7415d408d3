// How a union service embeds LaborRules: build facts in Swift, evaluate (from many threads at once if
// it likes: the rulebook is immutable and Sendable), and read the amounts, citations and warnings.
// CI runs this: `swift run embedding-example`.
import Foundation
import LaborRules
import LaborRulesPacks

let engine = Engine(rulebook: .guangdong)

// A worker's claim: a Guangzhou stoppage from 2022-11-01 to 2023-01-31, paid 7,000 in all.
let facts = StoppageFacts(
  monthlyWage: Money(yuan: 6000), start: CivilDate("2022-11-01"), end: CivilDate("2023-01-31"), paid: Money(yuan: 7000))

do {
  let guangzhou = try Region.resolve("广州")
  let determination = try engine.evaluate(region: guangzhou, facts: facts)
  for item in determination.items {
    let law = item.citations.map(\.zh).joined(separator: "、")
    print("\(item.from)…\(item.to)  \(item.amount)  \(law)")
  }
  print("total \(determination.total), shortfall \(determination.shortfall.map(\.description) ?? "none")")
  print("warnings: \(determination.warnings.map(\.code.rawValue))")

  // The same evaluation from eight tasks at once gives the same total every time.
  let totals = await withTaskGroup(of: Money?.self) { group in
    for _ in 0..<8 { group.addTask { try? engine.evaluate(region: guangzhou, facts: facts).total } }
    var totals: [Money?] = []
    for await total in group { totals.append(total) }
    return totals
  }
  guard Set(totals) == [determination.total] else {
    print("concurrent evaluations disagree: \(totals)"); exit(1)
  }
  print("8 concurrent evaluations agree: \(determination.total)")
  print(JSONRenderer(pretty: false).render(determination).prefix(160) + "…")
} catch let error as EvaluationError {
  print("error: \(error.message.en)")
  exit(1)
} catch {
  print("error: \(error)")
  exit(1)
}
