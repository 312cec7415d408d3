// 《中华人民共和国劳动合同法》 — Labour Contract Law of the People's Republic of China
// 全国人民代表大会常务委员会. Adopted 2007-06-29, in force 2008-01-01 (art. 98); amended 2012-12-28, in force
// 2013-07-01 (the amendment rewrote the labour-dispatch articles 57, 63, 66 and 92; the articles below are
// unchanged). Sources: LawRefBook/Laws 社会法/劳动合同法(2012-12-28).md (shared/law/overtime-holidays-heat-epidemic-
// severance.md Topic 5, facts 5.1–5.9); art. 47 read again in http://www.uianet.net/dictionary/b2904600.html and
// https://m.110ask.com/zhishi/7201288212508613528.html; arts. 36–38 and 46 in
// http://trklw.com/gexingqianming/30ehf0dzqn.html; art. 97 para. 3 in
// http://nv.xiaomy.net/forum.php?goto=lastpost&mod=redirect&tid=18183.
import LaborRules

enum LabourContractLaw {
  static let instrument = Instrument(
    "中华人民共和国劳动合同法", en: "Labour Contract Law", issuer: "全国人民代表大会常务委员会",
    effective: CivilDate("2008-01-01"),
    sources: [
      "LawRefBook/Laws: 社会法/劳动合同法(2012-12-28).md", "http://www.uianet.net/dictionary/b2904600.html",
      "https://m.110ask.com/zhishi/7201288212508613528.html", "http://trklw.com/gexingqianming/30ehf0dzqn.html",
    ])

  /// The day the law took effect (art. 98): the years of compensation run from it (art. 97 para. 3).
  static let inForce = CivilDate("2008-01-01")

  // MARK: - 第三十六条
  /// 用人单位与劳动者协商一致，可以解除劳动合同.
  static let art36 = instrument.article(36, "用人单位与劳动者协商一致，可以解除劳动合同")

  // MARK: - 第三十七条
  /// 劳动者提前三十日以书面形式通知用人单位，可以解除劳动合同；试用期内提前三日通知.
  static let art37 = instrument.article(37, "劳动者提前三十日以书面形式通知用人单位，可以解除劳动合同（试用期内提前三日）")

  // MARK: - 第三十八条
  /// The worker may end the contract where the employer fails to provide labour protection or conditions, to
  /// pay wages in full and on time, to pay social insurance; where its rules break the law to the worker's harm;
  /// where the contract is void under art. 26 para. 1; and at once where forced to work by violence or ordered
  /// into danger.
  static let art38 = instrument.article(
    38, "用人单位未提供劳动保护或劳动条件、未及时足额支付劳动报酬、未依法缴纳社会保险费等情形，劳动者可以解除劳动合同")

  // MARK: - 第三十九条
  /// The employer may dismiss a worker who (1) fails the hiring conditions during probation, (2) seriously
  /// breaches its rules, (3) commits serious dereliction or graft causing it major damage, (4) works for another
  /// employer to its serious detriment or refuses to stop, (5) made the contract void by fraud under art. 26
  /// para. 1 item 1, or (6) is held criminally liable. No article gives compensation for these dismissals.
  static let art39 = instrument.article(
    39, "劳动者试用期不符合录用条件、严重违反规章制度、严重失职营私舞弊、兼职造成严重影响、欺诈致合同无效、被追究刑事责任的，用人单位可以解除劳动合同")

  // MARK: - 第四十条
  /// With 30 days' written notice, or one extra month's wage instead, the employer may end the contract where
  /// (1) after the medical period the sick or injured worker can do neither the old nor other arranged work,
  /// (2) the worker remains unfit after training or a change of post, or (3) a major change of the objective
  /// circumstances makes the contract impossible to perform and no agreement to change it is reached.
  static let art40 = instrument.article(
    40, "提前三十日以书面形式通知劳动者本人或者额外支付劳动者一个月工资后，可以解除劳动合同：（一）医疗期满不能工作；（二）不能胜任工作；（三）客观情况发生重大变化")
  static func art40(item: Int) -> Citation {
    let words = [
      1: "第（一）项：劳动者患病或者非因工负伤，在规定的医疗期满后不能从事原工作，也不能从事由用人单位另行安排的工作",
      2: "第（二）项：劳动者不能胜任工作，经过培训或者调整工作岗位，仍不能胜任工作",
      3: "第（三）项：劳动合同订立时所依据的客观情况发生重大变化，致使劳动合同无法履行，经协商未能就变更劳动合同内容达成协议",
    ]
    return instrument.article(40, words[item] ?? "")
  }

