// Entitlement `sick-pay`: 病伤假期工资 within the medical period. Local over general: in Shenzhen its
// regulation's art. 23 governs (广东省工资支付条例 art. 24: "法律、法规另有规定的，从其规定"); elsewhere in
// Guangdong art. 24: the contract's rate, never below 80% of the minimum wage.
import LaborRules

extension Entitlements {
  static let sickPay = Entitlement(
    "sick-pay", Localized("病伤假期工资", en: "Sick pay"), facts: SickPayFacts.self,
    parts: [
      Entitlement.Part("sick-pay") {
        When(.withinMedicalPeriod && shenzhen) {
          Rule(
            "shenzhen.wage-payment.art23.contract-rate",
            Localized(
              "医疗期内按合同约定比例支付病伤假期工资，不低于正常工作时间工资的60%和最低工资标准的80%",
              en: "Within the medical period: the contract's rate, at least 60% of the wage and 80% of the minimum wage"
            ),
            cites: [.dated(ShenzhenWagePayment.art23)], when: .contractRateAgreed
          ) {
            .atLeast(
              .share(
                .atLeast(.contractRate, floor: .percent(60), cites: ShenzhenWagePayment.art23Citation, warn: nil),
                of: .normalWage),
              floor: .share(.percent(80), of: .minimumWage), cites: ShenzhenWagePayment.art23Citation, warn: nil)
          }
          Rule(
            "shenzhen.wage-payment.art23.sixty-percent",
            Localized(
              "医疗期内按正常工作时间工资的60%支付病伤假期工资，不低于最低工资标准的80%",
              en: "Within the medical period: 60% of the normal-hours wage, at least 80% of the minimum wage"),
            cites: [.dated(ShenzhenWagePayment.art23)], when: !.contractRateAgreed
          ) {
            .atLeast(
              .share(.percent(60), of: .normalWage), floor: .share(.percent(80), of: .minimumWage),
              cites: ShenzhenWagePayment.art23Citation, warn: nil)
          }
        }
        When(.withinMedicalPeriod && !shenzhen) {
          Rule(
            "guangdong.wage-payment.art24.contract-rate",
            Localized(
              "医疗期内按劳动合同或集体合同约定支付病伤假期工资，不低于当地最低工资标准的80%",
              en: "Within the medical period: the contract's rate, at least 80% of the local minimum wage"),
            cites: [.of(GuangdongWagePayment.art24), .of(LabourLawOpinions1995.art59)], when: .contractRateAgreed
          ) {
            .atLeast(
              .share(.contractRate, of: .normalWage), floor: .share(.percent(80), of: .minimumWage),
              cites: GuangdongWagePayment.art24, warn: nil)
          }
          Rule(
            "guangdong.wage-payment.art24.floor",
            Localized(
              "医疗期内病伤假期工资不低于当地最低工资标准的80%（合同未约定比例，此为下限）",
              en: "Within the medical period: at least 80% of the local minimum wage (no contract rate: the floor)"),
            cites: [.of(GuangdongWagePayment.art24), .of(LabourLawOpinions1995.art59)], when: !.contractRateAgreed
          ) { .share(.percent(80), of: .minimumWage) }
        }
        Rule(
          "medical-period.beyond",
          Localized("医疗期外：不按病伤假期工资条款支付", en: "Beyond the medical period: not paid under the sick-pay articles"),
          cites: [.of(MedicalPeriodProvisions.art3), .of(MedicalPeriodProvisions.counting)],
          when: !.withinMedicalPeriod, basis: .amount
        ) { .beyondMedicalPeriod }
      }
    ],
    checks: [
      Entitlement.Check { context in
        guard context.region.name != "深圳", context.sickPay?.contractRate == nil else { return }
        context.warn(
          Warning(
            "contract-may-grant-more",
            Localized(
              "未给出劳动合同或集体合同约定的病假工资比例：结果为法定下限（最低工资标准的80%），合同可约定更多",
              en: "no contract rate was given: the result is the legal floor (80% of the minimum wage); "
                + "the labour or collective contract may grant more")))
      }
    ])
}
