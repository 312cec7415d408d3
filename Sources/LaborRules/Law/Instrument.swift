/// A legal instrument: a law, regulation, notice or official answer that rule packs cite.
///
/// Rule packs declare each instrument once, with its Chinese title, issuing body, document number,
/// the day it took effect and where its text was read.
public struct Instrument: Sendable, Hashable, Codable {
  /// Official Chinese title without 《》, e.g. `广东省工资支付条例`.
  public let title: String
  /// English rendering of the title.
  public let titleEn: String
  /// Issuing body, e.g. `广东省人民代表大会常务委员会`.
  public let issuer: String
  /// Document number (文号) or announcement number, when it has one.
  public let documentNumber: String?
  /// The day the packs apply the instrument (in the version cited) from: the day it took effect, or, where that
  /// day is not known, the date `effectiveIs` names.
  public let effective: CivilDate
  /// What `effective` is: the day in force (default), or an approval or publication date standing in for it.
  public let effectiveIs: DateKind
  /// The other dates of its making, where the sources give them.
  public let adopted: CivilDate?
  public let approved: CivilDate?
  public let published: CivilDate?
  /// The last day it was in force, for a superseded version; `nil` while in force or when unknown.
  public let until: CivilDate?
  /// Where the text was read: official pages or the mirrors the dossier names.
  public let sources: [String]

  /// The kinds of date an instrument has: adopted by the legislature, approved by the province (for a city's
  /// regulation), published (公布), issued (印发) or in force (施行).
  public enum DateKind: String, Sendable, Hashable, Codable {
    case adopted, approved, published, issued
    case inForce = "in-force"

    public var name: Localized {
      switch self {
      case .adopted: Localized("通过", en: "adopted")
      case .approved: Localized("批准", en: "approved")
      case .published: Localized("公布", en: "published")
      case .issued: Localized("印发", en: "issued")
      case .inForce: Localized("施行", en: "in force")
      }
    }
  }

  public init(
    _ title: String, en titleEn: String, issuer: String, number documentNumber: String? = nil,
    effective: CivilDate, effectiveIs: DateKind = .inForce, adopted: CivilDate? = nil, approved: CivilDate? = nil,
    published: CivilDate? = nil, until: CivilDate? = nil, sources: [String]
  ) {
    precondition(!sources.isEmpty, "an instrument needs a source: \(title)")
    (self.title, self.titleEn, self.issuer, self.documentNumber, self.effective, self.until, self.sources) =
      (title, titleEn, issuer, documentNumber, effective, until, sources)
    (self.effectiveIs, self.adopted, self.approved, self.published) = (effectiveIs, adopted, approved, published)
  }

  /// Every known date with what it is, in order: `[(adopted, 2005-01-19), (in force, 2005-05-01)]`.
  public var dates: [(kind: DateKind, date: CivilDate)] {
    ([(.adopted, adopted), (.approved, approved), (.published, published)] as [(DateKind, CivilDate?)])
      .compactMap { kind, date in date.map { (kind, $0) } }.filter { $0.kind != effectiveIs }
      + [(effectiveIs, effective)]
  }

  /// A citation of one provision of this instrument.
  public func article(_ number: Int, _ detail: String? = nil) -> Citation {
    Citation(instrument: self, provision: .article(number), detail: detail)
  }
  /// A citation of a numbered item (一、二、…) of a notice.
  public func item(_ number: Int, _ detail: String? = nil) -> Citation {
    Citation(instrument: self, provision: .item(number), detail: detail)
  }
  /// A citation of the instrument as a whole (a notice that sets one figure).
  public func whole(_ detail: String? = nil) -> Citation {
    Citation(instrument: self, provision: nil, detail: detail)
  }
}
