// 《最高人民法院关于审理劳动争议案件适用法律问题的解释（二）》 — SPC Interpretation (II) on the Law in Labour
// Dispute Cases, 法释〔2025〕12号, adopted 2025-02-17, in force 2025-09-01. It changes no formula of the packs; its
// arts. 16 and 18 frame what an unlawful-termination result assumes: the damages of 劳动合同法 art. 87 are awarded
// where the worker does not seek to continue the contract or it cannot be continued (art. 16), while a worker who
// is reinstated is owed the normal wage for the dispute period instead (art. 18). Source:
// shared/law/addendum-2026-12-07.md §2 (the interpretation's text in a consolidated-law repository,
// 司法解释/最高人民法院关于审理劳动争议案件适用法律问题的解释（二）(2025-07-31)).
import LaborRules

enum LabourDisputeInterpretation2025 {
  static let instrument = Instrument(
    "最高人民法院关于审理劳动争议案件适用法律问题的解释（二）",
    en: "SPC Interpretation (II) on the Application of Law in Labour Dispute Cases", issuer: "最高人民法院",
    number: "法释〔2025〕12号", effective: CivilDate("2025-09-01"), adopted: CivilDate("2025-02-17"),
    sources: ["LawRefBook/Laws: 司法解释/最高人民法院关于审理劳动争议案件适用法律问题的解释（二）(2025-07-31).md"])

  // MARK: - 第十六条
  /// Where the contract cannot be continued, the court awards the damages of 劳动合同法 art. 87.
  static let art16 = instrument.article(16, "劳动合同已经不能继续履行的，支持劳动者依照劳动合同法第八十七条请求赔偿金")

  // MARK: - 第十八条
  /// A worker restored to the contract is owed the normal wage for the period of the dispute.
  static let art18 = instrument.article(18, "恢复劳动关系的，用人单位按劳动者正常工作时间工资支付争议期间的工资")
}
