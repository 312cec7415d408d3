import LaborRules

/// What a full-time heat worker who joined or left within a season month is owed. 粤人社发〔2012〕117号 lets the
/// allowance be counted by days worked for the absences it lists (leave, absence without leave, and so on) and
/// says nothing of a month of joining or leaving (shared/law/addendum-2026-12-07.md §3.7).
///
/// Zhuhai, joined 2025-07-16 (12 working days employed in July):
///
/// | reading                | allowance          |
/// |------------------------|--------------------|
/// | `full-month` (default) | 300.00             |
/// | `days-worked`          | 12 × 13.8 = 165.60 |
///
/// The default follows the notice's words: counting by days is a permission to pay less, given for the absences
/// it lists, and a part month of employment is not among them.
enum HeatPartMonth: String, Assumption {
  /// The full monthly allowance (default).
  case fullMonth = "full-month"
  /// The daily figure × the working days employed in heat, at most the month.
  case daysWorked = "days-worked"

  static let key = "heat-part-month"
  static let standard = HeatPartMonth.fullMonth
  static let question = Localized(
    "月中入职或离职的高温作业劳动者，当月高温津贴按整月还是按出勤天数",
    en: "Whether a heat worker who joined or left within the month is owed the full month or the days worked")
  var meaning: Localized {
    switch self {
    case .fullMonth: Localized("按整月发放", en: "the full monthly allowance")
    case .daysWorked:
      Localized("按在职期间的工作日折算日标准，不超过月标准", en: "the daily figure × working days employed, at most the month")
    }
  }
}

extension Condition {
  /// The worker joined or left within the month and the `heat-part-month` reading counts the days worked.
  static let heatPartMonthByDays = Condition.test(
    Localized("月中入职或离职，按出勤天数折算", en: "joined or left within the month, counted by days worked"),
    Test(
      consults: [AssumptionInfo(HeatPartMonth.self)],
      holds: { context, period in
        guard context.heat?.month(containing: period.from)?.month.partOfMonth == true else { return false }
        return context.assumption(HeatPartMonth.self) == .daysWorked
      }))
}
