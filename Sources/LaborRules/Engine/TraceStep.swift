/// One step of a derivation: what was looked up or computed, in both languages, with its citations.
public struct TraceStep: Sendable, Encodable {
  public let zh: String
  public let en: String
  public let citations: [Citation]

  public init(_ zh: String, en: String, cites citations: [Citation] = []) {
    (self.zh, self.en, self.citations) = (zh, en, citations)
  }

  public func text(_ language: Language) -> String { language == .zh ? zh : en }
}
