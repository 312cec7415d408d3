// Entitlement `severance`: economic compensation (经济补偿) and damages (赔偿金) when employment ends. Four heads of
// claim, each computed once: compensation under 劳动合同法 arts. 46–47 for the service from 2008-01-01 (or from
// the hire date, if later), with the article that decides — 0.00 on the grounds art. 46 does not list; the
// service before 2008 under the 1994 measures (art. 97 para. 3), as its own item; a month's wage in lieu of
// notice (art. 40); and, for an unlawful termination, damages at twice the standard counted from the hire date
// (art. 87; 实施条例 art. 25), never with compensation.
import LaborRules

extension Entitlements {
  /// The compensation item's days: from 2008-01-01 where earlier service is counted apart (art. 97 para. 3),
  /// else the whole employment; none for an unlawful termination, which owes damages instead.
  static let compensationStretch: @Sendable (EvaluationContext) throws(EvaluationError) -> DateRange? = { context in
    let facts = try context.facts(as: SeveranceFacts.self)
    if facts.ground == .unlawfulTermination { return nil }
    let from =
      facts.ground.owesAmount && facts.servedBefore2008 ? LabourContractLaw.inForce : facts.hireDate
    return DateRange(from: from, through: facts.endDate)
  }

  /// The years before 2008, where the ground gives compensation for them or leaves them open.
  static let before2008Stretch: @Sendable (EvaluationContext) throws(EvaluationError) -> DateRange? = { context in
    let facts = try context.facts(as: SeveranceFacts.self)
    guard facts.servedBefore2008, facts.ground.owesAmount, facts.ground != .unlawfulTermination else { return nil }
    return DateRange(
      from: facts.hireDate, through: Swift.min(facts.endDate, LabourContractLaw.inForce.adding(days: -1)))
  }

  static func compensation(
    _ id: String, _ ground: SeveranceFacts.Ground, item: Int, _ article: Citation, _ zh: String, _ en: String
  ) -> Rule {
    Rule(
      "labour-contract-law.art46.item\(item).\(id)", Localized(zh, en: en),
      cites: [.of(LabourContractLaw.art46(item: item)), .of(article)], when: .ground(ground), basis: .amount
    ) { .compensationStandard }
  }

  static func none(
    _ id: String, _ ground: SeveranceFacts.Ground, _ cites: [Citation], _ title: Localized, _ reason: Localized,
    before2008: Localized? = nil
  ) -> Rule {
    Rule(id, title, cites: cites.map(Cite.of), when: .ground(ground), basis: .amount) {
      .noCompensation(reason, before2008: before2008, cites: cites)
    }
  }

