// The vocabulary of the isolation rules: the isolation category, remote work and arranged leave.
import LaborRules

extension EvaluationContext {
  /// The isolation facts; `nil` only for a tree that misplaces these conditions.
  var isolation: IsolationFacts? { try? facts(as: IsolationFacts.self) }
}

extension Condition {
  /// The worker's isolation category is one of these (facts.category).
  static func category(_ categories: IsolationFacts.Category...) -> Condition {
    let names = categories.map(\.name.zh).joined(separator: "、")
    let namesEn = categories.map(\.rawValue).joined(separator: ", ")
    return .test(
      Localized("隔离类别为\(names)", en: "isolation category is \(namesEn)"),
      Test(holds: { context, _ in context.isolation.map { categories.contains($0.category) } ?? false }))
  }

  /// The worker worked remotely and a wage for it was agreed (facts.remoteWork.agreedMonthlyWage).
  static let remoteWorkAtAgreedWage = Condition.test(
    Localized("远程办公并约定了工资", en: "worked remotely at an agreed wage"),
    Test(holds: { context, _ in context.isolation?.remoteWork?.agreedMonthlyWage != nil }))

  /// The worker worked remotely and no lower wage was agreed (facts.remoteWork is `{}`).
  static let remoteWorkWithoutAgreement = Condition.test(
    Localized("远程办公但未就工资达成一致", en: "worked remotely with no agreement on its wage"),
    Test(holds: { context, _ in
      guard let remote = context.isolation?.remoteWork else { return false }
      return remote.agreedMonthlyWage == nil
    }))

  /// The workplace kept operating while government measures kept the worker from it (facts.workplaceOperating).
  static let workplaceOperating = Condition.test(
    Localized("用人单位照常运营，仅劳动者因管控措施不能到岗", en: "the workplace kept operating; only the worker was kept out"),
    Test(holds: { context, _ in context.isolation?.workplaceOperating ?? false }))

  /// Paid leave was arranged by agreement for the period (facts.leaveArranged).
  static let leaveArranged = Condition.test(
    Localized("经协商安排了带薪假期", en: "paid leave was arranged by agreement"),
    Test(holds: { context, _ in context.isolation?.leaveArranged ?? false }))
}

extension Formula {
  /// The wage both parties agreed for remote work (facts.remoteWork.agreedMonthlyWage).
  static let remoteWorkWage = Formula.leaf(
    Leaf { context, period throws(EvaluationError) in
      guard let wage = context.isolation?.remoteWork?.agreedMonthlyWage else {
        throw .noApplicableRule(entitlement: "isolation", period: period)
      }
      let quantity = Quantity(wage, .yuanPerMonth, Localized("双方约定的工资", en: "the agreed wage"))
      return Evaluated(quantity, steps: [.value(quantity, since: nil, cites: [])])
    })
}
