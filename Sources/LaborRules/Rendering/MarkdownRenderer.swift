/// Renders a determination as Markdown: a table of line items, then the derivation of each.
public struct MarkdownRenderer: Sendable {
  public let language: Language
  public init(language: Language) { self.language = language }

  public func render(_ d: Determination) -> String {
    let zh = language == .zh
    var out: [String] = []
    out.append("# \(zh ? "计算书" : "Calculation"): \(d.title.text(language))")
    out.append("")
    out.append(zh ? "- 地区：\(d.region.fullName)（\(d.region.code)）" : "- Region: \(d.region.pinyin) (\(d.region.code))")
    out.append(zh ? "- 期间：\(d.period.from) 至 \(d.period.through)" : "- Period: \(d.period.from) to \(d.period.through)")
    out.append(zh ? "- **合计：\(d.total.grouped) 元**" : "- **Total: \(d.total.grouped) yuan**")
    if let paid = d.paid, let shortfall = d.shortfall {
      out.append(
        zh
          ? "- 已付：\(paid.grouped) 元；差额：**\(shortfall.grouped) 元**"
          : "- Paid: \(paid.grouped) yuan; shortfall: **\(shortfall.grouped) yuan**")
    }
    out.append("")
    out.append(zh ? "| # | 起 | 止 | 金额（元） | 依据 | 法条 |" : "| # | From | To | Amount (yuan) | Basis | Law |")
    out.append("|---|---|---|---:|---|---|")
    for (index, item) in d.items.enumerated() {
      let law = item.citations.names(language).joined(separator: "<br>")
      out.append(
        "| \(index + 1) | \(item.from) | \(item.to) | \(item.amount.grouped) | \(item.basis.text(language)) | \(law) |")
    }
    out.append("")
    out.append(zh ? "## 推导" : "## Derivation")
    for (index, item) in d.items.enumerated() {
      out.append("")
      out.append("### \(index + 1). \(item.from) – \(item.to)")
      for observation in item.conditions {
        out.append(
          "- \(observation.label.text(language)): \(observation.holds ? (zh ? "是" : "yes") : (zh ? "否" : "no"))")
      }
      for step in item.steps { out.append("- " + step.words.text(language)) }
    }
    if !d.warnings.isEmpty {
      out.append("")
      out.append(zh ? "## 提示" : "## Warnings")
      for warning in d.warnings { out.append("- `\(warning.code.rawValue)` \(warning.message.text(language))") }
    }
    if !d.assumptions.isEmpty {
      out.append("")
      out.append(zh ? "## 所用假设" : "## Assumptions used")
      for a in d.assumptions {
        out.append(
          "- `\(a.key) = \(a.value)`\(a.default ? (zh ? "（默认）" : " (default)") : ""): \(a.meaning.text(language))")
        for other in d.alternatives where other.key == a.key { out.append("  - " + other.words.text(language)) }
      }
    }
    return out.joined(separator: "\n") + "\n"
  }
}
