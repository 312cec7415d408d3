// Entitlement `isolation`: pay during epidemic isolation and government measures.
// 2020-01-25 … 2023-01-07: the COVID notices (national 人社厅发明电〔2020〕5号, 人社部发〔2020〕8号; Guangdong's
// notice of 2020-01-25). Under government measures, a stoppage of the workplace falls to the stoppage rules
// (the union lawyer's reading in cases.md A1); a worker kept out while the workplace keeps operating is paid as
// for normal labour (Guangdong notice item 2) — shared/law/addendum-2026-11-23.md §2.2. From 2023-01-08 COVID
// Class A measures were lifted: a government order to stop work is still a stoppage not caused by the worker
// (art. 39 / Shenzhen art. 28, addendum §2.3); isolation of the worker is not covered; from 2025-09-01 the
// revised 传染病防治法 art. 67 leaves the amount to rules not yet issued.
import LaborRules

extension Entitlements {
  /// Under government measures without remote work or leave: the stoppage rules when the workplace stopped
  /// (the default reading, cases.md A1); the normal-hours wage when the workplace kept operating and only the
  /// worker was kept out (Guangdong notice item 2: 视同提供正常劳动).
  static let governmentMeasuresBase = RuleGroup {
    When(!.workplaceOperating) { stoppageRules }
    Rule(
      "guangdong.epidemic-2020.item2.kept-out",
      Localized(
        "政府管控措施使劳动者不能提供正常劳动而用人单位照常运营的，视同提供正常劳动，支付正常工作时间工资",
        en: "Kept from work by government measures while the workplace kept operating: treated as normal labour, "
          + "paid the normal-hours wage"),
      cites: [.of(GuangdongEpidemicNotice.item2), .of(NationalEpidemicNotices.isolationPay)],
      when: .workplaceOperating
    ) { .normalWage }
  }

  static let covidEraStart = CivilDate("2020-01-25")
  static let classAMeasuresLifted = CivilDate("2023-01-08")
  static let newLawInForce = CivilDate("2025-09-01")

  static let isolation = Entitlement(
    "isolation", Localized("疫情隔离及政府管控措施期间工资", en: "Pay during epidemic isolation and government measures"),
    facts: IsolationFacts.self
  ) {
    NotCovered(
      "isolation.before-2020", when: !.onOrAfter(covidEraStart),
      Localized(
        "规则包收录自2020-01-25（广东省人社厅通知）起的新冠疫情期间规定；此前仅有《传染病防治法》（2013）第四十一条“不得停止支付工作报酬”，未收录可计算的规则",
        en:
          "the packs encode the COVID-era rules from 2020-01-25 (the Guangdong HRSS notice); before then only art. 4"
          + "1 of the 2013 Infectious Disease Law (pay may not be stopped) applies, with no computable rule in "
          + "the packs"
      ))

    When(.during(covidEraStart, through: classAMeasuresLifted.adding(days: -1))) {
      Rule(
        "guangdong.epidemic-2020.item2.isolation",
        Localized(
          "患者、疑似病人、密切接触者隔离治疗或医学观察期间，以及因政府隔离措施不能提供正常劳动的，视同提供正常劳动，支付正常工作时间工资",
          en:
            "Confirmed, suspected and close-contact cases in isolation, and workers isolated by a government measure"
            + ": treated as normal labour, paid the normal-hours wage"
        ),
        cites: [.of(GuangdongEpidemicNotice.item2), .of(NationalEpidemicNotices.isolationPay)],
        when: .category(.confirmed, .suspected, .closeContact, .governmentIsolation)
      ) { .normalWage }

      When(.category(.governmentMeasures)) {
        Exception(to: governmentMeasuresBase) {
          Rule(
            "guangdong.epidemic-2020.remote-work.agreed-wage",
            Localized(
              "政府管控期间远程办公，按双方约定的工资支付，且不低于最低工资标准",
              en: "Remote work during government measures: the wage agreed for it, not below the minimum wage"),
            cites: [
              .of(NationalEpidemicNotices.remoteWorkAndLeave), .of(NationalEpidemicNotices.payByAgreement),
              .of(GuangdongEpidemicNotice.item4),
            ],
            when: .remoteWorkAtAgreedWage
          ) {
            .atLeast(.remoteWorkWage, floor: .minimumWage, cites: MinimumWageProvisions.art12, warn: .belowMinimumWage)
          }
          Rule(
            "guangdong.epidemic-2020.remote-work.normal-wage",
            Localized(
              "政府管控期间远程办公且未就降低工资达成一致，属于正常劳动，按正常工作时间工资支付；单方降薪不具约束力",
              en:
                "Remote work during government measures with no agreed lower wage is normal labour at the normal-"
                + "hours wage; a unilateral cut does not bind"
            ),
            cites: [
              .of(NationalEpidemicNotices.payByAgreement), .of(GuangdongEpidemicNotice.item4),
              .of(NationalEpidemicNotices.remoteWorkAndLeave),
            ],
            when: .remoteWorkWithoutAgreement
          ) { .normalWage }
          Rule(
            "guangdong.epidemic-2020.item3.leave",
            Localized("经协商一致安排带薪假期的，按正常工作时间工资支付", en: "Paid leave arranged by agreement: the normal-hours wage"),
            cites: [.of(GuangdongEpidemicNotice.item3), .of(NationalEpidemicNotices.remoteWorkAndLeave)],
            when: .leaveArranged
          ) { .normalWage }
        }
      }
    }

    When(.onOrAfter(classAMeasuresLifted) && .category(.governmentMeasures)) { stoppageRules }

    NotCovered(
      "isolation.after-class-a-measures",
      when: .during(classAMeasuresLifted, through: newLawInForce.adding(days: -1)) && !.category(.governmentMeasures),
      Localized(
        "新冠肺炎自2023-01-08起解除甲类管理措施（国家卫生健康委员会公告2022年第7号），2020年的疫情工资规定不再适用；此后感染按普通疾病处理（病假工资，见 sick-pay），其他甲类传染病的隔离工资规则包"
          + "未收录",
        en:
          "COVID Class A measures were lifted on 2023-01-08 (NHC announcement No. 7 of 2022), ending the 2020 pay "
          + "rules; an infection is then ordinary sickness (see sick-pay), and the packs hold no pay rule for "
          + "isolation for other Class A diseases"
      ))

    NotCovered(
      "isolation.2025-law", when: .onOrAfter(newLawInForce) && !.category(.governmentMeasures),
      Localized(
        "2025-09-01起《传染病防治法》第六十七条第三款规定：用人单位应当保留其工作，“按照规定支付其在此期间的工资、发放生活费”（2025-11-01起《突发公共卫生事件应对法》第四十六条对政府停工停业措施作同样规"
          + "定，其停工由停工停产规则处理）"
          + "；支付工资还是生活费、按何标准，尚无实施规定，规则包无法计算金额",
        en:
          "from 2025-09-01 art. 67 para 3 of the Infectious Disease Law settles that the employer must keep the job "
          + "and \"pay wages and a living allowance for the period as provided\" (工资、发放生活费; art. 46 of the "
          + "Public Health Emergency Response Law says the same of government stoppage orders from 2025-11-01, which "
          + "the stoppage rules answer); no implementing rule says how much for an isolated worker, so the packs "
          + "cannot compute the amount"
      ))
  }
}
