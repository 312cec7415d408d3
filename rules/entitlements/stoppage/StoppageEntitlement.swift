// Entitlement `stoppage`: 停工停产 not caused by the worker. Local over general: inside Shenzhen its own
// regulation (art. 28) governs; elsewhere in Guangdong the provincial regulation (art. 35/39).
import LaborRules

extension Entitlements {
  static let stoppageRules = RuleGroup {
    When(.inCity(.named("深圳"))) { ShenzhenWagePayment.stoppage }
    When(!.inCity(.named("深圳"))) { GuangdongWagePayment.stoppage }
  }

  static let stoppage = Entitlement(
    "stoppage", Localized("停工停产期间工资", en: "Pay during a work stoppage"), facts: StoppageFacts.self
  ) {
    stoppageRules
  }
}
