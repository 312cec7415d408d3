// 《中华人民共和国劳动合同法实施条例》 — Regulations for the Implementation of the Labour Contract Law
// 国务院令第535号, State Council; promulgated and in force 2008-09-18 (art. 38). Sources: LawRefBook/Laws
// 行政法规/劳动合同法实施条例(2008-09-18).md; https://www.yanshi.gov.cn/yanshi/detail/1905.html;
// http://crsrw.com/falvchangshi/69105.html (shared/law/overtime-holidays-heat-epidemic-severance.md facts 5.5,
// 5.6, 5.8); art. 27 read again in https://191i.com/i/457639205.html and
// https://m.110ask.com/question/2889048546413781888.html.
import LaborRules

enum LabourContractLawRegulations {
  static let instrument = Instrument(
    "中华人民共和国劳动合同法实施条例", en: "Regulations for the Implementation of the Labour Contract Law",
    issuer: "国务院", number: "国务院令第535号", effective: CivilDate("2008-09-18"),
    sources: [
      "LawRefBook/Laws: 行政法规/劳动合同法实施条例(2008-09-18).md", "https://www.yanshi.gov.cn/yanshi/detail/1905.html",
      "https://191i.com/i/457639205.html",
    ])

  // MARK: - 第二十条
  /// An employer that ends the contract under art. 40 of the law by paying one extra month's wage instead of
  /// notice pays it at the worker's wage standard of the previous month.
  static let art20 = instrument.article(20, "选择额外支付劳动者一个月工资解除劳动合同的，其额外支付的工资应当按照该劳动者上一个月的工资标准确定")

  // MARK: - 第二十五条
  /// An employer that pays damages under art. 87 of the law does not also pay economic compensation; the
  /// years for damages run from the first day of employment (自用工之日起).
  static let art25 = instrument.article(25, "依照劳动合同法第八十七条支付了赔偿金的，不再支付经济补偿；赔偿金的计算年限自用工之日起计算")

  // MARK: - 第二十七条
  /// The monthly wage of art. 47 is the wage due (应得工资): time or piece wages, bonuses, allowances,
  /// subsidies and other money income. A 12-month average below the local minimum wage is raised to it; with
  /// less than 12 months of service, the average is over the months actually worked.
  static let art27 = instrument.article(
    27, "经济补偿的月工资按照劳动者应得工资计算；前12个月的平均工资低于当地最低工资标准的，按照当地最低工资标准计算；工作不满12个月的，按照实际工作的月数计算平均工资")
}