  static let severanceCompensation = Entitlement.Part("compensation", span: .stretch(compensationStretch)) {
    compensation(
      "worker-resigns-employer-fault", .workerResignsEmployerFault, item: 1, LabourContractLaw.art38,
      "劳动者依照第三十八条解除劳动合同：支付经济补偿", "The worker ends the contract under art. 38: compensation")
    compensation(
      "mutual-employer-initiated", .mutualEmployerInitiated, item: 2, LabourContractLaw.art36,
      "用人单位提出、双方协商一致解除：支付经济补偿", "Agreed termination on the employer's proposal: compensation")
    compensation(
      "dismissal-no-fault", .dismissalNoFault, item: 3, LabourContractLaw.art40,
      "用人单位依照第四十条解除：支付经济补偿", "Dismissal without fault under art. 40: compensation")
    compensation(
      "mass-layoff", .massLayoff, item: 4, LabourContractLaw.art41,
      "经济性裁员：支付经济补偿", "Economic layoff under art. 41: compensation")
    compensation(
      "contract-expiry", .contractExpiry, item: 5, LabourContractLaw.art44item1,
      "固定期限劳动合同期满终止，用人单位未以同等或更优条件续订：支付经济补偿",
      "A fixed term expires without an offer to renew on the same or better terms: compensation")
    compensation(
      "employer-closure", .employerClosure, item: 6, LabourContractLaw.art44items4and5,
      "用人单位破产、被吊销营业执照、责令关闭、撤销或提前解散：支付经济补偿",
      "Bankruptcy, revoked licence, closure or early dissolution: compensation")
    none(
      "labour-contract-law.art39.no-compensation", .dismissalForCause,
      [LabourContractLaw.art39, LabourContractLaw.art46list],
      Localized("用人单位依照第三十九条解除：无经济补偿", en: "Dismissal for cause under art. 39: no compensation"),
      Localized(
        "依第三十九条（劳动者过错）解除不在第四十六条应当支付经济补偿的情形之列：经济补偿 0 元",
        en: "a dismissal under art. 39 (the worker's fault) is not among the cases of art. 46: no compensation"),
      before2008: Localized(
        "2008年前的年限按当时的规定亦无经济补偿：劳动法第二十八条只及于其第二十四、二十六、二十七条的解除，过错解除（第二十五条）不在其列",
        en: "nor for the years before 2008 under the rules then in force: 劳动法 art. 28 covers only terminations under "
          + "its arts. 24, 26 and 27, not dismissal for cause (art. 25)"))
    none(
      "labour-contract-law.art37.no-compensation", .workerResigns,
      [LabourContractLaw.art37, LabourContractLaw.art46list],
      Localized("劳动者依照第三十七条提前通知解除：无经济补偿", en: "The worker resigns with notice under art. 37: no compensation"),
      Localized(
        "劳动者依第三十七条提前通知解除不在第四十六条之列：经济补偿 0 元",
        en: "a resignation with notice under art. 37 is not among the cases of art. 46: no compensation"),
      before2008: Localized(
        "2008年前的年限按当时的规定亦无经济补偿：劳动者提前通知解除（劳动法第三十一条）不在劳动法第二十八条之列",
        en: "nor for the years before 2008: a resignation with notice (劳动法 art. 31) is not among the terminations of "
          + "劳动法 art. 28"))
    none(
      "labour-contract-law.art36.worker-initiated-no-compensation", .mutualWorkerInitiated,
      [LabourContractLaw.art36, LabourContractLaw.art46(item: 2)],
      Localized(
        "劳动者提出、双方协商一致解除：无经济补偿", en: "Agreed termination on the worker's proposal: no compensation"),
      Localized(
        "第四十六条第（二）项只及于用人单位提出的协商解除：经济补偿 0 元",
        en: "art. 46 item 2 covers only an agreed termination the employer proposed: no compensation"),
      before2008: Localized(
        "2008年前的年限按当时的规定亦无经济补偿：劳动者主动提出解除的，用人单位可以不支付（劳部发〔1996〕354号，据单一来源 "
          + "http://subhan.com.cn/yaowen/20230418/1291293.html）",
        en: "nor for the years before 2008: an employer need not pay a worker who proposed the termination "
          + "(劳部发〔1996〕354号, one source: http://subhan.com.cn/yaowen/20230418/1291293.html)"))
    none(
      "labour-contract-law.art46.item5.renewal-refused", .contractExpiryRenewalRefused,
      [LabourContractLaw.art46(item: 5), LabourContractLaw.art44item1],
      Localized(
        "用人单位维持或提高条件续订、劳动者不同意续订而期满终止：无经济补偿",
        en: "Expiry after the worker refused renewal on the same or better terms: no compensation"),
      Localized(
        "第四十六条第（五）项明文排除用人单位维持或者提高劳动合同约定条件续订、劳动者不同意续订的情形：经济补偿 0 元",
        en: "art. 46 item 5 excludes expiry where the employer offered renewal on the same or better terms and the "
          + "worker refused: no compensation"),
      before2008: Localized(
        "2008年前的年限按当时的规定亦无经济补偿：期满终止（劳动法第二十三条）不在劳动法第二十八条之列",
        en: "nor for the years before 2008: expiry (劳动法 art. 23) is not among the terminations of 劳动法 art. 28"))
  }

