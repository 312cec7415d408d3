// 《广东省工资支付条例》 — Guangdong Regulations on Wage Payment
// 广东省人民代表大会常务委员会. Adopted 2005-01-19 (10th Standing Committee, 16th session), in force
// 2005-05-01. Amended 2016-09-29 (12th Standing Committee, 28th session, Announcement No. 65), in force on
// publication: four articles were inserted before old art. 35, which became art. 39 with the same words.
// Sources: https://wechat.estsglobal.com/wechat/law_contents/36 (2005 art. 35),
// https://wechat.estsglobal.com/wechat/law_contents/247 (2016 art. 39),
// http://puyuecs.com/bumenfagui/2016/10-17/14003.html
// (the 2016 decision). shared/law/wages-stoppage-sickpay.md §2; shared/law/addendum-2026-11.md A.
import LaborRules

enum GuangdongWagePayment {
  static let text2005 = Instrument(
    "广东省工资支付条例", en: "Guangdong Regulations on Wage Payment (2005)", issuer: "广东省人民代表大会常务委员会",
    effective: CivilDate("2005-05-01"), adopted: CivilDate("2005-01-19"), until: CivilDate("2016-09-28"),
    sources: [
      "https://wechat.estsglobal.com/wechat/law_contents/36",
      "https://chinalawandpractice.com/2005/06/01/guangdong-province-payment-of-wages-regulations",
    ])
  static let text2016 = Instrument(
    "广东省工资支付条例", en: "Guangdong Regulations on Wage Payment (2016)", issuer: "广东省人民代表大会常务委员会",
    number: "广东省人民代表大会常务委员会公告第65号", effective: CivilDate("2016-09-29"),
    adopted: CivilDate("2016-09-29"),
    sources: [
      "https://wechat.estsglobal.com/wechat/law_contents/247", "http://puyuecs.com/bumenfagui/2016/10-17/14003.html",
      "http://jianbiaoku.com/webarbs/book/165166/4718359.shtml",
    ])

  // MARK: - 第三十五条（2005）/ 第三十九条（2016）
  /// 非因劳动者原因造成用人单位停工、停产，未超过一个工资支付周期（最长三十日）的，用人单位应当按照正常
  /// 工作时间支付工资。超过一个工资支付周期的，可以根据劳动者提供的劳动，按照双方新约定的标准支付工资；
  /// 用人单位没有安排劳动者工作的，应当按照不低于当地最低工资标准的百分之八十支付劳动者生活费，生活费
  /// 发放至企业复工、复产或者解除劳动关系。
  static let stoppageArticle = Schedule<Citation>(
    "guangdong.wage-payment.stoppage-article",
    [
      Dated(
        CivilDate("2005-05-01"), through: CivilDate("2016-09-28"), text2005.article(35, stoppageClause),
        cites: text2005.article(35), checked: LastChecked.dossier),
      Dated(
        CivilDate("2016-09-29"), through: nil, text2016.article(39, stoppageClause),
        cites: text2016.whole("2016年修改决定第五项起插入条文，原第三十五条改为第三十九条"), checked: LastChecked.dossier),
    ])
  static let stoppageClause = "停工停产未超过一个工资支付周期（最长三十日）按正常工作时间支付工资；超过的按新约定标准支付，未安排工作的按不低于当地最低工资标准的80%支付生活费"

