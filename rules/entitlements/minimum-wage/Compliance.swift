// Minimum-wage compliance (最低工资规定 art. 12): the pay that counts toward the minimum, the standard for
// the month, and the shortfall.
import LaborRules

extension EvaluationContext {
  var minimumWageFacts: MinimumWageFacts? { try? facts(as: MinimumWageFacts.self) }

  /// The pay that counts toward the minimum wage, with the arithmetic: the month's total less the items art. 12
  /// excludes (and the worker's own contributions, under `contributions-in-minimum: excluded`).
  func countedPay() -> (Money, TraceStep)? {
    guard let pay = minimumWageFacts?.pay else { return nil }
    var deducted = pay.exclusions
    if assumption(ContributionsInMinimum.self) == .excluded { deducted += pay.contributions }
    let counted = deducted.reduce(pay.total) { $0 - $1.1 }
    let label = Localized("计入最低工资的工资", en: "pay that counts toward the minimum wage")
    let step = TraceStep.arithmetic(
      .minus,
      [Quantity(pay.total, .yuan, Localized("当月应发工资", en: "the month's pay"))]
        + deducted.map { Quantity($0.1, .yuan, $0.0) },
      result: Quantity(counted, .yuan, label))
    return (counted, step)
  }
}

extension Condition {
  /// A month's pay is given to check (facts.pay).
  static let payGiven = Condition.test(
    Localized("给出了当月工资明细", en: "a month's pay is given"),
    Test(
      consults: [AssumptionInfo(ContributionsInMinimum.self)],
      holds: { context, _ in context.minimumWageFacts?.pay != nil }))

  /// The worker is employed part-time (非全日制; facts.employment).
  static let partTime = Condition.test(
    Localized("非全日制用工", en: "part-time employment"),
    Test(holds: { context, _ in context.minimumWageFacts?.employment == .partTime }))
}

extension Formula {
  /// A standard, followed in the derivation by the pay that counts toward it.
  static func showingCountedPay(_ standard: Formula) -> Formula {
    .leaf(
      Leaf(
        consults: [AssumptionInfo(ContributionsInMinimum.self)] + standard.consults,
        boundaries: { context in standard.boundaries(context) },
        evaluate: { context, period throws(EvaluationError) in
          var value = try standard.evaluate(context, on: period)
          if let (_, step) = context.countedPay() { value.steps.append(step) }
          return value
        }))
  }

  /// The hours worked in the month (facts.pay.hoursWorked).
  static let hoursWorked = Formula.leaf(
    Leaf { context, _ throws(EvaluationError) in
      let hours = Quantity(
        context.minimumWageFacts?.pay?.hoursWorked ?? .zero, .hours, Localized("当月工作小时数", en: "hours worked"))
      return Evaluated(hours, steps: [.value(hours, since: nil, cites: [])])
    })
}

extension Entitlement.Payment {
  /// For a compliance check, the pay that counts; a shortfall is `below-minimum-wage`.
  static let countedTowardMinimum = Entitlement.Payment(
    paid: { context in context.countedPay()?.0 },
    shortfall: { counted, standard, short in
      Warning(
        .belowMinimumWage,
        Localized(
          "计入最低工资的工资 \(counted.grouped) 元低于最低工资标准 \(standard.grouped) 元，差额 \(short.grouped) 元"
            + "（\(MinimumWageProvisions.art12.zh)）",
          en: "the pay that counts toward the minimum wage, \(counted.grouped) yuan, is below the standard of "
            + "\(standard.grouped): short by \(short.grouped) (\(MinimumWageProvisions.art12.en))"))
    })
}
