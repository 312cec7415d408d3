// The vocabulary of unused annual leave: the year's days by cumulative years of work (职工带薪年休假条例 art. 3),
// the absences that take them away (art. 4), the days pro rata in a year of joining or leaving with the
// fraction of a day dropped (实施办法 arts. 5 and 12), and the pay: 300% of the daily wage, of which the 100%
// already paid as the normal wage (art. 10), on a daily wage of the 12-month average without overtime ÷ 21.75
// (art. 11).
import LaborRules

extension Warning.Code {
  /// The worker completes 10 or 20 years of work during the year; the days use the tier at its start.
  static let leaveTierChangesInYear: Warning.Code = "leave-tier-changes-in-year"
}

extension AnnualLeaveFacts {
  /// The full year's days for the years of work at the start of the year (条例 art. 3).
  var fullYearDays: Int {
    switch cumulativeWorkYears {
    case ..<1: 0
    case 1..<10: 5
    case 10..<20: 10
    default: 15
    }
  }

  /// The item of 条例 art. 4 that takes the year's leave away, if any. "以上" includes the number itself.
  var disqualifyingItem: Int? {
    if let vacation = schoolVacationDays, vacation > fullYearDays { return 1 }
    if let personal = paidPersonalLeaveDays, personal >= 20 { return 2 }
    if let sick = sickLeaveMonths {
      let threshold: Int64 = cumulativeWorkYears >= 20 ? 4 : cumulativeWorkYears >= 10 ? 3 : 2
      if !(sick < Rational(threshold)) { return cumulativeWorkYears >= 20 ? 5 : cumulativeWorkYears >= 10 ? 4 : 3 }
    }
    return nil
  }

  var joinedInYear: Bool { employedFrom.map { $0.month != 1 || $0.day != 1 } ?? false }
  var leftInYear: Bool { employedTo.map { $0.month != 12 || $0.day != 31 } ?? false }
}

extension EvaluationContext {
  var annualLeave: AnnualLeaveFacts? { try? facts(as: AnnualLeaveFacts.self) }
}

extension Condition {
  /// The leave year is 2009 or later: the measures took effect 2008-09-18, in the middle of 2008.
  static let leaveYearCovered = Condition.test(
    Localized("年度在2009年或之后", en: "the year is 2009 or later"),
    Test(holds: { context, _ in (context.annualLeave?.year ?? 0) >= 2009 }))

  /// At least a year of work at the start of the year (实施办法 art. 3; 国法秘政函〔2009〕5号, the State Council
  /// legal office's reply reproduced in http://www.zyiic.com/news/details?id=2011 (single source): continuous
  /// work at different employers counts).
  static let leaveEligible = Condition.test(
    Localized("年初累计工作已满1年", en: "a year of work or more at the start of the year"),
    Test(holds: { context, _ in (context.annualLeave?.cumulativeWorkYears ?? 0) >= 1 }))

  /// An absence of 条例 art. 4 takes the year's leave away.
  static let leaveDisqualified = Condition.test(
    Localized("有条例第四条规定不享受当年年休假的情形", en: "an absence of art. 4 takes the year's leave away"),
    Test(holds: { context, _ in context.annualLeave?.disqualifyingItem != nil }))

  /// Leave was taken in a year with an absence of art. 4 items 2–5: which came first decides between art. 4
  /// (no leave this year) and 实施办法 art. 8 (this year's kept, next year's lost).
  static let leaveTakenAndDisqualified = Condition.test(
    Localized("已休年休假且有条例第四条第（二）至（五）项情形", en: "leave taken and an absence of art. 4 items 2–5"),
    Test(holds: { context, _ in
      guard let facts = context.annualLeave, let item = facts.disqualifyingItem else { return false }
      return item >= 2 && facts.daysTaken > 0
    }))

  static let refusedInWriting = Condition.test(
    Localized("职工因本人原因书面提出不休年休假", en: "the worker declined arranged leave in writing"),
    Test(holds: { context, _ in context.annualLeave?.refusedInWriting ?? false }))

  static let joinedInYear = Condition.test(
    Localized("当年新进本单位", en: "joined the employer during the year"),
    Test(holds: { context, _ in context.annualLeave?.joinedInYear ?? false }))

