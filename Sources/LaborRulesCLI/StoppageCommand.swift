import ArgumentParser
import LaborRules
import LaborRulesPacks

extension LaborRulesCommand {
  /// `labor-rules stoppage --region 广州 --wage 6000 --from 2022-11-01 --to 2023-01-31 [--paid 7000]`.
  struct StoppageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "stoppage",
      abstract: "停工停产期间工资：非因劳动者原因停工时用人单位应付多少。Pay during a work stoppage not caused by the worker.",
      discussion: """
        The first pay cycle (at most 30 days) is paid at the normal-hours wage; after it, a newly agreed wage \
        for work arranged (never below the minimum wage) or a living allowance of at least 80% of the local \
        minimum wage on each day (广东省工资支付条例 art. 39; in Shenzhen 深圳市员工工资支付条例 art. 28).

          labor-rules stoppage --region 广州 --wage 6000 \\
              --from 2022-11-01 --to 2023-01-31
          labor-rules stoppage --region 深圳 --wage 8000 \\
              --from 2023-03-01 --to 2023-05-31 --paid 9000 --lang en
          labor-rules stoppage --region 佛山 --wage 5000 \\
              --from 2024-01-01 --to 2024-03-31 --work 2024-03-01:2024-03-31:3000
        """)

    @OptionGroup var claim: ClaimOptions
    @Option(name: .customLong("pay-cycle-days"), help: "The contract's pay cycle in days, when shorter than a month.")
    var payCycleDays: Int?
    @Option(
      name: .customLong("living-allowance-rate"),
      help: "An agreed living-allowance rate above the legal floor, e.g. 0.9.")
    var livingAllowanceRate: String?
    @Option(help: "Work arranged after the first pay cycle at an agreed monthly wage: FROM:TO:WAGE. Repeatable.")
    var work: [String] = []

    @OptionGroup var output: OutputOptions
    @OptionGroup var assumptions: AssumptionOptions

    func run() throws {
      let claim = try claim.read()
      let facts = StoppageFacts(
        monthlyWage: claim.wage, start: claim.from, end: claim.to, payCycleDays: payCycleDays,
        work: try work.map { try Self.arrangement($0) },
        livingAllowanceRate: try livingAllowanceRate.map {
          try readFlag("--living-allowance-rate", $0, Rational.init(parsing:))
        },
        paid: claim.paid)
      try evaluate(facts, in: claim.region, output, assumptions.overrides)
    }

    static func arrangement(_ text: String) throws -> WorkArrangement {
      let parts = text.split(separator: ":").map(String.init)
      guard parts.count == 3 else {
        throw FlagError(
          flag: "--work",
          reason: Localized(
            "“\(text)”应写成 开始:结束:月工资，如 2024-03-01:2024-03-31:3000",
            en: "'\(text)' is not FROM:TO:WAGE, e.g. 2024-03-01:2024-03-31:3000"))
      }
      return WorkArrangement(
        from: try readFlag("--work", parts[0], CivilDate.init(parsing:)),
        to: try readFlag("--work", parts[1], CivilDate.init(parsing:)),
        agreedMonthlyWage: try readFlag("--work", parts[2], Money.init(parsing:)))
    }
  }
}
