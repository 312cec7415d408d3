import Foundation
import Testing

@testable import LaborRules
@testable import LaborRulesPacks

/// Every rule of every pack is exercised by a golden case: its id appears in some golden `.expected.json` as
/// `items[].rule`. A rule no golden reaches fails here by name, unless it is listed below as unreachable,
/// with the reason.
@Suite struct RuleCoverageTests {
  /// Rules that no scenario can reach with a line item, and why.
  static let unreachable: [String: String] = [
    "shenzhen.wage-payment.art28-2004.first-month": text2004,
    "shenzhen.wage-payment.art28-2004.after-first-month": text2004,
    "shenzhen.wage-payment.art28-2004.work-arranged": text2004,
  ]
  /// The 2004 text governs stoppages beginning by 2009-07-29; every one of its rules needs Shenzhen's minimum wage
  /// of those days (the first month to compare the wage with it, shared/law/addendum-2026-11-23.md §2.4; the
  /// later ones as their base), and the packs hold it from 2010-07-01 only (2008-07-01 … 2010-06-30 had two
  /// figures), so each such claim is "not covered" and no determination has a line item under them.
  static let text2004 = "needs Shenzhen's minimum wage before 2010-07-01, which the packs do not hold"

  static func goldenRules() throws -> Set<String> {
    var found: Set<String> = []
    let directory = GoldenTests.directory
    let files = FileManager.default.enumerator(atPath: directory.path)?.allObjects as? [String] ?? []
    for file in files where file.hasSuffix(".expected.json") {
      let data = try Data(contentsOf: directory.appendingPathComponent(file))
      guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
        let items = object["items"] as? [[String: Any]]
      else { continue }
      for item in items { if let rule = item["rule"] as? String { found.insert(rule) } }
    }
    return found
  }

  @Test func everyRuleHasAGoldenCase() throws {
    let exercised = try Self.goldenRules()
    // Isolation falls back on the stoppage rules, so a rule may belong to two entitlements.
    var rules: [String] = []
    for id in Rulebook.guangdong.entitlements.flatMap(\.rules).map(\.id) where !rules.contains(id) { rules.append(id) }
    let missing = rules.filter { !exercised.contains($0) && Self.unreachable[$0] == nil }
    #expect(missing.isEmpty, "rules without a golden case: \(missing.joined(separator: ", "))")
    let stale = Self.unreachable.keys.filter { exercised.contains($0) || !rules.contains($0) }
    #expect(stale.isEmpty, "listed as unreachable but exercised or gone: \(stale.sorted())")
  }
}
