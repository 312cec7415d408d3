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
  /// The day the instrument (in the version cited) took effect.
  public let effective: CivilDate
  /// The last day it was in force, for a superseded version; `nil` while in force or when unknown.
  public let until: CivilDate?
  /// Where the text was read: official pages or the mirrors the dossier names.
  public let sources: [String]

  public init(
    _ title: String, en titleEn: String, issuer: String, number documentNumber: String? = nil,
    effective: CivilDate, until: CivilDate? = nil, sources: [String]
  ) {
    precondition(!sources.isEmpty, "an instrument needs a source: \(title)")
    (self.title, self.titleEn, self.issuer, self.documentNumber, self.effective, self.until, self.sources) =
      (title, titleEn, issuer, documentNumber, effective, until, sources)
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
