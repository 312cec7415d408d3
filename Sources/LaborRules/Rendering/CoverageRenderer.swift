/// Renders what a rulebook covers as Markdown tables, computed from the packs: each entitlement with the
/// assumptions its tree consults, the kinds still without a pack, and each pack's instruments and dated
/// parameters with the days their schedules hold. The README's coverage section is this output, and a test
/// keeps the two equal.
public struct CoverageRenderer: Sendable {
  public let language: Language
  public init(language: Language) { self.language = language }

  public func render(_ rulebook: Rulebook) -> String {
    let zh = language == .zh
    var out: [String] = []
    out.append(zh ? "| 待遇 | 名称 | 具名假设 |" : "| entitlement | what | named assumptions |")
    out.append("|---|---|---|")
    for entitlement in rulebook.entitlements {
      let keys = entitlement.assumptions.map { "`\($0.key)`" }.joined(separator: ", ")
      out.append("| `\(entitlement.kind)` | \(entitlement.title.text(language)) | \(keys.isEmpty ? "—" : keys) |")
    }
    for kind in rulebook.planned {
      out.append("| `\(kind)` | \(zh ? "尚无规则包（不覆盖）" : "no rule pack yet (not covered)") | — |")
    }
    out.append("")
    out.append(
      zh ? "| 规则包 | 文件 | 覆盖 | 日期参数（取自其日程） |" : "| pack | file | covers | dated parameters (from their schedules) |")
    out.append("|---|---|---|---|")
    for pack in rulebook.packs {
      let schedules = grouped(pack.schedules).joined(separator: "<br>")
      out.append(
        "| `\(pack.id)` | `\(pack.file)` | \(pack.coverage.text(language)) | \(schedules.isEmpty ? "—" : schedules) |")
    }
    return out.joined(separator: "\n") + "\n"
  }

  /// The named assumptions as a Markdown table: each key, its question, the default reading and the others, in
  /// the words of their declarations. The README's assumption table is this output, and a test keeps them equal.
  public func renderAssumptions(_ rulebook: Rulebook) -> String {
    let zh = language == .zh
    var out = [zh ? "| 键 | 问题 | 默认 | 其他读法 |" : "| key | question | default | other readings |", "|---|---|---|---|"]
    for info in rulebook.assumptions {
      func words(_ reading: AssumptionInfo.Reading) -> String {
        "`\(reading.value)`: \(reading.meaning.text(language))"
      }
      let standard = info.readings.first { $0.value == info.standard }.map(words) ?? "`\(info.standard)`"
      let others = info.readings.filter { $0.value != info.standard }.map(words).joined(separator: "; ")
      out.append("| `\(info.key)` | \(info.question.text(language)) | \(standard) | \(others) |")
    }
    return out.joined(separator: "\n") + "\n"
  }

  /// `minimum-wage.440300: 2008-07-01 … open, not covered 2008-07-01 … 2010-06-30`; schedules of one family
  /// with the same days are one line (`minimum-wage.* (19): 2010-05-01 … open, not covered 2010-05-01 … 2011-02-28`).
  private func grouped(_ schedules: [ScheduleSummary]) -> [String] {
    var lines: [(family: String, days: String, names: [String])] = []
    for schedule in schedules {
      let through = schedule.through.map(\.description) ?? (language == .zh ? "至今" : "open")
      var days = "\(schedule.from) … \(through)"
      if !schedule.uncovered.isEmpty {
        days +=
          (language == .zh ? "，不覆盖 " : ", not covered ") + schedule.uncovered.map(\.description).joined(separator: ", ")
      }
      let family = schedule.name.split(separator: ".").dropLast().joined(separator: ".")
      if let index = lines.firstIndex(where: { $0.family == family && $0.days == days && !family.isEmpty }) {
        lines[index].names.append(schedule.name)
      } else {
        lines.append((family, days, [schedule.name]))
      }
    }
    return lines.map { line in
      line.names.count == 1 ? "\(line.names[0]): \(line.days)" : "\(line.family).* (\(line.names.count)): \(line.days)"
    }
  }
}
