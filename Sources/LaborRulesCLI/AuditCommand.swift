import ArgumentParser
import Dispatch
import Foundation
import LaborRules
import LaborRulesAudit

extension LaborRulesCommand {
  /// `labor-rules audit FILE.csv|-`: a payroll checked row by row.
  struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "audit",
      abstract: "工资台账核查：每行一名劳动者一个月。Audit a payroll, one worker-month per CSV row.",
      discussion: """
        Input: UTF-8 CSV with a header row naming worker_id, region, month (YYYY-MM), monthly_wage, \
        workday_overtime_hours, rest_day_overtime_hours, holiday_overtime_hours, heat_exposed (0/1), \
        stoppage_start (empty, or the first day of a stoppage without work arranged still running at the \
        month's end) and paid_total, in any order; other columns are ignored. Output: a header row, then one \
        row per input row in the same order: worker_id, month, minimum_wage, normal_wage, stoppage_pay, \
        overtime_pay, high_temperature_allowance, below_minimum, entitled_total, paid_total, shortfall, error. \
        A row that cannot be evaluated keeps its place, with empty amounts and the reason in error. A summary \
        goes to standard error; rows are evaluated on every core.

          labor-rules audit payroll.csv > audit.csv
          labor-rules audit - --format jsonl < payroll.csv
          labor-rules audit payroll.csv --proration paid-days
        """)

    @Argument(help: "A CSV file, or - for standard input.")
    var file: String = "-"

    @Option(help: "csv (default) or jsonl.")
    var format: AuditFormat = .csv

    @Option(name: .long, help: "Language of the error column: en (default) or zh.")
    var lang: Language = .en

    @OptionGroup var assumptions: AssumptionOptions

    enum AuditFormat: String, ExpressibleByArgument, CaseIterable { case csv, jsonl }

    func run() throws {
      guard let handle = file == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: file) else {
        throw FlagError(flag: "FILE", reason: Localized("无法读取“\(file)”", en: "cannot read '\(file)'"))
      }
      let overrides = try assumptions.overrides
      var reader = LineReader(handle)
      guard let headerLine = reader.next() else {
        throw FlagError(flag: "FILE", reason: Localized("文件为空，缺少标题行", en: "the file is empty: no header row"))
      }
      let header = String(decoding: headerLine, as: UTF8.self)
      let columns = header.hasPrefix("\u{FEFF}") ? String(header.dropFirst()) : header
      let names = columns.split(separator: ",", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespacesAndNewlines)
      }
      let audits: [PayrollAudit]
      do {
        audits = try (0..<ProcessInfo.processInfo.activeProcessorCount).map { _ throws(EvaluationError) in
          try PayrollAudit(engine: engine, header: names, assumptions: overrides, language: lang)
        }
      } catch { throw FlagError(flag: error.field ?? "(header)", reason: error.message) }

      if format == .csv {
        output(PayrollAudit.outputColumns.joined(separator: ","))
      }
      let progress = isatty(STDERR_FILENO) == 1
      let workers = Workers(audits)
      var summary = Summary()
      while true {
        var chunk: [Data] = []
        while chunk.count < 4_096, let line = reader.next() { chunk.append(line) }
        if chunk.isEmpty { break }
        // Each row is audited and written out on a worker thread, with that worker's audit; order is kept.
        let first = summary.rows + 2  // the row's line in the file, after the header's
        let rows = concurrentMap(Array(chunk.enumerated()), workers: workers.count) { worker, row in
          let result = workers.audits[worker].audit(line: Substring(String(decoding: row.element, as: UTF8.self)))
          return (result, format == .csv ? result.csv : result.jsonLine(first + row.offset))
        }
        var text = ""
        for (result, line) in rows {
          summary.add(result)
          text += line
          text += "\n"
        }
        output(text, terminator: "")
        if progress { writeToStandardError("\r\(summary.rows) rows…") }
      }
      writeToStandardError((progress ? "\r" : "") + summary.text(lang) + "\n")
    }
  }
}

/// One audit per thread: worker `n` of `concurrentMap` uses `audits[n]` alone.
private final class Workers: @unchecked Sendable {
  let audits: [PayrollAudit]
  init(_ audits: [PayrollAudit]) { self.audits = audits }
  var count: Int { audits.count }
}

/// Rows, rows with errors, rows underpaid, the total shortfall.
private struct Summary {
  var rows = 0, errors = 0, underpaid = 0
  var shortfall = Money.zero
  mutating func add(_ result: PayrollAudit.Result) {
    rows += 1
    guard let f = result.figures else { errors += 1; return }
    if f.shortfall > .zero { underpaid += 1 }
    shortfall = shortfall + f.shortfall
  }
  func text(_ lang: Language) -> String {
    lang == .zh
      ? "\(rows) 行，\(errors) 行有错误，\(underpaid) 行少付，合计差额 \(shortfall.grouped) 元"
      : "\(rows) rows, \(errors) with errors, \(underpaid) underpaid, total shortfall \(shortfall.grouped) yuan"
  }
}

/// Lines of a file read in blocks; the last line may lack its newline. The bytes of lines already returned are
/// dropped before the next block is read, so memory stays that of one block, however long the file.
struct LineReader {
  let handle: FileHandle
  var buffer: [UInt8] = []
  /// Where the next line starts in `buffer`.
  var start = 0
  var done = false
  init(_ handle: FileHandle) { self.handle = handle }

  mutating func next() -> Data? {
    while true {
      if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
        defer { start = newline + 1 }
        return Data(buffer[start..<newline])
      }
      if done {
        guard start < buffer.count else { return nil }
        defer { start = buffer.count }
        return Data(buffer[start...])
      }
      let block = handle.readData(ofLength: 1 << 20)
      buffer.removeFirst(start)
      start = 0
      if block.isEmpty { done = true } else { buffer.append(contentsOf: block) }
    }
  }
}
