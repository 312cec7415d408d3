// 《企业职工患病或非因工负伤医疗期规定》 — Provisions on the Medical Period for Illness or Non-Work Injury
// 劳部发〔1994〕479号, Ministry of Labour, issued 1994-12-01, in force 1995-01-01; with its explanation
// 《关于贯彻〈企业职工患病或非因工负伤医疗期规定〉的通知》 (劳部发〔1995〕236号, 1995-05-23): counted from the first
// day of sick leave, rest days and holidays included. Sources: https://qylaws.com/docs/labour/3056-2 ;
// https://wechat.estsglobal.com/wechat/law_contents/38 ; shared/law/wages-stoppage-sickpay.md §3;
// shared/law/addendum-2026-11-23.md §1 (boundary years).
import LaborRules

enum MedicalPeriodProvisions {
  static let instrument = Instrument(
    "企业职工患病或非因工负伤医疗期规定", en: "Provisions on the Medical Period for Illness or Non-Work Injury",
    issuer: "劳动部", number: "劳部发〔1994〕479号", effective: CivilDate("1995-01-01"),
    sources: ["https://qylaws.com/docs/labour/3056-2", "https://wechat.estsglobal.com/wechat/law_contents/38"])
  static let notice1995 = Instrument(
    "关于贯彻《企业职工患病或非因工负伤医疗期规定》的通知", en: "Notice on Implementing the Medical Period Provisions",
    issuer: "劳动部", number: "劳部发〔1995〕236号", effective: CivilDate("1995-05-23"),
    sources: [
      "http://online.flipbuilder.com/aora/lcwg/files/basic-html/page707.html", "https://m.777doc.com/doc-3384914.html",
    ])

  // MARK: - 第三条
  /// 实际工作年限十年以下的，在本单位工作年限五年以下的为三个月，五年以上的为六个月；十年以上的，在本单位五年以下
  /// 的为六个月，五年以上十年以下的为九个月，十年以上十五年以下的为十二个月，十五年以上二十年以下的为十八个月，
  /// 二十年以上的为二十四个月. "以上/以下" include the number itself (民法典 art. 1259, by analogy), so an exact
  /// boundary year is in both rows: the named assumption `medical-period-boundary` decides.
  static let art3 = instrument.article(3, "医疗期按实际工作年限和在本单位工作年限确定为三至二十四个月")

  // MARK: - 劳部发〔1995〕236号 第一、二项
  /// The medical period is counted from the first day of sick leave, rest days and statutory holidays included.
  static let counting = notice1995.item(1, "医疗期从病休第一天开始累计计算，病休期间的公休、假日和法定节日包括在内")

  /// The months of medical period for the service in all and with this employer (art. 3). "以上" is compared with
  /// the exact service; a service of exactly 5, 10, 15 or 20 years goes to the lower row unless `upperRow`.
  static func months(total: ServiceLength, employer: ServiceLength, upperRow: Bool) -> Int {
    func above(_ service: ServiceLength, _ years: Int) -> Bool {
      service > .years(years) || (upperRow && service == .years(years))
    }
    if !above(total, 10) { return above(employer, 5) ? 6 : 3 }
    if !above(employer, 5) { return 6 }
    if !above(employer, 10) { return 9 }
    if !above(employer, 15) { return 12 }
    if !above(employer, 20) { return 18 }
    return 24
  }

  /// Whether either service is exactly on a boundary of the table (5, 10, 15 or 20 years), where the two
  /// readings of `medical-period-boundary` can differ.
  static func onBoundary(total: ServiceLength, employer: ServiceLength) -> Bool {
    total == .years(10) || [5, 10, 15, 20].contains { employer == .years($0) }
  }

  /// The shortest medical period the article gives (实际工作年限十年以下、本单位五年以下: three months).
  static let shortest = 3
}