  static let stoppage = RuleGroup {
    NotCovered(
      "guangdong.wage-payment.before-2005", when: !.versionInForce(CivilDate("2005-05-01"), through: nil),
      Localized(
        "停工始于《广东省工资支付条例》施行（2005-05-01）之前，规则包未收录当时的广东规定",
        en:
          "the stoppage began before the Guangdong Regulations on Wage Payment took effect (2005-05-01); the packs "
          + "hold no earlier Guangdong rule"
      ))

    When(.versionInForce(CivilDate("2005-05-01"), through: nil)) {
      Rule(
        "guangdong.wage-payment.art39.first-cycle",
        Localized("停工停产未超过一个工资支付周期，按正常工作时间支付工资", en: "Stoppage within one pay cycle: the normal-hours wage"),
        cites: .dated(stoppageArticle), when: .inFirstPayCycle
      ) { .normalWage }

      Rule(
        "guangdong.wage-payment.art39.work-arranged",
        Localized(
          "超过一个工资支付周期，安排工作的按双方新约定的标准支付，且不低于最低工资标准",
          en: "Beyond one pay cycle, work arranged: the newly agreed wage, not below the minimum wage"),
        cites: [.dated(stoppageArticle), .of(InterimWagePaymentProvisions.art12)],
        when: !.inFirstPayCycle && .workArranged
      ) {
        .atLeast(.agreedWage, floor: .arrangedWorkFloor, cites: MinimumWageProvisions.art12, warn: .belowMinimumWage)
      }

      Rule(
        "guangdong.wage-payment.art39.living-allowance",
        Localized(
          "超过一个工资支付周期，未安排工作的，按不低于当地最低工资标准的80%支付生活费",
          en: "Beyond one pay cycle, no work arranged: a living allowance of at least 80% of the local minimum wage"),
        cites: .dated(stoppageArticle), when: !.inFirstPayCycle && !.workArranged
      ) {
        .share(.livingAllowanceRate(floor: .percent(80), cites: text2016.article(39)), of: .minimumWage)
      }
    }
  }

  // MARK: - 第二十条
  /// Overtime: extended hours on a workday at least 150%, rest-day work without compensatory leave at least
  /// 200%, statutory-holiday work at least 300%, of the worker's own daily or hourly normal-hours wage
  /// (para 1). The article kept its number in 2016. A later paragraph excludes workers on approved flexible
  /// hours (不定时) from these provisions, statutory holidays included: its wording was not retrieved; two
  /// independent secondary sources agree (shared/law/addendum-2026-11.md A.2 and A.3 item 4).
  static func art20(_ detail: String) -> Schedule<Citation> {
    Schedule(
      "guangdong.wage-payment.art20",
      [
        Dated(
          CivilDate("2005-05-01"), through: CivilDate("2016-09-28"), text2005.article(20, detail),
          cites: text2005.article(20), checked: LastChecked.dossier),
        Dated(
          CivilDate("2016-09-29"), through: nil, text2016.article(20, detail),
          cites: text2016.article(20), checked: LastChecked.dossier),
      ])
  }
  static let overtimeArticle = art20("延长工作时间不低于150%，休息日安排工作又不能安排补休的不低于200%，法定休假日不低于300%，以本人日或小时正常工作时间工资为基数")
  static let flexibleArticle = art20(
    "经批准实行不定时工作制的劳动者不适用加班工资规定（含法定休假日）；条文原文未见，据《深圳晚报》2021年报道及上海律师文章两处二手来源")

  // MARK: - 第二十四条
  /// 劳动者患病或者非因工负伤，在国家规定的医疗期内，用人单位应当按照劳动合同或者集体合同的约定支付病伤假期工资；
  /// 病伤假期工资不得低于当地最低工资标准的百分之八十；法律、法规另有规定的，从其规定 (the last clause lets
  /// Shenzhen's art. 23 govern in Shenzhen: addendum-2026-11-23 §1). The article kept its number in 2016.
  static let art24 = text2016.article(
    24, "医疗期内按劳动合同或集体合同约定支付病伤假期工资，不得低于当地最低工资标准的80%；法律、法规另有规定的，从其规定")

  static var pack: RulePack {
    RulePack(
      id: "guangdong.wage-payment", title: Localized("广东省工资支付条例", en: "Guangdong Regulations on Wage Payment"),
      file: "rules/guangdong/GuangdongWagePaymentRegulations.swift", instruments: [text2005, text2016],
      coverage: Localized(
        "深圳以外：2005-05-01或之后开始的停工停产（第39条）；加班工资（第20条，含不定时工作制）；医疗期内病伤假期工资（第24条）",
        en: "outside Shenzhen: stoppages beginning on or after 2005-05-01 (art. 39); overtime (art. 20, flexible "
          + "hours included); sick pay within the medical period (art. 24)"),
      lastChecked: LastChecked.dossier,
      schedules: [ScheduleSummary(stoppageArticle), ScheduleSummary(overtimeArticle)])
  }
}
