// The vocabulary of sick pay: the medical period (劳部发〔1994〕479号) and the contract's rate.
import LaborRules

extension EvaluationContext {
  var sickPay: SickPayFacts? { try? facts(as: SickPayFacts.self) }

  /// The months of medical period and its last day, counted from the first day of sick leave, rest days
  /// included (劳部发〔1995〕236号): from the service the facts give, or, when they give none, the shortest period
  /// the law gives (three months), with the warning `medical-period-shortest` once the claim runs past it.
  var medicalPeriod: (months: Int, through: CivilDate, known: Bool)? {
    guard let facts = sickPay else { return nil }
    let months: Int
    if let service = facts.service {
      let upperRow =
        MedicalPeriodProvisions.onBoundary(total: service.total, employer: service.employer)
        && assumption(MedicalPeriodBoundary.self) == .upperRow
      months = MedicalPeriodProvisions.months(total: service.total, employer: service.employer, upperRow: upperRow)
    } else {
      months = MedicalPeriodProvisions.shortest
    }
    guard let through = assumption(MedicalPeriodEnd.self).lastDay(claim.from, months: months) else { return nil }
    if facts.service == nil, through < claim.through {
      warn(
        Warning(
          "medical-period-shortest",
          Localized(
            "未给出工作年限：医疗期按最短的3个月计，至 \(through) 止；给出实际工作年限与本单位工作年限（totalServiceYears、"
              + "employerServiceYears，或 workStart、employerStart）可能得出6至24个月",
            en: "no service was given: the medical period is taken as the shortest, 3 months, through \(through); the "
              + "years of work in all and with this employer (totalServiceYears and employerServiceYears, or workStart "
              + "and employerStart) may give 6 to 24 months")))
    }
    return (months, through, facts.service != nil)
  }
}

extension Condition {
  /// The period lies within the medical period.
  static let withinMedicalPeriod = Condition.test(
    Localized("在医疗期内", en: "within the medical period"),
    Test(
      consults: [AssumptionInfo(MedicalPeriodBoundary.self), AssumptionInfo(MedicalPeriodEnd.self)],
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

  /// No sick pay under these articles beyond the medical period; the days are flagged, not paid (one warning for
  /// the whole stretch beyond it).
  static let beyondMedicalPeriod = Formula.leaf(
    Leaf { context, _ throws(EvaluationError) in
      if let medical = context.medicalPeriod {
        let beyond = "\(medical.through.adding(days: 1)) … \(context.claim.through)"
        context.warn(
          Warning(
            "beyond-medical-period",
            Localized(
              "医疗期为 \(medical.months) 个月，至 \(medical.through) 止；\(beyond) 在医疗期外，不按病伤假期工资条款支付"
                + "（可能涉及解除劳动合同及医疗补助费等其他规定）",
              en:
                "the medical period is \(medical.months) months, through \(medical.through); \(beyond) lies beyond it "
                + "and is not paid under the sick-pay articles (other rules, on termination and medical allowances, "
                + "may apply)")))
      }
      let none = Quantity(Rational.zero, .yuan, Localized("医疗期外", en: "beyond the medical period"))
      return Evaluated(none, steps: [.value(none, since: nil, cites: [MedicalPeriodProvisions.art3])])
    })
}
