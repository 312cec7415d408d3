// The payroll audit (`labor-rules audit`, the server's `/v1/audit`), row by row: any header line and any row must
// give a result, never a trap; its CSV row has exactly eleven comma bytes, no CR, LF or double quote byte (so no field
// reads as quoted and the row keeps its twelve columns for any CSV reader), and amounts exactly when it has no error;
// its JSON line parses with its line number. The input is cut into lines by `LineSplitter`, as the CLI and the server
// cut it. The first byte picks the header: the input's first line (mode 0), or the standard columns in their order or
// reversed (modes 1 and 2, where every line is a row), so that rows are audited whatever the header; its bit 2 the
// language; its bit 3, in modes 1 and 2, the line limit: 1 MiB, or 0 to 120 bytes (its high bits × 8), so that lines
// over the limit are audited too (in mode 0 such a limit would refuse every header, which takes 144 bytes).
import Foundation
import FuzzSupport
import LaborRules
import LaborRulesAudit
import LaborRulesPacks

let engine = Engine(rulebook: .guangdong)

runFuzzer { bytes in
  guard let mode = bytes.first else { return }
  var splitter = LineSplitter(limit: mode % 3 == 0 || mode & 8 == 0 ? InputLimits.maximumBytes : Int(mode >> 4) * 8)
  var lines = splitter.feed(bytes.dropFirst()) + (splitter.finish().map { [$0] } ?? [])
  let header: [String]
  switch mode % 3 {
  case 0:
    // A header line over the limit is refused before any row, as the CLI and the server refuse it.
    guard case .text(let line) = lines.isEmpty ? .text([]) : lines.removeFirst() else { return }
    header = PayrollAudit.columns(ofHeader: Substring(String(decoding: line, as: UTF8.self)))
  case 1: header = PayrollAudit.inputColumns
  default: header = PayrollAudit.inputColumns.reversed()
  }
  guard let audit = try? PayrollAudit(engine: engine, header: header, language: mode & 4 == 0 ? .en : .zh) else {
    return
  }
  let first = mode % 3 == 0 ? 2 : 1  // the first row's line in the input
  for (offset, line) in lines.enumerated() {
    let number = first + offset
    let result =
      switch line {
      case .text(let bytes): audit.audit(line: Substring(String(decoding: bytes, as: UTF8.self)))
      case .tooLong(let count): audit.refused(splitter.overLimit(count))
      }
    let row = Array(result.csv.utf8)
    require(row.filter { $0 == UInt8(ascii: ",") }.count == 11, "row \(number) has not twelve columns: \(result.csv)")
    require(!row.contains { $0 == 10 || $0 == 13 || $0 == UInt8(ascii: "\"") }, "row \(number): \(result.csv)")
    require((result.figures == nil) == (result.error != nil), "row \(number): figures and error")
    let object = try? JSONSerialization.jsonObject(with: Data(result.jsonLine(number).utf8)) as? [String: Any]
    require(object?["line"] as? Int == number, "row \(number): JSON line")
  }
}
