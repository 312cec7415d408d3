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
        A field may be quoted to hold commas; a line break always ends a row (N lines in, N rows out). A row \
        that cannot be evaluated keeps its place, with empty amounts and the reason in error. A summary \
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
      var reader = LineReader(handle, limit: InputLimits.maximumBytes)
      let names: [String]
      switch try read(&reader) {
      case nil:
        throw FlagError(flag: "FILE", reason: Localized("文件为空，缺少标题行", en: "the file is empty: no header row"))
      case .tooLong(let count):
        throw FlagError(flag: "(header)", reason: reader.splitter.overLimit(count))
      case .text(let line):
        names = PayrollAudit.columns(ofHeader: Substring(String(decoding: line, as: UTF8.self)))
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
      var readFailure: FlagError?
      while readFailure == nil {
        // A block of rows: at most 4,096 lines and 8 MiB (each line is at most `maximumBytes`).
        var (chunk, bytes): ([LineSplitter.Line], Int) = ([], 0)
        do {
          while chunk.count < 4_096, bytes < 8 << 20, let line = try reader.next() {
            chunk.append(line)
            if case .text(let text) = line { bytes += text.count }
          }
        } catch {
          // The rows read so far are audited and written before the failure is reported: nothing read is lost.
          readFailure = FlagError(flag: "FILE", reason: cannotRead(file, after: summary.rows + chunk.count + 1, error))
        }
        if chunk.isEmpty { break }
        // Each row is audited and written out on a worker thread, with that worker's audit; order is kept.
        let (first, splitter) = (summary.rows + 2, reader.splitter)  // the row's line in the file, after the header's
        let rows = concurrentMap(Array(chunk.enumerated()), workers: workers.count) { worker, row in
          let audit = workers.audits[worker]
          let result =
            switch row.element {
            case .text(let line): audit.audit(line: Substring(String(decoding: line, as: UTF8.self)))
            case .tooLong(let count): audit.refused(splitter.overLimit(count))
            }
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
      if let readFailure { throw readFailure }
    }

    /// The next line, or exit 2 naming the file when it cannot be read (a directory, an I/O error).
    private func read(_ reader: inout LineReader) throws -> LineSplitter.Line? {
      do { return try reader.next() } catch { throw FlagError(flag: "FILE", reason: cannotRead(file, error)) }
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
  /// `nil` once the total passes the largest amount `Money` holds (about 3,200 rows of the largest wage with the
  /// most overtime): the sum is checked, never left to trap.
  var shortfall: Money? = .zero
  mutating func add(_ result: PayrollAudit.Result) {
    rows += 1
    guard let f = result.figures else { errors += 1; return }
    if f.shortfall > .zero { underpaid += 1 }
    shortfall = shortfall.flatMap { total in try? Money.sum([total, f.shortfall]) }
  }
  func text(_ lang: Language) -> String {
    let total = shortfall?.grouped ?? Money(fen: .max).grouped
    let (zh, en) = shortfall == nil ? ("超过 ", "more than ") : ("", "")
    return lang == .zh
      ? "\(rows) 行，\(errors) 行有错误，\(underpaid) 行少付，合计差额 \(zh)\(total) 元"
      : "\(rows) rows, \(errors) with errors, \(underpaid) underpaid, total shortfall \(en)\(total) yuan"
  }
}

/// The lines of a file read in blocks of 1 MiB, cut as `LineSplitter` cuts them (a line is a row: a line break
/// inside a quoted field ends the row there). Memory stays that of a block's lines, however long the file.
struct LineReader {
  let handle: FileHandle
  private(set) var splitter: LineSplitter
  private var lines: [LineSplitter.Line] = []
  private var index = 0
  private var done = false
  init(_ handle: FileHandle, limit: Int) { (self.handle, splitter) = (handle, LineSplitter(limit: limit)) }

  /// The next line; throws when the file cannot be read.
  mutating func next() throws -> LineSplitter.Line? {
    while index == lines.count {
      if done { return nil }
      let block = try handle.read(upToCount: 1 << 20) ?? Data()
      done = block.isEmpty
      (lines, index) = (done ? splitter.finish().map { [$0] } ?? [] : splitter.feed(block), 0)
    }
    defer { index += 1 }
    return lines[index]
  }
}
