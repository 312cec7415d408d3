import ArgumentParser
import LaborRules
import LaborRulesPacks

extension OvertimeFacts.HoursSystem: ExpressibleByArgument {}

extension LaborRulesCommand {
  /// `labor-rules overtime --region 东莞 --wage 8700 --day 2025-10-01=8 …`.
  struct OvertimeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "overtime",
      abstract: "加班工资：按官方工作日历逐日计算。Overtime pay on the official working-time calendar.",
      discussion: """
        Each day is classified on the official calendar (see `labor-rules calendar`): hours beyond the \
        normal day on a workday or make-up workday at 150%, rest-day hours without compensatory leave at \
        200%, statutory-holiday hours at 300% of the normal-hours wage ÷ 174 (21.75 days × 8 hours), computed \
        exactly and rounded once per item. Limits (3 hours a day, 36 a month) are warnings, never reductions.

          labor-rules overtime --region 东莞 --wage 8700 --day 2025-10-01=8 \\
              --day 2025-10-04=8 --day 2025-10-06=8 --day 2025-10-11=2
          labor-rules overtime --region 江门 --wage 5000 --month 2023-06 \\
              --workday-hours 12.5 --rest-day-hours 16 --holiday-hours 4
          labor-rules overtime --region 东莞 --piece-rate 0.37 \\
              --day 2024-05-01=200 --day 2024-05-12=260
          labor-rules overtime --region 深圳 --wage 9000 --hours-system comprehensive \\
              --cycle 2024-12-01:2025-02-28 --hours-worked 540 --holiday-hours 16
        """)

    @Option(help: "City or district: 东莞, 东莞市, dongguan, 441900, 宝安区 or 440306 (a district gives its city).")
    var region: String
    @Option(help: "The normal-hours wage per month, in yuan: the overtime base.")
    var wage: String?
    @Option(
      name: .customLong("piece-rate"), help: "Piece work: the statutory-hours piece price, in yuan (instead of --wage)."
    )
    var pieceRate: String?
    @Option(name: .customLong("hours-system"), help: "standard (default), comprehensive (综合计算工时) or flexible (不定时).")
    var hoursSystem: OvertimeFacts.HoursSystem = .standard
    @Option(
      help: """
        A day worked, DATE=HOURS: hours beyond the normal 8 on a workday, or all hours on a rest day or \
        holiday (pieces, for piece work). Repeatable.
        """)
    var day: [String] = []
    @Option(
      name: .customLong("comp-leave"), help: "A rest day worked that was made up by time off (no premium). Repeatable.")
    var compLeave: [String] = []
    @Option(help: "Totals form: the month worked, YYYY-MM.")
    var month: String?
    @Option(name: .customLong("workday-hours"), help: "Totals form: hours beyond the normal day on workdays.")
    var workdayHours: String?
    @Option(name: .customLong("rest-day-hours"), help: "Totals form: hours on rest days without compensatory leave.")
    var restDayHours: String?
    @Option(
      name: .customLong("holiday-hours"), help: "Hours on statutory holidays (totals form or comprehensive cycle).")
    var holidayHours: String?
    @Option(help: "Comprehensive hours: the settlement cycle, FROM:TO.")
    var cycle: String?
    @Option(name: .customLong("hours-worked"), help: "Comprehensive hours: all hours worked in the cycle.")
    var hoursWorked: String?
    @Option(help: "What the employer paid for this overtime, in yuan.")
    var paid: String?

    @OptionGroup var output: OutputOptions
    @OptionGroup var assumptions: AssumptionOptions

    func run() throws {
      let decimal = { (flag: String, text: String?) throws -> Rational? in
        try text.map { try readFlag(flag, $0, Rational.init(parsing:)) }
      }
      let money = { (flag: String, text: String?) throws -> Money? in
        try text.map { try readFlag(flag, $0, Money.init(parsing:)) }
      }
      let facts = OvertimeFacts(
        monthlyWage: try money("--wage", wage), pieceRate: try money("--piece-rate", pieceRate),
        hoursSystem: hoursSystem,
        work: try day.map { try workDay($0) },
        compensatoryLeaveDates: try compLeave.map { try readFlag("--comp-leave", $0, CivilDate.init(parsing:)) },
        month: try month.map { try readFlag("--month", $0, CivilMonth.init(parsing:)) },
        workdayOvertimeHours: try decimal("--workday-hours", workdayHours),
        restDayHours: try decimal("--rest-day-hours", restDayHours),
        holidayHours: try decimal("--holiday-hours", holidayHours),
        cycle: try cycle.map { try cycleRange($0) }, hoursWorked: try decimal("--hours-worked", hoursWorked),
        paid: try money("--paid", paid))
      try evaluate(facts, in: try readFlag("--region", region, Region.resolve), output, assumptions.overrides)
    }

    /// `2025-10-01=8`: hours, or pieces for piece work.
    func workDay(_ text: String) throws -> OvertimeFacts.WorkDay {
      let parts = text.split(separator: "=").map(String.init)
      guard parts.count == 2 else {
        throw FlagError(
          flag: "--day",
          reason: Localized("“\(text)”应写成 日期=小时数，如 2025-10-01=8", en: "'\(text)' is not DATE=HOURS, e.g. 2025-10-01=8"))
      }
      let date = try readFlag("--day", parts[0], CivilDate.init(parsing:))
      if pieceRate != nil {
        guard let pieces = Int(parts[1]), pieces > 0 else {
          throw FlagError(
            flag: "--day", reason: Localized("“\(parts[1])”不是整数件数", en: "'\(parts[1])' is not a whole number of pieces")
          )
        }
        return OvertimeFacts.WorkDay(date: date, pieces: pieces)
      }
      return OvertimeFacts.WorkDay(date: date, hours: try readFlag("--day", parts[1], Rational.init(parsing:)))
    }

    func cycleRange(_ text: String) throws -> OvertimeFacts.Cycle {
      let parts = text.split(separator: ":").map(String.init)
      guard parts.count == 2 else {
        throw FlagError(
          flag: "--cycle",
          reason: Localized(
            "“\(text)”应写成 开始:结束，如 2024-12-01:2025-02-28", en: "'\(text)' is not FROM:TO, e.g. 2024-12-01:2025-02-28"))
      }
      return OvertimeFacts.Cycle(
        from: try readFlag("--cycle", parts[0], CivilDate.init(parsing:)),
        to: try readFlag("--cycle", parts[1], CivilDate.init(parsing:)))
    }
  }
}
