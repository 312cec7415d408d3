// The vocabulary of sick pay: the medical period (劳部发〔1994〕479号) and the contract's rate.
import LaborRules

extension EvaluationContext {
  var sickPay: SickPayFacts? { try? facts(as: SickPayFacts.self) }

  /// The months of medical period and its last day, counted from the first day of sick leave, rest days
  /// included (劳部发〔1995〕236号); `nil` when the facts give no service years.
  var medicalPeriod: (months: Int, through: CivilDate)? {
    guard let facts = sickPay, let total = facts.totalServiceYears, let employer = facts.employerServiceYears else {
      return nil
    }
    let months = MedicalPeriodProvisions.months(totalYears: total, employerYears: employer)
    guard let through = claim.from.lastDayOfPeriod(months: months) else { return nil }
    return (months, through)
  }
}

extension Condition {
  /// The period lies within the medical period (always, when the facts give no service years).
  static let withinMedicalPeriod = Condition.test(
    Localized("在医疗期内", en: "within the medical period"),
    Test(
      boundaries: { context in context.medicalPeriod.map { [$0.through.adding(days: 1)] } ?? [] },
      holds: { context, period in context.medicalPeriod.map { period.from <= $0.through } ?? true }))

  /// The labour or collective contract grants a rate of the wage for sick leave (facts.contractRate).
  static let contractRateAgreed = Condition.test(
    Localized("劳动合同或集体合同约定了病假工资比例", en: "the contract grants a rate of the wage for sick leave"),
    Test(holds: { context, _ in context.sickPay?.contractRate != nil }))
}

extension Formula {
  /// The contract's rate of the wage for sick leave.
  static let contractRate = Formula.leaf(
    Leaf { context, _ throws(EvaluationError) in
      let rate = Quantity(
        context.sickPay?.contractRate ?? .zero, .ratio, Localized("合同约定的比例", en: "the contract's rate"))
      return Evaluated(rate, steps: [])
    })

  /// No sick pay under these articles beyond the medical period; the days are flagged, not paid.
  static let beyondMedicalPeriod = Formula.leaf(
    Leaf { context, period throws(EvaluationError) in
      let months = context.medicalPeriod?.months ?? 0
      let through = context.medicalPeriod?.through.description ?? ""
      context.warn(
        Warning(
          "beyond-medical-period",
          Localized(
            "医疗期为 \(months) 个月，至 \(through) 止；\(period) 在医疗期外，不按病伤假期工资条款支付（可能涉及解除劳动合同及医疗补助费等其他规定）",
            en: "the medical period is \(months) months, through \(through); \(period) lies beyond it and is not paid "
              + "under the sick-pay articles (other rules, on termination and medical allowances, may apply)")))
      let none = Quantity(Rational.zero, .yuan, Localized("医疗期外", en: "beyond the medical period"))
      return Evaluated(none, steps: [.value(none, since: nil, cites: [MedicalPeriodProvisions.art3])])
    })
}
