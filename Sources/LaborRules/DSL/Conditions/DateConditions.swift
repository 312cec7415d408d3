extension Condition {
  /// The period lies on or after a day (a version of the law in force from then).
  public static func onOrAfter(_ date: CivilDate) -> Condition {
    .test(
      Localized("在 \(date) 或之后", en: "on or after \(date)"),
      Test(boundaries: { _ in [date] }, holds: { _, period in period.from >= date }))
  }

  /// The period lies in a range of days (both ends included).
  public static func during(_ from: CivilDate, through: CivilDate) -> Condition {
    .test(
      Localized("在 \(from) 至 \(through) 之间", en: "between \(from) and \(through)"),
      Test(
        boundaries: { _ in [from, through.adding(days: 1)] },
        holds: { _, period in period.from >= from && period.through <= through }))
  }

  /// The period lies in the given calendar months of any year (a recurring season, June to October: `6...10`).
  public static func inMonths(_ months: ClosedRange<Int>) -> Condition {
    .test(
      Localized(
        "在每年 \(months.lowerBound) 月至 \(months.upperBound) 月",
        en: "in months \(months.lowerBound)"
          + "–\(months.upperBound)"),
      Test(holds: { _, period in months.contains(period.from.month) }))
  }

  /// A version of a text, in force from `from` through `through`, governs the period. When the claim
  /// straddles the version's edge, the assumption `version-in-force` decides: the version of the claim's
  /// first day (default) or the version of each day.
  public static func versionInForce(_ from: CivilDate, through: CivilDate?) -> Condition {
    let range = through.map { " \(from) 至 \($0) " } ?? " \(from) 起"
    let rangeEn = through.map { "\(from) … \($0)" } ?? "from \(from)"
    let contains: @Sendable (CivilDate) -> Bool = { day in day >= from && through.map { day <= $0 } ?? true }
    return .test(
      Localized("适用\(range)施行的文本", en: "the text in force \(rangeEn) governs"),
      Test(
        consults: [AssumptionInfo(VersionInForce.self)],
        boundaries: { _ in [from] + (through.map { [$0.adding(days: 1)] } ?? []) },
        holds: { context, period in
          let first = contains(context.claim.from), here = contains(period.from)
          if first == here { return first }
          return context.assumption(VersionInForce.self) == .firstDay ? first : here
        }))
  }

  /// The worker's city is the given one.
  public static func inCity(_ region: Region) -> Condition {
    .test(
      Localized("工作地在\(region.fullName)", en: "workplace in \(region.pinyin)"),
      Test(holds: { context, _ in context.region == region }))
  }
}
