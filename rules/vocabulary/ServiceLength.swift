// A length of service counted in calendar months by 民法典 arts. 201–202, shared by severance (劳动合同法 art. 47)
// and the medical period (劳部发〔1994〕479号 art. 3).
import LaborRules

/// A length of service in calendar months from the first day, plus the days left over: the whole months are
/// the most whose period (``CivilDate/lastDayOfPeriod(months:)``, 民法典 arts. 201–202) ends by the last day of
/// service, the days those after it. Hired 2020-08-31 and gone after 2021-02-27: 5 months 28 days (six months
/// from 2020-08-31 end on 2021-02-28).
struct ServiceLength: Sendable, Hashable, Comparable {
  let totalMonths: Int
  let days: Int
  var years: Int { totalMonths / 12 }
  var months: Int { totalMonths % 12 }

  /// Whole months and days, as the facts give them (years and months of service).
  init(totalMonths: Int, days: Int = 0) { (self.totalMonths, self.days) = (totalMonths, days) }

  init(_ period: DateRange) {
    var months = (period.through.year - period.from.year) * 12 + period.through.month - period.from.month + 1
    while months > 0, period.from.lastDayOfPeriod(months: months).map({ $0 > period.through }) ?? true { months -= 1 }
    let reached = period.from.lastDayOfPeriod(months: months) ?? period.from.adding(days: -1)
    (totalMonths, days) = (months, period.through.dayNumber - reached.dayNumber)
  }

  /// Longer: more whole months, or as many and more days.
  static func < (a: ServiceLength, b: ServiceLength) -> Bool { (a.totalMonths, a.days) < (b.totalMonths, b.days) }

  /// Exactly `years` years, no day more or less.
  static func years(_ years: Int) -> ServiceLength { ServiceLength(totalMonths: years * 12) }

  /// `5年7个月`, `4个月12天`.
  var words: Localized {
    var zh = "", en: [String] = []
    if years > 0 { zh += "\(years)年"; en.append("\(years) year\(years == 1 ? "" : "s")") }
    if months > 0 { zh += "\(months)个月"; en.append("\(months) month\(months == 1 ? "" : "s")") }
    if days > 0 { zh += "\(days)天"; en.append("\(days) day\(days == 1 ? "" : "s")") }
    return Localized(zh.isEmpty ? "0天" : zh, en: en.isEmpty ? "0 days" : en.joined(separator: " "))
  }

  /// Months of wage under 劳动合同法 art. 47 para. 1: one per full year; a remainder of six months or more,
  /// one; a shorter remainder, a half.
  var monthsOwed: Rational {
    let remainder: Rational = months >= 6 ? .one : (months > 0 || days > 0 ? Rational(1, 2) : .zero)
    return Rational(Int64(years)) + remainder
  }
}
