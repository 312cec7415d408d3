// 《工资支付暂行规定》 — Interim Provisions on Wage Payment
// 劳部发〔1994〕489号, Ministry of Labour, issued 1994-12-06, in force 1995-01-01.
// Source: wagepolicies/wagepolicies.github.io pages/wage_policies/1994_guiding_wage_pay.markdown;
// https://wechat.estsglobal.com/wechat/law_contents/35 (shared/law/wages-stoppage-sickpay.md §2).
import LaborRules

enum InterimWagePaymentProvisions {
  static let instrument = Instrument(
    "工资支付暂行规定", en: "Interim Provisions on Wage Payment", issuer: "劳动部", number: "劳部发〔1994〕489号",
    effective: CivilDate("1995-01-01"),
    sources: [
      "wagepolicies/wagepolicies.github.io: pages/wage_policies/1994_guiding_wage_pay.markdown",
      "https://wechat.estsglobal.com/wechat/law_contents/35",
    ])

  // MARK: - 第十二条
  /// Stoppage not caused by the worker: within one pay cycle, pay the contract wage; beyond it, a worker
  /// who provides normal labour is paid at least the local minimum wage; otherwise as the state provides
  /// (Guangdong's art. 39 and Shenzhen's art. 28 fix that living allowance).
  static let art12 = instrument.article(12, "超过一个工资支付周期的，若劳动者提供了正常劳动，则支付给劳动者的劳动报酬不得低于当地的最低工资标准")
}
