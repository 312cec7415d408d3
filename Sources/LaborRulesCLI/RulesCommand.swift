import ArgumentParser
import LaborRules

extension LaborRulesCommand {
  /// `labor-rules rules`: the packs, their instruments, coverage and last-checked dates.
  struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "rules",
      abstract:
        "List the rule packs: each instrument with its dates and where its text was read, the dates each dated "
        + "parameter covers, and when its source was last checked."
    )

    @Option(name: .long, help: "Language: zh (default) or en.")
    var lang: Language = .zh

    @Flag(help: "Print the coverage tables in Markdown (the README's coverage section).")
    var markdown = false

    func run() {
      if markdown { return output(CoverageRenderer(language: lang).render(engine.rulebook), terminator: "") }
      let zh = lang == .zh
      for pack in engine.rulebook.packs {
        output("\(pack.id)  \(pack.title.text(lang))  (\(pack.file))")
        output(
          "  \(zh ? "覆盖：" : "Covers: ")\(pack.coverage.text(lang))  \(zh ? "最后核对" : "last checked") \(pack.lastChecked)"
        )
        for instrument in pack.instruments {
          let number = instrument.documentNumber.map { zh ? "（\($0)）" : " (\($0))" } ?? ""
          let title = zh ? "《\(instrument.title)》" : instrument.titleEn
          let dates = instrument.dates.map { "\($0.kind.name.text(lang)) \($0.date)" }.joined(
            separator: zh ? "，" : ", ")
          let until = instrument.until.map { zh ? "，施行至 \($0)" : ", in force until \($0)" } ?? ""
          output("  \(title)\(number)  \(dates)\(until)  \(instrument.issuer)")
          for source in instrument.sources { output("    \(zh ? "来源：" : "source: ")\(source)") }
        }
        for schedule in pack.schedules {
          let through = schedule.through.map(\.description) ?? (zh ? "至今" : "open")
          var line =
            "  [\(schedule.name)] \(schedule.from) … \(through)  "
            + "\(zh ? "最后核对" : "last checked") \(schedule.lastChecked)"
          if !schedule.uncovered.isEmpty {
            line += (zh ? "  不覆盖：" : "  not covered: ") + schedule.uncovered.map(\.description).joined(separator: ", ")
          }
          output(line)
        }
      }
    }
  }

  /// `labor-rules assumptions`: the named assumptions, their readings and defaults.
  struct AssumptionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "assumptions",
      abstract: "List the named assumptions: each open question of interpretation, its readings and its default.",
      discussion: """
        Override one in a scenario ("assumptions": {"proration": "paid-days"}) or by flag \
        (--proration paid-days, or --assume proration=paid-days).
        """)

    @Option(name: .long, help: "Language: zh (default) or en.")
    var lang: Language = .zh

    @Flag(help: "Print them as a Markdown table (the README's assumption table).")
    var markdown = false

    func run() {
      if markdown { return output(CoverageRenderer(language: lang).renderAssumptions(engine.rulebook), terminator: "") }
      for entry in engine.rulebook.assumptions {
        output("\(entry.key): \(entry.question.text(lang))")
        for reading in entry.readings {
          let mark = reading.value == entry.standard ? (lang == .zh ? "（默认）" : " (default)") : ""
          output("  \(reading.value)\(mark): \(reading.meaning.text(lang))")
        }
      }
    }
  }
}
