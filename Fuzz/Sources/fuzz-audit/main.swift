// The payroll audit (`labor-rules audit`, the server's `/v1/audit`), row by row: any header line and any row must
// give a result, never a trap; its CSV row has exactly eleven comma bytes, no CR, LF or double quote byte (so no field
// reads as quoted and the row keeps its twelve columns for any CSV reader), and amounts exactly when it has no error;
// its JSON line parses with its line number. The input is cut into lines at LF bytes, as the CLI and the server cut
// it. The first byte picks the header: the input's first line (mode 0), or the standard columns in their order or
// reversed (modes 1 and 2, where every line is a row), so that rows are audited whatever the header.
import Foundation
import FuzzSupport
import LaborRules
import LaborRulesAudit
import LaborRulesPacks

let engine = Engine(rulebook: .guangdong)

runFuzzer { bytes in
  guard let mode = bytes.first else { return }
  var lines = bytes.dropFirst().split(separator: 10, omittingEmptySubsequences: false)
    .map { Substring(String(decoding: $0, as: UTF8.self)) }
  let header: [String]
  switch mode % 3 {
  case 0: header = PayrollAudit.columns(ofHeader: lines.isEmpty ? "" : lines.removeFirst())
  case 1: header = PayrollAudit.inputColumns
  default: header = PayrollAudit.inputColumns.reversed()
  }
  guard let audit = try? PayrollAudit(engine: engine, header: header, language: mode & 4 == 0 ? .en : .zh) else {
    return
  }
  let first = mode % 3 == 0 ? 2 : 1  // the first row's line in the input
  for (offset, line) in lines.enumerated() {
    let number = first + offset
    let result = audit.audit(line: line)
    let row = Array(result.csv.utf8)
    require(row.filter { $0 == UInt8(ascii: ",") }.count == 11, "row \(number) has not twelve columns: \(result.csv)")
    require(!row.contains { $0 == 10 || $0 == 13 || $0 == UInt8(ascii: "\"") }, "row \(number): \(result.csv)")
    require((result.figures == nil) == (result.error != nil), "row \(number): figures and error")
    let object = try? JSONSerialization.jsonObject(with: Data(result.jsonLine(number).utf8)) as? [String: Any]
    require(object?["line"] as? Int == number, "row \(number): JSON line")
  }
}
