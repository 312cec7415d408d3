import ArgumentParser
import LaborRules
import LaborRulesPacks

extension LaborRulesCommand {
  /// `labor-rules annual-leave --region 广州 --year 2024 --work-years 3 --average-wage 7500 --days-taken 1 …`.
  struct AnnualLeaveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "annual-leave",
      abstract: "未休年休假工资：应休未休的年休假。Pay for unused annual leave.",
      discussion: """
        5, 10 or 15 days a year by cumulative years of work (职工带薪年休假条例 art. 3); in a year of joining or \
        leaving, pro rata by calendar days ÷ 365, fractions of a day dropped (实施办法 arts. 5, 12); none in a \
        year with the absences of art. 4. Each unused day is paid at 300% of the daily wage (the 12-month \
        average without overtime ÷ 21.75), of which the 100% already paid with the wages: 200% is owed \
        (实施办法 arts. 10, 11). A written refusal of arranged leave owes nothing more.

          labor-rules annual-leave --region 广州 --year 2024 --work-years 3 \\
              --average-wage 7500 --days-taken 1 --employed-from 2024-04-01
          labor-rules annual-leave --region 深圳 --year 2025 --work-years 12 \\
              --average-wage 9000 --days-taken 3 --employed-to 2025-09-30 --lang en
          labor-rules annual-leave --region 佛山 --year 2024 --work-years 22 \\
              --average-wage 6000 --days-taken 5 --refused-in-writing
        """)

    @Option(help: "City: Chinese name (广州, 广州市), pinyin (guangzhou) or GB/T 2260 code (440100).")
    var region: String
    @Option(help: "The leave year, e.g. 2024.")
    var year: Int
    @Option(
      name: .customLong("work-years"),
      help: "Whole years of work completed, at any employer, at the start of the year.")
    var workYears: Int
    @Option(
      name: .customLong("average-wage"), help: "The average monthly wage of the last 12 months without overtime pay.")
    var averageWage: String
    @Option(name: .customLong("days-taken"), help: "Leave days taken this year.")
    var daysTaken: Int
    @Option(name: .customLong("employed-from"), help: "The first day at this employer, when it falls in the year.")
    var employedFrom: String?
    @Option(name: .customLong("employed-to"), help: "The last day at this employer, when it falls in the year.")
    var employedTo: String?
    @Flag(
      name: .customLong("refused-in-writing"),
      help: "The employer arranged leave and the worker declined it in writing for personal reasons.")
    var refusedInWriting = false
    @Option(name: .customLong("school-vacation-days"), help: "Days of winter and summer school vacation.")
    var schoolVacationDays: Int?
    @Option(
      name: .customLong("paid-personal-leave-days"),
      help: "Days of personal leave on which the employer did not deduct wages.")
    var paidPersonalLeaveDays: Int?
    @Option(name: .customLong("sick-leave-months"), help: "Months of sick leave in the year, e.g. 2.5.")
    var sickLeaveMonths: String?
    @Option(help: "What the employer paid for the unused leave, in yuan.")
    var paid: String?

    @OptionGroup var output: OutputOptions
    @OptionGroup var assumptions: AssumptionOptions

    func run() throws {
      let date = { (flag: String, text: String) throws -> CivilDate in
        try readFlag(flag, text, CivilDate.init(parsing:))
      }
      let facts = AnnualLeaveFacts(
        year: year, cumulativeWorkYears: workYears,
        averageMonthlyWage: try readFlag("--average-wage", averageWage, Money.init(parsing:)),
        daysTaken: daysTaken, employedFrom: try employedFrom.map { try date("--employed-from", $0) },
        employedTo: try employedTo.map { try date("--employed-to", $0) }, refusedInWriting: refusedInWriting,
        schoolVacationDays: schoolVacationDays, paidPersonalLeaveDays: paidPersonalLeaveDays,
        sickLeaveMonths: try sickLeaveMonths.map {
          try readFlag("--sick-leave-months", $0, Rational.init(parsing:))
        },
        paid: try paid.map { try readFlag("--paid", $0, Money.init(parsing:)) })
      try evaluate(facts, in: try readFlag("--region", region, Region.resolve), output, assumptions.overrides)
    }
  }
}
