/// How the holiday regulations fix a festival's day in a year: a Gregorian date, a day of the lunar year that
/// begins in that year, the eve of that lunar year, or the day of the 清明 solar term.
public enum FestivalDay: Sendable, Hashable {
  case gregorian(month: Int, day: Int)
  case lunar(month: Int, day: Int)
  /// 除夕: the last day of the twelfth lunar month, the day before 正月初一.
  case lunarNewYearsEve
  /// 清明: the day the Sun reaches 15° (Beijing time).
  case qingming

  /// The festival's day in a Gregorian year; `nil` outside the years input may name.
  public func date(in year: Int) -> CivilDate? {
    switch self {
    case .gregorian(let month, let day): CivilDate(year: year, month: month, day: day)
    case .lunar(let month, let day): LunarCalendar.date(year, month: month, day: day)
    case .lunarNewYearsEve: LunarCalendar.newYearsEve(year)
    case .qingming: SolarTerms.qingming(year)
    }
  }
}

/// 全国年节及纪念日放假办法 art. 2 in one version: the festivals every citizen has off and their days, which fix a
/// year's statutory holidays whatever that year's arrangement notice says.
///
/// ```swift
/// rule.days(in: 2027)   // 2027-01-01 元旦, 2027-02-05 … 02-08 春节, 2027-04-05 清明节, …
/// ```
public struct StatutoryHolidayRule: Sendable {
  /// The article, in the version whose instrument says when it is in force.
  public let citation: Citation
  public let festivals: [(festival: Localized, days: [FestivalDay])]

  public init(_ citation: Citation, festivals: [(Localized, [FestivalDay])]) {
    self.citation = citation
    self.festivals = festivals.map { (festival: $0.0, days: $0.1) }
  }

  /// The years whose festival days are computed: those the lunar days and 清明 were tested for against an
  /// independent ephemeris (StatutoryHolidayTests). A later year is not covered rather than extrapolated.
  public static let computedYears = 1950...2100

  /// Festival-days a year (11 under the 2013 text, 13 under the 2024 text).
  public var daysPerYear: Int { festivals.reduce(0) { $0 + $1.days.count } }

  /// Whether the version is in force on every day of `year`.
  public func governs(_ year: Int) -> Bool {
    guard let first = CivilDate(year: year, month: 1, day: 1), let last = CivilDate(year: year, month: 12, day: 31)
    else { return false }
    let instrument = citation.instrument
    return instrument.effective <= first && (instrument.until.map { last <= $0 } ?? true)
  }

  /// The statutory holidays of a year in date order, each with its festival (two festivals joined when they fall
  /// on one date, as 国庆节 and 中秋节 on 2020-10-01); `nil` outside `computedYears` or if a festival's day cannot
  /// be computed.
  public func days(in year: Int) -> [CalendarDay]? {
    guard Self.computedYears.contains(year) else { return nil }
    var byDay: [Int: (CivilDate, [Localized])] = [:]
    for (festival, days) in festivals {
      for rule in days {
        guard let date = rule.date(in: year) else { return nil }
        byDay[date.dayNumber, default: (date, [])].1.append(festival)
      }
    }
    return byDay.values.sorted { $0.0 < $1.0 }.map { date, names in
      CalendarDay(
        date: date, kind: .statutoryHoliday,
        festival: Localized(names.map(\.zh).joined(separator: "、"), en: names.map(\.en).joined(separator: ", ")),
        citations: [citation])
    }
  }
}
