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

/// Districts and counties resolve to their city (issue 9 item 5). The table is `GuangdongDivisions`; its sources are
/// in that file's header.
@Suite struct DistrictTests {
  typealias Divisions = GuangdongDivisions

  func city(_ text: String) throws -> String { try Region.resolve(text).name }

  func refusal(_ text: String) -> Localized? {
    do {
      _ = try Region.resolve(text)
      return nil
    } catch { return error.reason }
  }

  @Test func resolvesTheFormsAWorkerTypes() throws {
    for text in ["海珠区", "海珠", "440105", "haizhu", "HaiZhu", " hai zhu ", "Haizhu District"] {
      #expect(try city(text) == "广州", "\(text)")
    }
    for text in ["宝安", "宝安区", "440306", "baoan", "Bao'an", "Bao’an District", "BAO AN"] {
      #expect(try city(text) == "深圳", "\(text)")
    }
    for text in ["顺德区", "顺德", "shunde", "南海区", "南海"] { #expect(try city(text) == "佛山", "\(text)") }
    for text in ["台山市", "台山", "taishan"] { #expect(try city(text) == "江门", "\(text)") }
    for text in ["连山壮族瑶族自治县", "连山", "连山县", "lianshan"] { #expect(try city(text) == "清远", "\(text)") }
    #expect(try city("梅县") == "梅州")
    #expect(try city("梅县区") == "梅州")
  }

  @Test func acceptsTheFormerSuffixesOfDistrictsThatWereCountiesOrCities() throws {
    // address_code_timeline: 440184 从化市 and 440183 增城市 to 2013, 440681 顺德市 to 2001, 441283 高要市 to 2014,
    // 441827 清新县 to 2011, 440321 宝安县 to 1991.
    for (text, expected) in [
      ("从化市", "广州"), ("增城市", "广州"), ("顺德市", "佛山"), ("高要市", "肇庆"), ("清新县", "清远"), ("宝安县", "深圳"),
    ] {
      #expect(try city(text) == expected, "\(text)")
    }
  }

  @Test func acceptsADistrictAfterItsCityAndProvince() throws {
    for text in ["深圳市宝安区", "深圳宝安", "广东省深圳市宝安区", "广东深圳宝安", "shenzhen baoan", "Shenzhen Bao'an District"] {
      #expect(try city(text) == "深圳", "\(text)")
    }
    #expect(try city("广东省广州市") == "广州")
    #expect(try city("汕尾城区") == "汕尾")
    #expect(try city("汕尾市城区") == "汕尾")
    #expect(try city("广州东山区") == "广州")
    #expect(try city("揭阳东山") == "揭阳")
    #expect(try city("汕尾市深汕特别合作区") == "汕尾")
  }

  @Test func acceptsFormerNamesConfirmedBySources() throws {
    for text in ["萝岗区", "萝岗", "luogang", "芳村", "芳村区"] { #expect(try city(text) == "广州", "\(text)") }
    #expect(try city("茂港区") == "茂名")
    #expect(try city("石湾") == "佛山")
    #expect(try city("达濠") == "汕头")
    #expect(try city("大鹏新区") == "深圳")
    #expect(try city("龙华新区") == "深圳")
    #expect(try city("蓝城区") == "揭阳")
    #expect(try city("北江区") == "韶关")
  }

  @Test func pinyinThatFoldsToTwoDistrictsOfOneCityStillNamesTheCity() throws {
    // 云安 Yun'an and 郁南 Yunan: both in 云浮.
    #expect(Divisions.candidates(for: "yunan").count == 2)
    #expect(try city("yunan") == "云浮")
  }

  @Test func refusesANameThatStandsInTwoCitiesListingBoth() throws {
    // 东山区: Guangzhou's (440102, merged into 越秀区 in 2005) and Jieyang's former management area.
    let dongshan = try #require(refusal("东山区"))
    #expect(dongshan.zh.contains("广州市") && dongshan.zh.contains("揭阳市"))
    #expect(dongshan.en.contains("Guangzhou") && dongshan.en.contains("Jieyang"))
    #expect(dongshan.zh.contains("广州东山区"))
    #expect(refusal("东山") != nil)
    #expect(refusal("dongshan") != nil)
    // 深汕特别合作区: run by Shenzhen on land that was Shanwei's.
    let shenshan = try #require(refusal("深汕特别合作区"))
    #expect(shenshan.zh.contains("深圳市") && shenshan.zh.contains("汕尾市"))
  }

  @Test func refusesTheCommonNoun城区WithoutItsCity() throws {
    for text in ["城区", "chengqu"] {
      let reason = try #require(refusal(text))
      #expect(reason.zh.contains("汕尾城区") && reason.en.contains("汕尾城区"), "\(text)")
    }
    #expect(try city("441502") == "汕尾")
    #expect(try city("Shanwei Chengqu") == "汕尾")
  }

  @Test func refusesADistrictAfterACityItIsNotIn() throws {
    let reason = try #require(refusal("广州市宝安区"))
    #expect(reason.zh.contains("深圳市") && reason.en.contains("Shenzhen"))
    let unknown = try #require(refusal("广州市火星区"))
    #expect(unknown.zh.contains("海珠区"))
  }

  @Test func refusesTownsOfTheCitiesWithoutCountiesPointingToTheCity() throws {
    // 虎门 is a town of 东莞; neither 东莞 nor 中山 has a county level.
    let humen = try #require(refusal("虎门"))
    #expect(humen.zh.contains("东莞") && humen.en.contains("Dongguan"))
    let dongguanHumen = try #require(refusal("东莞虎门"))
    #expect(dongguanHumen.zh.contains("只写“东莞”"))
    #expect(try city("东莞市") == "东莞")
  }

  @Test(arguments: GuangdongDivisions.all)
  func resolvesEveryDivisionByEveryForm(division: GuangdongDivisions.Division) throws {
    let expected = try #require(Region.all.first { $0.code == division.cityCode })
    let city = expected.name
    var forms = [division.code, city + division.name, expected.fullName + division.short]
    forms.append(expected.pinyin + " " + division.pinyin)
    if !Divisions.needsCity.contains(division.code) {
      forms += [division.name, division.short, division.pinyin, division.pinyin.lowercased()]
    }
    for form in forms { #expect(try Region.resolve(form) == expected, "form \(form)") }
  }

  @Test func everyCodeLiesInItsCityAndEveryCityExists() {
    let cities = Set(Region.all.map(\.code))
    for division in Divisions.all {
      #expect(division.code.hasPrefix(String(division.cityCode.prefix(4))), "\(division.name)")
      #expect(division.code.count == 6 && division.code.allSatisfy(\.isNumber), "\(division.name)")
      #expect(!division.code.hasSuffix("00"), "\(division.name)")
      #expect(cities.contains(division.cityCode), "\(division.name)")
    }
    for former in Divisions.formerNames { #expect(cities.contains(former.cityCode), "\(former.names)") }
  }

  @Test func codesNamesShortNamesArePairwiseDistinctAndNoneIsACityName() {
    #expect(Set(Divisions.all.map(\.code)).count == Divisions.all.count)
    #expect(Set(Divisions.all.map(\.name)).count == Divisions.all.count)
    // A short name must be unique in the province and not itself a city's name.
    #expect(Set(Divisions.all.map(\.short)).count == Divisions.all.count)
    let cityNames = Set(Region.all.flatMap { [$0.name, $0.fullName, $0.pinyin.lowercased()] })
    for division in Divisions.all {
      #expect(!cityNames.contains(division.short) && !cityNames.contains(division.name), "\(division.name)")
      #expect(!cityNames.contains(Divisions.fold(division.pinyin)), "\(division.name)")
      #expect(division.name.hasPrefix(division.short), "\(division.name)")
    }
    // Pinyin may fold together only within one city (云安 Yun'an, 郁南 Yunan).
    let byPinyin = Dictionary(grouping: Divisions.all) { Divisions.fold($0.pinyin) }
    for (pinyin, divisions) in byPinyin where divisions.count > 1 {
      #expect(Set(divisions.map(\.cityCode)).count == 1, "\(pinyin)")
    }
    // A former name never shadows a name in force.
    let current = Set(Divisions.all.flatMap { [$0.name, $0.short] })
    for former in Divisions.formerNames { #expect(current.isDisjoint(with: former.names), "\(former.names)") }
  }

  @Test func theCountPerCityMatchesTheSources() {
    // 国家统计局 2023 (modood/Administrative-divisions-of-China dist/areas.csv) and 民政部 2020
    // (guanguans/id-validator data/address_code.go) agree city by city; 东莞 and 中山 have no county level.
    let expected: [String: Int] = [
      "广州": 11, "韶关": 10, "深圳": 9, "珠海": 3, "汕头": 7, "佛山": 5, "江门": 7, "湛江": 9, "茂名": 5, "肇庆": 8,
      "惠州": 5, "梅州": 8, "汕尾": 4, "河源": 6, "阳江": 4, "清远": 8, "东莞": 0, "中山": 0, "潮州": 3, "揭阳": 5,
      "云浮": 5,
    ]
    #expect(expected.count == Region.all.count)
    for region in Region.all {
      #expect(Divisions.all.filter { $0.cityCode == region.code }.count == expected[region.name], "\(region.name)")
    }
    // 广东省民政厅 2020 简表: 65 市辖区, 20 县级市, 34 县, 3 自治县.
    #expect(Divisions.all.count == 122)
    #expect(Divisions.all.filter { $0.name.hasSuffix("区") }.count == 65)
    #expect(Divisions.all.filter { $0.name.hasSuffix("市") }.count == 20)
    #expect(Divisions.all.filter { $0.name.hasSuffix("自治县") }.count == 3)
    #expect(Divisions.all.filter { $0.name.hasSuffix("县") && !$0.name.hasSuffix("自治县") }.count == 34)
    // In code order, grouped by city.
    #expect(Divisions.all.map(\.code) == Divisions.all.map(\.code).sorted())
  }
}