  // MARK: - 第四十一条
  /// Economic layoff (经济性裁员) of 20 or more workers, or fewer than 20 but at least 10% of the workforce, for
  /// restructuring under bankruptcy law, serious difficulties, a change of production, or another major change.
  static let art41 = instrument.article(41, "第一款：经济性裁员（裁减人员二十人以上或者不足二十人但占企业职工总数百分之十以上）")

  // MARK: - 第四十四条
  /// The contract ends (1) at the expiry of its term; … (4) when the employer is declared bankrupt; (5) when
  /// its business licence is revoked, it is ordered closed or revoked, or it decides to dissolve early.
  static let art44item1 = instrument.article(44, "第（一）项：劳动合同期满的")
  static let art44items4and5 = instrument.article(
    44, "第（四）项、第（五）项：用人单位被依法宣告破产；被吊销营业执照、责令关闭、撤销或者决定提前解散")

  // MARK: - 第四十六条
  /// The employer owes economic compensation (经济补偿) where (1) the worker ends the contract under art. 38;
  /// (2) the employer proposes an agreed termination under art. 36; (3) it ends the contract under art. 40;
  /// (4) it lays off under art. 41 para. 1; (5) a fixed term expires under art. 44 item 1, unless the employer
  /// offered renewal on the same or better terms and the worker refused; (6) the contract ends under art. 44
  /// items 4 and 5; (7) other cases set by law or administrative regulation.
  static func art46(item: Int) -> Citation {
    let words = [
      1: "第（一）项：劳动者依照本法第三十八条规定解除劳动合同的",
      2: "第（二）项：用人单位依照本法第三十六条规定向劳动者提出解除劳动合同并与劳动者协商一致解除劳动合同的",
      3: "第（三）项：用人单位依照本法第四十条规定解除劳动合同的",
      4: "第（四）项：用人单位依照本法第四十一条第一款规定解除劳动合同的",
      5: "第（五）项：除用人单位维持或者提高劳动合同约定条件续订劳动合同，劳动者不同意续订的情形外，依照本法第四十四条第一项规定终止固定期限劳动合同的",
      6: "第（六）项：依照本法第四十四条第四项、第五项规定终止劳动合同的",
    ]
    return instrument.article(46, words[item] ?? "")
  }
  /// Art. 46 as the list that decides whether compensation is owed, for the grounds it does not name.
  static let art46list = instrument.article(46, "用人单位应当支付经济补偿的情形（第一项至第七项）；本情形不在其列")

  // MARK: - 第四十七条
  /// Para. 1: one month's wage for each full year of service with the employer; six months or more and less
  /// than a year count as a year; less than six months, half a month's wage.
  static let art47para1 = instrument.article(
    47, "第一款：每满一年支付一个月工资；六个月以上不满一年的，按一年计算；不满六个月的，支付半个月工资")
  /// Para. 2: a worker whose monthly wage is more than three times the previous year's average monthly wage of
  /// 职工 published by the government of the city where the employer is located is paid at three times that
  /// average, and for at most twelve years.
  static let art47para2 = instrument.article(
    47, "第二款：月工资高于用人单位所在设区的市级人民政府公布的本地区上年度职工月平均工资三倍的，按职工月平均工资三倍的数额支付，年限最高不超过十二年")
  /// Para. 3: the monthly wage is the average of the twelve months before the contract ends.
  static let art47para3 = instrument.article(47, "第三款：本条所称月工资是指劳动者在劳动合同解除或者终止前十二个月的平均工资")

  // MARK: - 第四十八条
  /// An unlawful termination: the employer continues the contract if the worker asks; if the worker does not
  /// ask or it cannot continue, the employer pays damages under art. 87.
  static let art48 = instrument.article(
    48, "违法解除或者终止劳动合同，劳动者不要求继续履行或者劳动合同已经不能继续履行的，用人单位应当依照第八十七条支付赔偿金")

  // MARK: - 第八十七条
  /// Damages (赔偿金) for an unlawful termination: twice the economic-compensation standard of art. 47.
  static let art87 = instrument.article(87, "违反本法规定解除或者终止劳动合同的，应当依照本法第四十七条规定的经济补偿标准的二倍向劳动者支付赔偿金")

  // MARK: - 第九十七条
  /// Para. 3: for a contract in force on 2008-01-01 that ends later, the years of compensation under art. 46
  /// run from 2008-01-01; where the rules in force before then gave compensation, they govern the years before.
  static let art97para3 = instrument.article(
    97, "第三款：本法施行之日存续的劳动合同在本法施行后解除或者终止，依照第四十六条应当支付经济补偿的，经济补偿年限自本法施行之日起计算；本法施行前按照当时有关规定应当支付经济补偿的，按照当时有关规定执行")
}
