import Foundation

/// A prefecture-level city of Guangdong, the unit every minimum-wage notice assigns to a tier.
///
/// Reachable by its GB/T 2260 code (`440100`), its Chinese name with or without 市 (`广州`, `广州市`) and its
/// pinyin in any case (`guangzhou`, `GuangZhou`); and through any of its districts and counties (`海珠区`, `海珠`,
/// `440105`, `haizhu`, `广州市海珠区`), see `GuangdongDivisions`.
public struct Region: Sendable, Hashable, Codable, CustomStringConvertible {
  /// GB/T 2260 administrative-division code, e.g. `440100`.
  public let code: String
  /// Chinese name without 市, e.g. `广州`.
  public let name: String
  /// Pinyin without tones, e.g. `Guangzhou`.
  public let pinyin: String

  public var fullName: String { name + "市" }
  public var description: String { fullName }

  /// Finds a city by code, Chinese name (with or without 市) or pinyin (any case, spaces ignored); failing those,
  /// by one of its county-level divisions or a former name of one (`GuangdongDivisions.region(named:)`). A name
  /// that stands in two cities, or a district written after a city it is not in, is refused with the candidates.
  public static func resolve(_ text: String) throws(ValueError) -> Region {
    let key = text.trimmingCharacters(in: .whitespaces)
    let bare = key.hasSuffix("市") ? String(key.dropLast()) : key
    let folded = bare.lowercased().replacingOccurrences(of: " ", with: "")
    if let region = all.first(where: { $0.code == bare || $0.name == bare || $0.pinyin.lowercased() == folded }) {
      return region
    }
    if let region = try GuangdongDivisions.region(named: key) { return region }
    let accepted = all.map { "\($0.name) \($0.pinyin) \($0.code)" }.joined(separator: ", ")
    throw ValueError(
      "“\(text)”不是广东省的地级市或区县；请写城市的中文名（广州或广州市）、拼音（guangzhou）或 GB/T 2260 代码"
        + "（440100），或所在的区县（海珠区、海珠、440105、haizhu、广州市海珠区）。东莞市、中山市不设区县，"
        + "镇街（如虎门、小榄）请写所属城市（东莞、中山）。可用的城市：\(accepted)",
      en: "'\(text)' is not a prefecture-level city, district or county of Guangdong; give the city's Chinese name "
        + "(广州 or 广州市), its pinyin (guangzhou) or its GB/T 2260 code (440100), or the district or county "
        + "(海珠区, 海珠, 440105, haizhu, 广州市海珠区). Dongguan and Zhongshan have no districts: for a town such as "
        + "虎门 or 小榄 give the city (东莞, 中山). Accepted cities: \(accepted)")
  }

  /// The 21 prefecture-level cities of Guangdong (GB/T 2260).
  public static let all: [Region] = [
    ("440100", "广州", "Guangzhou"), ("440200", "韶关", "Shaoguan"), ("440300", "深圳", "Shenzhen"),
    ("440400", "珠海", "Zhuhai"), ("440500", "汕头", "Shantou"), ("440600", "佛山", "Foshan"),
    ("440700", "江门", "Jiangmen"), ("440800", "湛江", "Zhanjiang"), ("440900", "茂名", "Maoming"),
    ("441200", "肇庆", "Zhaoqing"), ("441300", "惠州", "Huizhou"), ("441400", "梅州", "Meizhou"),
    ("441500", "汕尾", "Shanwei"), ("441600", "河源", "Heyuan"), ("441700", "阳江", "Yangjiang"),
    ("441800", "清远", "Qingyuan"), ("441900", "东莞", "Dongguan"), ("442000", "中山", "Zhongshan"),
    ("445100", "潮州", "Chaozhou"), ("445200", "揭阳", "Jieyang"), ("445300", "云浮", "Yunfu"),
  ].map { Region(code: $0.0, name: $0.1, pinyin: $0.2) }

  /// Looks a city up by name in the rule packs (package access: no input reaches it; a typo in a pack traps at
  /// start-up and fails every test). The public API is the throwing `resolve(_:)`.
  package static func named(_ name: String) -> Region {
    guard let region = all.first(where: { $0.name == name }) else { preconditionFailure("no city \(name)") }
    return region
  }
}
