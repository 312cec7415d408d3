// 《深圳市员工工资支付条例》 — Shenzhen Regulations on Payment of Wages to Employees
// 深圳市人民代表大会常务委员会. Adopted 2004-08-27, approved by the province 2004-09-24, in force 2004-12-01.
// Amended: 2009 (adopted 05-21, approved 07-30: 标准工资 → 正常工作时间工资 throughout); 2019 (adopted 04-24,
// approved 07-25, Announcement No. 154: art. 28 rewritten to the provincial one-pay-cycle rule); 2022
// (Announcement No. 60, in force 2022-08-04: the cycle counts from the first day of stoppage); 2025
// (Announcement No. 205: minimum-wage articles; art. 28 untouched).
// The 2009 and 2019 amendments took effect on publication, whose dates were not retrieved: the packs answer
// "not covered" for stoppages beginning within 60 days of each approval, and apply the new text after that.
// Sources: shared/law/addendum-2026-11.md B.1–B.4; https://wechat.estsglobal.com/wechat/law_contents/37 (2004 art. 28);
// http://saitsu.com/index.php/List/list_detail/rid/4/id/455.shtml (2009); https://xihuko.com/PGdianzi/pgapp/5112.html
// (2019); http://saitsu.com/index.php/List/list_detail/rid/4/id/660.shtml (2022 item 七).
import LaborRules

enum ShenzhenWagePayment {
  static let issuer = "深圳市人民代表大会常务委员会"
  static let text2004 = Instrument(
    "深圳市员工工资支付条例", en: "Shenzhen Regulations on Payment of Wages to Employees (2004)", issuer: issuer,
    number: "深圳市人民代表大会常务委员会公告第116号", effective: CivilDate("2004-12-01"), adopted: CivilDate("2004-08-27"),
    approved: CivilDate("2004-09-24"),
    sources: [
      "https://wechat.estsglobal.com/wechat/law_contents/37", "http://asianlii.org/cn/legis/gd/laws/rotsmotwpte725",
    ])
  static let text2009 = Instrument(
    "深圳市员工工资支付条例",
    en: "Shenzhen Regulations on Payment of Wages to Employees (2009; in force on publication, date not found)",
    issuer: issuer, effective: CivilDate("2009-07-30"), effectiveIs: .approved, adopted: CivilDate("2009-05-21"),
    sources: [
      "http://saitsu.com/index.php/List/list_detail/rid/4/id/455.shtml", "https://xihuko.com/PGdianzi/pgapp/5112.html",
    ])
  static let text2019 = Instrument(
    "深圳市员工工资支付条例",
    en: "Shenzhen Regulations on Payment of Wages to Employees (2019; in force on publication, date not found)",
    issuer: issuer, number: "深圳市人民代表大会常务委员会公告第154号", effective: CivilDate("2019-07-25"), effectiveIs: .approved,
    adopted: CivilDate("2019-04-24"), until: CivilDate("2022-08-03"),
    sources: [
      "https://xihuko.com/PGdianzi/pgapp/5112.html", "http://news.17car.com.cn/caijing/2021/0528/57336.html",
      "http://www.buleoceanpatong.com/home/info/questions_detail/id/2995.html",
    ])
  static let text2022 = Instrument(
    "深圳市员工工资支付条例", en: "Shenzhen Regulations on Payment of Wages to Employees (2022)", issuer: issuer,
    number: "深圳市人民代表大会常务委员会公告第60号", effective: CivilDate("2022-08-04"), adopted: CivilDate("2022-03-28"),
    approved: CivilDate("2022-07-28"), published: CivilDate("2022-08-04"),
    sources: [
      "http://saitsu.com/index.php/List/list_detail/rid/4/id/660.shtml",
      "https://zh.wikisource.org/zh-hant/深圳市人民代表大会常务委员会关于修改《深圳市员工工资支付条例》的决定",
    ])

  // MARK: - 第二十八条（2004、2009年文本）
  /// 非因员工本人过错造成停工停产的：停工停产在一个月以内的，按员工本人标准工资（2009年起：正常工作时间
  /// 工资）的百分之八十支付；超过一个月的，按不低于最低工资的百分之八十支付。
  /// `wage` is the text's own word for the base: 标准工资 in 2004, 正常工作时间工资 from 2009.
  static func eightyPercentRules(_ text: Instrument, version: String, wage: Formula = .normalWage) -> RuleGroup {
    let art28 = text.article(28, "停工停产一个月以内按本人工资的80%支付；超过一个月的按不低于最低工资的80%支付")
    return RuleGroup {
      Rule(
        "shenzhen.wage-payment.art28-\(version).first-month",
        Localized("停工停产在一个月以内，按员工本人工资的80%支付", en: "Stoppage within one month: 80% of the employee's wage"),
        cites: .of(art28), when: .inFirstMonth
      ) { .share(.percent(80), of: wage) }
      Rule(
        "shenzhen.wage-payment.art28-\(version).work-arranged",
        Localized(
          "超过一个月，安排工作的按约定工资支付，且不低于最低工资标准",
          en: "Beyond one month, work arranged: the agreed wage, not below the minimum wage"),
        cites: [.of(art28), .of(InterimWagePaymentProvisions.art12)], when: !.inFirstMonth && .workArranged
      ) {
        .atLeast(.agreedWage, floor: .arrangedWorkFloor, cites: MinimumWageProvisions.art12, warn: .belowMinimumWage)
      }
      Rule(
        "shenzhen.wage-payment.art28-\(version).after-first-month",
        Localized("停工停产超过一个月，按不低于最低工资的80%支付", en: "Stoppage beyond one month: at least 80% of the minimum wage"),
        cites: .of(art28), when: !.inFirstMonth && !.workArranged
      ) {
        .share(.livingAllowanceRate(floor: .percent(80), cites: art28), of: .minimumWage)
      }
    }
  }

