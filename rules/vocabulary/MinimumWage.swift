// The minimum wage as a parameter of law, shared by the packs: its value type, its key in the rulebook, and
// the formulas that read it (最低工资规定 art. 5: a monthly standard for full-time work, an hourly one for
// part-time work).
import LaborRules

/// A minimum-wage standard: monthly for full-time work, hourly for part-time (非全日制) work.
public struct MinimumWage: Sendable, Hashable {
  public let monthly: Money
  public let hourly: Money
  public init(monthly: Money, hourly: Money) { (self.monthly, self.hourly) = (monthly, hourly) }
}

extension ParameterKey where Value == MinimumWage {
  /// Each city's minimum wage, a schedule per city.
  public static let minimumWage = ParameterKey(
    "minimum-wage", Localized("最低工资标准", en: "minimum wage"), regional: true)
}

extension Formula {
  /// The full-time monthly minimum wage in force in the worker's city on the day.
  static let minimumWage = Formula.parameter(.minimumWage, .yuanPerMonth) { $0.monthly.exact }
  /// The hourly minimum wage for part-time work in force in the worker's city on the day.
  static let hourlyMinimumWage = Formula.parameter(.minimumWage, .yuanPerHour) { $0.hourly.exact }
}

/// Full-time workers have a monthly minimum wage, part-time (非全日制) workers an hourly one.
public enum Employment: String, Sendable, Codable, Hashable {
  case fullTime = "full-time"
  case partTime = "part-time"
}
