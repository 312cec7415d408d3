import Foundation

/// The kind of a day on the official working-time calendar.
///
/// Every date a ``WorkingTimeCalendar`` covers is exactly one kind. A statutory holiday that falls on a
/// Saturday or Sunday stays a statutory holiday (2022-01-01); the other days off of a holiday block
/// (weekends, swapped days, 补假) are rest days; a weekend day the year's notice makes a working day
/// (调休上班) is a make-up workday.
public enum DayKind: String, Sendable, Codable, CaseIterable, Hashable {
  /// A day of normal work (国务院关于职工工作时间的规定 art. 3: 8 hours a day, 40 hours a week).
  case workday
  /// A day off that is not a statutory holiday: a weekly rest day, or another day off of a holiday block.
  case restDay = "rest-day"
  /// A day the holiday regulations (全国年节及纪念日放假办法 art. 2) give every citizen off.
  case statutoryHoliday = "statutory-holiday"
  /// A Saturday or Sunday the year's State Council notice makes a working day (调休上班).
  case makeUpWorkday = "make-up-workday"

  /// 工作日 / workday, 休息日 / rest day, 法定节假日 / statutory holiday, 调休上班日 / make-up workday.
  public var name: Localized {
    switch self {
    case .workday: Localized("工作日", en: "workday")
    case .restDay: Localized("休息日", en: "rest day")
    case .statutoryHoliday: Localized("法定节假日", en: "statutory holiday")
    case .makeUpWorkday: Localized("调休上班日", en: "make-up workday")
    }
  }
}

/// One day of the calendar with the provisions that make it what it is.
public struct CalendarDay: Sendable, Hashable {
  public let date: CivilDate
  public let kind: DayKind
  /// For a statutory holiday, its festival (two when they coincide, as 国庆节 and 中秋节 on 2020-10-01);
  /// for another day of a holiday block, a rest day or a make-up workday, the block's festivals;
  /// `nil` for an ordinary day.
  public let festival: Localized?
  /// The provisions, first the one that decides the kind: the holiday regulations' article for a
  /// statutory holiday, the notice's item for the other days of a block, the working-time rule otherwise.
  public let citations: [Citation]

  public init(date: CivilDate, kind: DayKind, festival: Localized? = nil, citations: [Citation]) {
    (self.date, self.kind, self.festival, self.citations) = (date, kind, festival, citations)
  }
}

/// One item of a year's notice: the days off around a festival (or two festivals joined), which of them
/// are the statutory holidays, and the make-up workdays.
///
/// Dates are written as the notice writes them: `MM-DD` in the arrangement's year, or `YYYY-MM-DD` for a
/// day of another year (the 2023 notice starts 元旦 on 2022-12-31). `off` is one day (`"01-01"`) or a span
/// (`"01-28…02-04"`, also `...`); `work` is a space-separated list. A date that cannot be read is not
/// trapped on: ``YearArrangement/problems`` reports it.
///
/// ```swift
/// // 六、国庆节、中秋节: Wed 10-01 … Wed 10-08, 8 days; work Sun 09-28, Sat 10-11
/// HolidayBlock(notice.item(6), off: "10-01…10-08", work: "09-28 10-11",
///              holidays: [(nationalDay, "10-01 10-02 10-03"), (midAutumn, "10-06")])
/// ```
public struct HolidayBlock: Sendable {
  /// The notice's item (or, for the 2020 extension, the extending notice's item).
  public let citation: Citation
  /// The days off, as written.
  public let off: String
  /// The make-up workdays, as written.
  public let work: String
  /// Each festival of the block with its statutory days, as written.
  public let holidays: [(festival: Localized, dates: String)]
  /// What the block's rest days and make-up workdays are labelled with: given, or the festivals joined.
  public let name: Localized?

  public init(
    _ citation: Citation, off: String, work: String = "", holidays: [(Localized, String)] = [],
    name: Localized? = nil
  ) {
    (self.citation, self.off, self.work) = (citation, off, work)
    self.holidays = holidays.map { (festival: $0.0, dates: $0.1) }
    if let name {
      self.name = name
    } else if holidays.isEmpty {
      self.name = nil
    } else {
      self.name = Localized(
        holidays.map { $0.0.zh }.joined(separator: "、"), en: holidays.map { $0.0.en }.joined(separator: ", "))
    }
  }
}

