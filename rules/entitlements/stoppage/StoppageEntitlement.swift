// Entitlement `stoppage`: 停工停产 not caused by the worker. Local over general: inside Shenzhen its own
// regulation (art. 28) governs; elsewhere in Guangdong the provincial regulation (art. 35/39).
import LaborRules

extension Entitlements {
  static let stoppageRules = RuleGroup {
    When(.inCity(.named("深圳"))) {
      Exception(to: ShenzhenWagePayment.stoppage) {
        When(.versionInForce(CivilDate("2005-05-01"), through: CivilDate("2019-07-24")) && .provincialTextInShenzhen) {
          GuangdongWagePayment.stoppage
        }
      }
    }
    When(!.inCity(.named("深圳"))) { GuangdongWagePayment.stoppage }
  }

  static let stoppage = Entitlement(
    "stoppage", Localized("停工停产期间工资", en: "Pay during a work stoppage"), facts: StoppageFacts.self,
    parts: [Entitlement.Part("stoppage") { stoppageRules }], checks: [workInFirstCycle])

  /// Work the facts place inside the first pay cycle: that cycle is paid at the normal-hours wage whatever work
  /// was arranged (art. 39: the agreed wage applies beyond it), so the agreed wage is not used there.
  static let workInFirstCycle = Entitlement.Check { context in
    guard let work = context.stoppage?.work, !work.isEmpty else { return }
    let cycle = context.firstPayCycle
    for (index, w) in work.enumerated() where w.from <= cycle.through {
      context.warn(
        Warning(
          "work-in-first-cycle",
          Localized(
            "facts.work[\(index)] 始于第一个工资支付周期内（至 \(cycle.through)）：该周期按正常工作时间工资支付，约定工资只适用于其后",
            en:
              "facts.work[\(index)] starts inside the first pay cycle (through \(cycle.through)): that cycle is paid"
              + " at "
              + "the normal-hours wage; the agreed wage applies only after it")))
    }
  }
}
