import Foundation
import Testing

@testable import LaborRules
@testable import LaborRulesPacks

/// The README's coverage section is the coverage computed from the packs, word for word.
@Suite struct ReadmeTests {
  @Test func coverageSectionIsComputedFromThePacks() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
    let begin = try #require(readme.range(of: "<!-- coverage:begin -->\n"))
    let end = try #require(readme.range(of: "<!-- coverage:end -->"))
    let section = String(readme[begin.upperBound..<end.lowerBound])
    #expect(
      section == CoverageRenderer(language: .en).render(.guangdong),
      "README coverage is stale: paste the output of 'labor-rules rules --markdown --lang en'")
  }
}
