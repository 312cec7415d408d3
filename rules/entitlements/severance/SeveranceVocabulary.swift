// The vocabulary of severance: the ground as a condition, the monthly base (劳动合同法 art. 47 para. 3; 实施条例
// art. 27: the average of wages due, floored at the minimum wage; art. 47 para. 2: capped at three times the
// city's previous-year average wage), the months of service (art. 47 para. 1, and the 12-year cap), the 1994
// measures for the years before 2008 (art. 97 para. 3), pay in lieu of notice and damages.
import LaborRules

extension Warning.Code {
  /// The years before 2008 ended by expiry: the national rules of the time gave no compensation; Guangdong's
  /// own rules of the time were not checked.
  static let pre2008LocalRulesNotChecked: Warning.Code = "pre-2008-local-rules-not-checked"
  /// A no-fault dismissal for illness or injury with service before 2008: the 1994 measures' art. 6 medical
  /// allowance (at least six months' wage) is not computed.
  static let medicalAllowanceNotComputed: Warning.Code = "medical-allowance-not-computed"
}

extension EvaluationContext {
  var severance: SeveranceFacts? { try? facts(as: SeveranceFacts.self) }

  /// The average of wages due, exact: the given average, or the given months' sum ÷ their number.
  func severanceAverage() throws(EvaluationError) -> Rational {
    let facts = try facts(as: SeveranceFacts.self)
    if let wages = facts.monthlyWages, !wages.isEmpty {
      return wages.reduce(Money.zero, +).exact / Rational(Int64(wages.count))
    }
    return facts.averageMonthlyWage?.exact ?? .zero
  }

  /// The full-time minimum wage in the worker's city on the last day of employment.
  func minimumWageAtEnd() throws(EvaluationError) -> Schedule<MinimumWage>.Found {
    try lookup(.minimumWage, on: try facts(as: SeveranceFacts.self).endDate)
  }

  /// Whether art. 47 para. 2 applies: the base (the average, floored at the minimum wage) is above three times
  /// the city's previous-year average monthly wage. Never true while the base is at most three times the
  /// minimum wage, which is below every city's average wage.
  func isHighEarner() throws(EvaluationError) -> Bool {
    let minimum = try minimumWageAtEnd().value.monthly.exact
    let base = Swift.max(try severanceAverage(), minimum)
    guard Rational(3) * minimum < base else { return false }
    return try averageWageCap(for: base).quantity.value < base
  }

