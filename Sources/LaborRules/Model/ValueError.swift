/// Why a single value could not be read, in both languages; the caller adds the field it came from.
public struct ValueError: Error, Sendable, Equatable {
  public let reason: Localized
  public init(_ reason: Localized) { self.reason = reason }
  public init(_ zh: String, en: String) { reason = Localized(zh, en: en) }
}
