// A month's pay, broken down for a minimum-wage compliance check (最低工资规定 art. 12; the provincial
// notices' item 二): what counts toward the minimum and what does not.
import LaborRules

/// What was paid for a month and the parts of it that do not count toward the minimum wage.
public struct PayBreakdown: Sendable, Hashable, Codable {
  public var month: CivilMonth
  /// Everything paid for the month, before the worker's own contributions are withheld.
  public var total: Money
  /// Excluded by 最低工资规定 art. 12: overtime pay; shift, high- and low-temperature, underground and
  /// hazardous-work allowances; statutory welfare.
  public var overtimePay: Money?
  public var shiftAllowance: Money?
  public var highTemperatureAllowance: Money?
  public var lowTemperatureAllowance: Money?
  public var undergroundAllowance: Money?
  public var hazardousAllowance: Money?
  public var welfare: Money?
  /// The worker's own social insurance and housing-fund contributions withheld (assumption
  /// `contributions-in-minimum`).
  public var socialInsurance: Money?
  public var housingFund: Money?
  /// Part-time work: the hours worked in the month.
  public var hoursWorked: Rational?
  /// Full-time work for part of the month: the first and last day employed in it (a worker who joined or left
  /// within the month), and the working days of unpaid leave (事假).
  public var employedFrom: CivilDate?
  public var employedThrough: CivilDate?
  public var unpaidLeaveDays: Int?

  public init(month: CivilMonth, total: Money) { (self.month, self.total) = (month, total) }

  /// The days of the month employed, when the worker did not provide normal work all month (joined or left
  /// within it, or took unpaid leave); `nil` for a whole month of normal work.
  var partOfMonth: DateRange? {
    guard employedFrom != nil || employedThrough != nil || (unpaidLeaveDays ?? 0) > 0 else { return nil }
    return DateRange(from: employedFrom ?? month.first, through: employedThrough ?? month.days.through)
  }

  /// Whether the worker was employed the whole month (any part-month is unpaid leave only).
  var employedAllMonth: Bool { employedFrom == nil && employedThrough == nil }

  /// The parts art. 12 excludes, with their names.
  var exclusions: [(Localized, Money)] {
    [
      (Localized("加班工资", en: "overtime pay"), overtimePay),
      (Localized("中夜班津贴", en: "shift allowance"), shiftAllowance),
      (Localized("高温津贴", en: "high-temperature allowance"), highTemperatureAllowance),
      (Localized("低温津贴", en: "low-temperature allowance"), lowTemperatureAllowance),
      (Localized("井下津贴", en: "underground allowance"), undergroundAllowance),
      (Localized("有毒有害津贴", en: "hazardous-work allowance"), hazardousAllowance),
      (Localized("法定福利待遇", en: "statutory welfare"), welfare),
    ].compactMap { name, amount in amount.map { (name, $0) } }
  }

  /// The worker's own contributions, with their names.
  var contributions: [(Localized, Money)] {
    [
      (Localized("个人社会保险费", en: "own social insurance"), socialInsurance),
      (Localized("个人住房公积金", en: "own housing fund"), housingFund),
    ].compactMap { name, amount in amount.map { (name, $0) } }
  }

