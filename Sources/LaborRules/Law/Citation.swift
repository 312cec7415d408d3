/// Where a rule or a value comes from: an instrument and, usually, one of its provisions.
///
/// Rules and dated values take a `Citation` as a required argument, so uncited law does not compile.
public struct Citation: Sendable, Hashable {
  public enum Provision: Sendable, Hashable {
    /// 第N条 / art. N.
    case article(Int)
    /// A notice's numbered item, 第N项 (一、二、…) / item N.
    case item(Int)
  }

  public let instrument: Instrument
  public let provision: Provision?
  /// A paragraph or clause and a short paraphrase, e.g. `第一款：…`.
  public let detail: String?

  /// `第三十九条`, `第二项`, or empty for the whole instrument.
  public var provisionZh: String {
    switch provision {
    case .article(let n): "第\(ChineseNumeral.of(n))条"
    case .item(let n): "第\(ChineseNumeral.of(n))项"
    case nil: ""
    }
  }
  /// `art. 39`, `item 2`, or empty.
  public var provisionEn: String {
    switch provision {
    case .article(let n): "art. \(n)"
    case .item(let n): "item \(n)"
    case nil: ""
    }
  }
  /// `《广东省工资支付条例》第三十九条`.
  public var zh: String {
    "《\(instrument.title)》" + (instrument.documentNumber.map { "（\($0)）" } ?? "") + provisionZh
  }
  /// `Guangdong Regulations on Wage Payment, art. 39`.
  public var en: String {
    instrument.titleEn + (instrument.documentNumber.map { " (\($0))" } ?? "")
      + (provisionEn.isEmpty ? "" : ", " + provisionEn)
  }
}

extension Citation: Encodable {
  private enum Keys: String, CodingKey {
    case instrument, article, instrumentEn, articleEn, documentNumber, issuer, effective, effectiveIs, effectiveUntil
    case adopted, approved, published, detail, source
  }
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: Keys.self)
    try c.encode(instrument.title, forKey: .instrument)
    try c.encode(provisionZh, forKey: .article)
    try c.encode(instrument.titleEn, forKey: .instrumentEn)
    try c.encode(provisionEn, forKey: .articleEn)
    try c.encodeIfPresent(instrument.documentNumber, forKey: .documentNumber)
    try c.encode(instrument.issuer, forKey: .issuer)
    try c.encode(instrument.effective, forKey: .effective)
    if instrument.effectiveIs != .inForce { try c.encode(instrument.effectiveIs, forKey: .effectiveIs) }
    try c.encodeIfPresent(instrument.until, forKey: .effectiveUntil)
    try c.encodeIfPresent(instrument.adopted, forKey: .adopted)
    try c.encodeIfPresent(instrument.approved, forKey: .approved)
    try c.encodeIfPresent(instrument.published, forKey: .published)
    try c.encodeIfPresent(detail, forKey: .detail)
    try c.encode(instrument.sources, forKey: .source)
  }
}

/// Chinese numerals for article numbers: 39 → 三十九, 10 → 十, 105 → 一百零五.
enum ChineseNumeral {
  static func of(_ n: Int) -> String {
    let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    if n < 10 { return digits[n] }
    if n < 20 { return "十" + (n % 10 == 0 ? "" : digits[n % 10]) }
    if n < 100 { return digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10]) }
    let rest = n % 100
    return digits[n / 100] + "百"
      + (rest == 0 ? "" : rest < 10 ? "零" + digits[rest] : rest < 20 ? "一" + of(rest) : of(rest))
  }
}