  /// Three times the city's previous-year average monthly wage, with the steps that find it: the bulletin the
  /// named assumptions choose, its series, ÷ 12, × 3. `notCovered`, naming the figure, when it is not held.
  func averageWageCap(for base: Rational) throws(EvaluationError) -> Evaluated {
    let end = try facts(as: SeveranceFacts.self).endDate
    let reading = assumption(AverageWageYear.self)
    let series = assumption(AverageWageSeries.self)
    let wanted =
      reading == .previousYear
      ? Localized("\(end.year - 1)年度", en: "\(end.year - 1)")
      : Localized(
        "\(end.year - 1)年度，公布前为\(end.year - 2)年度", en: "\(end.year - 1), or \(end.year - 2) before it is published")
    func missing(_ why: Localized) -> EvaluationError {
      .notCovered(
        Localized(
          "须以\(region.fullName)上年度职工月平均工资（\(wanted.zh)，\(series.words.zh)）判断是否适用劳动合同法第四十七条第二款的封顶，"
            + "而\(why.zh)",
          en: "whether 劳动合同法 art. 47 para. 2 caps this compensation turns on the previous-year average monthly "
            + "wage of \(region.pinyin) (\(wanted.en), \(series.words.en)), and \(why.en)"))
    }
    let day = reading == .previousYear ? CivilDate(year: end.year, month: 12, day: 31) ?? end : end
    let years = reading == .previousYear ? [end.year - 1] : [end.year - 1, end.year - 2]
    var found: Schedule<AverageWage>.Found
    do throws(EvaluationError) {
      found = try lookup(.averageWage, on: day)
      guard years.contains(found.value.year) else {
        throw EvaluationError.notCovered(
          Localized(
            "规则包收录的最新数字是\(found.value.year)年度的", en: "the latest figure the packs hold is for \(found.value.year)"))
      }
    } catch {
      guard case .notCovered(let why) = error else { throw error }
      // The wanted figure is not held: the reading decides whether the latest one of an earlier year stands in.
      guard assumption(AverageWageMissing.self) == .latestHeld,
        let earlier = latestKnown(.averageWage, onOrBefore: end), earlier.value.year < end.year - 1
      else { throw missing(why) }
      // An earlier figure that does not cap the wage answers for any later one (the figures rise); one that caps
      // it stands in only if it is at most two years older than the previous year's.
      let earlierCap = series.annual(earlier.value).map { $0.exact / Rational(12) * Rational(3) }
      guard earlier.value.year >= end.year - 3 || earlierCap.map({ base <= $0 }) == true else {
        throw missing(
          Localized(
            "\(why.zh)；已收录的较早年度（\(earlier.value.year)年度）数字会封顶此工资，但年代过久，不能代替",
            en: "\(why.en); the earlier figure held (\(earlier.value.year)) would cap this wage but is too old to "
              + "stand in"))
      }
      found = earlier
      warn(
        Warning(
          "average-wage-earlier-year",
          Localized(
            "规则包未收录\(region.fullName)\(wanted.zh)职工平均工资，封顶按已收录的较早年度（\(found.value.year)年度）计算；"
              + "较早年度的数字通常较低，工资高于其三倍时封顶可能偏低",
            en: "the packs do not hold the average wage of \(region.pinyin) the cap needs (\(wanted.en)): it uses the "
              + "latest earlier figure held (\(found.value.year)); earlier figures are usually lower, so a wage above "
              + "three times it may be capped lower than the law would")))
      if let caveat = found.entry.unverified {
        warn(
          Warning(
            .unverifiedParameter,
            Localized(
              "\(region.fullName)\(found.value.year)年度职工平均工资未经核实：\(caveat.zh)",
              en: "the \(found.value.year) average wage of \(region.pinyin) is unverified: \(caveat.en)")))
      }
    }
    guard let annual = series.annual(found.value) else {
      throw missing(Localized("该年度公报未给出这一口径", en: "the bulletin gives no figure for that series"))
    }
    let annualQuantity = Quantity(
      annual, .yuan,
      Localized(
        "\(region.fullName)\(found.value.year)年度\(series.words.zh)年平均工资",
        en: "\(found.value.year) average annual wage of \(series.words.en), \(region.pinyin)"))
    let twelve = Quantity(Rational(12), .number, Localized("个月", en: "months"))
    let monthly = Quantity(
      annual.exact / Rational(12), .yuanPerMonth, Localized("上年度职工月平均工资", en: "previous-year average monthly wage"))
    let three = Quantity(Rational(3), .number, Localized("倍", en: "times"))
    let cap = Quantity(
      monthly.value * Rational(3), .yuanPerMonth,
      Localized("上年度职工月平均工资的三倍", en: "three times the previous-year average monthly wage"))
    return Evaluated(
      cap,
      steps: [
        .value(annualQuantity, since: found.value.published, cites: [found.citation]),
        .arithmetic(.dividedBy, [annualQuantity, twelve], result: monthly),
        .arithmetic(.times, [three, monthly], result: cap),
      ],
      citations: [found.citation])
  }
}

extension Condition {
  /// The employment ended on one of these grounds (facts.ground).
  static func ground(_ grounds: SeveranceFacts.Ground...) -> Condition {
    let zh = grounds.map(\.words.zh).joined(separator: "或"), en = grounds.map(\.words.en).joined(separator: " or ")
    return .test(
      Localized("解除或终止的事由：\(zh)", en: "ground: \(en)"),
      Test(holds: { context, _ in context.severance.map { grounds.contains($0.ground) } ?? false }))
  }

