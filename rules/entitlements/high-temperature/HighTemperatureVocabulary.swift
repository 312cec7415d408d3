// The vocabulary of the high-temperature allowance (广东省高温天气劳动保护办法; 粤人社发〔2012〕117号): the standard
// as a dated parameter, the month a line item concerns, the days worked in heat on the official calendar, and
// the warning for an allowance paid in kind.
import LaborRules

/// A high-temperature allowance standard: the monthly figure, and the published daily figure used where the
/// allowance is counted by days (粤人社发〔2012〕118号: 150 and 6.9; the 2021 notice: 300 and 13.8).
public struct HeatAllowanceStandard: Sendable, Hashable {
  public let monthly: Money
  public let daily: Money
  public init(monthly: Money, daily: Money) { (self.monthly, self.daily) = (monthly, daily) }
}

extension ParameterKey where Value == HeatAllowanceStandard {
  /// The standard in force: one provincial table; Shenzhen holds the same table, cited as following it.
  static let heatAllowance = ParameterKey(
    "high-temperature-allowance", Localized("高温津贴标准", en: "high-temperature allowance standard"), regional: true)
}

extension Warning.Code {
  /// Only drinks or goods were given: they cannot replace the allowance (广东省高温天气劳动保护办法; 粤人社发〔2012〕
  /// 117号), so the month counts as unpaid.
  static let inKindNotAllowed: Warning.Code = "in-kind-not-allowed"
}

extension EvaluationContext {
  var heat: HighTemperatureFacts? { try? facts(as: HighTemperatureFacts.self) }

  /// The listed month a line item concerns. Every boundary of the tree falls on a month's first day, so a
  /// piece is always a whole month; a piece that is not (a standard changing within a month) is not covered
  /// rather than paid twice.
  func heatMonth(_ period: DateRange) throws(EvaluationError) -> (index: Int, month: HighTemperatureFacts.Month) {
    guard let found = heat?.month(containing: period.from) else {
      throw .noApplicableRule(entitlement: "high-temperature", period: period)
    }
    guard period == found.month.month.days else {
      throw .notCovered(
        Localized(
          "\(period)：高温津贴按整月计算，规则包不支持月中变化",
          en:
            "\(period): the high-temperature allowance is reckoned by whole months; a change within a month is not held"
        ))
    }
    return found
  }

  /// Whether a month's days worked count only the days employed: a month of joining or leaving under
  /// `heat-part-month = days-worked`; under `full-month` absences are counted against the whole month.
  func countsEmployedDaysOnly(_ month: HighTemperatureFacts.Month) -> Bool {
    month.partOfMonth && assumption(HeatPartMonth.self) == .daysWorked
  }

  /// Workdays and make-up workdays of a month on the official calendar, or of the days employed in it when only
  /// those count (`notCovered` outside the calendar's years).
  func workingDays(in month: HighTemperatureFacts.Month) throws(EvaluationError) -> Int {
    guard let days = countsEmployedDaysOnly(month) ? month.employed : month.month.days else { return 0 }
    var count = 0
    for offset in 0..<days.days {
      let kind = try calendarDay(days.from.adding(days: offset)).kind
      if kind == .workday || kind == .makeUpWorkday { count += 1 }
    }
    return count
  }
}

extension Condition {
  /// The period's month is one the facts list (facts.months).
  static let heatMonthListed = Condition.test(
    Localized("该月在所列月份中", en: "the month is one of those listed"),
    Test(holds: { context, period in context.heat?.month(containing: period.from) != nil }))

  /// The period is on or after 2012-06-01, when the 2012 standard and its measures took effect.
  static let heatStandardInForce = Condition.test(
    Localized("在2012-06-01（广东省高温津贴标准施行）或之后", en: "on or after 2012-06-01, when Guangdong's standard took effect"),
    Test(boundaries: { _ in [CivilDate("2012-06-01")] }, holds: { _, period in period.from >= CivilDate("2012-06-01") })
  )

  /// The worker was on an open-air post, or in a workplace that could not be brought below 33°C, that month.
  static let heatExposed = Condition.test(
    Localized(
      "当月从事露天岗位工作或作业场所温度不能降至33℃以下",
      en: "on an open-air post, or in a workplace that could not be brought below 33°C, that month"),
    Test(holds: { context, period in context.heat?.month(containing: period.from)?.month.exposed == true }))