  static func oldRules(
    _ id: String, _ title: Localized, _ article: Citation, when condition: Condition, cap: Bool,
    floorAtEmployerAverage: Bool, underAYearAsYear: Bool = false
  ) -> Rule {
    Rule(
      "compensation-measures-1994.\(id)", title,
      cites: [.of(LabourContractLaw.art97para3), .of(article), .of(CompensationMeasures1994.art11)], when: condition,
      basis: .amount
    ) {
      .product(
        [
          .oldRulesBase(floorAtEmployerAverage: floorAtEmployerAverage),
          .oldRulesMonths(cap: cap ? article : nil, underAYearAsYear: underAYearAsYear),
        ], unit: .yuan)
    }
  }

  static let severanceBefore2008 = Entitlement.Part("before-2008", span: .stretch(before2008Stretch)) {
    oldRules(
      "art5.mutual",
      Localized("2008年前的年限：协商一致由用人单位解除，最多十二个月", en: "Years before 2008: agreed termination, at most 12 months"),
      CompensationMeasures1994.art5, when: .ground(.mutualEmployerInitiated), cap: true, floorAtEmployerAverage: false,
      underAYearAsYear: true)
    When(.ground(.dismissalNoFault)) {
      Rule(
        "compensation-measures-1994.art6.illness",
        Localized("2008年前的年限：患病或非因工负伤解除", en: "Years before 2008: termination for illness or injury"),
        cites: [
          .of(LabourContractLaw.art97para3), .of(CompensationMeasures1994.art6), .of(CompensationMeasures1994.art11),
        ],
        when: .noFaultReason(.illnessOrInjury), basis: .amount
      ) {
        .medicalAllowanceNoted(
          .product(
            [.oldRulesBase(floorAtEmployerAverage: true), .oldRulesMonths(cap: nil, underAYearAsYear: false)],
            unit: .yuan))
      }
      oldRules(
        "art7.incompetence",
        Localized("2008年前的年限：不能胜任工作解除，最多十二个月", en: "Years before 2008: unfit for work, at most 12 months"),
        CompensationMeasures1994.art7, when: .noFaultReason(.incompetence), cap: true, floorAtEmployerAverage: false)
      oldRules(
        "art8.changed-circumstances",
        Localized("2008年前的年限：客观情况发生重大变化解除", en: "Years before 2008: changed circumstances"),
        CompensationMeasures1994.art8, when: .noFaultReason(.changedCircumstances), cap: false,
        floorAtEmployerAverage: true)
    }
    oldRules(
      "art9.layoff", Localized("2008年前的年限：裁减人员", en: "Years before 2008: layoff"), CompensationMeasures1994.art9,
      when: .ground(.massLayoff), cap: false, floorAtEmployerAverage: true)
    Rule(
      "labour-law.art28.expiry-before-2008",
      Localized("2008年前的年限：劳动合同期满终止，当时的规定无经济补偿", en: "Years before 2008: expiry owed no compensation then"),
      cites: [.of(LabourContractLaw.art97para3), .of(LabourLaw.art28)], when: .ground(.contractExpiry), basis: .amount
    ) { .expiryBefore2008 }
    NotCovered(
      "before-2008.employer-fault", when: .ground(.workerResignsEmployerFault),
      Localized(
        "2008年前的年限：劳动者因用人单位过错解除的经济补偿，法释〔2001〕14号第十五条只说应当支付而未定标准，另有仲裁案例认为不支付；"
          + "规则包不作选择",
        en: "years before 2008: for a worker who left for the employer's fault, 法释〔2001〕14号 art. 15 says "
          + "compensation is owed but sets no standard, and an arbitral case paid none; the packs do not choose"))
    NotCovered(
      "before-2008.closure", when: .ground(.employerClosure),
      Localized(
        "2008年前的年限：用人单位破产、关闭或解散时的经济补偿，当时的规定未找到",
        en: "years before 2008: the rules of the time on compensation at bankruptcy, closure or dissolution were "
          + "not found"))
  }

