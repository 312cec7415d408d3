import Foundation
import LaborRules
import LaborRulesPacks

/// Checks sampled rows of an audit's output against the single-scenario results for the same facts, each scenario
/// written as a lawyer would write it and decoded as `eval` decodes it: the minimum wage on the month's first day,
/// the `wage` entitlement for the days before a stoppage, the month's items of the `stoppage` entitlement, the
/// `overtime` totals form and the month's `high-temperature` allowance (the audit's figures, README "For union
/// services: payroll audit").
enum AuditSampleCheck {
  /// Every `step`-th row of `input` (a payroll in `PayrollAuditSample`'s columns) against the same row of `output`
  /// (the audit's CSV): how many rows were compared, and a line for each that differs or could not be compared.
  static func check(_ engine: Engine, input: URL, output: URL, every step: Int) -> (compared: Int, problems: [String]) {
    guard let inputText = try? String(contentsOf: input, encoding: .utf8),
      let outputText = try? String(contentsOf: output, encoding: .utf8)
    else { return (0, ["the payroll or the audit's output could not be read"]) }
    let rows = inputText.split(separator: "\n").dropFirst().map(String.init)
    let results = outputText.split(separator: "\n").dropFirst().map(String.init)
    guard rows.count == results.count else { return (0, ["\(rows.count) rows in, \(results.count) out"]) }
    var problems: [String] = []
    var compared = 0
    for index in stride(from: 0, to: rows.count, by: max(1, step)) {
      compared += 1
      do {
        let expected = try figures(engine, row: rows[index])
        let actual = results[index].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let input = rows[index].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        if actual != [input[0], input[2]] + expected {
          problems.append("row \(index + 2): audit \(results[index]); single scenarios \(expected)")
        }
      } catch {
        problems.append("row \(index + 2): \(error)")
      }
    }
    return (compared, problems)
  }

  /// The output columns from `minimum_wage` to `error` for one payroll row, from single scenarios.
  private static func figures(_ engine: Engine, row: String) throws -> [String] {
    let f = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    let (region, month) = (f[1], try CivilMonth(parsing: f[2]))
    let (wage, paid) = (try Money(parsing: f[3]), try Money(parsing: f[9]))
    let (first, last) = (month.days.from, month.days.through)
    func evaluate(_ kind: String, _ facts: String) throws -> Determination {
      let json = #"{"entitlement": "\#(kind)", "region": "\#(region)", "facts": \#(facts)}"#
      return try engine.evaluate(Scenario.decode(Data(json.utf8), using: engine.rulebook))
    }
    func wageFor(_ from: CivilDate, _ through: CivilDate) throws -> Money {
      try evaluate("wage", #"{"monthlyWage": "\#(wage)", "start": "\#(from)", "end": "\#(through)"}"#).total
    }
    let minimum = try evaluate("minimum-wage", #"{"date": "\#(first)"}"#).total
    var (normal, stoppage) = (Money.zero, Money.zero)
    if f[8].isEmpty {
      normal = try wageFor(first, last)
    } else {
      let start = try CivilDate(parsing: f[8])
      if start > first { normal = try wageFor(first, start.adding(days: -1)) }
      let d = try evaluate("stoppage", #"{"monthlyWage": "\#(wage)", "start": "\#(start)", "end": "\#(last)"}"#)
      stoppage = try Money.sum(d.items.filter { $0.from >= first }.map(\.amount))
    }
    let overtime = try evaluate(
      "overtime",
      #"{"monthlyWage": "\#(wage)", "month": "\#(month)", "workdayOvertimeHours": "\#(f[4])", "#
        + #""restDayHours": "\#(f[5])", "holidayHours": "\#(f[6])"}"#
    ).total
    let heat =
      f[7] == "1"
      ? try evaluate("high-temperature", #"{"months": [{"month": "\#(month)", "exposed": true}]}"#).total
      : .zero
    let entitled = try Money.sum([normal, stoppage, overtime, heat])
    return [
      minimum, normal, stoppage, overtime, heat,
    ].map(\.description) + [wage < minimum ? "1" : "0", entitled.description, paid.description]
      + [(paid < entitled ? entitled - paid : .zero).description, ""]
  }
}
