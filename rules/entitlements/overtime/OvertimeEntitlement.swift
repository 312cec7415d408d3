// Entitlement `overtime`: 加班工资 on the official working-time calendar. Five heads of claim: extended hours
// on workdays (150%), rest-day work without compensatory leave (200%), statutory-holiday work (300%), day by
// day or in monthly totals; and, for comprehensive hours, the cycle's hours beyond its standard (150%) and its
// holiday hours (300%), computed once over the cycle. Local over general: Shenzhen's regulation (arts. 18–20)
// inside Shenzhen, Guangdong's (art. 20) elsewhere, the national texts where neither has a rule (the
// comprehensive cycle outside Shenzhen). Limits of hours are warnings, never reductions.
import LaborRules

extension Entitlements {
  static let shenzhen = Condition.inCity(.named("深圳"))

  /// One head under standard hours, by wage or by the piece, and under flexible hours.
  static func overtimeHead(_ head: OvertimeHead) -> Entitlement.Part {
    let title = Localized(
      "\(head.hours.zh)按\(head.percent)%支付加班工资", en: "\(head.hours.en) paid at \(head.percent)%")
    let pieceTitle = Localized(
      "计件工资：\(head.hours.zh)完成的件数按计件单价的\(head.percent)%支付",
      en: "Piece work: pieces made in \(head.hours.en) at \(head.percent)% of the piece price")
    let national: [Cite] = [.of(LabourLaw.art44), .of(InterimWagePaymentProvisions.art13)]
    return Entitlement.Part(head.id) {
      NoAmount("overtime.\(head.id).none", when: !.worked(head) || .hoursSystem(.comprehensive))
      When(.worked(head) && .hoursSystem(.standard)) {
        Rule(
          "shenzhen.wage-payment.art18.\(head.id)", title, cites: [.dated(ShenzhenWagePayment.art18)] + national,
          when: shenzhen && !.pieceRated, basis: .per(.hours(head))
        ) { .hourlyRate(head) }
        Rule(
          "guangdong.wage-payment.art20.\(head.id)", title,
          cites: [.dated(GuangdongWagePayment.overtimeArticle)] + national, when: !shenzhen && !.pieceRated,
          basis: .per(.hours(head))
        ) { .hourlyRate(head) }
        Rule(
          "interim-wage-payment.art13.piece-rate.\(head.id)", pieceTitle,
          cites: [.of(InterimWagePaymentProvisions.art13pieceRate), .of(LabourLaw.art44)], when: .pieceRated,
          basis: .per(.pieces(head))
        ) { .pieceRate(head) }
      }
      When(.worked(head) && .hoursSystem(.flexible)) {
        head.id == OvertimeHead.holiday.id ? flexibleHoliday(head) : flexible(head)
      }
    }
  }

  static func noPremium(_ head: OvertimeHead) -> Localized {
    Localized("不定时工作制：\(head.hours.zh)不支付加班工资", en: "Flexible hours: no overtime premium for \(head.hours.en)")
  }

  /// Flexible hours on workdays and rest days: no premium (工资支付暂行规定 art. 13 para 4).
  static func flexible(_ head: OvertimeHead) -> RuleGroup {
    RuleGroup {
      Rule(
        "interim-wage-payment.art13.flexible.\(head.id)", noPremium(head),
        cites: [.of(InterimWagePaymentProvisions.art13flexible)], basis: .per(.hours(head))
      ) { .noPremium }
    }
  }

  /// Flexible hours on statutory holidays: in Shenzhen at least 300% (深圳市员工工资支付条例 art. 20); in the
  /// rest of Guangdong no premium, holidays included (广东省工资支付条例 art. 20, by two secondary sources).
  static func flexibleHoliday(_ head: OvertimeHead) -> RuleGroup {
    RuleGroup {
      Rule(
        "shenzhen.wage-payment.art20.flexible-holiday",
        Localized("不定时工作制员工法定节假日工作，按不低于300%支付", en: "Flexible hours, statutory-holiday work: at least 300%"),
        cites: [.dated(ShenzhenWagePayment.art20)], when: shenzhen, basis: .per(.hours(head))
      ) { .hourlyRate(head) }
      Rule(
        "guangdong.wage-payment.art20.flexible-holiday", noPremium(head),
        cites: [.dated(GuangdongWagePayment.flexibleArticle), .of(InterimWagePaymentProvisions.art13flexible)],
        when: !shenzhen, basis: .per(.hours(head))
      ) { .noPremium }
    }
  }

  static let overtime = Entitlement(
    "overtime", Localized("加班工资", en: "Overtime pay"), facts: OvertimeFacts.self,
    parts: [
      overtimeHead(.workday), overtimeHead(.restDay), overtimeHead(.holiday),
      Entitlement.Part("cycle", span: .wholeClaim) {
        NoAmount("overtime.cycle.none", when: !.hoursSystem(.comprehensive) || !.cycleExceedsStandard)
        When(.hoursSystem(.comprehensive) && .cycleExceedsStandard) {
          Rule(
            "shenzhen.wage-payment.art19.cycle",
            Localized(
              "综合计算工时：周期内超过标准工作时间的部分按150%支付", en: "Comprehensive hours: hours beyond the cycle's standard at 150%"),
            cites: [.dated(ShenzhenWagePayment.art19), .of(LabourLaw.art44)], when: shenzhen, basis: .amount
          ) { .product([.hourlyRate(.workday), .cycleExcessHours], unit: .yuan) }
          Rule(
            "national.working-time-reply-1997.cycle",
            Localized(
              "综合计算工时：周期内超过标准工作时间的部分按150%支付（国家规定；广东条例相应条款未见）",
              en:
                "Comprehensive hours: hours beyond the cycle's standard at 150% (national rule; the Guangdong clause"
                + " was not seen)"
            ),
            cites: [
              .of(WorkingTimeOpinions.item5), .of(InterimWagePaymentProvisions.art13comprehensive),
              .of(LabourLaw.art44),
            ],
            when: !shenzhen, basis: .amount
          ) { .product([.hourlyRate(.workday), .cycleExcessHours], unit: .yuan) }
        }
      },
      Entitlement.Part("cycle-holiday", span: .wholeClaim) {
        NoAmount("overtime.cycle-holiday.none", when: !.hoursSystem(.comprehensive) || !.cycleHolidayWork)
        When(.hoursSystem(.comprehensive) && .cycleHolidayWork) {
          Rule(
            "shenzhen.wage-payment.art19.cycle-holiday",
            Localized("综合计算工时：法定节假日工作按300%支付", en: "Comprehensive hours: statutory-holiday work at 300%"),
            cites: [.dated(ShenzhenWagePayment.art19), .of(LabourLaw.art44)], when: shenzhen, basis: .amount
          ) { .product([.hourlyRate(.holiday), .cycleHolidayHours], unit: .yuan) }
          Rule(
            "national.labour-law-opinions-1995.art62.cycle-holiday",
            Localized("综合计算工时：法定节假日工作按300%支付", en: "Comprehensive hours: statutory-holiday work at 300%"),
            cites: [.of(WorkingTimeOpinions.art62), .of(LabourLaw.art44)], when: !shenzhen, basis: .amount
          ) { .product([.hourlyRate(.holiday), .cycleHolidayHours], unit: .yuan) }
        }
      },
    ],
    checks: [OvertimeLimits.daily, OvertimeLimits.monthly])
}
