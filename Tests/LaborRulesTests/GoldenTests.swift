import Foundation
import Testing

@testable import LaborRules
@testable import LaborRulesPacks

/// Golden-file tests. Each `Golden/<kind>/<case>.json` is a scenario whose `expect` holds hand-computed
/// amounts (the arithmetic is in its `notes`); beside it, `<case>.expected.json`, `<case>.zh.txt` and
/// `<case>.en.txt` hold the whole output, compared byte for byte. `RECORD_GOLDEN=1 swift test` rewrites
/// the output files and fails, so a re-recording is always reviewed in the diff.
@Suite struct GoldenTests {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
  static let cases: [String] = {
    let all = FileManager.default.enumerator(atPath: directory.path)?.allObjects as? [String] ?? []
    return all.filter { $0.hasSuffix(".json") && !$0.hasSuffix(".expected.json") }.sorted()
  }()
  static let record = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil
  let engine = Engine(rulebook: .guangdong)

  @Test func thereAreGoldenCasesForEachKind() {
    for kind in engine.rulebook.entitlements.map(\.kind) {
      #expect(Self.cases.contains { $0.hasPrefix(kind + "/") }, "no golden case for \(kind)")
    }
  }

  @Test(arguments: cases)
  func goldenCase(path: String) throws {
    let url = Self.directory.appendingPathComponent(path)
    let scenario = try Scenario.decode(Data(contentsOf: url), using: engine.rulebook)
    let expect = try #require(scenario.expect, "\(path) has no expect")
    #expect(!scenario.notes.isEmpty, "\(path) must carry its arithmetic or source in notes")
    let outcome = Result { () throws(EvaluationError) in try engine.evaluate(scenario) }
    #expect(expect.differences(from: outcome) == [], "\(path)")

    let base = url.deletingPathExtension()
    let outputs: [(String, String)]
    switch outcome {
    case .success(let d):
      outputs = [
        (".expected.json", JSONRenderer().render(d)), (".zh.txt", TextRenderer(language: .zh).render(d)),
        (".en.txt", TextRenderer(language: .en).render(d)),
      ]
    case .failure(let error):
      outputs = [(".expected.json", JSONRenderer().render(error: error))]
    }
    for (suffix, actual) in outputs {
      let file = URL(fileURLWithPath: base.path + suffix)
      let stored = try? String(contentsOf: file, encoding: .utf8)
      if Self.record || stored == nil {
        try actual.write(to: file, atomically: true, encoding: .utf8)
        Issue.record("recorded \(file.lastPathComponent); review the diff and run again without RECORD_GOLDEN")
      } else {
        #expect(stored == actual, "\(file.lastPathComponent) differs; RECORD_GOLDEN=1 swift test rewrites it")
      }
    }
  }

  /// Without the derivation, a case gives the same result as with it, less each item's conditions and steps:
  /// the same JSON at `summary` and `none` (the levels that evaluate without it), or the same error.
  @Test(arguments: cases)
  func withoutTheDerivation(path: String) throws {
    let scenario = try Scenario.decode(
      Data(contentsOf: Self.directory.appendingPathComponent(path)), using: engine.rulebook)
    let with = Result { () throws(EvaluationError) in try engine.evaluate(scenario) }
    let without = Result { () throws(EvaluationError) in try engine.evaluate(scenario, derivation: false) }
    switch (with, without) {
    case (.success(let full), .success(let lean)):
      #expect(lean.items.allSatisfy { $0.steps.isEmpty && $0.conditions.isEmpty }, "\(path)")
      #expect(full.items.contains { !$0.steps.isEmpty } || full.items.isEmpty, "\(path): no derivation at all")
      for trace in [TraceLevel.summary, .none] {
        #expect(
          JSONRenderer(trace: trace).render(lean) == JSONRenderer(trace: trace).render(full), "\(path), \(trace)")
      }
    case (.failure(let a), .failure(let b)):
      #expect(JSONRenderer().render(error: a) == JSONRenderer().render(error: b), "\(path)")
    default:
      Issue.record("\(path): one evaluation failed and the other did not")
    }
  }
}
