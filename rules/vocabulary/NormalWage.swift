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
