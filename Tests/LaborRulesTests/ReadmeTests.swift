import Foundation
import Testing

@testable import LaborRules
@testable import LaborRulesPacks

/// The README's coverage section and assumption table are computed from the packs, word for word
/// (scripts/update-readme-coverage rewrites both).
@Suite struct ReadmeTests {
  static func section(_ name: String) throws -> String {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
    let begin = try #require(readme.range(of: "<!-- \(name):begin -->\n"))
    let end = try #require(readme.range(of: "<!-- \(name):end -->"))
    return String(readme[begin.upperBound..<end.lowerBound])
  }

  @Test func coverageSectionIsComputedFromThePacks() throws {
    #expect(
      try Self.section("coverage") == CoverageRenderer(language: .en).render(.guangdong),
      "README coverage is stale: run scripts/update-readme-coverage")
  }

  @Test func assumptionTableIsComputedFromTheRuleTrees() throws {
    let table = try Self.section("assumptions")
    #expect(
      table == CoverageRenderer(language: .en).renderAssumptions(.guangdong), "run scripts/update-readme-coverage")
    // A table with no row would pass the comparison above with an empty rulebook: it must list every key.
    #expect(Rulebook.guangdong.assumptions.count > 10)
    for info in Rulebook.guangdong.assumptions { #expect(table.contains("| `\(info.key)` |")) }
  }
}
