/// The working-time calendar as a parameter of the rulebook, and the measures that count days by their kind
/// (workday, rest day, statutory holiday, make-up workday).
extension ParameterKey where Value == WorkingTimeCalendar {
  /// The official calendar (the holiday regulations and each year's State Council arrangement notice), held
  /// as a one-entry schedule over the years it covers, so that a day outside them is "not covered".
  public static let workingTimeCalendar = ParameterKey(
    "working-time-calendar", Localized("工作日历", en: "working-time calendar"))
}

extension EvaluationContext {
  /// The kind of a day on the official calendar; `notCovered` outside the calendar's years. Each day is looked
  /// up once per evaluation.
  public func calendarDay(_ date: CivilDate) throws(EvaluationError) -> CalendarDay {
    if let known = calendarDays[date.dayNumber] { return known }
    let calendar = try lookup(.workingTimeCalendar, on: date).value
    guard let day = calendar.day(date) else {
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
    Measure(label, unit) { context, period throws(EvaluationError) in
      var total = Rational.zero
      for offset in 0..<period.days {
        let date = period.from.adding(days: offset)
        if kinds.contains(try context.calendarDay(date).kind) { total = total + (try value(context, date)) }
      }
      return total
    }
  }
}
