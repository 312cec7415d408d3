import Testing

@testable import LaborRules

@Suite struct RegionTests {
  @Test func hasTheTwentyOneCitiesOfGuangdong() {
    #expect(Region.all.count == 21)
    #expect(Set(Region.all.map(\.code)).count == 21)
    #expect(Region.all.allSatisfy { $0.code.hasPrefix("44") })
  }

  @Test(arguments: Region.all)
  func resolvesEveryForm(region: Region) throws {
    for form in [
      region.code, region.name, region.name + "市", region.pinyin, region.pinyin.lowercased(),
      region.pinyin.uppercased(),
    ] {
      #expect(try Region.resolve(form) == region, "form \(form)")
    }
  }

  @Test func refusesUnknownNamesListingTheAcceptedForms() {
    #expect {
      try Region.resolve("香港")
    } throws: { error in
      (error as? ValueError)?.reason.en.contains("广州 Guangzhou 440100") == true
    }
  }
}
