// 《职工带薪年休假条例》 — Regulations on Paid Annual Leave of Employees
// 国务院令第514号, State Council; promulgated 2007-12-14, in force 2008-01-01 (art. 9). Sources: LawRefBook/Laws
// 行政法规/职工带薪年休假条例(2007-12-14).md (shared/law/overtime-holidays-heat-epidemic-severance.md Topic 6,
// facts 6.1–6.5); art. 4 read again in https://ieqm.com/law/5470502.html. The dossier's fact 6.4 reads art. 4
// item 2 as "≥20 days of unpaid personal leave": the text is the opposite, personal leave of 20 days or more
// for which the employer, under its rules, did NOT deduct wages.
import LaborRules

enum AnnualLeaveRegulations {
  static let instrument = Instrument(
    "职工带薪年休假条例", en: "Regulations on Paid Annual Leave of Employees", issuer: "国务院", number: "国务院令第514号",
    effective: CivilDate("2008-01-01"),
    sources: [
      "LawRefBook/Laws: 行政法规/职工带薪年休假条例(2007-12-14).md", "https://ieqm.com/law/5470502.html",
      "https://y.meizhou.cn/p/72006.html",
    ])

  // MARK: - 第三条
  /// Cumulative years of work of 1 to under 10: 5 days; 10 to under 20: 10 days; 20 or more: 15 days.
  /// Statutory holidays and rest days are not leave days.
  static let art3 = instrument.article(3, "职工累计工作已满1年不满10年的，年休假5天；已满10年不满20年的，年休假10天；已满20年的，年休假15天")

  // MARK: - 第四条
  /// No annual leave for the year where the worker (1) had school vacations longer than the leave; (2) took 20
  /// days or more of personal leave without a deduction from wages under the employer's rules; (3)–(5) took
  /// sick leave of 2 months or more (1 to under 10 years of work), 3 months or more (10 to under 20), 4 months
  /// or more (20 or more). "以上" includes the number itself (民法典 art. 1259).
  static let art4list = instrument.article(4, "职工有下列情形之一的，不享受当年的年休假")
  static func art4(item: Int) -> Citation {
    let words = [
      1: "第（一）项：职工依法享受寒暑假，其休假天数多于年休假天数的",
      2: "第（二）项：职工请事假累计20天以上且单位按照规定不扣工资的",
      3: "第（三）项：累计工作满1年不满10年的职工，请病假累计2个月以上的",
      4: "第（四）项：累计工作满10年不满20年的职工，请病假累计3个月以上的",
      5: "第（五）项：累计工作满20年以上的职工，请病假累计4个月以上的",
    ]
    return instrument.article(4, words[item] ?? "")
  }

  // MARK: - 第五条
  /// The employer arranges the leave within the year (across two years only where needed); days not taken
  /// because the employer needed the worker, with the worker's consent, are paid at 300% of the daily wage.
  static let art5 = instrument.article(5, "第三款：对职工应休未休的年休假天数，单位应当按照该职工日工资收入的300%支付年休假工资报酬")
}
