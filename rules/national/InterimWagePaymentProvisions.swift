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

  // MARK: - 第十三条
  /// Overtime on top of the contract's wage: (1) extended hours on a workday at least 150% of the hourly
  /// wage; (2) rest-day work without compensatory leave at least 200% of the daily or hourly wage; (3)
  /// statutory-holiday work at least 300%. Para 2: piece-rate workers, after their quota, at 150/200/300% of
  /// the piece price. Para 3: comprehensive hours, the cycle's hours beyond its standard are extended hours.
  /// Para 4: workers on flexible hours (不定时) are outside these rules.
  static let art13 = instrument.article(13, "加班工资按不低于小时工资的150%、日或小时工资的200%、300%支付")
  static let art13pieceRate = instrument.article(13, "第二款：计件工资劳动者在完成定额后加班，按计件单价的150%、200%、300%支付")
  static let art13comprehensive = instrument.article(13, "第三款：综合计算工时超过法定标准工作时间的部分视为延长工作时间")
  static let art13flexible = instrument.article(13, "第四款：实行不定时工时制度的劳动者，不执行上述加班工资规定")
}
