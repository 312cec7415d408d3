/// A minimum-wage standard: monthly for full-time work, hourly for part-time (非全日制) work
/// (最低工资规定 art. 5).
public struct MinimumWage: Sendable, Hashable {
  public let monthly: Money
  public let hourly: Money
  public init(monthly: Money, hourly: Money) { (self.monthly, self.hourly) = (monthly, hourly) }
}