  /// The art. 40 dismissal rests on this item (facts.noFaultReason).
  static func noFaultReason(_ reason: SeveranceFacts.NoFaultReason) -> Condition {
    .test(
      Localized("依据第四十条第（\(ChineseItem.of(reason.item))）项", en: "under art. 40 item \(reason.item)"),
      Test(holds: { context, _ in context.severance?.noFaultReason == reason }))
  }

  /// Art. 40 without 30 days' written notice: a month's wage is owed instead (facts.noticeGiven false).
  static let noticePayOwed = Condition.test(
    Localized("未提前三十日书面通知", en: "no 30 days' written notice"),
    Test(holds: { context, _ in context.severance?.noticePayOwed ?? false }))
}

/// Chinese numerals for the items of an article: 1 → 一.
enum ChineseItem {
  static func of(_ n: Int) -> String { ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"][min(max(n, 0), 10)] }
}

extension Formula {
  /// The average of wages due, with how it was found: the months' sum ÷ their number, or the given average.
  static func severanceAverage(cites: [Citation]) -> Formula {
    .leaf(
      Leaf { context, _ throws(EvaluationError) in
        let facts = try context.facts(as: SeveranceFacts.self)
        guard let wages = facts.monthlyWages, !wages.isEmpty else {
          let average = Quantity(
            facts.averageMonthlyWage ?? .zero, .yuanPerMonth,
            Localized("解除或终止前12个月应得工资的平均数", en: "average of wages due over the last 12 months"))
          return Evaluated(average, steps: [.value(average, since: nil, cites: cites)], citations: cites)
        }
        let sum = Quantity(wages.reduce(Money.zero, +), .yuan, Localized("应得工资合计", en: "wages due in all"))
        let count = Quantity(Rational(Int64(wages.count)), .months, Localized("月数", en: "months"))
        let average = Quantity(
          sum.value / count.value, .yuanPerMonth,
          wages.count == 12
            ? Localized("解除或终止前12个月的平均工资", en: "average wage of the last 12 months")
            : Localized("实际工作\(wages.count)个月的平均工资", en: "average wage of the \(wages.count) months worked"))
        return Evaluated(
          average,
          steps: [
            .arithmetic(.plus, wages.map { Quantity($0, .yuanPerMonth) }, result: sum),
            .arithmetic(.dividedBy, [sum, count], result: average),
          ],
          citations: cites)
      })
  }

  /// The full-time minimum wage in the worker's city on the last day of employment.
  static let minimumWageAtEnd = Formula.leaf(
    Leaf { context, _ throws(EvaluationError) in
      let found = try context.minimumWageAtEnd()
      let quantity = Quantity(
        found.value.monthly, .yuanPerMonth,
        Localized("\(context.region.fullName)最低工资标准", en: "minimum wage of \(context.region.pinyin)"))
      return Evaluated(
        quantity, steps: [.value(quantity, since: found.entry.from, cites: [found.citation])],
        citations: [found.citation])
    })

