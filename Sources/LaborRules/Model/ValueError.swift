/// Why a single value could not be read; the caller adds the field it came from.
public struct ValueError: Error, Sendable, Equatable {
  public let reason: String
  public init(_ reason: String) { self.reason = reason }
}