  static let leftInYear = Condition.test(
    Localized("当年解除或终止劳动合同", en: "left the employer during the year"),
    Test(holds: { context, _ in context.annualLeave?.leftInYear ?? false }))
}

extension Formula {
  /// The unused days: the full year's days (条例 art. 3), pro rata by calendar days at this employer ÷ 365 in a
  /// year of joining (实施办法 art. 5) or leaving (art. 12) with the fraction dropped, less the days taken, never
  /// below 0 (days taken beyond it are not clawed back).
  static let unusedLeaveDays = Formula.leaf(
    Leaf { context, period throws(EvaluationError) in
      let facts = try context.facts(as: AnnualLeaveFacts.self)
      let full = Quantity(
        Rational(Int64(facts.fullYearDays)), .days,
        Localized(
          "累计工作\(facts.cumulativeWorkYears)年的全年年休假",
          en: "a full year's leave after \(facts.cumulativeWorkYears) years of work"))
      var steps: [TraceStep] = [
        .note(
          Localized(
            "年初累计工作\(facts.cumulativeWorkYears)年，已满12个月：享受年休假（连续工作不限于同一单位，国务院法制办国法秘政函〔2009〕5号，"
              + "据单一来源 http://www.zyiic.com/news/details?id=2011）",
            en: "\(facts.cumulativeWorkYears) years of work at the start of the year, 12 months or more: entitled to "
              + "leave (continuous work need not be with one employer: 国法秘政函〔2009〕5号, one source, "
              + "http://www.zyiic.com/news/details?id=2011)"),
          cites: [AnnualLeaveMeasures.art3]),
        .value(full, since: nil, cites: [AnnualLeaveRegulations.art3, AnnualLeaveMeasures.art4]),
      ]
      var citations = [AnnualLeaveRegulations.art3]
      var due = full
      if facts.joinedInYear || facts.leftInYear {
        let article = facts.leftInYear ? AnnualLeaveMeasures.art12 : AnnualLeaveMeasures.art5
        let days = Quantity(
          Rational(Int64(period.days)), .days,
          facts.leftInYear
            ? Localized("当年度在本单位已过日历天数", en: "calendar days at this employer this year")
            : Localized("当年度在本单位剩余日历天数", en: "remaining calendar days at this employer this year"))
        let year = Quantity(Rational(365), .days, Localized("天", en: "days"))
        let exact = Quantity(days.value / year.value * full.value, .days)
        let whole = exact.value.numerator / exact.value.denominator
        due = Quantity(
          Rational(whole), .days, Localized("折算后的年休假", en: "the leave pro rata"))
        let share = Quantity(days.value / year.value, .number)
        steps.append(.arithmetic(.dividedBy, [days, year], result: share))
        steps.append(.arithmetic(.times, [share, full], result: exact))
        steps.append(
          .note(
            Localized(
              "折算后不足1整天的部分不计：\(exact.value) 天 → \(whole) 天",
              en: "a fraction of a day is dropped: \(exact.value) → \(whole) days"),
            cites: [article]))
        citations.append(article)
        if facts.joinedInYear, facts.leftInYear { citations.append(AnnualLeaveMeasures.art5) }
      }
      let taken = Quantity(Rational(Int64(facts.daysTaken)), .days, Localized("已休天数", en: "days taken"))
      let unused = Quantity(
        Swift.max(due.value - taken.value, .zero), .days, Localized("应休未休天数", en: "unused days"))
      steps.append(.arithmetic(.minus, [due, taken], result: unused))
      if taken.value > due.value {
        steps.append(
          .note(
            Localized("已休天数多于应休天数的，不再扣回", en: "days taken beyond those due are not clawed back"),
            cites: [AnnualLeaveMeasures.art12]))
      }
      return Evaluated(unused, steps: steps, citations: citations)
    })

