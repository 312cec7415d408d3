// Entitlement `minimum-wage`: the standard in force in the worker's city on a day.
import LaborRules

extension Entitlements {
  static let minimumWage = Entitlement(
    "minimum-wage", Localized("最低工资标准", en: "Minimum wage"), facts: MinimumWageFacts.self
  ) {
    Rule(
      "minimum-wage.standard",
      Localized(
        "当地最低工资标准（全日制按月，非全日制按小时）", en: "The local minimum wage (monthly for full-time, hourly for part-time work)"),
      cites: .of(MinimumWageProvisions.art5), basis: .standard
    ) { .minimumWageStandard }
  }
}
