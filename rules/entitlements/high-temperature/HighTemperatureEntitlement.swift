// Entitlement `high-temperature`: 高温津贴, one line item per listed month. From June to October a worker on an
// open-air post, or in a workplace that cannot be brought below 33°C, is owed the monthly standard
// (广东省高温天气劳动保护办法; 粤人社发〔2012〕117号); the employer may count it by days for the listed absences and
// for 5 or more working days on non-heat work, never above the month; a worker only temporarily on heat work,
// or part-time, is owed the daily figure per day of heat work. Months outside the season, and months without
// heat work, are 0.00 items that say why. The standard is the provincial one everywhere, Shenzhen included
// (rules/guangdong/GuangdongHeatAllowanceNotices.swift).
import LaborRules

extension Entitlements {
  /// The provisions behind every month's answer: the season and the posts.
  static let heatSeason: [Cite] = [.of(GuangdongHeatAllowance.season), .of(GuangdongHeatAllowance.seasonOrder)]

  static let highTemperature = Entitlement(
    "high-temperature", Localized("高温津贴", en: "High-temperature allowance"), facts: HighTemperatureFacts.self
  ) {
    NoAmount("high-temperature.month-not-listed", when: !.heatMonthListed)
    When(.heatMonthListed) {
      NotCovered(
        "guangdong.heat-allowance.before-2012-06", when: !.heatStandardInForce,
        Localized(
          "2012-06-01之前的广东省高温津贴标准（2007年通知）未收录：规则包只有粤人社发〔2012〕118号及其后的标准",
          en: "Guangdong's allowance before 2012-06-01 (a 2007 notice) is not held: the packs start with "
            + "粤人社发〔2012〕118号"))
      When(.heatStandardInForce) { heatMonths }
    }
  }

  /// One answer for each listed month from 2012-06-01.
  static let heatMonths = RuleGroup {
    Rule(
      "guangdong.heat-allowance.outside-season",
      Localized("高温津贴只在每年6月至10月发放，本月不在发放期内", en: "The allowance is paid only from June to October; this month is not"),
      cites: heatSeason, when: !.inMonths(6...10), basis: .amount
    ) {
      .noHeatAllowance(
        { Localized("\($0) 不在每年6月至10月的发放期内：高温津贴 0 元", en: "\($0) is outside June to October: no allowance") },
        cites: [GuangdongHeatAllowance.season])
    }
    Rule(
      "guangdong.heat-allowance.not-exposed",
      Localized(
        "当月未从事露天岗位工作，作业场所温度也能降至33℃以下：不发放高温津贴",
        en: "No open-air post and a workplace below 33°C this month: no allowance"),
      cites: heatSeason, when: .inMonths(6...10) && !.heatExposed, basis: .amount
    ) {
      .noHeatAllowance(
        {
          Localized(
            "\($0) 虽在发放期内，但当月未从事露天岗位工作，作业场所也能降至33℃以下：高温津贴 0 元",
            en: "\($0) is in the season, but with no open-air post and a workplace brought below 33°C: no allowance")
        }, cites: [GuangdongHeatAllowance.season])
    }
    When(.inMonths(6...10) && .heatExposed) {
      Rule(
        "guangdong.heat-allowance.part-time",
        Localized(
          "非全日制劳动者从事高温作业，按从事高温作业的天数折算发放日高温津贴",
          en: "Part-time heat work: the daily allowance for each day of heat work"),
        cites: [.of(GuangdongHeatAllowance.partTime)] + heatSeason, when: .heatPartTime, basis: .per(.heatDays)
      ) { .heatAllowance(.heatDaily) }
      Rule(
        "guangdong.heat-allowance.temporary-heat-work",
        Localized(
          "当月临时安排从事高温作业，按从事高温作业的天数折算发放日高温津贴",
          en: "Temporary heat work: the daily allowance for each day of heat work"),
        cites: [.of(GuangdongHeatAllowance.temporaryHeatWork)] + heatSeason,
        when: !.heatPartTime && .temporaryHeatWork, basis: .per(.heatDays)
      ) { .heatAllowance(.heatDaily) }
      When(!.heatPartTime && !.temporaryHeatWork) { heatWorkerMonths }
    }
  }

  /// A full-time heat worker's month: the full month, or the permitted count by days.
  static let heatWorkerMonths = RuleGroup {
    Rule(
      "guangdong.heat-allowance.full-month",
      Localized(
        "6月至10月从事露天岗位工作或在不能降至33℃以下的场所作业，按月足额发放高温津贴",
        en: "June to October on an open-air post or in a workplace not below 33°C: the full monthly allowance"),
      cites: heatSeason, when: !.missedHeatWork && !.heatPartMonthByDays, basis: .amount
    ) { .heatAllowance(.heatMonthly) }
    Rule(
      "guangdong.heat-allowance.part-month-prorated",
      Localized(
        "月中入职或离职（heat-part-month = days-worked）：按在职期间从事高温作业的天数折算，且不超过月标准",
        en: "Joined or left within the month (heat-part-month = days-worked): by days worked in heat, at most the month"
      ),
      cites: [.of(GuangdongHeatAllowance.proration)] + heatSeason, when: !.missedHeatWork && .heatPartMonthByDays,
      basis: .amount
    ) { .heatAllowance(.heatProrated) }
    Rule(
      "guangdong.heat-allowance.non-heat-work-up-to-4-days",
      Localized(
        "高温作业劳动者当月临时从事非高温作业不超过4个工作日，应当足额发放当月高温津贴",
        en: "A heat worker on non-heat work for 4 working days or fewer: the full monthly allowance"),
      cites: [.of(GuangdongHeatAllowance.nonHeatWork)] + heatSeason,
      when: .missedHeatWork && .onNonHeatWork && !.nonHeatWorkFiveDaysOrMore, basis: .amount
    ) {
      .heatAllowance(
        .noted(.heatMonthly, cites: [GuangdongHeatAllowance.nonHeatWork]) { month in
          let days = month.absentDays ?? 0
          return Localized(
            "\(month.month) 临时从事非高温作业 \(days) 个工作日，不超过4个工作日，应足额发放",
            en: "\(month.month): \(days) working days on non-heat work, no more than 4: the full month is owed")
        })
    }
    Rule(
      "guangdong.heat-allowance.non-heat-work-prorated",
      Localized(
        "临时从事非高温作业5个工作日以上，可按从事高温作业的天数折算，且不超过月标准",
        en: "5 working days or more on non-heat work: counted by days of heat work, at most the month"),
      cites: [.of(GuangdongHeatAllowance.nonHeatWork)] + heatSeason,
      when: .missedHeatWork && .onNonHeatWork && .nonHeatWorkFiveDaysOrMore, basis: .amount
    ) { .heatAllowance(.heatProrated) }
    Rule(
      "guangdong.heat-allowance.absence-prorated",
      Localized(
        "因请假、旷工等所列情形未出勤的，可按当月实际出勤且从事高温作业的天数折算，且不超过月标准",
        en: "Absent for a listed reason: counted by days actually worked in heat, at most the month"),
      cites: [.of(GuangdongHeatAllowance.proration)] + heatSeason, when: .missedHeatWork && !.onNonHeatWork,
      basis: .amount
    ) { .heatAllowance(.heatProrated) }
  }
}