  // MARK: - 第二十八条（2019、2022年文本）
  /// 非因员工本人原因造成用人单位停工停产，未超过一个工资支付周期（最长三十日）的，按正常工作时间支付工资；
  /// 超过的，可以根据员工提供的劳动，按双方新约定的标准支付；没有安排工作的，按不低于本市最低工资标准的
  /// 百分之八十支付生活费，至复工、复产或者解除劳动关系。2022年起，工资支付周期自停工停产之日起计算。
  static func payCycleRules(_ text: Instrument, version: String, firstCycle: Condition) -> RuleGroup {
    let art28 = text.article(28, "停工停产未超过一个工资支付周期（最长三十日）按正常工作时间支付工资；超过的按新约定标准支付，未安排工作的按不低于最低工资标准的80%支付生活费")
    return RuleGroup {
      Rule(
        "shenzhen.wage-payment.art28-\(version).first-cycle",
        Localized("停工停产未超过一个工资支付周期，按正常工作时间支付工资", en: "Stoppage within one pay cycle: the normal-hours wage"),
        cites: .of(art28), when: firstCycle
      ) { .normalWage }
      Rule(
        "shenzhen.wage-payment.art28-\(version).work-arranged",
        Localized(
          "超过一个工资支付周期，安排工作的按双方新约定的标准支付，且不低于最低工资标准",
          en: "Beyond one pay cycle, work arranged: the newly agreed wage, not below the minimum wage"),
        cites: [.of(art28), .of(InterimWagePaymentProvisions.art12)], when: !firstCycle && .workArranged
      ) {
        .atLeast(.agreedWage, floor: .arrangedWorkFloor, cites: MinimumWageProvisions.art12, warn: .belowMinimumWage)
      }
      Rule(
        "shenzhen.wage-payment.art28-\(version).living-allowance",
        Localized(
          "超过一个工资支付周期，未安排工作的，按不低于本市最低工资标准的80%支付生活费",
          en: "Beyond one pay cycle, no work arranged: a living allowance of at least 80% of Shenzhen's minimum wage"),
        cites: .of(art28), when: !firstCycle && !.workArranged
      ) {
        .share(.livingAllowanceRate(floor: .percent(80), cites: art28), of: .minimumWage)
      }
    }
  }

  /// The version in force on the first day of stoppage governs the whole stoppage, unless the assumption
  /// `version-in-force` says each day.
  static let stoppage = RuleGroup {
    NotCovered(
      "shenzhen.wage-payment.before-2004", when: !.versionInForce(CivilDate("2004-12-01"), through: nil),
      Localized(
        "停工始于《深圳市员工工资支付条例》施行（2004-12-01）之前，规则包未收录当时的规定",
        en:
          "the stoppage began before the Shenzhen regulations took effect (2004-12-01); the packs hold no earlier rule")
    )
    When(.versionInForce(CivilDate("2004-12-01"), through: CivilDate("2009-07-29"))) {
      eightyPercentRules(
        text2004, version: "2004",
        wage: .normalWage(Localized("本人标准工资", en: "the employee's standard wage (标准工资, the 2004 text's word)")))
    }
    NotCovered(
      "shenzhen.wage-payment.2009-publication",
      when: .versionInForce(CivilDate("2009-07-30"), through: CivilDate("2009-09-27")),
      Localized(
        "2009年修正于2009-07-30经省人大常委会批准、自公布之日起施行，公布日期未查到；此六十日内无法确定适用2004年文本（标准工资）还是2009年文本（正常工作时间工资）",
        en:
          "the 2009 amendment was approved on 2009-07-30 and took effect on publication, whose date was not "
          + "retrieved; within these 60 days the packs cannot tell the 2004 text (标准工资) from the 2009 text "
          + "(normal-hours wage)"
      ))
    When(.versionInForce(CivilDate("2009-09-28"), through: CivilDate("2019-07-24"))) {
      eightyPercentRules(text2009, version: "2009")
    }
    NotCovered(
      "shenzhen.wage-payment.2019-publication",
      when: .versionInForce(CivilDate("2019-07-25"), through: CivilDate("2019-09-22")),
      Localized(
        "2019年修正（公告第154号）于2019-07-25经省人大常委会批准、自公布之日起施行，公布日期未查到；此六十日内无法确定适用“一个月内80%”的旧规则还是“一个工资支付周期内全额”的新规则",
        en:
          "the 2019 amendment (Announcement No. 154) was approved on 2019-07-25 and took effect on publication, "
          + "whose date was not retrieved; within these 60 days the packs cannot tell the old 80%-for-one-month rule"
          + " from the new full-pay-for-one-cycle rule"
      ))
    When(.versionInForce(CivilDate("2019-09-23"), through: CivilDate("2022-08-03"))) {
      payCycleRules(text2019, version: "2019", firstCycle: .inFirstPayCycle)
    }
    When(.versionInForce(CivilDate("2022-08-04"), through: nil)) {
      payCycleRules(text2022, version: "2022", firstCycle: .inFirstPayCycleFromFirstDay)
    }
  }

