import Foundation

// The county-level divisions of Guangdong (市辖区、县级市、县、自治县), so that a worker can name the district or
// county where they work and still reach the prefecture-level city, the unit every minimum-wage notice assigns to
// a tier. `Region.resolve(_:)` reads this table once the city forms have failed.
//
// Sources (read 2026-11):
// - modood/Administrative-divisions-of-China, dist/areas.csv — 国家统计局《2023年统计用区划代码》(as of 2023-06-30,
//   published 2023-09-11). Its rows 441900 东莞市 and 442000 中山市 are placeholders: neither city has a county
//   level, their towns and streets answer to the city directly.
// - guanguans/id-validator, data/address_code.go — 民政部 县以上行政区划代码 (the 2020 list: it still has 会理县,
//   黔西县). The same 122 Guangdong divisions, code for code and name for name.
// - 广东省民政厅, 2020年度广东省行政区划简表 (reported by 南方plus, 2021-02-05): 65 市辖区, 20 县级市, 34 县,
//   3 自治县, 122 in all — the counts the tests hold this table to.
// - guanguans/id-validator, data/address_code_timeline.go — every code's first and last year (民政部), for the
//   former names below.
// - 深圳市史志 (中共深圳市委党史文献研究室, https://www.shenzhenshizhi.cn/a/2077.html, 2024-02-02) — 大鹏新区 and
//   深汕特别合作区 (functional areas, no code).
// - zh.wikipedia 东山区 (揭阳市) and 榕城区; hendeli.cn 榕城区 (445202) — 揭阳's former 东山区 (a management area,
//   1994) and 蓝城区 (a functional area set up in 揭东区 in 2013).
//
// The divisions in force: the last changes are 深圳 龙华区、坪山区 (2016) and 光明区 (2018); before them 高要市 →
// 高要区 (2015), 萝岗区 into 黄埔区 and 从化、增城 市 → 区 (2014), 茂港区 and 电白县 → 电白区 (2014), 阳东、云安 县 → 区
// (2014), 梅县 → 梅县区, 潮安 → 潮安区 (2013), 揭东 → 揭东区, 清新 → 清新区 (2012). 汕头's 潮阳区、潮南区、澄海区、
// 濠江区、金平区 date from 2003, 佛山's five districts from 2002.

