import ArgumentParser
import LaborRules
import LaborRulesPacks

extension IsolationFacts.Category: ExpressibleByArgument {}

extension LaborRulesCommand {
  /// `labor-rules isolation --category government-measures --region 广州 --wage 10000 --from … --to …`.
  struct IsolationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "isolation",
      abstract: "疫情隔离及政府管控措施期间工资（2020-01-25起）。Pay during epidemic isolation or government measures.",
      discussion: """
        Categories: confirmed, suspected, close-contact, government-isolation (normal-hours wage), and \
        government-measures (a lockdown or stoppage order): remote work at the agreed wage, or at the normal \
        wage when no lower wage was agreed; paid leave arranged by agreement at the normal wage; otherwise the \
        stoppage rules from the first day.

          labor-rules isolation --category close-contact --region 佛山 \\
              --wage 5000 --from 2022-04-01 --to 2022-04-30
          labor-rules isolation --category government-measures --region 广州 \\
              --wage 10000 --from 2022-11-01 --to 2022-11-30 --remote-work --paid 6000
        """)

    @Option(help: "confirmed, suspected, close-contact, government-isolation or government-measures.")
    var category: IsolationFacts.Category
    @OptionGroup var claim: ClaimOptions
    @Flag(name: .customLong("remote-work"), help: "The worker worked remotely (government-measures only).")
    var remoteWork = false
    @Option(
      name: .customLong("agreed-wage"),
      help: "The monthly wage both parties agreed for remote work (implies --remote-work).")
    var agreedWage: String?
    @Flag(help: "Paid leave was arranged by agreement for the period (government-measures only).")
    var leave = false

    @OptionGroup var output: OutputOptions
    @OptionGroup var assumptions: AssumptionOptions

    func run() throws {
      let claim = try claim.read()
      let agreed = try agreedWage.map { try readFlag("--agreed-wage", $0, Money.init(parsing:)) }
      let facts = IsolationFacts(
        category: category, monthlyWage: claim.wage, start: claim.from, end: claim.to,
        remoteWork: remoteWork || agreed != nil ? IsolationFacts.RemoteWork(agreedMonthlyWage: agreed) : nil,
        leaveArranged: leave, paid: claim.paid)
      try evaluate(facts, in: claim.region, output, assumptions.overrides)
    }
  }
}
