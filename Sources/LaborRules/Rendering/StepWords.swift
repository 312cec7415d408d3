/// The words of a derivation: each structured step of the engine in Chinese and English.
extension TraceStep {
  public var words: Localized {
    switch self {
    case .value(let q, let since, _):
      let label = q.label ?? Localized("", en: "")
      let value = q.unit.isMoney && q.value.denominator == 1 ? Money(fen: q.value.numerator).grouped : q.figure
      return Localized(
        "\(label.zh) \(value) \(q.unit.words.zh)" + (since.map { "（自 \($0) 起）" } ?? ""),
        en: "\(label.en) \(value) \(q.unit.words.en)" + (since.map { " (from \($0))" } ?? ""))

    case .arithmetic(let op, let operands, let result):
      // Terms of a sum or a difference are named; factors are named unless they are money.
      let named = op == .plus || op == .minus
      let zh = operands.map { $0.operand(.zh, named: named) }.joined(separator: " \(op.rawValue) ")
      let en = operands.map { $0.operand(.en, named: named) }.joined(separator: " \(op.rawValue) ")
      return Localized(
        "\(zh) = \(result.figure) \(result.unit.words.zh)".trimmed,
        en: "\(en) = \(result.figure) \(result.unit.words.en)".trimmed)

    case .limit(let limit, let amount, let bound, let applied, _):
      let what = amount.label ?? Localized("金额", en: "the amount")
      let (a, aEn) = (
        "\(amount.figure) \(amount.unit.words.zh)".trimmed, "\(amount.figure) \(amount.unit.words.en)".trimmed
      )
      let (b, bEn) = (
        "\(bound.figure) \(bound.unit.words.zh)".trimmed, "\(bound.figure) \(bound.unit.words.en)".trimmed
      )
      switch (limit, applied) {
      case (.floor, true):
        return Localized(
          "\(what.zh) \(a) 低于下限 \(b)，按下限计", en: "\(what.en) of \(aEn) is below the floor of \(bEn); the floor applies")
      case (.floor, false):
        return Localized("\(what.zh) \(a) 不低于下限 \(b)", en: "\(what.en) of \(aEn) is not below the floor of \(bEn)")
      case (.cap, true):
        return Localized(
          "\(what.zh) \(a) 高于上限 \(b)，按上限计", en: "\(what.en) of \(aEn) is above the cap of \(bEn); the cap applies")
      case (.cap, false):
        return Localized("\(what.zh) \(a) 不高于上限 \(b)", en: "\(what.en) of \(aEn) is not above the cap of \(bEn)")
      }

    case .prorate(let reading, let monthly, let days, let of, let result, _):
      let (m, r) = (monthly.yuanDescription, result.yuanDescription)
      switch reading {
      case .calendarDays:
        return Localized(
          "\(m) × \(days)/\(of)（当月 \(of) 天中的 \(days) 天）= \(r)",
          en: "\(m) × \(days)/\(of) (\(days) of the month's \(of) days) = \(r)")
      case .paidDays:
        return Localized(
          "\(m) ÷ \(of) × \(days)（计薪日，不超过月额）= \(r)",
          en: "\(m) ÷ \(of) × \(days) (paid days, at most the monthly amount) = \(r)")
      case .wholeMonth:
        return Localized("整月计 \(m)", en: "whole month: \(m)")
      }

    case .measure(let rate, let measure, let result):
      let (zh, en) = (measure.label?.zh ?? "", measure.label?.en ?? "")
      return Localized(
        "\(rate.figure) \(rate.unit.words.zh) × \(measure.figure) \(measure.unit.words.zh)（\(zh)）= \(result.figure)",
        en:
          "\(rate.figure) \(rate.unit.words.en) × \(measure.figure) \(measure.unit.words.en) (\(en)) = \(result.figure)"
      )

    case .round(let exact, let amount, let rule):
      return Localized(
        "\(exact.yuanDescription) → \(amount.grouped) 元（\(rule.meaning.zh)）",
        en: "\(exact.yuanDescription) → \(amount.grouped) yuan (\(rule.meaning.en))")

    case .note(let words, _):
      return words
    }
  }
}

extension Quantity {
  /// The number as arithmetic shows it: yuan for money, a percentage for a ratio.
  var figure: String {
    if unit.isMoney { return value.yuanDescription }
    if unit == .ratio { return value.percentText }
    return value.description
  }

  /// An operand of arithmetic; a rate or a count (or, when `named`, any term) shows what it is.
  func operand(_ language: Language, named: Bool) -> String {
    guard named || !unit.isMoney, let label else { return figure }
    return language == .zh ? "\(figure)（\(label.zh)）" : "\(figure) (\(label.en))"
  }
}

extension String {
  var trimmed: String {
    var s = self
    while s.hasSuffix(" ") { s.removeLast() }
    return s
  }
}

extension [Citation] {
  /// The provisions as a reader names them, each once (two details of one article read as one article).
  func names(_ language: Language) -> [String] {
    var seen: Set<String> = []
    return map { language == .zh ? $0.zh : $0.en }.filter { seen.insert($0).inserted }
  }
}

extension Alternative {
  /// `若取 paid-days：合计 4,827.59 元（相差 +77.59）`.
  public var words: Localized {
    switch outcome {
    case .success(let total):
      if let shortfall {
        Localized(
          "若取 \(value)：合计 \(total.grouped) 元，差额 \(shortfall.grouped) 元",
          en: "with \(value): total \(total.grouped) yuan, short by \(shortfall.grouped)")
      } else {
        Localized("若取 \(value)：合计 \(total.grouped) 元", en: "with \(value): total \(total.grouped) yuan")
      }
    case .failure(let error):
      Localized("若取 \(value)：无结果（\(error.code)）", en: "with \(value): no result (\(error.code))")
    }
  }
}
