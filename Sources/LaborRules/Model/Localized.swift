/// A phrase in both output languages, written side by side in the rule packs.
public struct Localized: Sendable, Hashable, Codable {
  public let zh: String
  public let en: String
  public init(_ zh: String, en: String) { (self.zh, self.en) = (zh, en) }

  public func text(_ language: Language) -> String { language == .zh ? zh : en }
}

/// The languages of human-readable output.
public enum Language: String, Sendable, Codable, CaseIterable {
  case zh, en
}
