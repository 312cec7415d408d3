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

  /// Bad input for part-time work where the rules encoded are written for full-time workers: part-time work
  /// has an hourly minimum wage and a pay cycle of at most 15 days (劳动合同法 art. 72), and no stoppage or
  /// isolation rule for it is encoded (shared/law/addendum-2026-11-23.md §2.6).
  func requireFullTime() throws(EvaluationError) {
    guard self == .partTime else { return }
    throw .badInput(
      field: "facts.employment",
      reason: Localized(
        "停工停产和隔离期间工资的规定是按全日制用工写的；非全日制用工按小时计酬、工资支付周期不超过15日（劳动合同法第七十二条），规则包尚未收录其规则",
        en: "the stoppage and isolation rules are written for full-time work; part-time work is paid by the hour with "
          + "a pay cycle of at most 15 days (Labour Contract Law art. 72), and no rule for it is encoded yet"))
  }
}