  /// The worker is employed part-time (非全日制, facts.employment).
  static let heatPartTime = Condition.test(
    Localized("非全日制用工", en: "part-time employment"),
    Test(holds: { context, _ in context.heat?.employment == .partTime }))

  /// The worker was only temporarily put on heat work that month (facts.months[i].heatDays).
  static let temporaryHeatWork = Condition.test(
    Localized("当月临时安排从事高温作业（按天计）", en: "only temporarily on heat work that month (counted by days)"),
    Test(holds: { context, period in context.heat?.month(containing: period.from)?.month.heatDays != nil }))

  /// The worker missed heat work on some working days of the month (facts.months[i].absentDays).
  static let missedHeatWork = Condition.test(
    Localized("当月有未出勤或未从事高温作业的工作日", en: "some working days of the month without heat work"),
    Test(holds: { context, period in context.heat?.month(containing: period.from)?.month.absentDays != nil }))

  /// The days without heat work were spent temporarily on non-heat work.
  static let onNonHeatWork = Condition.test(
    Localized("原因为临时从事非高温作业", en: "the reason is temporary non-heat work"),
    Test(holds: { context, period in
      context.heat?.month(containing: period.from)?.month.absenceReason == .temporaryNonHeatWork
    }))

  /// At least 5 working days on non-heat work (粤人社发〔2012〕117号: up to 4, the full month).
  static let nonHeatWorkFiveDaysOrMore = Condition.test(
    Localized("临时从事非高温作业达5个工作日以上", en: "5 or more working days on non-heat work"),
    Test(holds: { context, period in (context.heat?.month(containing: period.from)?.month.absentDays ?? 0) >= 5 }))
}

extension Formula {
  /// The standard's monthly (`daily: false`) or daily figure in force on the month's first day, with the
  /// provision that set it; in Shenzhen, with a note that Shenzhen follows the provincial table.
  static func heatStandard(daily: Bool) -> Formula {
    .leaf(
      Leaf(
        boundaries: { context in context.changes(of: .heatAllowance) },
        evaluate: { context, period throws(EvaluationError) in
          let found = try context.lookup(.heatAllowance, on: period.from)
          let quantity =
            daily
            ? Quantity(found.value.daily, .yuanPerDay, Localized("高温津贴日标准", en: "daily allowance standard"))
            : Quantity(found.value.monthly, .yuanPerMonth, Localized("高温津贴月标准", en: "monthly allowance standard"))
          var steps: [TraceStep] = [.value(quantity, since: found.entry.from, cites: [found.citation])]
          if context.region == .named("深圳") {
            steps.append(
              .note(
                Localized(
                  "深圳市未另定高温津贴标准，执行广东省标准",
                  en: "Shenzhen sets no allowance of its own and follows the Guangdong standard"),
                cites: [found.citation]))
          }
          return Evaluated(quantity, steps: steps, citations: [found.citation])
        }))
  }

  static let heatMonthly = Formula.heatStandard(daily: false)
  static let heatDaily = Formula.heatStandard(daily: true)

  /// Days actually worked in heat: the month's workdays and make-up workdays on the official calendar, less
  /// the working days absent (facts.months[i].absentDays); more absent days than working days is bad input.
  static let daysWorkedInHeat = Formula.leaf(
    Leaf(consults: [AssumptionInfo(UnarrangedYear.self), AssumptionInfo(HeatPartMonth.self)]) {
      context, period throws(EvaluationError) in
      let (index, month) = try context.heatMonth(period)
      let absent = month.absentDays ?? 0
      let working = try context.workingDays(in: month)
      guard absent <= working else {
        throw .badInput(
          field: "facts.months[\(index)].absentDays",
          reason: Localized(
            "\(month.month) 只有 \(working) 个工作日（含调休上班日），缺勤 \(absent) 天超过了它",
            en: "\(month.month) has \(working) working days (make-up workdays included), fewer than \(absent) absent"))
      }
      let reason = month.absenceReason?.words ?? Localized("缺勤", en: "absence")
      let workingQuantity = Quantity(
        Rational(Int64(working)), .days,
        context.countsEmployedDaysOnly(month)
          ? Localized(
            "\(month.employed?.description ?? "") 在职期间的工作日与调休上班日",
            en: "workdays and make-up workdays employed, \(month.employed?.description ?? "")")
          : Localized("\(month.month) 的工作日与调休上班日", en: "workdays and make-up workdays of \(month.month)"))
      let absentQuantity = Quantity(
        Rational(Int64(absent)), .days, Localized("\(reason.zh)天数", en: "days of \(reason.en)"))
      let result = Quantity(
        Rational(Int64(working - absent)), .days,
        Localized("实际出勤且从事高温作业的天数", en: "days actually worked in heat"))
      return Evaluated(result, steps: [.arithmetic(.minus, [workingQuantity, absentQuantity], result: result)])
    })

