import ArgumentParser
import LaborRules
import LaborRulesPacks

extension LaborRulesCommand {
  /// `labor-rules minimum-wage --region 广州 --date 2025-03-01 [--part-time]`, or with `--check 2024-07 --pay …`
  /// a month's pay against the standard.
  struct MinimumWageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "minimum-wage",
      abstract: "最低工资标准，及当月工资是否达到。The minimum wage in force, or a month's pay checked against it.",
      discussion: """
        With --check MONTH and --pay TOTAL, the items 最低工资规定 art. 12 excludes (overtime pay; shift, \
        high- and low-temperature, underground and hazardous-work allowances; statutory welfare) are taken off \
        the month's pay, which is compared with the standard in force on the month's first day. A full-time \
        worker who joined or left within the month (--employed-from, --employed-through) or took unpaid leave \
        (--unpaid-leave-days) is compared with the standard prorated for the part of the month worked \
        (assumption part-month-standard).

          labor-rules minimum-wage --region 广州 --date 2025-03-01
          labor-rules minimum-wage --region shenzhen --date 2021-12-15 --lang en
          labor-rules minimum-wage --region 440100 --date 2025-03-01 --part-time
          labor-rules minimum-wage --region 广州 --check 2024-07 --pay 2800 \\
              --overtime-pay 400 --high-temperature-allowance 300
          labor-rules minimum-wage --region 深圳 --check 2025-06 --pay 1300 \\
              --employed-from 2025-06-16
        """)

    @Option(help: "City or district: 广州, 广州市, guangzhou, 440100, 海珠区 or 440105 (a district gives its city).")
    var region: String
    @Option(help: "The day, YYYY-MM-DD (not needed with --check).")
    var date: String?
    @Flag(
      name: .customLong("part-time"), help: "Part-time (非全日制) work: the hourly standard instead of the monthly one.")
    var partTime = false
    @Option(help: "Check a month's pay, YYYY-MM, against the standard in force on its first day.")
    var check: String?
    @Option(help: "With --check: everything paid for the month, before the worker's contributions are withheld.")
    var pay: String?
    @Option(name: .customLong("overtime-pay"), help: "With --check: overtime pay in it (excluded).")
    var overtimePay: String?
    @Option(name: .customLong("shift-allowance"), help: "With --check: shift allowance in it (excluded).")
    var shiftAllowance: String?
    @Option(
      name: .customLong("high-temperature-allowance"), help: "With --check: high-temperature allowance (excluded).")
    var highTemperatureAllowance: String?
    @Option(name: .customLong("low-temperature-allowance"), help: "With --check: low-temperature allowance (excluded).")
    var lowTemperatureAllowance: String?
    @Option(name: .customLong("underground-allowance"), help: "With --check: underground allowance (excluded).")
    var undergroundAllowance: String?
    @Option(name: .customLong("hazardous-allowance"), help: "With --check: hazardous-work allowance (excluded).")
    var hazardousAllowance: String?
    @Option(help: "With --check: statutory welfare in it (excluded).")
    var welfare: String?
    @Option(name: .customLong("social-insurance"), help: "With --check: the worker's own social insurance withheld.")
    var socialInsurance: String?
    @Option(name: .customLong("housing-fund"), help: "With --check: the worker's own housing fund withheld.")
    var housingFund: String?
    @Option(help: "With --check and --part-time: hours worked in the month.")
    var hours: String?
    @Option(name: .customLong("employed-from"), help: "With --check: the first day employed, if within the month.")
    var employedFrom: String?
    @Option(name: .customLong("employed-through"), help: "With --check: the last day employed, if within the month.")
    var employedThrough: String?
    @Option(name: .customLong("unpaid-leave-days"), help: "With --check: working days of unpaid leave in the month.")
    var unpaidLeaveDays: Int?

    @OptionGroup var output: OutputOptions
    @OptionGroup var assumptions: AssumptionOptions

    func run() throws {
      let region = try readFlag("--region", region, Region.resolve)
      let employment: Employment = partTime ? .partTime : .fullTime
      guard let check else {
        guard let date else {
          throw FlagError(
            flag: "--date",
            reason: Localized("请给出日期，或以 --check 月份 和 --pay 核对工资", en: "give the day, or --check MONTH with --pay"))
        }
        try evaluate(
          MinimumWageFacts(date: try readFlag("--date", date, CivilDate.init(parsing:)), employment: employment),
          in: region, output)
        return
      }
      guard let pay else {
        throw FlagError(flag: "--pay", reason: Localized("--check 需要当月应发工资 --pay", en: "--check needs the month's pay"))
      }
      let money = { (flag: String, text: String?) throws -> Money? in
        try text.map { try readFlag(flag, $0, Money.init(parsing:)) }
      }
      let month = try readFlag("--check", check, CivilMonth.init(parsing:))
      var breakdown = PayBreakdown(month: month, total: try readFlag("--pay", pay, Money.init(parsing:)))
      breakdown.overtimePay = try money("--overtime-pay", overtimePay)
      breakdown.shiftAllowance = try money("--shift-allowance", shiftAllowance)
      breakdown.highTemperatureAllowance = try money("--high-temperature-allowance", highTemperatureAllowance)
      breakdown.lowTemperatureAllowance = try money("--low-temperature-allowance", lowTemperatureAllowance)
      breakdown.undergroundAllowance = try money("--underground-allowance", undergroundAllowance)
      breakdown.hazardousAllowance = try money("--hazardous-allowance", hazardousAllowance)
      breakdown.welfare = try money("--welfare", welfare)
      breakdown.socialInsurance = try money("--social-insurance", socialInsurance)
      breakdown.housingFund = try money("--housing-fund", housingFund)
      breakdown.hoursWorked = try hours.map { try readFlag("--hours", $0, Rational.init(parsing:)) }
      breakdown.employedFrom = try employedFrom.map { try readFlag("--employed-from", $0, CivilDate.init(parsing:)) }
      breakdown.employedThrough = try employedThrough.map {
        try readFlag("--employed-through", $0, CivilDate.init(parsing:))
      }
      breakdown.unpaidLeaveDays = unpaidLeaveDays
      let facts = MinimumWageFacts(date: month.first, employment: employment, pay: breakdown)
      try evaluate(facts, in: region, output, assumptions.overrides)
    }
  }
}
