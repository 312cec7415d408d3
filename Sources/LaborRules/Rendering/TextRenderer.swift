/// Renders a determination as a 计算书 (calculation statement) a worker can read and a lawyer can check:
/// each line item with its dates, amount, basis, the conditions that selected it, the arithmetic and
/// the articles; then the total, what was paid, warnings and the assumptions used.
public struct TextRenderer: Sendable {
  public let language: Language
  public init(language: Language) { self.language = language }

  public func render(_ d: Determination) -> String {
    let zh = language == .zh
    var out: [String] = []
    out.append(zh ? "计算书：\(d.title.zh)" : "Calculation: \(d.title.en)")
    out.append(zh ? "地区：\(d.region.fullName)（\(d.region.code)）" : "Region: \(d.region.pinyin) (\(d.region.code))")
    out.append(zh ? "期间：\(range(d.period))" : "Period: \(range(d.period))")
    for (index, item) in d.items.enumerated() {
      out.append("")
      out.append("\(index + 1). \(range(item.from, item.to))  \(item.amount.grouped) \(zh ? "元" : "yuan")")
      out.append("   \(zh ? "依据：" : "Basis: ")\(item.basis.text(language))")
      if !item.conditions.isEmpty {
        out.append(
          "   \(zh ? "条件：" : "Conditions: ")"
            + item.conditions.map {
              $0.label.text(language) + (zh ? ($0.holds ? "（是）" : "（否）") : ($0.holds ? " (yes)" : " (no)"))
            }.joined(separator: zh ? "；" : "; "))
      }
      out.append(zh ? "   计算：" : "   Computation:")
      for step in item.steps { out.append("     " + step.words.text(language)) }
      out.append(
        "   \(zh ? "法条：" : "Law: ")" + item.citations.names(language).joined(separator: zh ? "；" : "; "))
    }
    out.append("")
    out.append(zh ? "合计：\(d.total.grouped) 元" : "Total: \(d.total.grouped) yuan")
    if let paid = d.paid, let shortfall = d.shortfall {
      out.append(
        zh
          ? "已付：\(paid.grouped) 元；差额：\(shortfall.grouped) 元"
          : "Paid: \(paid.grouped) yuan; shortfall: \(shortfall.grouped) yuan")
    }
    if !d.warnings.isEmpty {
      out.append("")
      out.append(zh ? "提示：" : "Warnings:")
      for warning in d.warnings { out.append("  [\(warning.code.rawValue)] \(warning.message.text(language))") }
    }
    if !d.assumptions.isEmpty {
      out.append("")
      out.append(
        zh
          ? "所用假设（可在情景文件 assumptions 中或以命令行参数更改）："
          : "Assumptions used (change them in the scenario's assumptions or by flag):")
      for a in d.assumptions {
        let origin = a.default ? (zh ? "默认" : "default") : (zh ? "指定" : "chosen")
        let meaning = a.meaning.text(language)
        out.append(
          zh ? "  \(a.key) = \(a.value)（\(origin)）：\(meaning)" : "  \(a.key) = \(a.value) (\(origin)): \(meaning)")
        for other in d.alternatives where other.key == a.key {
          out.append("    " + other.words.text(language))
        }
      }
    }
    return out.joined(separator: "\n") + "\n"
  }

  private func range(_ period: DateRange) -> String { range(period.from, period.through) }
  private func range(_ from: CivilDate, _ to: CivilDate) -> String {
    from == to ? "\(from)" : language == .zh ? "\(from) 至 \(to)" : "\(from) to \(to)"
  }
}
