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
/// wage: ÷ 21.75 paid days a month, × the paid days (Monday to Friday) of normal work; never above the month.
enum PartMonthStandard: String, Assumption {
  /// The standard ÷ 21.75 × the weekdays of normal work in the month, at most the monthly standard (default).
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
        "月最低工资 ÷ 21.75 × 提供正常劳动的计薪日（周一至周五），不超过月标准",
        en: "the monthly standard ÷ 21.75 × the paid days (Monday to Friday) of normal work, at most the month")
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
            let days = Quantity(
              Swift.max(Rational(Int64(part.weekdays)) - leave, .zero), .days,
              Localized("提供正常劳动的计薪日", en: "paid days of normal work"))
            let divisor = Quantity(paidDays.value, .days, Localized("月计薪天数", en: "paid days a month"))
            let prorated = monthly.value * days.value / paidDays.value
            result = Quantity(
              Swift.min(prorated, monthly.value), .yuan, Localized("折算后的最低工资标准", en: "the prorated standard"))
            value.steps.append(
              .arithmetic(.times, [monthly, days], result: Quantity(monthly.value * days.value, .yuan)))
            value.steps.append(
              .arithmetic(.dividedBy, [Quantity(monthly.value * days.value, .yuan), divisor], result: result))
            if !value.citations.contains(paidDays.citation) { value.citations.append(paidDays.citation) }
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
