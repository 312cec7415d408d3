import Foundation

/// A prefecture-level city of Guangdong, the unit every minimum-wage notice assigns to a tier.
///
/// Reachable by its GB/T 2260 code (`440100`), its Chinese name with or without 市 (`广州`, `广州市`) and its
/// pinyin in any case (`guangzhou`, `GuangZhou`).
public struct Region: Sendable, Hashable, Codable, CustomStringConvertible {
  /// GB/T 2260 administrative-division code, e.g. `440100`.
  public let code: String
  /// Chinese name without 市, e.g. `广州`.
  public let name: String
  /// Pinyin without tones, e.g. `Guangzhou`.
  public let pinyin: String

  public var fullName: String { name + "市" }
  public var description: String { fullName }

  /// Finds a city by code, Chinese name (with or without 市) or pinyin (any case, spaces ignored).
  public static func resolve(_ text: String) throws(ValueError) -> Region {
    let key = text.trimmingCharacters(in: .whitespaces)
    let bare = key.hasSuffix("市") ? String(key.dropLast()) : key
    let folded = bare.lowercased().replacingOccurrences(of: " ", with: "")
    if let region = all.first(where: { $0.code == bare || $0.name == bare || $0.pinyin.lowercased() == folded }) {
      return region
    }
    let accepted = all.map { "\($0.name) \($0.pinyin) \($0.code)" }.joined(separator: ", ")
    throw ValueError(
      "“\(text)”不是广东省的地级市；请写中文名（广州或广州市）、拼音（guangzhou）或 GB/T 2260 代码（440100）。"
        + "可用：\(accepted)",
      en: "'\(text)' is not a prefecture-level city of Guangdong; give its Chinese name (广州 or 广州市), "
        + "its pinyin (guangzhou) or its GB/T 2260 code (440100). Accepted: \(accepted)")
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

  /// Looks a city up by name in the rule packs; a typo there traps at start-up and fails every test.
  public static func named(_ name: String) -> Region {
    guard let region = all.first(where: { $0.name == name }) else { preconditionFailure("no city \(name)") }
    return region
  }
}
