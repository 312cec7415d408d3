// The normal-hours wage (正常工作时间工资) that several entitlements take as their base.
import LaborRules

/// Facts that state the worker's normal-hours wage per month.
protocol NormalWageFacts {
  var monthlyWage: Money { get }
}

extension Formula {
  /// The worker's normal-hours wage per month (facts.monthlyWage).
  static let normalWage = Formula.leaf(
    Leaf { context, _ throws(EvaluationError) in
      let wage = try context.facts(as: (any NormalWageFacts).self).monthlyWage
      let quantity = Quantity(wage, .yuanPerMonth, Localized("正常工作时间工资", en: "normal-hours wage"))
      return Evaluated(quantity, steps: [.value(quantity, since: nil, cites: [])])
    })
}

extension ParameterKey where Value == Rational {
  /// Normal working hours a day (国务院令第174号 art. 3: 8), for converting a daily wage to an hourly one.
  static let hoursPerDay = ParameterKey("conversion.hours-per-day", Localized("每日工作小时数", en: "working hours a day"))
}

extension Formula {
  /// Paid days a month (21.75), looked up on the day.
  static let paidDaysPerMonth = Formula.parameter(.paidDaysPerMonth, .days) { $0 }
  /// Normal working hours a day (8), looked up on the day.
  static let hoursPerDay = Formula.parameter(.hoursPerDay, .hours) { $0 }
  /// Hours of pay in a month, paid days × hours a day (21.75 × 8 = 174: 劳社部发〔2008〕3号 item 2).
  static let paidHoursPerMonth = Formula.product([.paidDaysPerMonth, .hoursPerDay], unit: .hours)
}
