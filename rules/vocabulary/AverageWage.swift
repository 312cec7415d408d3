// A city's published average wage (the figure 劳动合同法 art. 47 para. 2 caps a high earner's compensation at) as
// a dated regional parameter, and the schedule a city's bulletins make.
import LaborRules

/// A city's published average wage for one statistical year: the annual figures of urban non-private units
/// for on-the-job staff (在岗职工) and for employed persons (就业人员), and the day the bulletin was published.
public struct AverageWage: Sendable, Hashable {
  public let year: Int
  public let onTheJob: Money?
  public let employedPersons: Money?
  public let published: CivilDate
  public init(year: Int, onTheJob: Money?, employedPersons: Money?, published: CivilDate) {
    (self.year, self.onTheJob, self.employedPersons, self.published) = (year, onTheJob, employedPersons, published)
  }
}

extension ParameterKey where Value == AverageWage {
  /// A city's previous-year average wage as the latest bulletin published on a day gives it: a schedule per
  /// city whose entries run from one bulletin's publication to the next (劳动合同法 art. 47 para. 2).
  public static let averageWage = ParameterKey(
    "average-wage", Localized("上年度职工平均工资", en: "previous-year average wage"), regional: true)
}

/// One city bulletin: its figures, the citation, and what about it is not verified.
struct AverageWageBulletin {
  let figure: AverageWage
  let citation: Citation
  let unverified: Localized?
}

extension Schedule where Value == AverageWage {
  /// A city's figures as the latest bulletin gives them on each day: each reigns from its publication until the
  /// next year's is published, or, when the packs do not hold the next year's, until it was due (1 June two
  /// years after its statistical year, the bulletins coming out in June); a window with no figure held is
  /// unknown, naming the years missing, through `end`.
  static func averageWages(
    _ region: Region, _ bulletins: [AverageWageBulletin], through end: CivilDate, checked: CivilDate
  ) -> Schedule<AverageWage> {
    var entries: [Dated<AverageWage>] = []
    let sorted = bulletins.sorted { $0.figure.year < $1.figure.year }
    for (index, bulletin) in sorted.enumerated() {
      let successor = index + 1 < sorted.count ? sorted[index + 1].figure : nil
      let next = successor?.published ?? end.adding(days: 1)
      let due = CivilDate(year: bulletin.figure.year + 2, month: 6, day: 1) ?? next
      let reignEnds = (successor?.year == bulletin.figure.year + 1 ? next : Swift.min(due, next)).adding(days: -1)
      entries.append(
        Dated(
          bulletin.figure.published, through: reignEnds, bulletin.figure, cites: bulletin.citation, checked: checked,
          unverified: bulletin.unverified))
      if reignEnds.adding(days: 1) < next {
        let first = bulletin.figure.year + 1
        let last = (successor?.year ?? end.year) - 1
        let years = first < last ? "\(first)–\(last)" : "\(first)"
        entries.append(
          Dated(
            unknownFrom: reignEnds.adding(days: 1), through: next.adding(days: -1),
            reason: Localized(
              "规则包未收录\(region.fullName)\(years)年度职工平均工资",
              en: "the packs do not hold the \(years) average wage of \(region.pinyin)"),
            checked: checked))
      }
    }
    return Schedule("average-wage.\(region.code)", entries)
  }
}
