// The vocabulary of the stoppage rules (广东省工资支付条例 art. 39; 深圳市员工工资支付条例 art. 28): the first
// pay cycle, the first month, work arranged at a new wage, and the living-allowance rate.
import LaborRules

/// What the stoppage rules read of a claim: a stoppage, or an isolation under government measures that falls
/// back on the stoppage rules.
protocol StoppageClaim: NormalWageFacts {
  var payCycleDays: Int? { get }
  var work: [WorkArrangement] { get }
  var livingAllowanceRate: Rational? { get }
}

extension StoppageClaim {
  /// The work arrangement covering a day, if any.
  func workArrangement(on date: CivilDate) -> WorkArrangement? { work.first { $0.from <= date && date <= $0.to } }
}

extension EvaluationContext {
  /// The claim as the stoppage rules read it; `nil` only for a tree that misplaces these rules.
  var stoppage: (any StoppageClaim)? { try? facts(as: (any StoppageClaim).self) }

  /// The statutory first pay cycle: from the first day, the contract's cycle, at most 30 days.
  var statutoryFirstPayCycle: DateRange {
    let days = Swift.min(stoppage?.payCycleDays ?? 30, 30)
    return DateRange(from: claim.from, through: claim.from.adding(days: days - 1)) ?? claim
  }

  /// The first pay cycle under the chosen reading of `first-pay-cycle`.
  var firstPayCycle: DateRange {
    let statutory = statutoryFirstPayCycle
    guard assumption(FirstPayCycle.self) == .calendarMonth else { return statutory }
    return DateRange(from: statutory.from, through: Swift.min(statutory.through, statutory.from.lastOfMonth))
      ?? statutory
  }
}

extension Condition {
  /// The period lies within the first pay cycle of the stoppage (广东省工资支付条例 art. 39; 深圳市员工
  /// 工资支付条例 art. 28): from the first day, the contract's pay cycle, at most 30 days, as read by the
  /// assumption `first-pay-cycle`.
  static let inFirstPayCycle = Condition.test(
    Localized("在第一个工资支付周期内（最长三十日）", en: "within the first pay cycle (at most 30 days)"),
    Test(
      consults: [AssumptionInfo(FirstPayCycle.self)],
      // every reading's end, so that merely splitting consults no assumption
      boundaries: { context in
        let statutory = context.statutoryFirstPayCycle
        return [statutory.through, Swift.min(statutory.through, statutory.from.lastOfMonth)].map { $0.adding(days: 1) }
      },
      holds: { context, period in period.through <= context.firstPayCycle.through }))

  /// As `inFirstPayCycle`, but counted from the first day of stoppage by statute (深圳市员工工资支付条例
  /// art. 28 as amended 2022): the assumption `first-pay-cycle` is not consulted.
  static let inFirstPayCycleFromFirstDay = Condition.test(
    Localized(
      "在自停工第一天起计算的第一个工资支付周期内（最长三十日）",
      en: "within the first pay cycle counted from the first day of stoppage (at most 30 days)"),
    Test(
      boundaries: { [$0.statutoryFirstPayCycle.through.adding(days: 1)] },
      holds: { context, period in period.through <= context.statutoryFirstPayCycle.through }))

  /// The period lies within the first month of the stoppage (深圳市员工工资支付条例 art. 28, 2004 and 2009 texts).
  static let inFirstMonth = Condition.test(
    Localized("在停工第一个月内", en: "within the first month of stoppage"),
    Test(
      boundaries: { [$0.claim.from.addingMonth()] },
      holds: { context, period in period.through < context.claim.from.addingMonth() }))

  /// Work was arranged for the period at a newly agreed wage (facts.work).
  static let workArranged = Condition.test(
    Localized("安排了工作并约定了新的工资标准", en: "work was arranged at a newly agreed wage"),
    Test(
      boundaries: { context in (context.stoppage?.work ?? []).flatMap { [$0.from, $0.to.adding(days: 1)] } },
      holds: { context, period in context.stoppage?.workArrangement(on: period.from) != nil }))
}

extension Formula {
  /// The wage newly agreed for work arranged in the period (facts.work[…].agreedMonthlyWage).
  static let agreedWage = Formula.leaf(
    Leaf(
      boundaries: { context in (context.stoppage?.work ?? []).flatMap { [$0.from, $0.to.adding(days: 1)] } },
      evaluate: { context, period throws(EvaluationError) in
        guard let wage = context.stoppage?.workArrangement(on: period.from)?.agreedMonthlyWage else {
          throw .noApplicableRule(entitlement: "stoppage", period: period)
        }
        let quantity = Quantity(wage, .yuanPerMonth, Localized("双方约定的工资", en: "the agreed wage"))
        return Evaluated(quantity, steps: [.value(quantity, since: nil, cites: [])])
      }))

  /// The minimum-wage floor for work arranged: the monthly minimum wage, pro rata to the share of normal hours
  /// worked (shared/law/addendum-2026-11-23.md §2.5; 最低工资规定 art. 12 applies to normal labour in normal hours).
  static let arrangedWorkFloor = Formula.leaf(
    Leaf(
      boundaries: { context in
        context.changes(of: .minimumWage) + (context.stoppage?.work ?? []).flatMap { [$0.from, $0.to.adding(days: 1)] }
      },
      evaluate: { context, period throws(EvaluationError) in
        let minimum = try Formula.minimumWage.evaluate(context, on: period)
        guard let share = context.stoppage?.workArrangement(on: period.from)?.hoursShare, share != .one else {
          return minimum
        }
        let ratio = Quantity(share, .ratio, Localized("安排工作的时间占正常工作时间的比例", en: "share of normal hours worked"))
        let floor = Quantity(minimum.quantity.value * share, .yuanPerMonth)
        return Evaluated(
          floor, steps: minimum.steps + [.arithmetic(.times, [ratio, minimum.quantity], result: floor)],
          citations: minimum.citations)
      }))

  /// The agreed living-allowance rate (facts.livingAllowanceRate), or the legal floor when none was agreed; a
  /// rate below the floor is refused before any period is evaluated.
  static func livingAllowanceRate(floor: Rational, cites citation: Citation) -> Formula {
    .leaf(
      Leaf(
        validate: { context throws(EvaluationError) in
          if let rate = context.stoppage?.livingAllowanceRate, rate < floor {
            throw .badInput(
              field: "facts.livingAllowanceRate",
              reason: Localized(
                "\(rate.percentText) 低于\(citation.zh)规定的最低工资 \(floor.percentText) 的下限",
                en: "\(rate.percentText) is below the legal floor of \(floor.percentText) of the minimum wage set by "
                  + "\(citation.en)"))
          }
        },
        evaluate: { context, _ throws(EvaluationError) in
          let agreed = context.stoppage?.livingAllowanceRate
          let label =
            agreed == nil
            ? Localized("法定下限 \(floor.percentText)", en: "the legal floor of \(floor.percentText)")
            : Localized(
              "约定比例，不低于法定下限 \(floor.percentText)",
              en: "the agreed rate, not below the legal floor of \(floor.percentText)")
          return Evaluated(Quantity(agreed ?? floor, .ratio, label), steps: [])
        }))
  }
}
