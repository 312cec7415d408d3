/// A formula's value on one period: an exact amount of fen (per month for `.perMonth` rules), the steps
/// that produced it and the citations of the values it read.
struct Evaluated {
  var value: Rational
  var steps: [TraceStep]
  var citations: [Citation]
}

extension Formula {
  func evaluate(_ context: EvaluationContext, on period: DateRange) throws(EvaluationError) -> Evaluated {
    let situation = context.situation
    switch self {
    case .normalWage:
      let wage = situation.monthlyWage!
      return Evaluated(value: wage.exact, steps: [TraceStep(
        "正常工作时间工资 \(wage.grouped) 元/月", en: "normal-hours wage \(wage.grouped) yuan a month")], citations: [])

    case .agreedWage:
      guard let wage = situation.workArrangement(on: period.from)?.agreedMonthlyWage ?? situation.isolation?.remoteWork?.agreedMonthlyWage
      else { throw .noApplicableRule("\(period): no agreed wage in the facts") }
      return Evaluated(value: wage.exact, steps: [TraceStep(
        "双方约定的工资 \(wage.grouped) 元/月", en: "agreed wage \(wage.grouped) yuan a month")], citations: [])

    case .minimumWage:
      let found = try context.minimumWage(on: period.from)
      return Evaluated(value: found.value.monthly.exact, steps: [TraceStep(
        "\(situation.region.fullName)最低工资标准 \(found.value.monthly.grouped) 元/月（自 \(found.entry.from) 起）",
        en: "minimum wage of \(situation.region.pinyin) \(found.value.monthly.grouped) yuan a month (from \(found.entry.from))",
        cites: [found.citation])], citations: [found.citation])

    case .minimumWageStandard:
      let found = try context.minimumWage(on: period.from)
      let partTime = situation.employment == .partTime
      let amount = partTime ? found.value.hourly : found.value.monthly
      let (unitZh, unitEn) = partTime ? ("元/小时（非全日制）", "yuan an hour (part-time)") : ("元/月（全日制）", "yuan a month (full-time)")
      return Evaluated(value: amount.exact, steps: [TraceStep(
        "\(situation.region.fullName)自 \(found.entry.from) 起的最低工资标准 \(amount.grouped) \(unitZh)",
        en: "minimum wage of \(situation.region.pinyin) from \(found.entry.from): \(amount.grouped) \(unitEn)",
        cites: [found.citation])], citations: [found.citation])

    case .share(let share, let base):
      var result = try base.evaluate(context, on: period)
      let rate: Rational
      var (noteZh, noteEn) = ("", "")
      switch share {
      case .fixed(let fixed): rate = fixed
      case .livingAllowanceRate(let floor, _):
        rate = situation.livingAllowanceRate ?? floor
        (noteZh, noteEn) = situation.livingAllowanceRate == nil
          ? ("（法定下限 \(floor.percentText)）", " (the legal floor of \(floor.percentText))")
          : ("（约定比例，不低于法定下限 \(floor.percentText)）", " (the agreed rate, not below the legal floor of \(floor.percentText))")
      }
      let value = result.value * rate
      result.steps.append(TraceStep(
        "\(rate.percentText)\(noteZh) × \(result.value.yuanDescription) = \(value.yuanDescription) 元/月",
        en: "\(rate.percentText)\(noteEn) × \(result.value.yuanDescription) = \(value.yuanDescription) yuan a month"))
      result.value = value
      return result

    case .atLeast(let amount, let floor, let citation):
      let a = try amount.evaluate(context, on: period)
      let f = try floor.evaluate(context, on: period)
      let floorWins = a.value < f.value
      if floorWins {
        context.warn(Warning(.belowMinimumWage, Localized(
          "\(period) 约定的 \(a.value.yuanDescription) 元/月低于下限 \(f.value.yuanDescription) 元/月，按下限计算（\(citation.zh)）",
          en: "\(period): the agreed \(a.value.yuanDescription) yuan a month is below the floor of \(f.value.yuanDescription); the floor applies (\(citation.en))")))
      }
      let chosen = floorWins ? f.value : a.value
      let verdict = floorWins
        ? TraceStep("约定工资低于下限，按下限 \(chosen.yuanDescription) 元/月", en: "the agreed wage is below the floor; the floor of \(chosen.yuanDescription) a month applies", cites: [citation])
        : TraceStep("约定工资不低于下限 \(f.value.yuanDescription) 元/月，按约定", en: "the agreed wage is not below the floor of \(f.value.yuanDescription) a month; it applies", cites: [citation])
      return Evaluated(value: chosen, steps: a.steps + f.steps + [verdict], citations: a.citations + f.citations + [citation])
    }
  }
}

extension Rational {
  /// `80%`, `62.5%`.
  var percentText: String { (self * Rational(100)).description + "%" }
}
