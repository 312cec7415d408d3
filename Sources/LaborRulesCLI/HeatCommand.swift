import ArgumentParser
import LaborRules
import LaborRulesPacks

extension LaborRulesCommand {
  /// `labor-rules heat --region 广州 --month 2024-07 [--month …] [--absent 2024-08=3:sick-leave] …`.
  struct HeatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "heat",
      abstract: "高温津贴：每年6月至10月按月计发。High-temperature allowance, month by month.",
      discussion: """
        From June to October a worker on an open-air post, or in a workplace that cannot be brought below \
        33°C, is owed the monthly allowance: 150 yuan a month (6.9 a day) from 2012-06-01, 300 (13.8 a day) \
        from 2021-06-01, Shenzhen included. Each --month is one line item; months outside the season and \
        months given with --not-exposed are 0.00 items that say why. The employer may count the allowance by \
        days worked in heat (the month's working days on the official calendar less --absent days) for the \
        listed absences, and for 5 or more working days of temporary non-heat work; never above the month. \
        Drinks or goods cannot replace the allowance: --in-kind counts the month as unpaid. A worker who \
        joined or left within a season month (--joined, --left) is owed the full month by default \
        (--heat-part-month days-worked counts the working days employed).

        Absence reasons (--absent MONTH=DAYS:REASON): \
        \(HighTemperatureFacts.AbsenceReason.allCases.map(\.rawValue).joined(separator: ", ")).

          labor-rules heat --region 广州 --month 2024-07 \\
              --paid 2024-07=0 --in-kind 2024-07
          labor-rules heat --region 东莞 --month 2023-06 --month 2023-07 \\
              --paid 2023-06=150 --paid 2023-07=150
          labor-rules heat --region 惠州 --month 2025-08 \\
              --absent 2025-08=3:sick-leave --lang en
          labor-rules heat --region 佛山 --month 2022-07 --not-exposed 2022-08
          labor-rules heat --region 珠海 --month 2025-07 --joined 2025-07-16 \\
              --heat-part-month days-worked
          labor-rules heat --region 湛江 --month 2024-08 --heat-days 2024-08=4
          labor-rules heat --region 汕头 --part-time --month 2020-08 \\
              --heat-days 2020-08=12
        """)

    @Option(help: "City or district: 广州, 广州市, guangzhou, 440100, 海珠区 or 440105 (a district gives its city).")
    var region: String
    @Option(help: "A month on an open-air post or in a workplace not below 33°C, YYYY-MM. Repeatable.")
    var month: [String] = []
    @Option(
      name: .customLong("not-exposed"),
      help: "A month claimed for without heat work (no open-air post, workplace below 33°C), YYYY-MM. Repeatable.")
    var notExposed: [String] = []
    @Option(
      help: """
        Working days without heat work and why, MONTH=DAYS:REASON (e.g. 2025-08=3:sick-leave; \
        temporary-non-heat-work for days on other work). Repeatable.
        """)
    var absent: [String] = []
    @Option(
      name: .customLong("heat-days"),
      help: "Days of heat work, MONTH=DAYS, for a worker only temporarily on heat work or part-time. Repeatable.")
    var heatDays: [String] = []
    @Flag(name: .customLong("part-time"), help: "Part-time (非全日制) work: the daily allowance per day of heat work.")
    var partTime = false
    @Option(help: "What the employer paid as the allowance for a month, MONTH=YUAN. Repeatable.")
    var paid: [String] = []
    @Option(
      name: .customLong("in-kind"),
      help: "A month for which only drinks or goods were given (counted as unpaid), YYYY-MM. Repeatable.")
    var inKind: [String] = []
    @Option(help: "The day the worker joined, within a listed month, YYYY-MM-DD (assumption heat-part-month).")
    var joined: String?
    @Option(help: "The last day employed, within a listed month, YYYY-MM-DD (assumption heat-part-month).")
    var left: String?

    @OptionGroup var output: OutputOptions
    @OptionGroup var assumptions: AssumptionOptions

    func run() throws {
      let readMonth = { (flag: String, text: String) throws -> CivilMonth in
        try readFlag(flag, text, CivilMonth.init(parsing:))
      }
      var months: [CivilMonth: HighTemperatureFacts.Month] = [:]
      for text in month {
        let m = try readMonth("--month", text)
        months[m] = HighTemperatureFacts.Month(month: m, exposed: months[m]?.exposed ?? true)
      }
      for text in notExposed {
        let m = try readMonth("--not-exposed", text)
        months[m] = HighTemperatureFacts.Month(month: m, exposed: false)
      }
      guard !months.isEmpty else {
        throw FlagError(
          flag: "--month",
          reason: Localized(
            "请至少给出一个 --month（或 --not-exposed）YYYY-MM", en: "give at least one --month (or --not-exposed) YYYY-MM"))
      }

      /// The listed month a per-month flag names.
      func listed(_ flag: String, _ text: String) throws -> CivilMonth {
        let m = try readMonth(flag, text)
        guard months[m] != nil else {
          throw FlagError(
            flag: flag,
            reason: Localized(
              "\(m) 不是 --month 或 --not-exposed 给出的月份",
              en: "\(m) is not one of the months given with --month or --not-exposed"))
        }
        return m
      }
      /// `MONTH=VALUE`.
      func keyed(_ flag: String, _ text: String, _ example: String) throws -> (CivilMonth, String) {
        let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2 else {
          throw FlagError(
            flag: flag,
            reason: Localized("“\(text)”应写成 月份=数值，如 \(example)", en: "'\(text)' is not MONTH=VALUE, e.g. \(example)"))
        }
        return (try listed(flag, parts[0]), parts[1])
      }
      func days(_ flag: String, _ text: String) throws -> Int {
        guard let value = Int(text) else {
          throw FlagError(
            flag: flag, reason: Localized("“\(text)”不是整数天数", en: "'\(text)' is not a whole number of days"))
        }
        return value
      }

      for text in absent {
        let (m, value) = try keyed("--absent", text, "2025-08=3:sick-leave")
        let parts = value.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else {
          throw FlagError(
            flag: "--absent",
            reason: Localized(
              "“\(text)”应写成 月份=天数:原因，如 2025-08=3:sick-leave",
              en: "'\(text)' is not MONTH=DAYS:REASON, e.g. 2025-08=3:sick-leave"))
        }
        guard let reason = HighTemperatureFacts.AbsenceReason(rawValue: parts[1]) else {
          let list = HighTemperatureFacts.AbsenceReason.allCases.map(\.rawValue).joined(separator: ", ")
          throw FlagError(
            flag: "--absent",
            reason: Localized(
              "“\(parts[1])”不是缺勤原因；可选：\(list)",
              en: "'\(parts[1])' is not an absence reason; the accepted values are \(list)"))
        }
        months[m]?.absentDays = try days("--absent", parts[0])
        months[m]?.absenceReason = reason
      }
      for text in heatDays {
        let (m, value) = try keyed("--heat-days", text, "2024-08=4")
        months[m]?.heatDays = try days("--heat-days", value)
      }
      for text in paid {
        let (m, value) = try keyed("--paid", text, "2024-07=150")
        months[m]?.paid = try readFlag("--paid", value, Money.init(parsing:))
      }
      for text in inKind { months[try listed("--in-kind", text)]?.paidInKindOnly = true }
      if let joined {
        let day = try readFlag("--joined", joined, CivilDate.init(parsing:))
        months[try listed("--joined", String(day.description.prefix(7)))]?.employedFrom = day
      }
      if let left {
        let day = try readFlag("--left", left, CivilDate.init(parsing:))
        months[try listed("--left", String(day.description.prefix(7)))]?.employedThrough = day
      }

      let facts = HighTemperatureFacts(
        months: months.values.sorted { $0.month < $1.month }, employment: partTime ? .partTime : .fullTime)
      try evaluate(facts, in: try readFlag("--region", region, Region.resolve), output, assumptions.overrides)
    }
  }
}