/// The county-level divisions of Guangdong and the former names people still type, each with its city.
package enum GuangdongDivisions {
  /// A county-level division in force: GB/T 2260 code, full name, the short form people type, pinyin, city code.
  package struct Division: Sendable, Hashable {
    package let code: String
    package let name: String
    package let short: String
    package let pinyin: String
    package let cityCode: String
  }

  /// A name no longer (or never) in the code list that still names a place: a merged or abolished district, a
  /// functional area. `names` are the forms accepted (full and short); `pinyin` may be empty.
  package struct FormerName: Sendable, Hashable {
    package let names: [String]
    package let pinyin: String
    package let cityCode: String
    package let note: Localized
  }

  /// The 122 divisions in force (65 市辖区, 20 县级市, 34 县, 3 自治县), grouped by city in code order.
  package static let all: [Division] = [
    // 广州市 440100
    ("440103", "荔湾区", "荔湾", "Liwan", "440100"),
    ("440104", "越秀区", "越秀", "Yuexiu", "440100"),
    ("440105", "海珠区", "海珠", "Haizhu", "440100"),
    ("440106", "天河区", "天河", "Tianhe", "440100"),
    ("440111", "白云区", "白云", "Baiyun", "440100"),
    ("440112", "黄埔区", "黄埔", "Huangpu", "440100"),
    ("440113", "番禺区", "番禺", "Panyu", "440100"),
    ("440114", "花都区", "花都", "Huadu", "440100"),
    ("440115", "南沙区", "南沙", "Nansha", "440100"),
    ("440117", "从化区", "从化", "Conghua", "440100"),
    ("440118", "增城区", "增城", "Zengcheng", "440100"),
    // 韶关市 440200
    ("440203", "武江区", "武江", "Wujiang", "440200"),
    ("440204", "浈江区", "浈江", "Zhenjiang", "440200"),
    ("440205", "曲江区", "曲江", "Qujiang", "440200"),
    ("440222", "始兴县", "始兴", "Shixing", "440200"),
    ("440224", "仁化县", "仁化", "Renhua", "440200"),
    ("440229", "翁源县", "翁源", "Wengyuan", "440200"),
    ("440232", "乳源瑶族自治县", "乳源", "Ruyuan", "440200"),
    ("440233", "新丰县", "新丰", "Xinfeng", "440200"),
    ("440281", "乐昌市", "乐昌", "Lechang", "440200"),
    ("440282", "南雄市", "南雄", "Nanxiong", "440200"),
    // 深圳市 440300
    ("440303", "罗湖区", "罗湖", "Luohu", "440300"),
    ("440304", "福田区", "福田", "Futian", "440300"),
    ("440305", "南山区", "南山", "Nanshan", "440300"),
    ("440306", "宝安区", "宝安", "Bao'an", "440300"),
    ("440307", "龙岗区", "龙岗", "Longgang", "440300"),
    ("440308", "盐田区", "盐田", "Yantian", "440300"),
    ("440309", "龙华区", "龙华", "Longhua", "440300"),
    ("440310", "坪山区", "坪山", "Pingshan", "440300"),
    ("440311", "光明区", "光明", "Guangming", "440300"),
    // 珠海市 440400
    ("440402", "香洲区", "香洲", "Xiangzhou", "440400"),
    ("440403", "斗门区", "斗门", "Doumen", "440400"),
    ("440404", "金湾区", "金湾", "Jinwan", "440400"),
    // 汕头市 440500
    ("440507", "龙湖区", "龙湖", "Longhu", "440500"),
    ("440511", "金平区", "金平", "Jinping", "440500"),
    ("440512", "濠江区", "濠江", "Haojiang", "440500"),
    ("440513", "潮阳区", "潮阳", "Chaoyang", "440500"),
    ("440514", "潮南区", "潮南", "Chaonan", "440500"),
    ("440515", "澄海区", "澄海", "Chenghai", "440500"),
    ("440523", "南澳县", "南澳", "Nan'ao", "440500"),
    // 佛山市 440600
    ("440604", "禅城区", "禅城", "Chancheng", "440600"),
    ("440605", "南海区", "南海", "Nanhai", "440600"),
    ("440606", "顺德区", "顺德", "Shunde", "440600"),
    ("440607", "三水区", "三水", "Sanshui", "440600"),
    ("440608", "高明区", "高明", "Gaoming", "440600"),
    // 江门市 440700
    ("440703", "蓬江区", "蓬江", "Pengjiang", "440700"),
    ("440704", "江海区", "江海", "Jianghai", "440700"),
    ("440705", "新会区", "新会", "Xinhui", "440700"),
    ("440781", "台山市", "台山", "Taishan", "440700"),
    ("440783", "开平市", "开平", "Kaiping", "440700"),
    ("440784", "鹤山市", "鹤山", "Heshan", "440700"),
    ("440785", "恩平市", "恩平", "Enping", "440700"),
    // 湛江市 440800
    ("440802", "赤坎区", "赤坎", "Chikan", "440800"),
    ("440803", "霞山区", "霞山", "Xiashan", "440800"),
    ("440804", "坡头区", "坡头", "Potou", "440800"),
    ("440811", "麻章区", "麻章", "Mazhang", "440800"),
    ("440823", "遂溪县", "遂溪", "Suixi", "440800"),
    ("440825", "徐闻县", "徐闻", "Xuwen", "440800"),
    ("440881", "廉江市", "廉江", "Lianjiang", "440800"),
    ("440882", "雷州市", "雷州", "Leizhou", "440800"),
    ("440883", "吴川市", "吴川", "Wuchuan", "440800"),
    // 茂名市 440900
    ("440902", "茂南区", "茂南", "Maonan", "440900"),
    ("440904", "电白区", "电白", "Dianbai", "440900"),
    ("440981", "高州市", "高州", "Gaozhou", "440900"),
    ("440982", "化州市", "化州", "Huazhou", "440900"),
    ("440983", "信宜市", "信宜", "Xinyi", "440900"),
    // 肇庆市 441200
    ("441202", "端州区", "端州", "Duanzhou", "441200"),
    ("441203", "鼎湖区", "鼎湖", "Dinghu", "441200"),
    ("441204", "高要区", "高要", "Gaoyao", "441200"),
    ("441223", "广宁县", "广宁", "Guangning", "441200"),
    ("441224", "怀集县", "怀集", "Huaiji", "441200"),
    ("441225", "封开县", "封开", "Fengkai", "441200"),
    ("441226", "德庆县", "德庆", "Deqing", "441200"),
    ("441284", "四会市", "四会", "Sihui", "441200"),
    // 惠州市 441300
    ("441302", "惠城区", "惠城", "Huicheng", "441300"),
    ("441303", "惠阳区", "惠阳", "Huiyang", "441300"),
    ("441322", "博罗县", "博罗", "Boluo", "441300"),
    ("441323", "惠东县", "惠东", "Huidong", "441300"),
    ("441324", "龙门县", "龙门", "Longmen", "441300"),
    // 梅州市 441400
    ("441402", "梅江区", "梅江", "Meijiang", "441400"),
    ("441403", "梅县区", "梅县", "Meixian", "441400"),
    ("441422", "大埔县", "大埔", "Dabu", "441400"),
    ("441423", "丰顺县", "丰顺", "Fengshun", "441400"),
    ("441424", "五华县", "五华", "Wuhua", "441400"),
    ("441426", "平远县", "平远", "Pingyuan", "441400"),
    ("441427", "蕉岭县", "蕉岭", "Jiaoling", "441400"),
    ("441481", "兴宁市", "兴宁", "Xingning", "441400"),
    // 汕尾市 441500 (城区 is the district's whole name: accepted only after the city, as in 汕尾城区)
    ("441502", "城区", "城区", "Chengqu", "441500"),
    ("441521", "海丰县", "海丰", "Haifeng", "441500"),
    ("441523", "陆河县", "陆河", "Luhe", "441500"),
    ("441581", "陆丰市", "陆丰", "Lufeng", "441500"),
    // 河源市 441600
    ("441602", "源城区", "源城", "Yuancheng", "441600"),
    ("441621", "紫金县", "紫金", "Zijin", "441600"),
    ("441622", "龙川县", "龙川", "Longchuan", "441600"),
    ("441623", "连平县", "连平", "Lianping", "441600"),
    ("441624", "和平县", "和平", "Heping", "441600"),
    ("441625", "东源县", "东源", "Dongyuan", "441600"),
    // 阳江市 441700
    ("441702", "江城区", "江城", "Jiangcheng", "441700"),
    ("441704", "阳东区", "阳东", "Yangdong", "441700"),
    ("441721", "阳西县", "阳西", "Yangxi", "441700"),
    ("441781", "阳春市", "阳春", "Yangchun", "441700"),
    // 清远市 441800
    ("441802", "清城区", "清城", "Qingcheng", "441800"),
    ("441803", "清新区", "清新", "Qingxin", "441800"),
    ("441821", "佛冈县", "佛冈", "Fogang", "441800"),
    ("441823", "阳山县", "阳山", "Yangshan", "441800"),
    ("441825", "连山壮族瑶族自治县", "连山", "Lianshan", "441800"),
    ("441826", "连南瑶族自治县", "连南", "Liannan", "441800"),
    ("441881", "英德市", "英德", "Yingde", "441800"),
    ("441882", "连州市", "连州", "Lianzhou", "441800"),
    // 东莞市 441900: no county level (towns and streets answer to the city)
    // 中山市 442000: no county level (towns and streets answer to the city)
    // 潮州市 445100
    ("445102", "湘桥区", "湘桥", "Xiangqiao", "445100"),
    ("445103", "潮安区", "潮安", "Chao'an", "445100"),
    ("445122", "饶平县", "饶平", "Raoping", "445100"),
    // 揭阳市 445200
    ("445202", "榕城区", "榕城", "Rongcheng", "445200"),
    ("445203", "揭东区", "揭东", "Jiedong", "445200"),
    ("445222", "揭西县", "揭西", "Jiexi", "445200"),
    ("445224", "惠来县", "惠来", "Huilai", "445200"),
    ("445281", "普宁市", "普宁", "Puning", "445200"),
    // 云浮市 445300 (云安 Yun'an and 郁南 Yunan fold to the same letters: both lie in 云浮)
    ("445302", "云城区", "云城", "Yuncheng", "445300"),
    ("445303", "云安区", "云安", "Yun'an", "445300"),
    ("445321", "新兴县", "新兴", "Xinxing", "445300"),
    ("445322", "郁南县", "郁南", "Yunan", "445300"),
    ("445381", "罗定市", "罗定", "Luoding", "445300"),
  ].map { Division(code: $0.0, name: $0.1, short: $0.2, pinyin: $0.3, cityCode: $0.4) }

  /// Divisions whose name is a common noun ("the town district"): their name and pinyin are accepted only after
  /// their city (汕尾城区); their code alone is enough.
  package static let needsCity: Set<String> = ["441502"]

  /// Former names still typed, each confirmed by a source above. A name may stand in two cities (东山区, 深汕):
  /// `Region.resolve(_:)` then refuses it and lists both. The former 县级市 names (从化市, 顺德市, 高要市 …) and
  /// 县 names (梅县, 清新县, 宝安县 …) need no entry: a short name followed by 区, 市 or 县 is accepted as such.
  package static let formerNames: [FormerName] = [
    // 广州市 440100 (timeline: 440102 东山区 and 440107 芳村区 end 2004; 440116 萝岗区 2005–2013)
    (["东山区", "东山"], "Dongshan", "440100", Localized("2005年并入越秀区", en: "merged into 越秀区 in 2005")),
    (["芳村区", "芳村"], "Fangcun", "440100", Localized("2005年并入荔湾区", en: "merged into 荔湾区 in 2005")),
    (["萝岗区", "萝岗"], "Luogang", "440100", Localized("2014年并入黄埔区", en: "merged into 黄埔区 in 2014")),
    // 韶关市 440200 (timeline: 440202 北江区 1984–2003; its short form is also the river's name)
    (["北江区"], "", "440200", Localized("2004年撤销", en: "abolished in 2004")),
    // 深圳市 440300 (functional areas: 大鹏新区 still one, inside 龙岗区; 龙华、坪山 became districts in 2016)
    (["大鹏新区", "大鹏"], "Dapeng", "440300", Localized("功能区，行政上属龙岗区", en: "a functional area within 龙岗区")),
    (["龙华新区"], "", "440300", Localized("2016年设龙华区", en: "became 龙华区 in 2016")),
    (["坪山新区"], "", "440300", Localized("2016年设坪山区", en: "became 坪山区 in 2016")),
    (
      ["深汕特别合作区", "深汕"], "Shenshan", "440300",
      Localized("深圳市主导管理的特别合作区", en: "a co-operation zone run by Shenzhen")
    ),
    // 汕头市 440500 (timeline: 440508 金园区, 440509 升平区, 440510 河浦区 1994–2002; 440506 达濠区, recorded
    // there as 达豪区, 1984–2002; their area became 金平区、龙湖区、濠江区 in 2003)
    (["金园区", "金园"], "Jinyuan", "440500", Localized("2003年撤销", en: "abolished in 2003")),
    (["升平区", "升平"], "Shengping", "440500", Localized("2003年撤销", en: "abolished in 2003")),
    (["达濠区", "达濠"], "Dahao", "440500", Localized("2003年撤销，今属濠江区", en: "abolished in 2003, now in 濠江区")),
    (["河浦区", "河浦"], "", "440500", Localized("2003年撤销，今属濠江区", en: "abolished in 2003, now in 濠江区")),
    // 佛山市 440600 (timeline: 440603 石湾区 1984–2001)
    (["石湾区", "石湾"], "Shiwan", "440600", Localized("2002年并入禅城区", en: "merged into 禅城区 in 2002")),
    // 茂名市 440900 (timeline: 440903 茂港区 2001–2013)
    (["茂港区", "茂港"], "Maogang", "440900", Localized("2014年并入电白区", en: "merged into 电白区 in 2014")),
    // 汕尾市 441500 (深汕特别合作区: the former 海丰县 towns 鹅埠、小漠、赤石、鲘门)
    (
      ["深汕特别合作区", "深汕"], "Shenshan", "441500",
      Localized("地域原属汕尾市海丰县", en: "on land formerly of 海丰县, Shanwei")
    ),
    // 揭阳市 445200 (东山区: management area set up 1994, now abolished, its streets in 榕城区; 蓝城区: 2013)
    (["东山区", "东山"], "Dongshan", "445200", Localized("原管理区，今属榕城区", en: "a former management area, now in 榕城区")),
    (["蓝城区", "蓝城"], "Lancheng", "445200", Localized("功能区，在揭东区内", en: "a functional area within 揭东区")),
  ].map { FormerName(names: $0.0, pinyin: $0.1, cityCode: $0.2, note: $0.3) }

  /// A place a text may name, with the city it lies in and a label for messages.
  package struct Candidate: Sendable, Hashable {
    package let name: String
    package let cityCode: String
    package let label: Localized
    package let needsCity: Bool
  }

  /// The places `text` names: a division by code, full name, short name (also with 区, 市 or 县 after it) or pinyin
  /// (any case; spaces, apostrophes and a trailing "district" or "county" ignored); failing those, a former name.
  /// With `cityCode`, only places in that city count.
  package static func candidates(for text: String, in cityCode: String? = nil) -> [Candidate] {
    let key = fold(text)
    guard !key.isEmpty else { return [] }
    let english = ["district", "county"].compactMap { key.hasSuffix($0) ? String(key.dropLast($0.count)) : nil }
    let pinyinKeys = Set([key] + english)
    let bare = ["区", "市", "县"].contains(where: key.hasSuffix) ? String(key.dropLast()) : nil
    let inCity = { (code: String) in cityCode == nil || cityCode == code }

    var found = all.filter {
      inCity($0.cityCode)
        && ($0.code == key || $0.name == key || $0.short == key || pinyinKeys.contains(fold($0.pinyin)))
    }
    if found.isEmpty, let bare { found = all.filter { inCity($0.cityCode) && $0.short == bare } }
    if !found.isEmpty {
      return found.map { division in
        let city = cityName(division.cityCode)
        return Candidate(
          name: division.name, cityCode: division.cityCode,
          label: Localized("\(division.name)（\(city.zh)）", en: "\(division.name) (\(city.en))"),
          needsCity: cityCode == nil && division.code != key && needsCity.contains(division.code))
      }
    }
    return formerNames.filter { former in
      inCity(former.cityCode)
        && (former.names.contains(key) || (!former.pinyin.isEmpty && pinyinKeys.contains(fold(former.pinyin))))
    }.map { former in
      let city = cityName(former.cityCode)
      return Candidate(
        name: former.names[0], cityCode: former.cityCode,
        label: Localized(
          "\(former.names[0])（\(city.zh)，\(former.note.zh)）", en: "\(former.names[0]) (\(city.en); \(former.note.en))"),
        needsCity: false)
    }
  }

  /// The city a district, county or former name lies in, alone or after its city and province (深圳市宝安区,
  /// 广东省深圳市宝安区, shenzhen baoan). Nil when `text` names no such place; throws when it names several, names a
  /// district of another city than the one written before it, or is a common noun (城区) without its city.
  package static func region(named text: String) throws(ValueError) -> Region? {
    var key = fold(text)
    if let province = ["广东省", "广东", "guangdongsheng", "guangdong"].first(where: key.hasPrefix) {
      key = String(key.dropFirst(province.count))
      if let city = Region.all.first(where: { cityForms($0).contains(key) }) { return city }
    }
    let places = candidates(for: key)
    let cities = Array(Set(places.map(\.cityCode))).sorted()
    if cities.count > 1 {
      let example = example(places[0])
      throw ValueError(
        "“\(text)”在广东省不止一处：\(places.map(\.label.zh).joined(separator: "；"))。"
          + "请写城市名，或连同城市一起写（如“\(example)”）。",
        en: "'\(text)' names more than one place in Guangdong: \(places.map(\.label.en).joined(separator: "; ")). "
          + "Give the city, or the city and the district together (e.g. '\(example)').")
    }
    if let code = cities.first {
      if places.allSatisfy(\.needsCity) {
        let example = example(places[0])
        throw ValueError(
          "“\(text)”是泛称，单独写不能确定城市（\(places[0].label.zh)）；请连同城市一起写，如“\(example)”。",
          en: "'\(text)' is a common noun and alone does not tell the city (\(places[0].label.en)); write it after "
            + "its city, e.g. '\(example)'.")
      }
      return Region.all.first { $0.code == code }
    }
    for city in Region.all {
      guard let prefix = cityForms(city).first(where: { key.hasPrefix($0) && key.count > $0.count }) else { continue }
      return try district(String(key.dropFirst(prefix.count)), of: city, text: text)
    }
    return nil
  }

  /// `rest` written after `city`: one of its divisions or former names, else refused.
  private static func district(_ rest: String, of city: Region, text: String) throws(ValueError) -> Region {
    if !candidates(for: rest, in: city.code).isEmpty { return city }
    let elsewhere = candidates(for: rest)
    if !elsewhere.isEmpty {
      throw ValueError(
        "“\(text)”：“\(rest)”不在\(city.fullName)，而是\(elsewhere.map(\.label.zh).joined(separator: "、"))。",
        en: "'\(text)': '\(rest)' is not in \(city.pinyin) but \(elsewhere.map(\.label.en).joined(separator: ", ")).")
    }
    let divisions = all.filter { $0.cityCode == city.code }.map(\.name)
    guard !divisions.isEmpty else {
      throw ValueError(
        "“\(text)”：\(city.fullName)不设区县，镇和街道直属于市；请只写“\(city.name)”。",
        en: "'\(text)': \(city.pinyin) has no districts or counties, its towns and streets answer to the city; "
          + "write just '\(city.name)'.")
    }
    let list = divisions.joined(separator: "、")
    throw ValueError(
      "“\(text)”：“\(rest)”不是\(city.fullName)的区县；\(city.fullName)辖\(list)。",
      en: "'\(text)': '\(rest)' is not a district or county of \(city.pinyin), which has \(list).")
  }

  /// How to write `place` with its city: 广州东山区.
  private static func example(_ place: Candidate) -> String { cityName(place.cityCode).zh.dropLast() + place.name }

  /// The forms of a city that may stand before a district: 深圳市, 深圳, shenzhen.
  private static func cityForms(_ city: Region) -> [String] { [city.fullName, city.name, fold(city.pinyin)] }

  /// Lower case, without spaces (ASCII or full-width), apostrophes or hyphens: how names and pinyin are compared.
  package static func fold(_ text: String) -> String {
    String(text.lowercased().filter { !$0.isWhitespace && !"'’‘-·".contains($0) })
  }

  private static func cityName(_ code: String) -> Localized {
    guard let city = Region.all.first(where: { $0.code == code }) else { preconditionFailure("no city \(code)") }
    return Localized(city.fullName, en: city.pinyin)
  }
}