  /// The monthly base of art. 47: the average of wages due (para. 3), at least the minimum wage (实施条例 art. 27,
  /// `below-minimum-wage`), at most three times the city's previous-year average monthly wage (para. 2). While
  /// the base is at most three times the minimum wage the cap cannot bite and no average wage is looked up.
  static let compensationBase = Formula.leaf(
    Leaf(consults: [
      AssumptionInfo(AverageWageYear.self), AssumptionInfo(AverageWageSeries.self),
      AssumptionInfo(AverageWageMissing.self),
    ]) {
      context, period throws(EvaluationError) in
      let label = Localized("经济补偿的月工资", en: "monthly wage for compensation")
      let floored = try Formula.atLeast(
        .severanceAverage(
          cites: [LabourContractLaw.art47para3, LabourContractLawRegulations.art27]),
        floor: .minimumWageAtEnd, cites: LabourContractLawRegulations.art27, warn: .belowMinimumWage
      ).evaluate(context, on: period)
      var steps = floored.steps
      let citations = floored.citations + [LabourContractLaw.art47para2]
      let base = floored.quantity.labelled(label)
      let bound = Rational(3) * (try context.minimumWageAtEnd().value.monthly.exact)
      guard bound < base.value else {
        steps.append(
          .note(
            Localized(
              "月工资 \(base.value.yuanDescription) 元不高于最低工资标准的三倍 \(bound.yuanDescription) 元；职工平均工资高于最低工资标准，"
                + "故月工资不高于上年度职工月平均工资的三倍，不适用第四十七条第二款的封顶",
              en: "the monthly wage of \(base.value.yuanDescription) is not above three times the minimum wage "
                + "(\(bound.yuanDescription)); a city's average wage is above its minimum wage, so the wage is not "
                + "above three times the average and art. 47 para. 2 does not cap it"),
            cites: [LabourContractLaw.art47para2]))
        return Evaluated(base, steps: steps, citations: citations)
      }
      let cap: Evaluated
      do throws(EvaluationError) { cap = try context.averageWageCap(for: base.value) } catch {
        guard case .notCovered(let why) = error else { throw error }
        throw .notCovered(
          Localized(
            "月工资 \(base.value.yuanDescription) 元高于最低工资标准的三倍 \(bound.yuanDescription) 元；\(why.zh)",
            en: "the monthly wage of \(base.value.yuanDescription) is above three times the minimum wage "
              + "(\(bound.yuanDescription)); \(why.en)"))
      }
      let applied = cap.quantity.value < base.value
      steps += cap.steps
      steps.append(
        .limit(.cap, amount: base, bound: cap.quantity, applied: applied, cites: [LabourContractLaw.art47para2]))
      return Evaluated(
        (applied ? cap.quantity : base).labelled(label), steps: steps, citations: citations + cap.citations)
    })

  /// Months of wage for the period's service (art. 47 para. 1), at most 12 for a high earner (para. 2). When
  /// the period starts on 2008-01-01 after earlier service, the years before are counted apart (art. 97).
  static let compensationMonths = Formula.leaf(
    Leaf(consults: [
      AssumptionInfo(AverageWageYear.self), AssumptionInfo(AverageWageSeries.self),
      AssumptionInfo(AverageWageMissing.self),
    ]) {
      context, period throws(EvaluationError) in
      let facts = try context.facts(as: SeveranceFacts.self)
      let length = ServiceLength(period)
      var months = Quantity(length.monthsOwed, .months, Localized("按工作年限计的月数", en: "months for the years of service"))
      var steps: [TraceStep] = []
      var citations = [LabourContractLaw.art47para1]
      if period.from > facts.hireDate {
        steps.append(
          .note(
            Localized(
              "\(facts.hireDate) 入职，劳动合同法施行之日存续：经济补偿年限自 \(period.from) 起计算，此前的年限按当时的规定另计",
              en: "hired \(facts.hireDate), the contract was in force when the law took effect: the years run from "
                + "\(period.from), and the years before follow the rules then in force"),
            cites: [LabourContractLaw.art97para3]))
        citations.append(LabourContractLaw.art97para3)
      }
      steps.append(
        .note(
          Localized(
            "\(period.from) 至 \(period.through) 工作 \(length.words.zh)：每满一年一个月，六个月以上不满一年按一年，不满六个月按半个月，"
              + "计 \(length.monthsOwed) 个月",
            en:
              "\(period.from) to \(period.through): \(length.words.en) of service; a month for each full year, a year "
              + "for six months or more, half a month for less: \(length.monthsOwed) months"),
          cites: [LabourContractLaw.art47para1]))
      if try context.isHighEarner() {
        let cap = Quantity(Rational(12), .months, Localized("高收入者的年限上限", en: "the cap on a high earner's years"))
        let applied = cap.value < months.value
        steps.append(.limit(.cap, amount: months, bound: cap, applied: applied, cites: [LabourContractLaw.art47para2]))
        if applied { months = cap.labelled(months.label) }
        citations.append(LabourContractLaw.art47para2)
      }
      return Evaluated(months, steps: steps, citations: citations)
    })

  /// Compensation under art. 47: the monthly base × the months.
  static let compensationStandard = Formula.product([.compensationBase, .compensationMonths], unit: .yuan)

