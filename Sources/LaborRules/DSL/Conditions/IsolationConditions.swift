extension Condition {
  /// The worker's isolation category is one of these (facts.category).
  public static func category(_ categories: IsolationFacts.Category...) -> Condition {
    let names = categories.map(\.rawValue).joined(separator: ", ")
    return .test(Localized("隔离类别为 \(names)", en: "isolation category is \(names)"),
                 Test(holds: { context, _ in context.situation.isolation.map { categories.contains($0.category) } ?? false }))
  }

  /// The worker worked remotely and a wage for it was agreed (facts.remoteWork.agreedMonthlyWage).
  public static let remoteWorkAtAgreedWage = Condition.test(
    Localized("远程办公并约定了工资", en: "worked remotely at an agreed wage"),
    Test(holds: { context, _ in context.situation.isolation?.remoteWork?.agreedMonthlyWage != nil }))

  /// The worker worked remotely and no lower wage was agreed (facts.remoteWork is `{}`).
  public static let remoteWorkWithoutAgreement = Condition.test(
    Localized("远程办公但未就工资达成一致", en: "worked remotely with no agreement on its wage"),
    Test(holds: { context, _ in
      guard let remote = context.situation.isolation?.remoteWork else { return false }
      return remote.agreedMonthlyWage == nil
    }))

  /// Paid leave was arranged by agreement for the period (facts.leaveArranged).
  public static let leaveArranged = Condition.test(
    Localized("经协商安排了带薪假期", en: "paid leave was arranged by agreement"),
    Test(holds: { context, _ in context.situation.isolation?.leaveArranged ?? false }))
}