/// One year's arrangement: the State Council General Office's notice and its dates.
///
/// The notice gives each block's days off and make-up workdays; the holiday regulations in force give
/// which of the days off are statutory holidays. The other days off of a block are rest days.
public struct YearArrangement: Sendable {
  public let year: Int
  /// 国务院办公厅关于XXXX年部分节假日安排的通知.
  public let notice: Instrument
  /// 全国年节及纪念日放假办法 art. 2 in the version in force that year.
  public let holidayRule: Citation
  /// How many statutory holiday days that version gives a year (11 from 2014, 13 from 2025).
  public let statutoryDaysPerYear: Int
  public let blocks: [HolidayBlock]
  /// The days the arrangement makes other than ordinary, in date order.
  public let days: [CalendarDay]
  /// Festival-days the blocks name: one more than the statutory dates when two festivals coincide.
  public let statutoryEntitlements: Int
  /// Inconsistencies in the data (unreadable or duplicated dates, a statutory day outside its block,
  /// a make-up workday that is not a weekend day, a regulation not in force that year); empty when sound.
  public let problems: [String]

  public init(
    year: Int, notice: Instrument, holidayRule: Citation, statutoryDaysPerYear: Int, blocks: [HolidayBlock]
  ) {
    (self.year, self.notice, self.holidayRule, self.statutoryDaysPerYear, self.blocks) =
      (year, notice, holidayRule, statutoryDaysPerYear, blocks)
    var problems: [String] = []
    var byDay: [Int: CalendarDay] = [:]
    var entitlements = 0

    func read(_ text: Substring, _ what: String) -> CivilDate? {
      let full = text.count == 5 ? "\(year)-\(text)" : String(text)
      guard let date = try? CivilDate(parsing: full) else {
        problems.append("\(year): \(what): '\(text)' is not a date written MM-DD or YYYY-MM-DD")
        return nil
      }
      // A notice may reach a few days into the next or the previous year (2022-12-31), not further.
      let nearYear =
        date.year == year || (date.year == year - 1 && date.month == 12 && date.day >= 25)
        || (date.year == year + 1 && date.month == 1 && date.day <= 7)
      if !nearYear { problems.append("\(year): \(what): \(date) lies outside the year") }
      return date
    }
    func add(_ day: CalendarDay) {
      if let earlier = byDay[day.date.dayNumber] {
        problems.append("\(year): \(day.date) is listed twice (\(earlier.kind.rawValue), \(day.kind.rawValue))")
      } else {
        byDay[day.date.dayNumber] = day
      }
    }

    for block in blocks {
      let label = "\(block.citation.zh) \(block.off)"
      // The days off: one day, or a span.
      let ends = block.off.replacingOccurrences(of: "...", with: "…").split(separator: "…")
      var span: [CivilDate] = []
      if ends.count == 1 || ends.count == 2, let start = read(ends[0], label),
        let end = ends.count == 2 ? read(ends[1], label) : start
      {
        if end < start || end.dayNumber - start.dayNumber > 15 {
          problems.append("\(year): \(label): the days off do not form a span of at most 16 days")
        } else {
          span = (start.dayNumber...end.dayNumber).map(CivilDate.init(dayNumber:))
        }
      } else if ends.count != 1 && ends.count != 2 {
        problems.append("\(year): \(label): days off are one date or two joined by …")
      }
      let spanDays = Set(span.map(\.dayNumber))

      // The statutory days, with their festivals (two festivals on one date make one statutory day).
      var festivals: [Int: [Localized]] = [:]
      for holiday in block.holidays {
        for text in holiday.dates.split(separator: " ") {
          guard let date = read(text, "\(label) \(holiday.festival.zh)") else { continue }
          entitlements += 1
          if !spanDays.contains(date.dayNumber) {
            problems.append("\(year): \(label): statutory day \(date) is not among the block's days off")
          }
          if festivals[date.dayNumber]?.contains(holiday.festival) == true {
            problems.append("\(year): \(label): \(date) is listed twice for \(holiday.festival.zh)")
          }
          festivals[date.dayNumber, default: []].append(holiday.festival)
        }
      }
      for date in span {
        if let names = festivals[date.dayNumber] {
          let festival = Localized(
            names.map(\.zh).joined(separator: "、"), en: names.map(\.en).joined(separator: ", "))
          add(
            CalendarDay(
              date: date, kind: .statutoryHoliday, festival: festival,
              citations: [holidayRule, block.citation]))
        } else {
          add(CalendarDay(date: date, kind: .restDay, festival: block.name, citations: [block.citation]))
        }
      }

      // The make-up workdays: weekend days outside the days off.
      for text in block.work.split(separator: " ") {
        guard let date = read(text, "\(label) 上班") else { continue }
        if date.weekday < 6 {
          problems.append("\(year): \(label): make-up workday \(date) is not a Saturday or Sunday")
        }
        add(CalendarDay(date: date, kind: .makeUpWorkday, festival: block.name, citations: [block.citation]))
      }
    }

    if entitlements != statutoryDaysPerYear {
      problems.append("\(year): the blocks name \(entitlements) statutory days, the regulation \(statutoryDaysPerYear)")
    }
    let rule = holidayRule.instrument
    if let start = CivilDate(year: year, month: 1, day: 1), let end = CivilDate(year: year, month: 12, day: 31) {
      if rule.effective > start || (rule.until.map { $0 < end } ?? false) {
        problems.append("\(year): \(holidayRule.zh) is not in force for the whole year")
      }
    } else {
      problems.append("\(year): not a year the calendar can hold")
    }
    self.days = byDay.values.sorted { $0.date < $1.date }
    self.statutoryEntitlements = entitlements
    self.problems = problems
  }

