import ArgumentParser
import Foundation
import LaborRules
import LaborRulesPacks

extension LaborRulesCommand {
  /// `labor-rules calendar 2025-10 [--lang en] [--format json]`.
  struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "calendar",
      abstract: "官方工作日历：每天的类别及其依据。The official working-time calendar, day by day.",
      discussion: """
        每天是工作日、休息日、法定节假日还是调休上班日，依据《全国年节及纪念日
        放假办法》、当年的国务院办公厅放假安排通知或国务院令第174号。

        The official working-time calendar: whether each day is a workday, a rest
        day, a statutory holiday or a make-up workday (调休上班), and the provision
        that makes it so: the holiday regulations (国务院令第644号 / 第795号), the
        State Council's notice for the year, or 国务院令第174号 for ordinary weeks.
        Chinese by default; --lang en for English; --format json for services
        (date, weekday 1 = Monday … 7 = Sunday, kind, festival, festivalEn,
        citations). From 2027, a year whose notice is not held shows its
        statutory holidays (computed from the lunar calendar and the 清明 solar
        term) and marks the other days not arranged (kind not-arranged). A year
        before 2020 exits 3.

        EXAMPLES
          labor-rules calendar 2025-10
          labor-rules calendar 2025-10 --lang en
          labor-rules calendar 2025 --format json
          labor-rules calendar 2024-02-09
          labor-rules calendar 2027
        """)

    @Argument(help: "A year (2025), a month (2025-10) or a day (2025-10-06).")
    var period: String

    @Option(name: .long, help: "Output form: text (default) or json.")
    var format: CalendarFormat = .text

    @Option(name: .long, help: "Language of text output: zh (default) or en.")
    var lang: Language = .zh

    enum CalendarFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    func run() throws {
      let calendar = WorkingTimeCalendar.china
      let (year, month, day) = try readPeriod(period)
      // readPeriod has checked the date; a year's last day is its first day's year-end.
      guard let first = CivilDate(year: year, month: month ?? 1, day: day ?? 1) else { return }
      let last = day != nil ? first : month != nil ? first.lastOfMonth : first.adding(months: 11)?.lastOfMonth ?? first
      var rows: [Row] = []
      for number in first.dayNumber...last.dayNumber {
        let date = CivilDate(dayNumber: number)
        switch calendar.lookup(date) {
        case .settled(let day): rows.append(Row(date: date, day: day))
        case .unarranged: rows.append(Row(date: date, day: nil))
        case .outside:
          let error = EvaluationError.notCovered(Self.notCovered(year, calendar.coveredYears))
          if format == .json { output(JSONRenderer().render(error: error), terminator: "") }
          let message = (lang == .zh ? "错误：" : "error: ") + error.message.text(lang)
          writeToStandardError(message + "\n")
          throw ExitCode(ExitStatus.notCovered.rawValue)
        }
      }
      switch format {
      case .json: output(JSONRenderer().render(rows.map(DayObject.init)), terminator: "")
      case .text: output(render(rows, title: Self.title(year, month, day, lang), calendar), terminator: "")
      }
    }

    /// One day of the output: its kind and provisions, or `nil` for a day that waits for its year's notice.
    struct Row {
      let date: CivilDate
      let day: CalendarDay?
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; anything else is bad input (exit 2).
    func readPeriod(_ text: String) throws -> (Int, Int?, Int?) {
      let parts = text.split(separator: "-", omittingEmptySubsequences: false)
      let widths = [4, 2, 2]
      guard (1...3).contains(parts.count),
        zip(parts, widths).allSatisfy({ $0.count == $1 && $0.allSatisfy { ("0"..."9").contains($0) } }),
        let year = Int(parts[0])
      else {
        throw FlagError(
          flag: "PERIOD",
          reason: Localized(
            "“\(text)”不是年份（2025）、月份（2025-10）或日期（2025-10-06）",
            en: "'\(text)' is not a year (2025), a month (2025-10) or a day (2025-10-06)"))
      }
      let month = parts.count > 1 ? Int(parts[1]) : nil
      let day = parts.count > 2 ? Int(parts[2]) : nil
      let valid = CivilDate(year: year, month: month ?? 1, day: day ?? 1) != nil
      guard valid else {
        throw FlagError(flag: "PERIOD", reason: Localized("“\(text)”不是有效日期", en: "'\(text)' is not a calendar date"))
      }
      return (year, month, day)
    }

    static func notCovered(_ year: Int, _ covered: [Int]) -> Localized {
      let computed = StatutoryHolidayRule.computedYears.upperBound
      let span: String
      if let first = covered.first, let last = covered.last, last - first + 1 == covered.count {
        span = first == last ? "\(first)" : "\(first)–\(last)"
      } else {
        span = covered.map(String.init).joined(separator: ", ")
      }
      return Localized(
        "工作日历自\(covered.first ?? 2020)年起：\(span)年的放假安排通知已收录，其后至\(computed)年各年的法定节假日按放假办法计算；"
          + "\(year)年未收录",
        en:
          "the calendar starts in \(covered.first ?? 2020): the holiday notices of \(span) are held and the statutory "
          + "holidays of later years to \(computed) are computed; \(year) is not covered")
    }

    static func title(_ year: Int, _ month: Int?, _ day: Int?, _ lang: Language) -> String {
      let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
      ]
      switch (month, day, lang) {
      case (let m?, let d?, _): return CivilDate(year: year, month: m, day: d)?.description ?? "\(year)-\(m)-\(d)"
      case (let m?, nil, .zh): return "\(year)年\(m)月"
      case (let m?, nil, .en): return "\(months[(m - 1) % 12]) \(year)"
      case (nil, _, .zh): return "\(year)年"
      case (nil, _, .en): return "\(year)"
      }
    }

    // MARK: - Text

    func render(_ rows: [Row], title: String, _ calendar: WorkingTimeCalendar) -> String {
      let zh = lang == .zh
      var out = zh ? "\(title) 工作日历\n" : "Working-time calendar, \(title)\n"
      var month = 0
      var cited: [Instrument] = []
      let days = rows.compactMap(\.day)
      let festivalWidth = days.map { width($0.festival?.text(lang) ?? "") }.max() ?? 0
      let waiting = Localized("未安排", en: "not arranged")
      for row in rows {
        if rows.count > 31 && row.date.month != month {
          month = row.date.month
          out += "\n" + Self.title(row.date.year, month, nil, lang) + "\n"
        }
        let kind = pad(row.day?.kind.name.text(lang) ?? waiting.text(lang), zh ? 10 : 17)
        let festival = pad(row.day?.festival?.text(lang) ?? "—", max(festivalWidth, 2))
        guard let day = row.day else {
          let notice =
            zh
            ? "待《国务院办公厅关于\(row.date.year)年部分节假日安排的通知》（未收录）"
            : "waits for the State Council notice on the \(row.date.year) holiday arrangements (not held)"
          out += "\(row.date)  \(Self.weekday(row.date.weekday, lang))  \(kind)  \(festival)  \(notice)\n"
          continue
        }
        // A notice by its document number (its title is long); a regulation by its title and article. The
        // list of sources under the days gives each instrument in full.
        let sources = day.citations.map { citation in
          let instrument = citation.instrument
          if Self.isNotice(instrument), let number = instrument.documentNumber {
            return number + (zh ? citation.provisionZh : " " + citation.provisionEn)
          }
          return zh ? "《\(instrument.title)》\(citation.provisionZh)" : "\(instrument.titleEn), \(citation.provisionEn)"
        }
        for citation in day.citations where !cited.contains(citation.instrument) { cited.append(citation.instrument) }
        let source = sources.joined(separator: zh ? "；" : "; ")
        out += "\(day.date)  \(Self.weekday(day.date.weekday, lang))  \(kind)  \(festival)  \(source)\n"
      }
      let unarranged = rows.count - days.count
      out +=
        "\n" + (zh ? "合计：" : "Total: ")
        + (DayKind.allCases.compactMap { kind in
          let n = days.filter { $0.kind == kind }.count
          guard n > 0 else { return nil }
          return zh ? "\(kind.name.zh) \(n) 天" : "\(n) \(kind.name.en)\(n == 1 ? "" : "s")"
        } + (unarranged > 0 ? [zh ? "未安排 \(unarranged) 天" : "\(unarranged) not arranged"] : []))
        .joined(separator: zh ? "，" : ", ") + "\n"
      if unarranged > 0 {
        out +=
          zh
          ? "\n未收录当年放假安排通知：法定节假日按《全国年节及纪念日放假办法》第二条以农历和清明节气计算；其余日子是工作日还是"
            + "休息日（周末调休上班、补假）须待该通知。计算加班工资时可选 --unarranged-year uniform-week 按周一至周五工作计算。\n"
          : "\nThe year's holiday notice is not held: the statutory holidays follow art. 2 of the holiday regulations, "
            + "computed from the lunar calendar and the 清明 solar term; whether the other days are workdays or rest "
            + "days (weekend make-up days, 补假) waits for the notice. Overtime can take --unarranged-year "
            + "uniform-week to count Monday to Friday as workdays.\n"
      }
      out += "\n" + (zh ? "依据：" : "Sources:") + "\n"
      for instrument in cited {
        let number = instrument.documentNumber.map { $0 + (zh ? "：" : ": ") } ?? ""
        out +=
          zh
          ? "  \(number)《\(instrument.title)》（\(instrument.issuer)，\(instrument.effective)\(dateWord(instrument))）\n"
          : "  \(number)\(instrument.titleEn) (\(instrument.issuer), \(dateWord(instrument)) \(instrument.effective))\n"
      }
      if days.contains(where: { $0.citations.first == calendar.weeklyRest }) {
        out +=
          zh
          ? "周六、周日为国务院令第174号第七条规定的统一周休息日；企业可以根据实际情况灵活安排周休息日。\n"
          : "Saturday and Sunday are the uniform weekly rest days of 国务院令第174号 art. 7; an enterprise may "
            + "arrange its weekly rest days otherwise.\n"
      }
      return out
    }

    static func isNotice(_ instrument: Instrument) -> Bool { instrument.title.hasSuffix("通知") }

    /// Notices are dated; regulations take effect.
    func dateWord(_ instrument: Instrument) -> String {
      let notice = Self.isNotice(instrument)
      switch lang {
      case .zh: return notice ? "印发" : "起施行"
      case .en: return notice ? "dated" : "in force from"
      }
    }

    static func weekday(_ n: Int, _ lang: Language) -> String {
      let zh = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
      let en = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
      let i = (n - 1 + 7) % 7
      return lang == .zh ? zh[i] : en[i]
    }

    /// Pads to a display width.
    func pad(_ text: String, _ columns: Int) -> String {
      text + String(repeating: " ", count: max(0, columns - width(text)))
    }

    /// The display width, counting a CJK character or full-width punctuation as two columns.
    func width(_ text: String) -> Int {
      text.unicodeScalars.reduce(0) { sum, scalar in
        let wide =
          scalar.properties.isIdeographic || (0x3000...0x303F).contains(scalar.value)
          || (0xFF00...0xFF60).contains(scalar.value)
        return sum + (wide ? 2 : 1)
      }
    }
  }
}

/// One day of `calendar --format json`; a day that waits for its year's notice has kind `not-arranged` and no
/// citations.
private struct DayObject: Encodable {
  let row: LaborRulesCommand.CalendarCommand.Row
  init(_ row: LaborRulesCommand.CalendarCommand.Row) { self.row = row }

  private enum Keys: String, CodingKey { case date, weekday, kind, festival, festivalEn, citations }
  func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: Keys.self)
    try c.encode(row.date, forKey: .date)
    try c.encode(row.date.weekday, forKey: .weekday)
    try c.encode(row.day?.kind.rawValue ?? "not-arranged", forKey: .kind)
    try c.encode(row.day?.festival?.zh, forKey: .festival)
    try c.encode(row.day?.festival?.en, forKey: .festivalEn)
    try c.encode(row.day?.citations ?? [], forKey: .citations)
  }
}
