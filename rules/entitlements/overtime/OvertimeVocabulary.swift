// The vocabulary of the overtime rules: the three heads of overtime pay (劳动法 art. 44), the days and hours
// each concerns on the official calendar, the overtime base and rates, and the comprehensive-hours cycle.
import LaborRules

/// A head of overtime pay: the kinds of day it concerns and its statutory multiple.
struct OvertimeHead: Sendable {
  let id: String
  let kinds: Set<DayKind>
  let percent: Int64
  let hours: Localized
  /// Rest days made up by compensatory leave earn no premium (劳动法 art. 44 item 2).
  let excludesCompensated: Bool
  /// This head's hours in the totals form.
  let total: @Sendable (OvertimeFacts) -> Rational?

  /// Extended hours on a workday or a make-up workday (调休上班): 150%.
  static let workday = OvertimeHead(
    id: "workday", kinds: [.workday, .makeUpWorkday], percent: 150,
    hours: Localized("工作日延长工作时间", en: "hours beyond the normal day on workdays"), excludesCompensated: false,
    total: \.workdayOvertimeHours)
  /// Work on a rest day without compensatory leave: 200%.
  static let restDay = OvertimeHead(
    id: "rest-day", kinds: [.restDay], percent: 200,
    hours: Localized("休息日工作时间（未补休）", en: "hours on rest days without compensatory leave"), excludesCompensated: true,
    total: \.restDayHours)
  /// Work on a statutory holiday: 300%.
  static let holiday = OvertimeHead(
    id: "holiday", kinds: [.statutoryHoliday], percent: 300,
    hours: Localized("法定节假日工作时间", en: "hours on statutory holidays"), excludesCompensated: false,
    total: \.holidayHours)
}

extension EvaluationContext {
  var overtime: OvertimeFacts? { try? facts(as: OvertimeFacts.self) }

  /// The hours (or pieces) a head counts on one day, with the day's kind from the official calendar.
  func overtime(_ head: OvertimeHead, on date: CivilDate) throws(EvaluationError) -> Rational {
    guard let facts = overtime else { return .zero }
    let quantity = facts.quantity(on: date)
    guard quantity > .zero, head.kinds.contains(try calendarDay(date).kind) else { return .zero }
    if head.excludesCompensated, facts.compensatoryLeaveDates.contains(date) { return .zero }
    return quantity
  }

  /// What made the days a head counts that kind: each such day's provisions on the official calendar (放假办法
  /// art. 2 for a statutory holiday, the year's notice for a rest day of a holiday block or a make-up workday,
  /// 国务院令第174号 for an ordinary day). None for the totals form, which has no days.
  func dayCitations(_ head: OvertimeHead, in period: DateRange) throws(EvaluationError) -> [Citation] {
    guard let facts = overtime, facts.month == nil else { return [] }
    var citations: [Citation] = []
    for offset in 0..<period.days {
      let date = period.from.adding(days: offset)
      guard try overtime(head, on: date) > .zero else { continue }
      for citation in try calendarDay(date).citations where !citations.contains(citation) { citations.append(citation) }
    }
    return citations
  }

  /// The hours (or pieces) a head counts in a stretch of days: summed day by day, or the month's total
  /// shared by days for the totals form.
  func overtime(_ head: OvertimeHead, in period: DateRange) throws(EvaluationError) -> Rational {
    guard let facts = overtime else { return .zero }
    if facts.month != nil {
      return (head.total(facts) ?? .zero) * Rational(Int64(period.days), Int64(claim.days))
    }
    var total = Rational.zero
    for offset in 0..<period.days { total = total + (try overtime(head, on: period.from.adding(days: offset))) }
    return total
  }
}

extension Condition {
  /// The facts' working-time system is this one (facts.hoursSystem).
  static func hoursSystem(_ system: OvertimeFacts.HoursSystem) -> Condition {
    let name: Localized =
      switch system {
      case .standard: Localized("标准工时制", en: "standard hours")
      case .comprehensive: Localized("综合计算工时工作制", en: "comprehensive hours")
      case .flexible: Localized("不定时工作制", en: "flexible hours")
      }
    return .test(
      Localized("实行\(name.zh)", en: "on \(name.en)"),
      Test(holds: { context, _ in context.overtime?.hoursSystem == system }))
  }

  /// The worker is paid by the piece (facts.pieceRate).
  static let pieceRated = Condition.test(
    Localized("计件工资", en: "paid by the piece"), Test(holds: { context, _ in context.overtime?.pieceRate != nil }))

  /// Overtime of this head was worked in the period.
  static func worked(_ head: OvertimeHead) -> Condition {
    .test(
      Localized("有\(head.hours.zh)", en: "\(head.hours.en) were worked"),
      Test(
        boundaries: { context in (context.overtime?.work ?? []).flatMap { [$0.date, $0.date.adding(days: 1)] } },
        holds: { context, period throws(EvaluationError) in try context.overtime(head, in: period) > .zero }))
  }
}

extension Measure {
  /// Hours of a head in an item's days.
  static func hours(_ head: OvertimeHead) -> Measure {
    Measure(
      head.hours, .hours, consults: [AssumptionInfo(UnarrangedYear.self)],
      cites: { context, period throws(EvaluationError) in try context.dayCitations(head, in: period) }
    ) { context, period throws(EvaluationError) in try context.overtime(head, in: period) }
  }

  /// Pieces made in overtime of a head in an item's days.
  static func pieces(_ head: OvertimeHead) -> Measure {
    Measure(
      Localized("\(head.hours.zh)内完成的件数", en: "pieces made in \(head.hours.en)"), .pieces,
      consults: [AssumptionInfo(UnarrangedYear.self)],
      cites: { context, period throws(EvaluationError) in try context.dayCitations(head, in: period) }
    ) { context, period throws(EvaluationError) in try context.overtime(head, in: period) }
  }
}

extension Formula {
  /// The hourly overtime rate of a head: the normal-hours wage (raised to the minimum wage, as the
  /// `normal-wage-floor` assumption reads it) × multiple ÷ (21.75 × 8), exact; never rounded on its own.
  static func hourlyRate(_ head: OvertimeHead) -> Formula {
    .quotient(
      .product([.normalWage, .percent(head.percent)], unit: .yuanPerMonth), .paidHoursPerMonth, unit: .yuanPerHour)
  }

  /// The piece overtime rate of a head: piece price × multiple (工资支付暂行规定 art. 13 para 2).
  static func pieceRate(_ head: OvertimeHead) -> Formula {
    .product(
      [
        .leaf(
          Leaf { context, _ throws(EvaluationError) in
            let price = Quantity(
              context.overtime?.pieceRate ?? .zero, .yuanPerPiece, Localized("计件单价", en: "piece price"))
            return Evaluated(price, steps: [.value(price, since: nil, cites: [])])
          }),
        .percent(head.percent),
      ], unit: .yuanPerPiece)
  }

  /// No premium: flexible hours (工资支付暂行规定 art. 13 para 4).
  static let noPremium = Formula.constant(
    Quantity(Rational.zero, .yuanPerHour, Localized("不定时工作制不支付加班工资", en: "no overtime premium on flexible hours")))
}