  // MARK: - 第十七条至第二十条（加班工资）
  /// Art. 17: 8 hours a day, 40 a week, 21.75 days a month. Art. 18: extended hours at least 150%, rest-day
  /// work without compensatory leave at least 200%, statutory-holiday work at least 300% of the employee's
  /// normal-hours wage (标准工资 before 2009). Art. 19: under comprehensive hours, work beyond the cycle's
  /// normal hours at least 150%, statutory-holiday work at least 300%. Art. 20: an employee on flexible hours
  /// (不定时) who works on a statutory holiday is paid at least 300%; the 2021 draft would have deleted it, the
  /// enacted 2022 decision did not (shared/law/addendum-2026-11.md B.1, B.4 item 1).
  /// The version cited is the one approved by the day worked (the articles' content did not change).
  static func article(_ number: Int, _ detail: String) -> Schedule<Citation> {
    Schedule(
      "shenzhen.wage-payment.art\(number)",
      [
        Dated(
          CivilDate("2004-12-01"), through: CivilDate("2009-07-29"), text2004.article(number, detail),
          cites: text2004.article(number), checked: LastChecked.dossier),
        Dated(
          CivilDate("2009-07-30"), through: CivilDate("2019-07-24"), text2009.article(number, detail),
          cites: text2009.article(number), checked: LastChecked.dossier),
        Dated(
          CivilDate("2019-07-25"), through: CivilDate("2022-08-03"), text2019.article(number, detail),
          cites: text2019.article(number), checked: LastChecked.dossier),
        Dated(
          CivilDate("2022-08-04"), through: nil, text2022.article(number, detail),
          cites: text2022.article(number), checked: LastChecked.dossier),
      ])
  }
  /// Art. 23: within the medical period, sick pay at least 60% of the employee's normal-hours wage (标准工资
  /// before 2009), and not below 80% of the minimum wage.
  static let art23 = article(23, art23Detail)
  static let art23Detail = "医疗期内病伤假期工资不低于本人正常工作时间工资的60%，且不低于最低工资标准的80%"
  /// The 2022 text of art. 23, for the floors it sets.
  static let art23Citation = text2022.article(23, art23Detail)
  static let art18 = article(18, "延长工作时间不低于150%，休息日安排工作又不能安排补休的不低于200%，法定休假日不低于300%")
  static let art19 = article(19, "综合计算工时：周期内实际工作时间达到正常工作时间后的工作为延长工作时间，不低于150%；法定休假日不低于300%")
  static let art20 = article(20, "不定时工作制员工在法定休假节日工作的，按不低于本人正常工作时间工资的300%支付")

  static var pack: RulePack {
    RulePack(
      id: "shenzhen.wage-payment",
      title: Localized("深圳市员工工资支付条例", en: "Shenzhen Regulations on Payment of Wages to Employees"),
      file: "rules/shenzhen/ShenzhenWagePaymentRegulations.swift",
      instruments: [text2004, text2009, text2019, text2022],
      coverage: Localized(
        "深圳：2004-12-01或之后开始的停工停产（第28条；始于2009-07-30至09-27、2019-07-25至09-22的不覆盖，修正公布日期未查到）；"
          + "加班工资（第18至20条）；医疗期内病伤假期工资（第23条）",
        en: "Shenzhen: stoppages beginning on or after 2004-12-01 (art. 28; those beginning 2009-07-30 … 09-27 or "
          + "2019-07-25 … 09-22 are not covered: the amendments' publication dates were not found); overtime "
          + "(arts. 18–20); sick pay within the medical period (art. 23)"),
      lastChecked: LastChecked.dossier,
      schedules: [ScheduleSummary(art18), ScheduleSummary(art23)])
  }
}
