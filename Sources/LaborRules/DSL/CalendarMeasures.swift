/// The working-time calendar as a parameter of the rulebook, and the measures that count days by their kind
/// (workday, rest day, statutory holiday, make-up workday).
extension ParameterKey where Value == WorkingTimeCalendar {
  /// The official calendar (the holiday regulations and each year's State Council arrangement notice), held
  /// as a one-entry schedule over the years it covers, so that a day outside them is "not covered".
  public static let workingTimeCalendar = ParameterKey(
    "working-time-calendar", Localized("工作日历", en: "working-time calendar"))
}

/// How a day is classified in a year whose State Council arrangement notice the packs do not hold. Its statutory
/// holidays are settled by 全国年节及纪念日放假办法 art. 2 whatever the notice says; its other days are not: the
/// notice moves weekend days to work (调休上班) and weekdays to rest around the festivals.
///
/// Overtime on Wednesday 2027-03-03 (no 2027 notice held on 2026-12-07): `not-covered` refuses it, naming the
/// notice; `uniform-week` pays it as a workday's extended hours at 150%, with a warning.
public enum UnarrangedYear: String, Assumption {
  /// Refused as not covered until the notice is in the packs (default).
  case notCovered = "not-covered"
  /// Monday to Friday workdays, Saturday and Sunday rest days (国务院令第174号 art. 7), with a warning that the
  /// notice may move days.
  case uniformWeek = "uniform-week"

  public static let key = "unarranged-year"
  public static let standard = UnarrangedYear.notCovered
  public static let question = Localized(
    "未收录当年放假安排通知的年份，非法定节假日的日子如何归类",
    en: "How the days other than statutory holidays are classified in a year whose arrangement notice is not held")
  public var meaning: Localized {
    switch self {
    case .notCovered:
      Localized("不覆盖：须待当年国务院办公厅放假安排通知", en: "not covered until that year's State Council notice")
    case .uniformWeek:
      Localized(
        "周一至周五为工作日、周六周日为休息日（通知可能调整个别日期）",
        en: "Monday to Friday workdays, Saturday and Sunday rest days (the notice may move days)")
    }
  }
}

extension EvaluationContext {
  /// The kind of a day on the official calendar; `notCovered` outside the calendar's years, and on a day of a year
  /// whose arrangement notice is not held unless the `unarranged-year` reading says otherwise. Each day is looked
  /// up once per evaluation.
  public func calendarDay(_ date: CivilDate) throws(EvaluationError) -> CalendarDay {
    if let known = calendarDays[date.dayNumber] { return known }
    let calendar = try lookup(.workingTimeCalendar, on: date).value
    let day: CalendarDay
    switch calendar.lookup(date) {
    case .settled(let settled): day = settled
    case .unarranged(let year, let provisional):
      guard assumption(UnarrangedYear.self) == .uniformWeek else {
        throw .notCovered(
          Localized(
            "规则包未收录《国务院办公厅关于\(year)年部分节假日安排的通知》：\(date) 不是法定节假日，是工作日还是休息日须待该通知"
              + "（可选 --unarranged-year uniform-week 按周一至周五工作计算）",
            en: "the packs do not hold the State Council General Office notice on the \(year) holiday arrangements: "
              + "\(date) is not a statutory holiday, and whether it is a workday or a rest day waits for that notice "
              + "(--unarranged-year uniform-week counts Monday to Friday as workdays)"))
      }
      warn(
        Warning(
          "calendar-not-arranged",
          Localized(
            "\(year)年的放假安排通知未收录：法定节假日按《全国年节及纪念日放假办法》第二条计算，其余日子按周一至周五工作、"
              + "周六周日休息计算；通知公布后可能调整个别日期",
            en: "the \(year) holiday notice is not held: statutory holidays follow 全国年节及纪念日放假办法 art. 2, the "
              + "other days the uniform week (Monday to Friday workdays); the notice, once published, may move days")))
      day = provisional
    case .outside:
      throw .notCovered(Localized("工作日历未收录 \(date)", en: "the working-time calendar does not hold \(date)"))
    }
    calendarDays[date.dayNumber] = day
    return day
  }
}

extension Measure {
  /// The number of days of the given kinds in the item's days.
  public static func days(of kinds: Set<DayKind>, _ label: Localized) -> Measure {
    sum(over: kinds, label, .days) { _, _ in .one }
  }

  /// A quantity summed over the days of the given kinds in the item's days (hours worked on statutory
  /// holidays): `value` gives each such day's quantity.
  public static func sum(
    over kinds: Set<DayKind>, _ label: Localized, _ unit: Unit,
    _ value: @escaping @Sendable (EvaluationContext, CivilDate) throws(EvaluationError) -> Rational
  ) -> Measure {
    Measure(label, unit, consults: [AssumptionInfo(UnarrangedYear.self)]) { context, period throws(EvaluationError) in
      var total = Rational.zero
      for offset in 0..<period.days {
        let date = period.from.adding(days: offset)
        if kinds.contains(try context.calendarDay(date).kind) { total = total + (try value(context, date)) }
      }
      return total
    }
  }
}
