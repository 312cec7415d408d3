// The normal-hours wage (正常工作时间工资) that several entitlements take as their base.
import LaborRules

/// Facts that state the worker's normal-hours wage per month.
protocol NormalWageFacts {
  /// The contract's normal-hours wage per month, when the facts give one.
  var normalHoursWage: Money? { get }
}

/// What a contract's normal-hours wage below the minimum wage means where it is the base of an amount. The
/// agreed wage may not be below the local minimum wage (广东省工资支付条例 art. 8; 深圳市员工工资支付条例 as amended
/// 2009; 最低工资规定 art. 12), so it is raised to it by default; the figure as written is the other reading
/// (shared/law/addendum-2026-11-23.md §2.4). Consulted only when the contract's wage is below the minimum wage.
///
/// A wage of 1,800.00 in Foshan in 2023 (minimum wage 1,900.00): `minimum-wage` takes 1,900.00 as the base,
/// `as-written` 1,800.00; both warn `below-minimum-wage`.
enum NormalWageFloor: String, Assumption {
  /// The base is raised to the minimum wage in force (default).
  case minimumWage = "minimum-wage"
  /// The contract's figure as written.
  case asWritten = "as-written"

  static let key = "normal-wage-floor"
  static let standard = NormalWageFloor.minimumWage
  static let question = Localized(
    "合同约定的正常工作时间工资低于最低工资标准时，以何为计算基数", en: "The base when the contract's normal-hours wage is below the minimum wage")
  var meaning: Localized {
    switch self {
    case .minimumWage: Localized("按当地最低工资标准计", en: "raised to the local minimum wage")
    case .asWritten: Localized("按合同约定的数额计", en: "the contract's figure as written")
    }
  }
}

extension Formula {
  /// The worker's normal-hours wage per month (facts.monthlyWage); below the minimum wage in force it is
  /// raised to it (assumption `normal-wage-floor`), with `below-minimum-wage`.
  static let normalWage = normalWage(Localized("正常工作时间工资", en: "normal-hours wage"))

  /// The same base under the name a text gives it (深圳市员工工资支付条例 2004: 标准工资).
  static func normalWage(_ name: Localized) -> Formula {
    .leaf(
      Leaf(
        consults: [AssumptionInfo(NormalWageFloor.self)],
        boundaries: { context in context.changes(of: .minimumWage) },
        evaluate: { context, period throws(EvaluationError) in
          let wage = try context.facts(as: (any NormalWageFacts).self).normalHoursWage ?? .zero
          let contract = Quantity(wage, .yuanPerMonth, name)
          let found = try context.lookup(.minimumWage, on: period.from)
          guard wage < found.value.monthly else {
            return Evaluated(contract, steps: [.value(contract, since: nil, cites: [])])
          }
          let floor = Quantity(
            found.value.monthly, .yuanPerMonth,
            Localized(context.region.fullName + "最低工资标准", en: "minimum wage of \(context.region.pinyin)"))
          let raise = context.assumption(NormalWageFloor.self) == .minimumWage
          context.warn(
            Warning(
              .belowMinimumWage,
              Localized(
                "合同约定的\(name.zh) \(wage.grouped) 元/月低于\(floor.label?.zh ?? "") \(found.value.monthly.grouped) 元/月"
                  + (raise ? "，按最低工资标准计算" : "，按约定数额计算（假设 normal-wage-floor = as-written）"),
                en:
                  "the contract's \(name.en) of \(wage.grouped) yuan a month is below the \(floor.label?.en ?? "") of "
                  + "\(found.value.monthly.grouped)"
                  + (raise ? "; the minimum wage is the base" : "; the figure as written is used"))))
          let art12 = MinimumWageProvisions.art12
          return Evaluated(
            raise ? floor : contract,
            steps: [
              .value(contract, since: nil, cites: []), .value(floor, since: found.entry.from, cites: [found.citation]),
              .limit(.floor, amount: contract, bound: floor, applied: raise, cites: [art12]),
            ],
            citations: [found.citation, art12])
        }))
  }
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
