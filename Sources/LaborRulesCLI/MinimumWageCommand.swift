import ArgumentParser
import LaborRules
import LaborRulesPacks

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
    @Flag(
      name: .customLong("part-time"), help: "Part-time (非全日制) work: the hourly standard instead of the monthly one.")
    var partTime = false

    @OptionGroup var output: OutputOptions

    func run() throws {
      let region = try readFlag("--region", region, output.lang, Region.resolve)
      let date = try readFlag("--date", date, output.lang, CivilDate.init(parsing:))
      try evaluate(MinimumWageFacts(date: date, employment: partTime ? .partTime : .fullTime), in: region, output)
    }
  }
}
