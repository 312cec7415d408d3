import ArgumentParser
import LaborRules
import LaborRulesPacks

extension LaborRulesCommand {
  /// `labor-rules severance --region 广州 --hire-date … --end-date … --ground … --average-wage …`.
  struct SeveranceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "severance",
      abstract: "经济补偿与赔偿金：劳动关系结束时的补偿。Economic compensation and damages when employment ends.",
      discussion: """
        Whether the ground owes compensation, with the article that decides (劳动合同法 arts. 36–44, 46); the \
        amount under art. 47: a month's wage per full year, a year for six months or more, half a month for \
        less; the monthly wage the average of wages due over the last 12 months (or the months worked), at \
        least the minimum wage (实施条例 art. 27), at most three times the city's previous-year average wage \
        and then for at most 12 years (the cities and years the packs hold; an earlier year's figure may \
        stand in, see --average-wage-missing). Service before 2008 is its own item under \
        劳部发〔1994〕481号 (art. 97). A dismissal under art. 40 without notice adds a month's wage at the \
        previous month's wage (实施条例 art. 20); an unlawful termination owes damages at twice the standard, \
        counted from the hire date, instead of compensation (art. 87; 实施条例 art. 25).

        Grounds: \(SeveranceFacts.Ground.allCases.map(\.rawValue).joined(separator: ", ")).

          labor-rules severance --region 东莞 --hire-date 2020-07-01 \\
              --end-date 2025-04-30 --ground dismissal-no-fault \\
              --no-fault-reason changed-circumstances --no-notice-given \\
              --last-month-wage 6200 --average-wage 5900
          labor-rules severance --region 深圳 --hire-date 2008-03-01 \\
              --end-date 2023-08-31 --ground mass-layoff --average-wage 60000
          labor-rules severance --region 深圳 --hire-date 2024-06-01 \\
              --end-date 2024-09-30 --ground contract-expiry \\
              --monthly-wage 8000 --monthly-wage 8000 \\
              --monthly-wage 8500 --monthly-wage 8500 --lang en
        """)

    @Option(help: "City: Chinese name (广州, 广州市), pinyin (guangzhou) or GB/T 2260 code (440100).")
    var region: String
    @Option(name: .customLong("hire-date"), help: "The first day of employment, YYYY-MM-DD.")
    var hireDate: String
    @Option(name: .customLong("end-date"), help: "The last day of employment, YYYY-MM-DD.")
    var endDate: String
    @Option(help: "Why the employment ended (see the list above).")
    var ground: String
    @Option(
      name: .customLong("average-wage"),
      help: "The average monthly wage due over the last 12 months (or the months worked), in yuan.")
    var averageWage: String?
    @Option(
      name: .customLong("monthly-wage"),
      help: "A month's wage due, oldest first; repeat for each of the last 12 months (or the months worked).")
    var monthlyWage: [String] = []
    @Flag(
      name: .customLong("notice-given"), inversion: .prefixedNo,
      help: "For dismissal-no-fault: 30 days' written notice was (or, with --no-notice-given, was not) given.")
    var noticeGiven: Bool?
    @Option(name: .customLong("last-month-wage"), help: "The previous month's wage, for pay in lieu of notice.")
    var lastMonthWage: String?
    @Option(
      name: .customLong("no-fault-reason"),
      help: "For dismissal-no-fault: illness-or-injury, incompetence or changed-circumstances (art. 40 items 1–3).")
    var noFaultReason: String?
    @Option(
      name: .customLong("employer-average-wage"),
      help: "The enterprise's average monthly wage (劳部发〔1994〕481号 art. 11), for some service before 2008.")
    var employerAverageWage: String?
    @Option(help: "What the employer paid, in yuan.")
    var paid: String?

    @OptionGroup var output: OutputOptions
    @OptionGroup var assumptions: AssumptionOptions

    func run() throws {
      let money = { (flag: String, text: String) throws -> Money in try readFlag(flag, text, Money.init(parsing:))
      }
      guard let ground = SeveranceFacts.Ground(rawValue: ground) else {
        let list = SeveranceFacts.Ground.allCases.map(\.rawValue).joined(separator: ", ")
        throw ValidationError("--ground: '\(ground)' is not a ground; choose one of \(list)")
      }
      var reason: SeveranceFacts.NoFaultReason?
      if let text = noFaultReason {
        guard let value = SeveranceFacts.NoFaultReason(rawValue: text) else {
          let list = SeveranceFacts.NoFaultReason.allCases.map(\.rawValue).joined(separator: ", ")
          throw ValidationError("--no-fault-reason: '\(text)' is not an item of art. 40; choose one of \(list)")
        }
        reason = value
      }
      let facts = SeveranceFacts(
        hireDate: try readFlag("--hire-date", hireDate, CivilDate.init(parsing:)),
        endDate: try readFlag("--end-date", endDate, CivilDate.init(parsing:)), ground: ground,
        averageMonthlyWage: try averageWage.map { try money("--average-wage", $0) },
        monthlyWages: monthlyWage.isEmpty ? nil : try monthlyWage.map { try money("--monthly-wage", $0) },
        noticeGiven: noticeGiven, lastMonthWage: try lastMonthWage.map { try money("--last-month-wage", $0) },
        noFaultReason: reason,
        employerAverageMonthlyWage: try employerAverageWage.map { try money("--employer-average-wage", $0) },
        paid: try paid.map { try money("--paid", $0) })
      try evaluate(facts, in: try readFlag("--region", region, Region.resolve), output, assumptions.overrides)
    }
  }
}