  private enum CodingKeys: String, CodingKey, CaseIterable {
    case month, total, overtimePay, shiftAllowance, highTemperatureAllowance, lowTemperatureAllowance
    case undergroundAllowance, hazardousAllowance, welfare, socialInsurance, housingFund, hoursWorked
    case employedFrom, employedThrough, unpaidLeaveDays
  }
  public init(from decoder: any Decoder) throws {
    let c = try decoder.strictContainer(CodingKeys.self)
    month = try c.decode(CivilMonth.self, forKey: .month)
    total = try c.decode(Money.self, forKey: .total)
    overtimePay = try c.decodeIfPresent(Money.self, forKey: .overtimePay)
    shiftAllowance = try c.decodeIfPresent(Money.self, forKey: .shiftAllowance)
    highTemperatureAllowance = try c.decodeIfPresent(Money.self, forKey: .highTemperatureAllowance)
    lowTemperatureAllowance = try c.decodeIfPresent(Money.self, forKey: .lowTemperatureAllowance)
    undergroundAllowance = try c.decodeIfPresent(Money.self, forKey: .undergroundAllowance)
    hazardousAllowance = try c.decodeIfPresent(Money.self, forKey: .hazardousAllowance)
    welfare = try c.decodeIfPresent(Money.self, forKey: .welfare)
    socialInsurance = try c.decodeIfPresent(Money.self, forKey: .socialInsurance)
    housingFund = try c.decodeIfPresent(Money.self, forKey: .housingFund)
    hoursWorked = try c.decodeIfPresent(ExactDecimal.self, forKey: .hoursWorked)?.value
    employedFrom = try c.decodeIfPresent(CivilDate.self, forKey: .employedFrom)
    employedThrough = try c.decodeIfPresent(CivilDate.self, forKey: .employedThrough)
    unpaidLeaveDays = try c.decodeIfPresent(Int.self, forKey: .unpaidLeaveDays)
  }
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(month, forKey: .month)
    try c.encode(total, forKey: .total)
    try c.encodeIfPresent(overtimePay, forKey: .overtimePay)
    try c.encodeIfPresent(shiftAllowance, forKey: .shiftAllowance)
    try c.encodeIfPresent(highTemperatureAllowance, forKey: .highTemperatureAllowance)
    try c.encodeIfPresent(lowTemperatureAllowance, forKey: .lowTemperatureAllowance)
    try c.encodeIfPresent(undergroundAllowance, forKey: .undergroundAllowance)
    try c.encodeIfPresent(hazardousAllowance, forKey: .hazardousAllowance)
    try c.encodeIfPresent(welfare, forKey: .welfare)
    try c.encodeIfPresent(socialInsurance, forKey: .socialInsurance)
    try c.encodeIfPresent(housingFund, forKey: .housingFund)
    try c.encodeIfPresent(hoursWorked.map(ExactDecimal.init), forKey: .hoursWorked)
    try c.encodeIfPresent(employedFrom, forKey: .employedFrom)
    try c.encodeIfPresent(employedThrough, forKey: .employedThrough)
    try c.encodeIfPresent(unpaidLeaveDays, forKey: .unpaidLeaveDays)
  }
}

/// Whether the worker's own social insurance and housing-fund contributions sit inside the minimum wage. No
/// Guangdong or Shenzhen text says; 最低工资规定 art. 6 and its annex count them in setting the standard, and
/// most regions include them (shared/law/wages-stoppage-sickpay.md §1.5, §1.6 note 4).
///
/// Pay of 2,050.00 with 180.50 social insurance and 100.00 housing fund withheld, standard 1,900.00:
///
/// | reading    | counted  | shortfall |
/// |------------|----------|-----------|
/// | `included` | 2,050.00 | 0.00      |
/// | `excluded` | 1,769.50 | 130.50    |
enum ContributionsInMinimum: String, Assumption {
  /// The worker's own contributions are part of the pay that meets the minimum (default).
  case included
  /// They are deducted before the comparison, as Beijing and Shanghai rule.
  case excluded

  static let key = "contributions-in-minimum"
  static let standard = ContributionsInMinimum.included
  static let question = Localized(
    "个人缴纳的社会保险费和住房公积金是否包含在最低工资内",
    en: "Whether the worker's own social insurance and housing fund sit inside the minimum wage")
  var meaning: Localized {
    switch self {
    case .included:
      Localized("包含：以扣除个人缴费前的工资与最低工资比较", en: "included: pay before the worker's contributions is compared")
    case .excluded:
      Localized("不包含：扣除个人缴费后再与最低工资比较", en: "excluded: the worker's contributions are deducted first")
    }
  }
}
