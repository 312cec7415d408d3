import ArgumentParser
import LaborRules
import LaborRulesPacks

extension LaborRulesCommand {
  /// `labor-rules sick-pay --region 广州 --wage 6000 --from … --to … [--contract-rate 0.7] [--service …]`.
  struct SickPayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "sick-pay",
      abstract: "病伤假期工资：医疗期内的病假工资。Sick pay within the medical period.",
      discussion: """
        Guangdong (广东省工资支付条例 art. 24): the contract's rate, never below 80% of the minimum wage. \
        Shenzhen (深圳市员工工资支付条例 art. 23): at least 60% of the normal-hours wage, never below 80% of \
        the minimum wage. The medical period (劳部发〔1994〕479号) follows from the service in all and with this \
        employer when sick leave began, as years and months or as first days of work; without it the shortest \
        period (3 months) is used and a warning says which facts would extend it. Days beyond it are flagged, \
        not paid.

          labor-rules sick-pay --region 广州 --wage 6000 --from 2024-04-01 \\
              --to 2024-05-31 --contract-rate 0.7
          labor-rules sick-pay --region 汕头 --wage 4000 --from 2024-03-11 \\
              --to 2024-06-30 --contract-rate 0.6 --total-years 6 --employer-years 2
          labor-rules sick-pay --region 广州 --wage 5000 --from 2025-06-01 \\
              --to 2026-01-31 --work-start 2017-03-01 --employer-start 2020-02-15
        """)

    @OptionGroup var claim: ClaimOptions
    @Option(
      name: .customLong("contract-rate"), help: "The share of the wage the contract grants for sick leave, e.g. 0.7.")
    var contractRate: String?
    @Option(name: .customLong("total-years"), help: "Whole years of work in all (for the medical period).")
    var totalYears: Int?
    @Option(name: .customLong("employer-years"), help: "Whole years with this employer (for the medical period).")
    var employerYears: Int?
    @Option(name: .customLong("total-months"), help: "Months of work in all beyond --total-years (0–11).")
    var totalMonths: Int?
    @Option(name: .customLong("employer-months"), help: "Months with this employer beyond --employer-years (0–11).")
    var employerMonths: Int?
    @Option(name: .customLong("work-start"), help: "First day of work in all (YYYY-MM-DD), instead of --total-years.")
    var workStart: String?
    @Option(
      name: .customLong("employer-start"),
      help: "First day with this employer (YYYY-MM-DD), instead of --employer-years.")
    var employerStart: String?

    @OptionGroup var output: OutputOptions
    @OptionGroup var assumptions: AssumptionOptions

    func run() throws {
      let claim = try claim.read()
      let facts = SickPayFacts(
        monthlyWage: claim.wage, start: claim.from, end: claim.to,
        contractRate: try contractRate.map {
          try readFlag("--contract-rate", $0, Rational.init(parsing:))
        },
        totalServiceYears: totalYears, employerServiceYears: employerYears, totalServiceMonths: totalMonths,
        employerServiceMonths: employerMonths,
        workStart: try workStart.map { try readFlag("--work-start", $0, CivilDate.init(parsing:)) },
        employerStart: try employerStart.map { try readFlag("--employer-start", $0, CivilDate.init(parsing:)) },
        paid: claim.paid)
      try evaluate(facts, in: claim.region, output, assumptions.overrides)
    }
  }
}
