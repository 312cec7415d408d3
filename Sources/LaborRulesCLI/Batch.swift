import ArgumentParser
import Foundation
import LaborRules
import LaborRulesAudit

extension LaborRulesCommand {
  /// `labor-rules batch [FILE|-]`: JSON Lines in, JSON Lines out, one output line per input line.
  struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "batch",
      abstract: "Evaluate a stream of scenarios (JSON Lines): one result or error object out per line in, in order.",
      discussion: """
        Each output line is the JSON result of `eval --format json` with a "line" field, or \
        {"line": N, "error": {…}}. Every input line has its output line, in order: blank lines, garbage, \
        invalid UTF-8, a line over 1 MiB and a last line without a newline each yield an error object or a \
        result; CRLF line ends and a byte-order mark are accepted. The lines of each read are evaluated on \
        every core. Exits 0 once every line has its output line; the count of error lines goes to standard \
        error, with progress every 10,000 lines when standard error is a terminal.

          labor-rules batch payroll.jsonl > results.jsonl
          generate-cases | labor-rules batch - | jq .total
        """)

    @Argument(help: "A JSON Lines file, or - (the default) for standard input.")
    var file: String = "-"

    @Option(
      help: """
        How much derivation each line carries: summary (default: items and citations), none (items only: the \
        smallest lines, the fastest) or full (the trace of each item and the other readings).
        """)
    var trace: TraceLevel = .summary

    @OptionGroup var assumptions: AssumptionOptions

    func run() throws {
      guard let handle = file == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: file) else {
        throw FlagError(flag: "FILE", reason: Localized("无法读取“\(file)”", en: "cannot read '\(file)'"))
      }
      var processor = BatchProcessor(
        engine: engine, overrides: try assumptions.overrides, trace: trace,
        workers: ProcessInfo.processInfo.activeProcessorCount)
      let showProgress = isatty(STDERR_FILENO) == 1
      var readFailure: (any Error)?
      while true {
        let chunk: Data
        do { chunk = try handle.read(upToCount: 1 << 16) ?? Data() } catch {
          readFailure = error
          break
        }
        if chunk.isEmpty { break }
        let before = processor.count
        for line in processor.feed(chunk) { output(line) }
        try StandardOutput.shared.flush()  // each read's lines go out before the next read, as a stream's should
        if showProgress, processor.count / 10_000 > before / 10_000 {
          writeToStandardError("\r\(processor.count) lines…")
        }
      }
      // A line cut off by a read error is not a line: the lines before it are written, then the error.
      if readFailure == nil { for line in processor.finish() { output(line) } }
      let summary = "\(showProgress ? "\r" : "")\(processor.count) lines, \(processor.errors) errors\n"
      writeToStandardError(summary)
      if let readFailure {
        throw FlagError(flag: "FILE", reason: cannotRead(file, after: processor.count, readFailure))
      }
    }
  }
}