  /// How many days of the arrangement are of a kind.
  public func count(_ kind: DayKind) -> Int { days.filter { $0.kind == kind }.count }
}

/// The calendar: weekends are rest days and other days workdays unless a year's arrangement says otherwise.
///
/// ```swift
/// let calendar = WorkingTimeCalendar.china
/// calendar.day(CivilDate("2025-10-06"))?.kind   // .statutoryHoliday (中秋节)
/// calendar.day(CivilDate("2027-02-06"))?.kind   // .statutoryHoliday (春节, computed: no 2027 notice held)
/// calendar.lookup(CivilDate("2027-03-01"))      // .unarranged(2027, provisional: a workday)
/// ```
///
/// The weekly rest days are those of 国务院关于职工工作时间的规定 art. 7 (Saturday and Sunday, the uniform
/// schedule); an enterprise may arrange its weekly rest days otherwise under the same article, which a
/// worker's own facts must then say. In a year whose arrangement notice is not held, the statutory holidays
/// still follow from the holiday regulations in force (``StatutoryHolidayRule``); the other days wait for the
/// notice, which may make a weekend a workday or a weekday a rest day.
public struct WorkingTimeCalendar: Sendable {
  /// What the calendar says of a day.
  public enum Lookup: Sendable {
    /// The day's kind is settled: an arranged year, or a statutory holiday fixed by the regulations.
    case settled(CalendarDay)
    /// A day of a year whose arrangement notice is not held, other than a statutory holiday: what the
    /// uniform week would make it, which the notice may change.
    case unarranged(year: Int, provisional: CalendarDay)
    /// A day of a year before the calendar's first or with no holiday regulation in force.
    case outside
  }

  /// Saturday and Sunday are the weekly rest days.
  public let weeklyRest: Citation
  /// Other days are workdays (8 hours a day, 40 hours a week).
  public let workday: Citation
  /// The years' arrangements, in year order.
  public let arrangements: [YearArrangement]
  /// The versions of the holiday regulations' list of festivals, each with its dates in force.
  public let statutoryRules: [StatutoryHolidayRule]
  /// The years the calendar answers for in full, ascending.
  public let coveredYears: [Int]
  /// Inconsistencies in the data: each arrangement's, a year given twice, a date two arrangements list.
  /// Empty when the data is sound; a test asserts it.
  public let problems: [String]

  private let exceptional: [Int: CalendarDay]
  private let covered: Set<Int>
  private let computed = StatutoryDays()

