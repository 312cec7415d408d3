// Entitlement `minimum-wage`: the standard in force in the worker's city on a day; with a month's pay, the
// pay that counts toward it (最低工资规定 art. 12) and the shortfall.
import LaborRules

extension Entitlements {
  static let minimumWage = Entitlement(
    "minimum-wage", Localized("最低工资标准", en: "Minimum wage"), facts: MinimumWageFacts.self,
    payment: .countedTowardMinimum
  ) {
    Rule(
      "minimum-wage.standard",
      Localized(
        "当地最低工资标准（全日制按月，非全日制按小时）", en: "The local minimum wage (monthly for full-time, hourly for part-time work)"),
      cites: .of(MinimumWageProvisions.art5), when: !.payGiven, basis: .standard
    ) { .minimumWageStandard }
    Rule(
      "minimum-wage.compliance.monthly",
      Localized(
        "当月工资扣除加班工资、特殊条件津贴和法定福利后，不得低于月最低工资标准",
        en: "The month's pay, less overtime, special-condition allowances and statutory welfare, may not fall below "
          + "the monthly minimum wage"),
      cites: [.of(MinimumWageProvisions.art12), .of(MinimumWageProvisions.art5)], when: .payGiven && !.partTime,
      basis: .standard
    ) { .showingCountedPay(.forPartMonth(.minimumWage)) }
    Rule(
      "minimum-wage.compliance.hourly",
      Localized(
        "非全日制：当月工资不得低于小时最低工资标准乘以工作小时数",
        en: "Part-time: the month's pay may not fall below the hourly minimum wage times the hours worked"),
      cites: [.of(MinimumWageProvisions.art12), .of(MinimumWageProvisions.art5)], when: .payGiven && .partTime,
      basis: .standard
    ) { .showingCountedPay(.product([.hourlyMinimumWage, .hoursWorked], unit: .yuan)) }
  }
}
