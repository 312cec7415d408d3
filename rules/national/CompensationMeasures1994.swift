// 《违反和解除劳动合同的经济补偿办法》 — Measures on Economic Compensation for Breach and Termination of Labour
// Contracts, issued with 劳动部 劳部发〔1994〕481号 on 1994-12-03, in force 1995-01-01. The rules "in force then"
// that 劳动合同法 art. 97 para. 3 keeps for the years of service before 2008-01-01. A secondary source says the
// measures were later repealed (https://m.110ask.com/question/18290547373763015246.html, no date given); the
// repeal does not change art. 97's reference to the rules in force before 2008. Sources: the text in
// https://360docs.net/doc/0b16281062.html, http://m.610041.com/laodonghetong/79825.html and
// https://www.haofalv.com/know/102761 (arts. 1–6); http://zaoxue8.com/XinLaoDongFa/2423_3.html (arts. 8–11);
// http://www.czwrjyzx.cn/XinLaoDongFa/393726.html (in force 1995-01-01); shared/law/overtime-holidays-heat-
// epidemic-severance.md fact 5.9 (the 12-month caps of arts. 5 and 7, SINGLE-SOURCE there, now read in four
// copies). Old-rule grounds and how the packs answer them:
// - art. 5 (agreed termination on the employer's side) and art. 7 (unfit for work): 12 months at most;
// - art. 6 (illness or injury), art. 8 (changed circumstances), art. 9 (layoff): no cap, and the monthly wage is
//   raised to the enterprise's average wage (art. 11);
// - expiry: no article of the measures, and 劳动法 art. 28 gives compensation only for arts. 24, 26 and 27;
// - a worker's resignation for the employer's fault (劳动合同法 art. 38 today): 法释〔2001〕14号 art. 15 gave
//   compensation without a standard, and an arbitral case gave none — not covered;
// - bankruptcy or closure (art. 44 items 4–5 today): no article found — not covered.
import LaborRules

enum CompensationMeasures1994 {
  static let instrument = Instrument(
    "违反和解除劳动合同的经济补偿办法",
    en: "Measures on Economic Compensation for Breach and Termination of Labour Contracts (1994)",
    issuer: "劳动部", number: "劳部发〔1994〕481号", effective: CivilDate("1995-01-01"),
    sources: [
      "https://360docs.net/doc/0b16281062.html", "http://m.610041.com/laodonghetong/79825.html",
      "https://www.haofalv.com/know/102761", "http://zaoxue8.com/XinLaoDongFa/2423_3.html",
      "http://www.czwrjyzx.cn/XinLaoDongFa/393726.html",
    ])

  // MARK: - 第五条
  /// An agreed termination on the employer's side (由用人单位解除): one month's wage for each full year of
  /// service with the employer, at most twelve months; service of less than a year is paid as a year.
  static let art5 = instrument.article(
    5, "经劳动合同当事人协商一致，由用人单位解除劳动合同的，每满一年发给相当于一个月工资的经济补偿金，最多不超过十二个月；工作时间不满一年的按一年的标准发给")

  // MARK: - 第六条
  /// Termination for illness or non-work injury: one month's wage for each full year, and a medical allowance
  /// of at least six months' wage (more for serious and terminal illness).
  static let art6 = instrument.article(
    6, "劳动者患病或者非因工负伤不能从事原工作也不能从事另行安排的工作而解除劳动合同的，每满一年发给相当于一个月工资的经济补偿金，同时发给不低于六个月工资的医疗补助费")

  // MARK: - 第七条
  /// Termination of a worker unfit for work after training or a change of post: one month's wage for each full
  /// year, at most twelve months.
  static let art7 = instrument.article(
    7, "劳动者不能胜任工作，经过培训或者调整工作岗位仍不能胜任工作，由用人单位解除劳动合同的，工作时间每满一年发给相当于一个月工资的经济补偿金，最多不超过十二个月")

  // MARK: - 第八条
  /// Termination after a major change of the objective circumstances and no agreement to change the contract:
  /// one month's wage for each full year.
  static let art8 = instrument.article(
    8, "劳动合同订立时所依据的客观情况发生重大变化，经当事人协商不能就变更劳动合同达成协议，由用人单位解除劳动合同的，工作时间每满一年发给相当于一个月工资的经济补偿金")

  // MARK: - 第九条
  /// Layoff during statutory restructuring near bankruptcy or serious difficulties: one month's wage for each
  /// full year.
  static let art9 = instrument.article(
    9, "用人单位濒临破产进行法定整顿期间或者生产经营状况发生严重困难，必须裁减人员的，在本单位工作的时间每满一年，发给相当于一个月工资的经济补偿金")

  // MARK: - 第十一条
  /// The wage is the average of the twelve months before termination under normal production; under arts. 6,
  /// 8 and 9 a worker's average below the enterprise's average wage is raised to it.
  static let art11 = instrument.article(
    11, "经济补偿金的工资计算标准是指企业正常生产情况下劳动者解除合同前十二个月的月平均工资；依据第六条、第八条、第九条解除劳动合同时，劳动者的月平均工资低于企业月平均工资的，按企业月平均工资的标准支付")
}