  static let severance = Entitlement(
    "severance", Localized("经济补偿与赔偿金", en: "Severance: economic compensation and damages"),
    facts: SeveranceFacts.self,
    parts: [
      severanceBefore2008,
      severanceCompensation,
      Entitlement.Part("notice", span: .wholeClaim) {
        NoAmount("labour-contract-law.art40.notice-given", when: !.noticePayOwed)
        Rule(
          "labour-contract-law.art40.pay-in-lieu-of-notice",
          Localized(
            "未提前三十日书面通知：额外支付一个月工资（按上一个月的工资标准）",
            en: "No 30 days' written notice: one extra month's wage, at the previous month's wage"),
          cites: [.of(LabourContractLaw.art40), .of(LabourContractLawRegulations.art20)], when: .noticePayOwed,
          basis: .amount
        ) { .noticePay }
      },
      Entitlement.Part("damages", span: .wholeClaim) {
        NoAmount("labour-contract-law.art87.lawful", when: !.ground(.unlawfulTermination))
        Rule(
          "labour-contract-law.art87.damages",
          Localized(
            "违法解除或终止劳动合同：按经济补偿标准的二倍支付赔偿金，年限自用工之日起计算",
            en: "Unlawful termination: damages at twice the compensation standard, years from the first day of work"),
          cites: [.of(LabourContractLaw.art48), .of(LabourContractLaw.art87), .of(LabourContractLawRegulations.art25)],
          when: .ground(.unlawfulTermination), basis: .amount
        ) { .assumingNoReinstatement(.damages) }
      },
    ])
}

extension Formula {
  /// The years before 2008 ended by expiry: nothing under the national rules then in force (劳动法 art. 28 and
  /// the 1994 measures have no expiry case), with a warning that Guangdong's own rules of the time were not checked.
  static let expiryBefore2008 = Formula.leaf(
    Leaf { context, period throws(EvaluationError) in
      context.warn(
        Warning(
          .pre2008LocalRulesNotChecked,
          Localized(
            "\(period)：劳动合同期满终止，当时的国家规定不支付经济补偿；广东省当时是否另有规定，规则包未核实",
            en: "\(period): at expiry the national rules of the time gave no compensation; whether Guangdong's own "
              + "rules of the time did was not checked")))
      return Evaluated(
        Quantity(Rational.zero, .yuan),
        steps: [
          .note(
            Localized(
              "2008年前：劳动合同期满终止不在劳动法第二十八条（第二十四、二十六、二十七条的解除）之列，劳部发〔1994〕481号亦无期满终止的补偿："
                + "0 元；2008年起的年限依劳动合同法第四十六条第（五）项计算",
              en: "before 2008: expiry is not among the terminations of 劳动法 art. 28 (under its arts. 24, 26, 27), "
                + "and 劳部发〔1994〕481号 has no case of expiry: 0; the years from 2008 follow art. 46 item 5"),
            cites: [LabourLaw.art28, LabourContractLaw.art97para3])
        ], citations: [])
    })

  /// The 1994 measures' art. 6 amount, with a warning that its medical allowance is not computed here.
  static func medicalAllowanceNoted(_ amount: Formula) -> Formula {
    .leaf(
      Leaf(
        consults: [AssumptionInfo(PartYearBefore2008.self)],
        evaluate: { context, period throws(EvaluationError) in
          context.warn(
            Warning(
              .medicalAllowanceNotComputed,
              Localized(
                "劳部发〔1994〕481号第六条另有不低于六个月工资的医疗补助费；劳动合同法第九十七条第三款只保留当时的经济补偿，本结果未计医疗补助费",
                en: "劳部发〔1994〕481号 art. 6 also gave a medical allowance of at least six months' wage; 劳动合同法 art. "
                  + "97 para. 3 keeps only the compensation of the time, and the allowance is not computed here")))
          return try amount.evaluate(context, on: period)
        }))
  }
}
