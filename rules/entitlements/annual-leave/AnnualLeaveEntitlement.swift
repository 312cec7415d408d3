// Entitlement `annual-leave`: pay for unused annual leave (未休年休假工资) for one calendar year at one employer.
// The days follow the cumulative years of work (5 / 10 / 15: 职工带薪年休假条例 art. 3), pro rata in a year of
// joining (实施办法 art. 5) or leaving (art. 12), fractions of a day dropped; an absence of art. 4 takes the
// year's leave away; each unused day is owed 200% of the daily wage on top of the normal wage already paid
// (300% in all: art. 10 para. 1); a written refusal of arranged leave owes nothing more (art. 10 para. 2).
import LaborRules

extension Entitlements {
  static let unusedLeaveCites: [Cite] = [
    .of(AnnualLeaveRegulations.art5), .of(AnnualLeaveMeasures.art10), .of(AnnualLeaveMeasures.art11),
  ]

  static let annualLeave = Entitlement(
    "annual-leave", Localized("未休年休假工资", en: "Pay for unused annual leave"), facts: AnnualLeaveFacts.self,
    parts: [
      Entitlement.Part("annual-leave", span: .wholeClaim) {
        NotCovered(
          "annual-leave.before-2009", when: !.leaveYearCovered,
          Localized(
            "2009年以前的年度：企业职工带薪年休假实施办法于2008-09-18才施行，规则包从2009年起计算",
            en: "years before 2009: the implementing measures took effect on 2008-09-18; the packs start with 2009"))
        When(.leaveYearCovered) {
          NotCovered(
            "annual-leave.first-year-of-work", when: !.leaveEligible,
            Localized(
              "年初累计工作不满1年：当年何日满12个月、满后如何折算，规则包未收录",
              en: "less than a year of work at the start of the year: the day 12 months are reached, and the proration "
                + "from it, are not encoded"))
          When(.leaveEligible) { leaveRules }
        }
      }
    ],
    checks: [
      Entitlement.Check { context in
        guard let facts = context.annualLeave, [9, 19].contains(facts.cumulativeWorkYears) else { return }
        let next = facts.cumulativeWorkYears + 1
        context.warn(
          Warning(
            .leaveTierChangesInYear,
            Localized(
              "\(facts.year)年内累计工作将满\(next)年：本结果按年初的档次计算；满\(next)年后是否按较多天数折算，所见条文未作规定",
              en: "the worker completes \(next) years of work during \(facts.year): the days use the tier at the "
                + "start of the year; whether the higher tier applies pro rata from that day is not settled by the "
                + "texts seen")))
      }
    ])

  static let leaveRules = RuleGroup {
    NotCovered(
      "annual-leave.taken-and-disqualified", when: .leaveTakenAndDisqualified,
      Localized(
        "当年已休年休假又有条例第四条第（二）至（五）项情形：先后顺序决定适用条例第四条（当年不享受）还是实施办法第八条（当年保留、"
          + "下一年度不享受），事实未说明顺序",
        en: "leave was taken and an absence of art. 4 items 2–5 occurred: their order decides between art. 4 (no "
          + "leave this year) and 实施办法 art. 8 (this year's kept, next year's lost), and the facts do not say it"))
    Rule(
      "annual-leave.regulations-art4.disqualified",
      Localized("有不享受当年年休假的情形：无未休年休假工资", en: "The year's leave is taken away: no pay for unused leave"),
      cites: [.of(AnnualLeaveRegulations.art4list)], when: .leaveDisqualified && !.leaveTakenAndDisqualified,
      basis: .amount
    ) { .leaveDisqualified }
    When(!.leaveDisqualified) {
      Rule(
        "annual-leave.measures-art10.written-refusal",
        Localized(
          "单位安排年休假，职工因本人原因书面提出不休：只支付正常工作期间的工资，不另付",
          en: "Leave arranged and declined in writing for personal reasons: only the normal wage, nothing more"),
        cites: [.of(AnnualLeaveMeasures.art10para2)], when: .refusedInWriting, basis: .amount
      ) { .writtenRefusal }
      When(!.refusedInWriting) {
        Rule(
          "annual-leave.measures-art10.unused-days",
          Localized(
            "应休未休的年休假：按日工资的300%支付，其中100%已随正常工资发放，尚应支付200%",
            en: "Unused leave: 300% of the daily wage, of which the 100% paid with the normal wage; 200% still owed"),
          cites: unusedLeaveCites, when: !.joinedInYear && !.leftInYear, basis: .amount
        ) { .unusedLeavePay }
        Rule(
          "annual-leave.measures-art5.year-of-joining",
          Localized(
            "当年新进单位：按剩余日历天数折算年休假，未休的按日工资的300%支付，尚应支付200%",
            en: "Year of joining: leave pro rata by the remaining days; unused days at 300%, 200% still owed"),
          cites: [.of(AnnualLeaveMeasures.art5)] + unusedLeaveCites, when: .joinedInYear && !.leftInYear,
          basis: .amount
        ) { .unusedLeavePay }
        Rule(
          "annual-leave.measures-art12.year-of-leaving",
          Localized(
            "解除或终止劳动合同：按当年已过日历天数折算应休未休天数，按日工资的300%支付，尚应支付200%",
            en: "Year of leaving: unused days pro rata by the days elapsed; at 300%, 200% still owed"),
          cites: [.of(AnnualLeaveMeasures.art12)] + unusedLeaveCites, when: .leftInYear, basis: .amount
        ) { .unusedLeavePay }
      }
    }
  }
}