  /// The allowance counted by days, never above the month: the daily figure × the days worked in heat, capped
  /// at the monthly figure because counting by days is a permission to pay less (粤人社发〔2012〕117号, "可").
  static let heatProrated = Formula.atMost(
    .labelled(
      .product([.heatDaily, .daysWorkedInHeat], unit: .yuan),
      Localized("折算后的高温津贴", en: "the allowance counted by days")),
    cap: .heatMonthly, cites: GuangdongHeatAllowance.proration)

  /// A formula's value under a name, so that a cap or a floor says what it limits.
  static func labelled(_ formula: Formula, _ label: Localized) -> Formula {
    .leaf(
      Leaf(
        consults: formula.consults, boundaries: { context in formula.boundaries(context) },
        evaluate: { context, period throws(EvaluationError) in
          var value = try formula.evaluate(context, on: period)
          value.quantity = value.quantity.labelled(label)
          return value
        }))
  }

  /// A formula's value with a remark about the month in the derivation.
  static func noted(
    _ formula: Formula, cites: [Citation], _ note: @escaping @Sendable (HighTemperatureFacts.Month) -> Localized
  ) -> Formula {
    .leaf(
      Leaf(
        consults: formula.consults, boundaries: { context in formula.boundaries(context) },
        evaluate: { context, period throws(EvaluationError) in
          var value = try formula.evaluate(context, on: period)
          value.steps.append(.note(note(try context.heatMonth(period).month), cites: cites))
          return value
        }))
  }

  /// No allowance for the month, with the reason in the derivation.
  static func noHeatAllowance(_ reason: @escaping @Sendable (CivilMonth) -> Localized, cites: [Citation]) -> Formula {
    .leaf(
      Leaf { context, period throws(EvaluationError) in
        let month = try context.heatMonth(period).month.month
        let zero = Quantity(Rational.zero, .yuan)
        return Evaluated(zero, steps: [.note(reason(month), cites: cites)], citations: [])
      })
  }

  /// An amount owed for the month, with the month's payment in kind noted and warned about
  /// (`in-kind-not-allowed`): drinks or goods cannot replace the allowance.
  static func heatAllowance(_ amount: Formula) -> Formula {
    .leaf(
      Leaf(
        consults: amount.consults, boundaries: { context in amount.boundaries(context) },
        evaluate: { context, period throws(EvaluationError) in
          var owed = try amount.evaluate(context, on: period)
          let month = try context.heatMonth(period).month
          guard month.paidInKindOnly, owed.quantity.value > .zero else { return owed }
          let cites = [GuangdongHeatAllowance.noInKind, GuangdongHeatAllowance.noInKindMeasures]
          owed.steps.append(
            .note(
              Localized(
                "\(month.month) 单位只发放了清凉饮料等实物，不能冲抵高温津贴，本月已付按 0 元计",
                en: "\(month.month): only drinks or goods were given; they cannot replace the allowance, so the month "
                  + "counts as paid 0"),
              cites: cites))
          owed.citations += cites
          context.warn(
            Warning(
              .inKindNotAllowed,
              Localized(
                "\(month.month) 单位只以清凉饮料等实物代替高温津贴：实物不能冲抵高温津贴（\(cites[0].zh)；\(cites[1].zh)），"
                  + "按未支付计",
                en: "\(month.month): the allowance was given only in kind; drinks or goods cannot replace it "
                  + "(\(cites[0].en); \(cites[1].en)), so the month counts as unpaid")))
          return owed
        }))
  }
}

extension Measure {
  /// Days of heat work in the month (facts.months[i].heatDays): a temporary or a part-time heat worker.
  static let heatDays = Measure(
    Localized("当月从事高温作业的天数", en: "days of heat work in the month"), .days
  ) { context, period throws(EvaluationError) in
    Rational(Int64(try context.heatMonth(period).month.heatDays ?? 0))
  }
}
