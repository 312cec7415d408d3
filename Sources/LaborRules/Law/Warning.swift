/// Something the worker or the lawyer should look at: a stable code and a message in both languages.
public struct Warning: Sendable, Hashable {
  /// A stable identifier. The engine raises the first four; packs declare their own beside their rules.
  public struct Code: RawRepresentable, Sendable, Hashable, Codable, ExpressibleByStringLiteral {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }

    /// What was paid is less than the entitlement.
    public static let underpaid: Code = "underpaid"
    /// A floor applied because an amount fell below it (a wage below the minimum wage).
    public static let belowMinimumWage: Code = "below-minimum-wage"
    /// A parameter the dossier could not verify was used; the message says exactly what.
    public static let unverifiedParameter: Code = "unverified-parameter"
    /// A value was used for a day after its source was last checked.
    public static let beyondLastChecked: Code = "beyond-last-checked"
  }

  public let code: Code
  public let message: Localized

  public init(_ code: Code, _ message: Localized) { (self.code, self.message) = (code, message) }
}
