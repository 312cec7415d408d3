extension RoundingRule: Assumption {
  public static let key = "rounding"
  public static let standard = RoundingRule.halfUp
  public static let question = Localized(
    "每一项金额如何舍入到分（只在每一项的最后一步舍入一次）", en: "How each line item is rounded to the fen (once, at its last step)")
  public var meaning: Localized {
    switch self {
    case .halfUp: Localized("四舍五入到分", en: "half-up to the fen")
    case .halfEven: Localized("四舍六入五成双到分", en: "half-even to the fen")
    }
  }
}