  /// Damages for an unlawful termination: twice the art. 47 standard (art. 87), the years counted from the first
  /// day of employment and no compensation besides (实施条例 art. 25).
  static let damages = Formula.product([.damagesMultiple, .compensationBase, .compensationMonths], unit: .yuan)

  /// Damages, with the warning that they assume the worker does not return: a worker restored to the contract is
  /// owed the wage for the dispute period instead (劳动合同法 art. 48; 法释〔2025〕12号 arts. 16 and 18).
  static func assumingNoReinstatement(_ damages: Formula) -> Formula {
    .leaf(
      Leaf(
        consults: damages.consults, boundaries: { context in damages.boundaries(context) },
        evaluate: { context, period throws(EvaluationError) in
          let interpretation = LabourDisputeInterpretation2025.self
          context.warn(
            Warning(
              "damages-assume-no-reinstatement",
              Localized(
                "赔偿金以劳动者不要求继续履行劳动合同（或合同已不能继续履行）为前提（劳动合同法第四十八条；"
                  + "\(interpretation.art16.zh)）；要求并恢复劳动关系的，应得的是争议期间的正常工作时间工资（\(interpretation.art18.zh)），"
                  + "本结果不适用",
                en: "the damages assume the worker does not seek to continue the contract, or it cannot be continued "
                  + "(劳动合同法 art. 48; \(interpretation.art16.en)); a worker who is reinstated is owed the normal wage "
                  + "for the dispute period instead (\(interpretation.art18.en)), which this result does not compute")))
          var value = try damages.evaluate(context, on: period)
          for citation in [interpretation.art16] where !value.citations.contains(citation) {
            value.citations.append(citation)
          }
          return value
        }))
  }

  static let damagesMultiple = Formula.leaf(
    Leaf { _, _ throws(EvaluationError) in
      let two = Quantity(Rational(2), .number, Localized("经济补偿标准的二倍", en: "twice the compensation standard"))
      let cites = [LabourContractLaw.art87, LabourContractLawRegulations.art25]
      return Evaluated(
        two,
        steps: [
          .note(
            Localized(
              "违法解除或终止：按第四十七条的经济补偿标准的二倍支付赔偿金，年限自用工之日起计算，支付赔偿金的不再支付经济补偿"
                + "（实施条例第二十五条；此前的粤高法发〔2008〕13号第三十条把年限自2008年起算，与之不一致，本结果依位阶更高、"
                + "施行在后的实施条例）",
              en: "unlawful termination: damages at twice the art. 47 standard, the years counted from the first day "
                + "of employment, and no compensation besides (实施条例 art. 25; the earlier Guangdong court guidance "
                + "粤高法发〔2008〕13号 art. 30 counted from 2008 and disagrees: this result follows the higher-ranking, "
                + "later regulation)"),
            cites: cites)
        ], citations: cites)
    })

  /// A month's wage in lieu of notice, at the previous month's wage (实施条例 art. 20): facts.lastMonthWage, or
  /// the last of facts.monthlyWages.
  static let noticePay = Formula.leaf(
    Leaf { context, _ throws(EvaluationError) in
      let facts = try context.facts(as: SeveranceFacts.self)
      let label = Localized("上一个月的工资标准", en: "the previous month's wage")
      let cites = [LabourContractLawRegulations.art20]
      if let last = facts.lastMonthWage {
        let quantity = Quantity(last, .yuan, label)
        return Evaluated(quantity, steps: [.value(quantity, since: nil, cites: cites)], citations: cites)
      }
      let quantity = Quantity(facts.monthlyWages?.last ?? .zero, .yuan, label)
      return Evaluated(
        quantity,
        steps: [
          .value(quantity, since: nil, cites: cites),
          .note(
            Localized(
              "未给出 lastMonthWage：以 monthlyWages 的最后一个月为上一个月的工资",
              en: "no lastMonthWage: the last of monthlyWages is taken as the previous month's wage"),
            cites: []),
        ], citations: cites)
    })

