// Scenario decoding, evaluation and rendering: any bytes must give a determination or an `EvaluationError`,
// never a trap; a determination renders as JSON that parses back with the same total and items, and as text
// and Markdown in both languages.
import Foundation
import FuzzSupport
import LaborRules
import LaborRulesPacks

let engine = Engine(rulebook: .guangdong)

runFuzzer { bytes in
  let data = Data(bytes)
  let outcome = Result { () throws(EvaluationError) -> Determination in
    try engine.evaluate(try Scenario.decode(data, using: engine.rulebook))
  }
  switch outcome {
  case .success(let d):
    let json = JSONRenderer().render(d)
    let parsed = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    require(parsed?["total"] as? String == d.total.description, "JSON total differs from \(d.total)")
    let items = parsed?["items"] as? [[String: Any]] ?? []
    require(items.count == d.items.count, "JSON has \(items.count) items, the determination \(d.items.count)")
    require(zip(items, d.items).allSatisfy { $0["amount"] as? String == $1.amount.description }, "item amounts")
    require(d.items.allSatisfy { !$0.citations.isEmpty }, "an item without a citation")
    for language in Language.allCases {
      _ = TextRenderer(language: language).render(d)
      _ = MarkdownRenderer(language: language).render(d)
    }
  case .failure(let error):
    let json = JSONRenderer().render(error: error)
    let parsed = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    require((parsed?["error"] as? [String: Any])?["code"] as? String == error.code, "error object")
    require(!error.message.zh.isEmpty && !error.message.en.isEmpty, "an error message in one language only")
  }
}
