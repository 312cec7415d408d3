import LaborRules

/// How the monthly minimum wage is compared with the pay of a full-time worker who worked only part of the
/// month: joined or left within it, or took unpaid leave. 最低工资规定 art. 12 applies "在劳动者提供正常劳动的情况下":
/// a part month's pay is not compared with a whole month's standard (shared/law/addendum-2026-12-07.md §3.6), and
/// no text says how the standard is prorated.
///
/// Shenzhen, joined 2025-06-16 (15 of June's 30 days; 11 working days), paid 1,300.00, standard 2,520:
///
/// | reading               | standard for the part month     | shortfall |
/// |-----------------------|---------------------------------|-----------|
/// | `paid-days` (default) | 2,520 ÷ 21.75 × 11 = 1,274.48   | 0.00      |
/// | `calendar-days`       | 2,520 × 15 ÷ 30 = 1,260.00      | 0.00      |
///
/// The default converts as 人社部发〔2025〕2号 item 2 (劳社部发〔2008〕3号 item 2 before 2025) converts a monthly
/// wage, at 21.75 paid days a month: a part month employed is the daily figure × the paid days (Monday to
/// Friday) of normal work, never above the month; unpaid leave in a month employed throughout takes a day's
/// figure off the month for each day (Guangzhou, July 2025, 3 days: 2,500 − 2,500 ÷ 21.75 × 3 = 2,155.17).
enum PartMonthStandard: String, Assumption {
  /// The standard ÷ 21.75 × the weekdays of normal work, at most the month; for unpaid leave in a month employed
  /// throughout, the standard less ÷ 21.75 × the days of leave (default).
  case paidDays = "paid-days"
  /// The standard × the calendar days employed, less the days of unpaid leave, ÷ the days of the month.
  case calendarDays = "calendar-days"

  static let key = "part-month-standard"
  static let standard = PartMonthStandard.paidDays
  static let question = Localized(
    "全日制劳动者当月只提供部分正常劳动（月中入职、离职或无薪事假）时，月最低工资标准如何折算",
    en: "How the monthly minimum wage is prorated for a full-time worker who worked only part of the month")
  var meaning: Localized {
    switch self {
    case .paidDays:
      Localized(
        "月最低工资 ÷ 21.75 × 提供正常劳动的计薪日（周一至周五），不超过月标准；整月在职只请事假的，扣减事假天数 × 日标准",
        en: "the monthly standard ÷ 21.75 × the paid days (Monday to Friday) of normal work, at most the month; "
          + "for unpaid leave in a month employed throughout, the month less a day's figure for each day")
    case .calendarDays:
      Localized(
        "月最低工资 × （在职日历天数 − 无薪假天数）÷ 当月天数",
        en: "the monthly standard × (calendar days employed − days of unpaid leave) ÷ days in the month")
    }
  }
}

extension Formula {
  /// The monthly standard for the part of the month the worker provided normal work (facts.pay.employedFrom,
  /// employedThrough, unpaidLeaveDays), prorated as `part-month-standard` reads it; the standard itself for a
  /// whole month.
  static func forPartMonth(_ standard: Formula) -> Formula {
    .leaf(
      Leaf(
        consults: standard.consults + [AssumptionInfo(PartMonthStandard.self)],
        boundaries: { context in standard.boundaries(context) },
        evaluate: { context, period throws(EvaluationError) in
          var value = try standard.evaluate(context, on: period)
          guard let pay = context.minimumWageFacts?.pay, let part = pay.partOfMonth else { return value }
          let leave = Rational(Int64(pay.unpaidLeaveDays ?? 0))
          let monthly = value.quantity
          let result: Quantity
          switch context.assumption(PartMonthStandard.self) {
          case .paidDays:
            let paidDays = try context.lookup(.paidDaysPerMonth, on: pay.month.first)
            let divisor = Quantity(paidDays.value, .days, Localized("月计薪天数", en: "paid days a month"))
            let daily = Quantity(
              monthly.value / paidDays.value, .yuanPerDay, Localized("日最低工资", en: "the daily minimum"))
            value.steps.append(.arithmetic(.dividedBy, [monthly, divisor], result: daily))
            if !value.citations.contains(paidDays.citation) { value.citations.append(paidDays.citation) }
            let label = Localized("折算后的最低工资标准", en: "the prorated standard")
            if pay.employedAllMonth {
              // Unpaid leave in a month employed throughout: the standard less a day's minimum for each day.
              let days = Quantity(leave, .days, Localized("无薪事假天数", en: "days of unpaid leave"))
              let deducted = Quantity(daily.value * leave, .yuan, Localized("事假扣减", en: "deducted for leave"))
              value.steps.append(.arithmetic(.times, [daily, days], result: deducted))
              result = Quantity(Swift.max(monthly.value - deducted.value, .zero), .yuan, label)
              value.steps.append(.arithmetic(.minus, [monthly, deducted], result: result))
            } else {
              let days = Quantity(
                Swift.max(Rational(Int64(part.weekdays)) - leave, .zero), .days,
                Localized("提供正常劳动的计薪日", en: "paid days of normal work"))
              let prorated = Quantity(daily.value * days.value, .yuan, label)
              value.steps.append(.arithmetic(.times, [daily, days], result: prorated))
              let applied = monthly.value < prorated.value
              value.steps.append(.limit(.cap, amount: prorated, bound: monthly, applied: applied, cites: []))
              result = applied ? Quantity(monthly.value, .yuan, label) : prorated
            }
          case .calendarDays:
            let days = Quantity(
              Swift.max(Rational(Int64(part.days)) - leave, .zero), .days,
              Localized("在职日历天数（扣除无薪假）", en: "calendar days employed, less unpaid leave"))
            let inMonth = Quantity(
              Rational(Int64(pay.month.first.daysInMonth)), .days, Localized("当月天数", en: "days in the month"))
            result = Quantity(
              monthly.value * days.value / inMonth.value, .yuan,
              Localized("折算后的最低工资标准", en: "the prorated standard"))
            value.steps.append(
              .arithmetic(.times, [monthly, days], result: Quantity(monthly.value * days.value, .yuan)))
            value.steps.append(
              .arithmetic(.dividedBy, [Quantity(monthly.value * days.value, .yuan), inMonth], result: result))
          }
          value.quantity = result
          return value
        }))
  }
}
