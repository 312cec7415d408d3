// The payroll audit (`labor-rules audit`, the server's `/v1/audit`): any header line and any rows must give one
// output row per row, never a trap; a CSV row has exactly twelve columns, no line break and no double quote (so no
// field reads as quoted), and is empty of amounts exactly when it has an error; its JSON line parses with its
// line number. The first byte picks the header: the input's first line (tried as it is), or the standard columns
// in their order or reversed, so that rows are audited whatever the header.
import Foundation
import FuzzSupport
import LaborRules
import LaborRulesAudit
import LaborRulesPacks

let engine = Engine(rulebook: .guangdong)

runFuzzer { bytes in
  guard let mode = bytes.first else { return }
  let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
  var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
  let first = lines.isEmpty ? "" : lines.removeFirst()
  let header: [String] =
    switch mode % 3 {
    case 0: PayrollAudit.columns(ofHeader: first)
    case 1: PayrollAudit.inputColumns
    default: PayrollAudit.inputColumns.reversed()
    }
  guard let audit = try? PayrollAudit(engine: engine, header: header, language: mode & 4 == 0 ? .en : .zh) else {
    return
  }
  for (number, line) in lines.enumerated() {
    let result = audit.audit(line: line)
    let row = result.csv
    require(row.filter { $0 == "," }.count == 11, "row \(number + 2) has not twelve columns: \(row)")
    require(!row.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" || $0 == "\"" }), "row \(number + 2)")
    require((result.figures == nil) == (result.error != nil), "row \(number + 2): figures and error")
    let object = try? JSONSerialization.jsonObject(with: Data(result.jsonLine(number + 2).utf8)) as? [String: Any]
    require(object?["line"] as? Int == number + 2, "row \(number + 2): JSON line")
  }
}