  public init(
    weeklyRest: Citation, workday: Citation, years: [YearArrangement], statutoryRules: [StatutoryHolidayRule] = []
  ) {
    (self.weeklyRest, self.workday, self.statutoryRules) = (weeklyRest, workday, statutoryRules)
    var problems: [String] = []
    var exceptional: [Int: CalendarDay] = [:]
    var covered: Set<Int> = []
    for arrangement in years.sorted(by: { $0.year < $1.year }) {
      problems += arrangement.problems
      if !covered.insert(arrangement.year).inserted {
        problems.append("\(arrangement.year): two arrangements for the year")
      }
      for day in arrangement.days {
        if let earlier = exceptional[day.date.dayNumber] {
          problems.append("\(day.date) is listed by two arrangements (\(earlier.citations.last?.zh ?? ""))")
        } else {
          exceptional[day.date.dayNumber] = day
        }
      }
    }
    self.arrangements = years.sorted { $0.year < $1.year }
    self.coveredYears = covered.sorted()
    (self.exceptional, self.covered, self.problems) = (exceptional, covered, problems)
  }

  /// Whether the calendar answers for every day of a date's year (its arrangement notice is held).
  public func covers(_ date: CivilDate) -> Bool { covered.contains(date.year) }

  /// What the calendar says of a day. Years from the first arranged year on that have no arrangement get their
  /// statutory holidays from the regulations in force; their other days are `unarranged`.
  public func lookup(_ date: CivilDate) -> Lookup {
    if covers(date) { return .settled(exceptional[date.dayNumber] ?? ordinary(date)) }
    guard let first = coveredYears.first, date.year > first, let holidays = statutoryHolidays(inYear: date.year)
    else { return .outside }
    if let holiday = holidays[date.dayNumber] { return .settled(holiday) }
    return .unarranged(year: date.year, provisional: ordinary(date))
  }

  /// The day if its kind is settled, or `nil`: the caller reports "not covered".
  public func day(_ date: CivilDate) -> CalendarDay? {
    if case .settled(let day) = lookup(date) { return day }
    return nil
  }

  /// The statutory holidays of a year by the regulations in force all that year, by day number; `nil` if no
  /// version governs the whole year.
  public func statutoryHolidays(inYear year: Int) -> [Int: CalendarDay]? {
    if let known = computed.get(year) { return known }
    guard let rule = statutoryRules.first(where: { $0.governs(year) }), let days = rule.days(in: year) else {
      return nil
    }
    let byDay = Dictionary(days.map { ($0.date.dayNumber, $0) }, uniquingKeysWith: { first, _ in first })
    computed.set(year, byDay)
    return byDay
  }

  /// A day of the uniform week: Saturday and Sunday rest days, other days workdays.
  private func ordinary(_ date: CivilDate) -> CalendarDay {
    date.weekday >= 6
      ? CalendarDay(date: date, kind: .restDay, citations: [weeklyRest])
      : CalendarDay(date: date, kind: .workday, citations: [workday])
  }

  /// Every day from `from` through `through`, or `nil` if any of them is not settled.
  public func days(from: CivilDate, through: CivilDate) -> [CalendarDay]? {
    guard from <= through else { return [] }
    var result: [CalendarDay] = []
    for number in from.dayNumber...through.dayNumber {
      guard let day = day(CivilDate(dayNumber: number)) else { return nil }
      result.append(day)
    }
    return result
  }

  /// Every day of a year, or `nil` if the year is not covered.
  public func days(inYear year: Int) -> [CalendarDay]? {
    guard let first = CivilDate(year: year, month: 1, day: 1), let last = CivilDate(year: year, month: 12, day: 31)
    else { return nil }
    return days(from: first, through: last)
  }

  /// Every day of a month, or `nil` if the month is not a month or not covered.
  public func days(inYear year: Int, month: Int) -> [CalendarDay]? {
    guard let first = CivilDate(year: year, month: month, day: 1) else { return nil }
    return days(from: first, through: first.lastOfMonth)
  }

  /// The arrangement of a year, if the calendar has it.
  public func arrangement(for year: Int) -> YearArrangement? { arrangements.first { $0.year == year } }
}

/// The statutory holidays computed for each year asked about, shared by every copy of a calendar.
private final class StatutoryDays: @unchecked Sendable {
  private let lock = NSLock()
  private var years: [Int: [Int: CalendarDay]] = [:]
  func get(_ year: Int) -> [Int: CalendarDay]? { lock.withLock { years[year] } }
  func set(_ year: Int, _ days: [Int: CalendarDay]) { lock.withLock { years[year] = days } }
}
