extension Condition {
  /// The period lies within the first pay cycle of the stoppage (广东省工资支付条例 art. 39; 深圳市员工
  /// 工资支付条例 art. 28): from the first day, the contract's pay cycle, at most 30 days, as read by the
  /// assumption `first-pay-cycle`.
  public static let inFirstPayCycle = Condition.test(
    Localized("在第一个工资支付周期内（最长三十日）", en: "within the first pay cycle (at most 30 days)"),
    Test(boundaries: { context in  // every reading's end, so that merely splitting consults no assumption
           let statutory = statutoryFirstPayCycle(context)
           return [statutory.through, Swift.min(statutory.through, statutory.from.lastOfMonth)].map { $0.adding(days: 1) }
         },
         holds: { context, period in period.through <= firstPayCycle(context).through }))

  /// The period lies within the first month of the stoppage (深圳市员工工资支付条例 art. 28, 2004 and 2009 texts).
  public static let inFirstMonth = Condition.test(
    Localized("在停工第一个月内", en: "within the first month of stoppage"),
    Test(boundaries: { [$0.situation.period.from.addingMonth()] },
         holds: { context, period in period.through < context.situation.period.from.addingMonth() }))

  /// Work was arranged for the period at a newly agreed wage (facts.work).
  public static let workArranged = Condition.test(
    Localized("安排了工作并约定了新的工资标准", en: "work was arranged at a newly agreed wage"),
    Test(boundaries: { $0.situation.work.flatMap { [$0.from, $0.to.adding(days: 1)] } },
         holds: { context, period in context.situation.workArrangement(on: period.from) != nil }))

  /// The first pay cycle of the stoppage under the chosen reading.
  static func firstPayCycle(_ context: EvaluationContext) -> DateRange {
    let statutory = statutoryFirstPayCycle(context)
    guard context.assumption(FirstPayCycle.self) == .calendarMonth else { return statutory }
    return DateRange(from: statutory.from, through: Swift.min(statutory.through, statutory.from.lastOfMonth))!
  }
}

extension Condition {
  /// As `inFirstPayCycle`, but counted from the first day of stoppage by statute (深圳市员工工资支付条例
  /// art. 28 as amended 2022): the assumption `first-pay-cycle` is not consulted.
  public static let inFirstPayCycleFromFirstDay = Condition.test(
    Localized("在自停工第一天起计算的第一个工资支付周期内（最长三十日）", en: "within the first pay cycle counted from the first day of stoppage (at most 30 days)"),
    Test(boundaries: { [statutoryFirstPayCycle($0).through.adding(days: 1)] },
         holds: { context, period in period.through <= statutoryFirstPayCycle(context).through }))

  static func statutoryFirstPayCycle(_ context: EvaluationContext) -> DateRange {
    let start = context.situation.period.from
    return DateRange(from: start, through: start.adding(days: Swift.min(context.situation.payCycleDays ?? 30, 30) - 1))!
  }
}