  /// The 12-month average monthly wage without overtime pay (facts.averageMonthlyWage).
  static let leaveMonthlyWage = Formula.leaf(
    Leaf { context, _ throws(EvaluationError) in
      let wage = Quantity(
        try context.facts(as: AnnualLeaveFacts.self).averageMonthlyWage, .yuanPerMonth,
        Localized("剔除加班工资后的月平均工资", en: "average monthly wage without overtime pay"))
      return Evaluated(wage, steps: [.value(wage, since: nil, cites: [AnnualLeaveMeasures.art11])])
    })

  /// The daily wage: the monthly wage ÷ 21.75 (实施办法 art. 11; 劳社部发〔2008〕3号).
  static let leaveDailyWage = Formula.quotient(.leaveMonthlyWage, .paidDaysPerMonth, unit: .yuanPerDay)

  /// 300% of the daily wage less the 100% already paid as the normal wage for those working days (实施办法 art. 10).
  static let leaveOwedRate = Formula.leaf(
    Leaf { _, _ throws(EvaluationError) in
      let full = Quantity(Rational.percent(300), .ratio, Localized("未休年休假工资报酬", en: "pay for an unused day"))
      let paid = Quantity(Rational.percent(100), .ratio, Localized("已发的正常工作期间工资", en: "the normal wage already paid"))
      let owed = Quantity(Rational.percent(200), .ratio, Localized("尚应支付", en: "still owed"))
      return Evaluated(
        owed, steps: [.arithmetic(.minus, [full, paid], result: owed)], citations: [AnnualLeaveMeasures.art10])
    })

  /// The unused days × the daily wage × 200%.
  static let unusedLeavePay = Formula.product([.unusedLeaveDays, .leaveDailyWage, .leaveOwedRate], unit: .yuan)

  /// A written refusal of arranged leave (实施办法 art. 10 para. 2): the unused days as counted, and nothing more
  /// owed for them than the normal wage already paid.
  static let writtenRefusal = Formula.leaf(
    Leaf { context, period throws(EvaluationError) in
      let unused = try Formula.unusedLeaveDays.evaluate(context, on: period)
      let days = unused.quantity.value
      let cites = [AnnualLeaveMeasures.art10para2]
      return Evaluated(
        Quantity(Rational.zero, .yuan),
        steps: unused.steps + [
          .note(
            Localized(
              "职工书面提出不休年休假：未休的 \(days) 天只支付正常工作期间的工资收入，已随工资发放，不另支付",
              en: "the worker declined the leave in writing: the \(days) unused days earn only the normal wage, "
                + "already paid with the wages, and nothing more"),
            cites: cites)
        ], citations: unused.citations + cites)
    })

  /// No leave this year: the absence of 条例 art. 4 that takes it away, with its item.
  static let leaveDisqualified = Formula.leaf(
    Leaf { context, _ throws(EvaluationError) in
      let facts = try context.facts(as: AnnualLeaveFacts.self)
      let item = facts.disqualifyingItem ?? 1
      let citation = AnnualLeaveRegulations.art4(item: item)
      var cites = [citation]
      if item == 1 { cites.append(AnnualLeaveMeasures.art7) }
      let what: Localized =
        switch item {
        case 1:
          Localized(
            "寒暑假 \(facts.schoolVacationDays ?? 0) 天多于年休假 \(facts.fullYearDays) 天",
            en: "\(facts.schoolVacationDays ?? 0) days of school vacation, more than the "
              + "\(facts.fullYearDays) days of leave")
        case 2:
          Localized(
            "事假累计 \(facts.paidPersonalLeaveDays ?? 0) 天（20天以上）且单位未扣工资",
            en: "\(facts.paidPersonalLeaveDays ?? 0) days of personal leave (20 or more) without a deduction from wages"
          )
        default:
          Localized(
            "累计工作\(facts.cumulativeWorkYears)年，病假累计 \(facts.sickLeaveMonths ?? .zero) 个月",
            en: "\(facts.cumulativeWorkYears) years of work and \(facts.sickLeaveMonths ?? .zero) months of sick leave")
        }
      return Evaluated(
        Quantity(Rational.zero, .yuan),
        steps: [
          .note(
            Localized(
              "\(what.zh)：不享受当年的年休假，无未休年休假工资", en: "\(what.en): no leave this year, so no pay for unused leave"),
            cites: cites)
        ], citations: cites)
    })
}
