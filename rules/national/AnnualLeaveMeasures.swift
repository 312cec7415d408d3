// 《企业职工带薪年休假实施办法》 — Implementing Measures for Paid Annual Leave of Enterprise Employees
// 人力资源和社会保障部令第1号; adopted 2008-07-17 at the ministry's 6th meeting, promulgated 2008-09-18 and in
// force on promulgation. The dossier (fact 6.10) had the number and date as UNCERTAIN; the order's own text is
// reproduced in http://www.wpgjj.com/news-280.html ("人力资源和社会保障部令 第1号 … 自公布之日起施行 … 2008年9月18日")
// and http://78911.com.cn/XinLaoDongFa/113001.html, so both are now read in two copies. Articles 10–12 are read
// in https://78911.com.cn/HuaDangXinWen/662269-2.html and http://uianet.net/dictionary/b5967785.html. Art. 3's
// "连续工作满12个月" is read as not limited to one employer: the State Council legal office's reply 国法秘政函〔2009〕5号
// to the ministry's request 人社厅函〔2008〕421号 (reproduced in http://www.zyiic.com/news/details?id=2011, single
// source; the dossier's 人社厅函〔2009〕149号, the ministry's letter passing it on, was not seen).
import LaborRules

enum AnnualLeaveMeasures {
  static let instrument = Instrument(
    "企业职工带薪年休假实施办法", en: "Implementing Measures for Paid Annual Leave of Enterprise Employees",
    issuer: "人力资源和社会保障部", number: "人力资源和社会保障部令第1号", effective: CivilDate("2008-09-18"),
    sources: [
      "http://www.wpgjj.com/news-280.html", "http://78911.com.cn/XinLaoDongFa/113001.html",
      "https://78911.com.cn/HuaDangXinWen/662269-2.html", "http://uianet.net/dictionary/b5967785.html",
    ])

  // MARK: - 第三条
  /// A worker who has worked continuously for 12 months or more is entitled to paid annual leave.
  static let art3 = instrument.article(3, "职工连续工作满12个月以上的，享受带薪年休假")

  // MARK: - 第四条
  /// The days follow the cumulative time of work, at this and other employers, and periods treated as work.
  static let art4 = instrument.article(4, "年休假天数根据职工累计工作时间确定；在同一或者不同用人单位工作期间均计为累计工作时间")

  // MARK: - 第五条
  /// A worker who joins during the year: (remaining calendar days at this employer ÷ 365) × the full year's
  /// days; a fraction of a day gives no leave.
  static let art5 = instrument.article(5, "新进用人单位的，当年度年休假天数 =（当年度在本单位剩余日历天数 ÷ 365天）× 全年应当享受的年休假天数，不足1整天的部分不享受")

  // MARK: - 第七条
  /// A worker whose school vacations exceed the leave has no leave that year.
  static let art7 = instrument.article(7, "职工享受寒暑假天数多于其年休假天数的，不享受当年的年休假")

  // MARK: - 第八条
  /// A worker who has taken this year's leave and then has one of the absences of the regulations' art. 4
  /// items 2–5 loses next year's leave (this year's is not clawed back).
  static let art8 = instrument.article(8, "职工已享受当年的年休假，年度内又出现条例第四条第（二）至（五）项情形之一的，不享受下一年度的年休假")

  // MARK: - 第十条
  /// Para. 1: days not taken, with the worker's consent, are paid at 300% of the daily wage, which includes
  /// the wage already paid for those working days (so 200% is owed on top). Para. 2: where the employer
  /// arranged leave and the worker, for personal reasons, declined it in writing, only the normal wage is owed.
  static let art10 = instrument.article(10, "第一款：应休未休的年休假天数按日工资收入的300%支付，其中包含用人单位支付职工正常工作期间的工资收入")
  static let art10para2 = instrument.article(10, "第二款：用人单位安排职工休年休假，但是职工因本人原因且书面提出不休年休假的，用人单位可以只支付其正常工作期间的工资收入")

  // MARK: - 第十一条
  /// The daily wage is the monthly wage ÷ 21.75 paid days; the monthly wage is the average of the 12 months
  /// before payment, overtime pay excluded (the months worked, if fewer).
  static let art11 = instrument.article(11, "日工资收入 = 月工资 ÷ 月计薪天数（21.75天）；月工资是支付前12个月剔除加班工资后的月平均工资，不满12个月的按实际月份计算")

  // MARK: - 第十二条
  /// On termination: (days elapsed this year at this employer ÷ 365) × the full year's days − the days
  /// already arranged; a fraction of a day is not paid; days taken beyond it are not clawed back.
  static let art12 = instrument.article(
    12, "解除或者终止劳动合同时：（当年度在本单位已过日历天数 ÷ 365天）× 全年应当享受的年休假天数 − 当年度已安排年休假天数，不足1整天的部分不支付；多休的不再扣回")
}