  /// No compensation, with the reason; `before2008` adds why the years before 2008 owe none either, when the
  /// worker served then.
  static func noCompensation(_ reason: Localized, before2008: Localized?, cites: [Citation]) -> Formula {
    .leaf(
      Leaf { context, _ throws(EvaluationError) in
        var steps: [TraceStep] = [.note(reason, cites: cites)]
        if let before2008, try context.facts(as: SeveranceFacts.self).servedBefore2008 {
          steps.append(.note(before2008, cites: [LabourContractLaw.art97para3]))
        }
        return Evaluated(Quantity(Rational.zero, .yuan), steps: steps, citations: cites)
      })
  }

  /// The enterprise's average monthly wage (facts.employerAverageMonthlyWage), the floor of 481号 art. 11.
  static let employerAverageWage = Formula.leaf(
    Leaf { context, _ throws(EvaluationError) in
      let average = Quantity(
        try context.facts(as: SeveranceFacts.self).employerAverageMonthlyWage ?? .zero, .yuanPerMonth,
        Localized("企业月平均工资", en: "the enterprise's average monthly wage"))
      return Evaluated(average, steps: [.value(average, since: nil, cites: [CompensationMeasures1994.art11])])
    })

  /// The 1994 measures' monthly wage: the 12-month average, with no minimum-wage floor and no cap; raised to
  /// the enterprise's average for the terminations of arts. 6, 8 and 9 (art. 11).
  static func oldRulesBase(floorAtEmployerAverage: Bool) -> Formula {
    let average = Formula.severanceAverage(cites: [CompensationMeasures1994.art11])
    let base =
      floorAtEmployerAverage
      ? .atLeast(average, floor: .employerAverageWage, cites: CompensationMeasures1994.art11, warn: nil) : average
    return .leaf(
      Leaf { context, period throws(EvaluationError) in
        var value = try base.evaluate(context, on: period)
        value.steps.append(
          .note(
            Localized(
              "按当时的规定，月工资为解除前十二个月的月平均工资，不设最低工资下限和三倍封顶",
              en: "under the rules then in force the monthly wage is the 12-month average, with neither the "
                + "minimum-wage floor nor the three-times cap"),
            cites: [CompensationMeasures1994.art11]))
        return value
      })
  }

  /// Months of wage for the service before 2008 under the 1994 measures: one per full year, a part-year as the
  /// assumption `pre-2008-part-year` reads it, at most 12 where the article caps them.
  static func oldRulesMonths(cap: Citation?, underAYearAsYear: Bool) -> Formula {
    .leaf(
      Leaf(consults: [AssumptionInfo(PartYearBefore2008.self)]) { context, period throws(EvaluationError) in
        let length = ServiceLength(period)
        let partYear = length.months > 0 || length.days > 0
        let reading = context.assumption(PartYearBefore2008.self)
        var years = length.years
        if partYear, reading == .countsAsYear || (underAYearAsYear && years == 0) { years += 1 }
        var months = Quantity(
          Rational(Int64(years)), .months, Localized("按当时规定计的月数", en: "months under the rules then in force"))
        var steps: [TraceStep] = [
          .note(
            Localized(
              "\(period.from) 至 \(period.through) 工作 \(length.words.zh)：按当时规定每满一年一个月，"
                + "\(reading.meaning.zh)\(underAYearAsYear ? "（工作不满一年的按一年）" : "")，计 \(years) 个月",
              en:
                "\(period.from) to \(period.through): \(length.words.en) of service; a month for each full year under "
                + "the rules then in force, \(reading.meaning.en)"
                + "\(underAYearAsYear ? " (under a year in all: a year)" : ""): \(years) months"),
            cites: [LabourContractLaw.art97para3])
        ]
        var citations = [LabourContractLaw.art97para3]
        if let cap {
          let bound = Quantity(Rational(12), .months, Localized("当时规定的上限", en: "the cap of the rules then in force"))
          let applied = bound.value < months.value
          steps.append(.limit(.cap, amount: months, bound: bound, applied: applied, cites: [cap]))
          if applied { months = bound.labelled(months.label) }
          citations.append(cap)
        }
        return Evaluated(months, steps: steps, citations: citations)
      })
  }
}
