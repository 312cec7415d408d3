// The comprehensive-hours cycle (综合计算工时): its standard hours and the hours beyond them
// (劳部发〔1997〕271号 item 5; 深圳市员工工资支付条例 art. 19), and its statutory-holiday hours (劳部发〔1995〕309号
// art. 62).
import LaborRules

extension ParameterKey where Value == WorkingDays {
  /// Working days a year, a quarter and a month (250 / 62.5 / 20.83 to 2024, 248 / 62 / 20.67 from 2025), for
  /// the `monthly-average` standard.
  static let workingDays = ParameterKey(
    "conversion.working-days", Localized("全年、季、月平均工作日", en: "working days a year, a quarter and a month"))
}

extension EvaluationContext {
  /// The cycle's standard hours under the chosen reading, with the steps that show how they were counted.
  func cycleStandard(_ cycle: DateRange) throws(EvaluationError) -> Evaluated {
    let perDay = try lookup(.hoursPerDay, on: cycle.from)
    switch assumption(ComprehensiveStandard.self) {
    case .workingDays:
      var days = 0
      for offset in 0..<cycle.days {
        let kind = try calendarDay(cycle.from.adding(days: offset)).kind
        if kind == .workday || kind == .makeUpWorkday { days += 1 }
      }
      let count = Quantity(Rational(Int64(days)), .days, Localized("周期内工作日与调休上班日", en: "workdays and make-up workdays"))
      let hours = Quantity(perDay.value, .hours, Localized("每日工作小时数", en: "hours a day"))
      let result = Quantity(count.value * hours.value, .hours, Localized("周期标准工作时间", en: "the cycle's standard hours"))
      return Evaluated(
        result, steps: [.arithmetic(.times, [count, hours], result: result)], citations: [perDay.citation])
    case .monthlyAverage:
      if let whole = try wholeQuarterOrYear(cycle, perDay: perDay) { return whole }
      var total = Rational.zero
      var steps: [TraceStep] = []
      var citations = [perDay.citation]
      var month = cycle.from.firstOfMonth
      while month <= cycle.through {
        let days = DateRange(month: month).intersection(cycle)?.days ?? 0
        let figure = try lookup(.workingDays, on: month)
        let name = String(month.description.prefix(7))
        let share = Quantity(
          Rational(Int64(days), Int64(month.daysInMonth)), .months, Localized("\(name) 的月份比例", en: "share of \(name)"))
        let figureQuantity = Quantity(figure.value.month, .days, Localized("月平均工作日", en: "working days a month"))
        let hours = Quantity(share.value * figure.value.month * perDay.value, .hours)
        steps.append(.arithmetic(.times, [share, figureQuantity, Quantity(perDay.value, .hours)], result: hours))
        if !citations.contains(figure.citation) { citations.append(figure.citation) }
        total = total + hours.value
        month = month.lastOfMonth.adding(days: 1)
      }
      let result = Quantity(total, .hours, Localized("周期标准工作时间", en: "the cycle's standard hours"))
      return Evaluated(result, steps: steps + [.value(result, since: nil, cites: [])], citations: citations)
    }
  }

  /// A cycle of three or twelve whole calendar months under one notice: its published quarter or year figure
  /// × 8 (人社部发〔2025〕2号 item 1: 62 and 248 days; 劳社部发〔2008〕3号 item 1: 62.5 and 250), not three or twelve
  /// times the rounded monthly one. `nil` for any other cycle.
  private func wholeQuarterOrYear(
    _ cycle: DateRange, perDay: Schedule<Rational>.Found
  ) throws(EvaluationError) -> Evaluated? {
    guard cycle.from.day == 1, cycle.through == cycle.through.lastOfMonth else { return nil }
    let months = (cycle.through.year - cycle.from.year) * 12 + cycle.through.month - cycle.from.month + 1
    guard months == 3 || months == 12 else { return nil }
    let first = try lookup(.workingDays, on: cycle.from)
    let last = try lookup(.workingDays, on: cycle.through)
    guard first.citation == last.citation else { return nil }
    let days =
      months == 3
      ? Quantity(first.value.quarter, .days, Localized("季工作日", en: "working days a quarter"))
      : Quantity(first.value.year, .days, Localized("年工作日", en: "working days a year"))
    let hours = Quantity(perDay.value, .hours, Localized("每日工作小时数", en: "hours a day"))
    let result = Quantity(
      days.value * hours.value, .hours, Localized("周期标准工作时间", en: "the cycle's standard hours"))
    return Evaluated(
      result, steps: [.arithmetic(.times, [days, hours], result: result)],
      citations: [first.citation, perDay.citation])
  }

  /// Hours of the cycle beyond its standard (never below zero), with the steps.
  func cycleExcess() throws(EvaluationError) -> Evaluated {
    guard let facts = overtime, let worked = facts.hoursWorked else {
      return Evaluated(Quantity(Rational.zero, .hours), steps: [])
    }
    let standard = try cycleStandard(claim)
    let workedQuantity = Quantity(worked, .hours, Localized("周期内实际工作时间", en: "hours worked in the cycle"))
    var operands = [workedQuantity]
    var excess = worked - standard.quantity.value
    if assumption(ComprehensiveHolidayHours.self) == .separate, let holiday = facts.holidayHours, holiday > .zero {
      operands.append(Quantity(holiday, .hours, Localized("法定节假日工作时间（另按300%计）", en: "holiday hours (paid at 300%)")))
      excess = excess - holiday
    }
    operands.append(standard.quantity)
    let result = Quantity(Swift.max(excess, .zero), .hours, Localized("超出标准的延长工作时间", en: "hours beyond the standard"))
    return Evaluated(
      result, steps: standard.steps + [.arithmetic(.minus, operands, result: result)], citations: standard.citations)
  }
}

extension Condition {
  /// The cycle's hours exceed its standard.
  static let cycleExceedsStandard = Condition.test(
    Localized("周期实际工作时间超过标准工作时间", en: "the cycle's hours exceed its standard"),
    Test(
      consults: [
        AssumptionInfo(ComprehensiveStandard.self), AssumptionInfo(ComprehensiveHolidayHours.self),
        AssumptionInfo(UnarrangedYear.self),
      ],
      holds: { context, _ throws(EvaluationError) in try context.cycleExcess().quantity.value > .zero }))

  /// Hours were worked on statutory holidays in the cycle (facts.holidayHours).
  static let cycleHolidayWork = Condition.test(
    Localized("周期内有法定节假日工作时间", en: "hours were worked on statutory holidays in the cycle"),
    Test(holds: { context, _ in (context.overtime?.holidayHours ?? .zero) > .zero }))
}

extension Formula {
  /// The cycle's hours beyond its standard.
  static let cycleExcessHours = Formula.leaf(Leaf { context, _ throws(EvaluationError) in try context.cycleExcess() })

  /// The cycle's hours on statutory holidays (facts.holidayHours).
  static let cycleHolidayHours = Formula.leaf(
    Leaf { context, _ throws(EvaluationError) in
      let hours = Quantity(
        context.overtime?.holidayHours ?? .zero, .hours, Localized("法定节假日工作时间", en: "hours on statutory holidays"))
      return Evaluated(hours, steps: [.value(hours, since: nil, cites: [])])
    })
}
