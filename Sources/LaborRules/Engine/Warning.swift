/// Something the worker or the lawyer should look at; `code` is a stable identifier.
public struct Warning: Sendable, Hashable, Codable {
  public enum Code: String, Sendable, Codable {
    /// What was paid is less than the entitlement.
    case underpaid
    /// An agreed wage fell below the minimum wage and the floor was applied.
    case belowMinimumWage = "below-minimum-wage"
    /// A parameter the dossier could not verify was used; the message says exactly what.
    case unverifiedParameter = "unverified-parameter"
    /// A value was used for a day after its source was last checked.
    case beyondLastChecked = "beyond-last-checked"
  }

  public let code: Code
  public let message: Localized

  public init(_ code: Code, _ message: Localized) { (self.code, self.message) = (code, message) }
}
