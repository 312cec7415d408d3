extension Condition {
  /// The period lies on or after a day (a version of the law in force from then).
  public static func onOrAfter(_ date: CivilDate) -> Condition {
    .test(Localized("在 \(date) 或之后", en: "on or after \(date)"),
          Test(boundaries: { _ in [date] }, holds: { _, period in period.from >= date }))
  }

  /// The period lies in a range of days (both ends included).
  public static func during(_ from: CivilDate, through: CivilDate) -> Condition {
    .test(Localized("在 \(from) 至 \(through) 之间", en: "between \(from) and \(through)"),
          Test(boundaries: { _ in [from, through.adding(days: 1)] },
               holds: { _, period in period.from >= from && period.through <= through }))
  }

  /// The claim began (its first day, e.g. the first day of stoppage) inside a range of days: the version
  /// in force when a stoppage begins governs all of it.
  public static func claimBegan(_ from: CivilDate, through: CivilDate?) -> Condition {
    let range = through.map { "\(from) 至 \($0)" } ?? "\(from) 或之后"
    let rangeEn = through.map { "between \(from) and \($0)" } ?? "on or after \(from)"
    return .test(Localized("首日在 \(range)", en: "first day \(rangeEn)"),
                 Test(holds: { context, _ in
                   let first = context.situation.period.from
                   return first >= from && through.map { first <= $0 } ?? true
                 }))
  }

  /// The worker's city is the given one.
  public static func inCity(_ region: Region) -> Condition {
    .test(Localized("工作地在\(region.fullName)", en: "workplace in \(region.pinyin)"),
          Test(holds: { context, _ in context.situation.region == region }))
  }
}
