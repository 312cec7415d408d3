import ArgumentParser
import LaborRules

extension LaborRulesCommand {
  /// `labor-rules minimum-wage --region 广州 --date 2025-03-01 [--part-time]`.
  struct MinimumWageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "minimum-wage",
      abstract: "Show the minimum wage in force in a city on a day, with the notice that set it.",
      discussion: """
          labor-rules minimum-wage --region 广州 --date 2025-03-01
          labor-rules minimum-wage --region shenzhen --date 2021-12-15 --lang en
          labor-rules minimum-wage --region 440100 --date 2025-03-01 --part-time
        """)

    @Option(help: "City: Chinese name (广州, 广州市), pinyin (guangzhou) or GB/T 2260 code (440100).")
    var region: String
    @Option(help: "The day, YYYY-MM-DD.")
    var date: String
    @Flag(name: .customLong("part-time"), help: "Part-time (非全日制) work: the hourly standard instead of the monthly one.")
    var partTime = false

    @OptionGroup var output: OutputOptions

    func run() throws {
      let region = try readFlag("--region", region, Region.resolve)
      let facts = MinimumWageFacts(date: try readFlag("--date", date, CivilDate.init(parsing:)), employment: partTime ? .partTime : .fullTime)
      let status = output.emit(Result { () throws(EvaluationError) in try engine.evaluate(region: region, facts: .minimumWage(facts)) })
      if status != .success { throw ExitCode(status.rawValue) }
    }
  }
}
