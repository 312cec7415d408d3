import Foundation
import Testing

@testable import LaborRules
@testable import LaborRulesAudit
@testable import LaborRulesPacks

/// The payroll audit gives the single-scenario results for the same facts: a sample of generated rows is
/// checked figure by figure against scenarios written as a lawyer would write them and run through `eval`'s
/// path (JSON decoding included).
@Suite struct AuditTests {
  static let engine = Engine(rulebook: .guangdong)
  static let header = PayrollAudit.inputColumns

  struct Generator {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
  }

  func scenario(_ kind: String, _ region: String, _ facts: String) throws -> Money {
    let json = #"{"entitlement": "\#(kind)", "region": "\#(region)", "facts": \#(facts)}"#
    return try Self.engine.evaluate(Scenario.decode(Data(json.utf8), using: Self.engine.rulebook)).total
  }

  @Test func sampleRowsEqualTheSingleScenarioResults() throws {
    let audit = try PayrollAudit(engine: Self.engine, header: Self.header)
    var random = Generator(state: 11)
    let cities = ["广州", "深圳", "东莞", "佛山", "汕头", "湛江"]
    for row in 0..<120 {
      let city = cities[random.next(cities.count)]
      let month = try CivilMonth(parsing: "\(2020 + random.next(7))-\(String(format: "%02d", 1 + random.next(12)))")
      let wage = Money(yuan: Int64(1500 + random.next(12000)))
      let hours = [random.next(20), random.next(24), random.next(3) == 0 ? random.next(16) : 0]
      let exposed = random.next(2) == 1
      let stoppage =
        random.next(4) == 0 ? month.first.adding(days: random.next(month.days.days) - random.next(60)) : nil
      let paid = Money(yuan: Int64(random.next(15000)))
      let line = [
        "w\(row)", city, "\(month)", "\(wage)", "\(hours[0])", "\(hours[1])", "\(hours[2])", exposed ? "1" : "0",
        stoppage.map(\.description) ?? "", "\(paid)",
      ].joined(separator: ",")
      let result = audit.audit(line: Substring(line))
      let f = try #require(result.figures, "\(line): \(result.error ?? "")")
      let (first, last) = (month.days.from, month.days.through)
      #expect(f.minimumWage == (try scenario("minimum-wage", city, #"{"date": "\#(first)"}"#)), "\(line)")
      var normal = Money.zero
      var stoppagePay = Money.zero
      if let start = stoppage {
        if start > first {
          normal = try scenario(
            "wage", city, #"{"monthlyWage": "\#(wage)", "start": "\#(first)", "end": "\#(start.adding(days: -1))"}"#)
        }
        let json =
          #"{"entitlement": "stoppage", "region": "\#(city)", "facts": "#
          + #"{"monthlyWage": "\#(wage)", "start": "\#(start)", "end": "\#(last)"}}"#
        let d = try Self.engine.evaluate(Scenario.decode(Data(json.utf8), using: Self.engine.rulebook))
        stoppagePay = d.items.filter { $0.from >= first }.reduce(Money.zero) { $0 + $1.amount }
      } else {
        normal = try scenario("wage", city, #"{"monthlyWage": "\#(wage)", "start": "\#(first)", "end": "\#(last)"}"#)
      }
      #expect(f.normalWage == normal, "\(line)")
      #expect(f.stoppagePay == stoppagePay, "\(line)")
      let overtime = try scenario(
        "overtime", city,
        #"{"monthlyWage": "\#(wage)", "month": "\#(month)", "workdayOvertimeHours": "\#(hours[0])", "#
          + #""restDayHours": "\#(hours[1])", "holidayHours": "\#(hours[2])"}"#)
      #expect(f.overtimePay == overtime, "\(line)")
      let heat =
        exposed
        ? try scenario("high-temperature", city, #"{"months": [{"month": "\#(month)", "exposed": true}]}"#) : .zero
      #expect(f.highTemperatureAllowance == heat, "\(line)")
      let entitled = normal + stoppagePay + overtime + heat
      #expect(f.entitledTotal == entitled && f.shortfall == (paid < entitled ? entitled - paid : .zero), "\(line)")
      #expect(f.belowMinimum == (wage < f.minimumWage))
    }
  }

  @Test func everyRowKeepsItsPlaceAndBadRowsSayWhy() throws {
    let audit = try PayrollAudit(engine: Self.engine, header: Self.header.reversed())
    let good = audit.audit(line: "3000,2024-06-15,0,0,0,0,6200,2024-06,广州,w1")
    #expect(good.figures != nil && good.error == nil)
    let bad = audit.audit(line: "3000,,0,0,0,0,6200,2024-13,广州,w2")
    #expect(bad.figures == nil && bad.error?.contains("month") == true)
    #expect(bad.csv.hasPrefix("w2,2024-13,,,,,,,,,,") && bad.csv.utf8.filter { $0 == UInt8(ascii: ",") }.count == 11)
    #expect(throws: EvaluationError.self) { try PayrollAudit(engine: Self.engine, header: ["worker_id", "month"]) }
  }

  /// Found by review: the header's names may be quoted as data fields are; a double quote in a worker id or an
  /// error is written as `'` in the CSV row, which would otherwise read as a quoted field; the JSON line keeps an
  /// error's commas and quotes as written (they were replaced for CSV before the JSON line saw them).
  @Test func quotesInTheHeaderAndInFieldsKeepTheColumns() throws {
    let quoted =
      #"\#u{FEFF}"worker_id", "region","month",monthly_wage,workday_overtime_hours,"#
      + #"rest_day_overtime_hours,holiday_overtime_hours,heat_exposed,stoppage_start,"paid_total""#
    #expect(PayrollAudit.columns(ofHeader: Substring(quoted)) == Self.header)
    let audit = try PayrollAudit(engine: Self.engine, header: PayrollAudit.columns(ofHeader: Substring(quoted)))
    let quote = audit.audit(line: #""""A,B",广州,2024-06,6200,0,0,0,0,,7000"#)
    #expect(quote.workerID == #""A,B"# && quote.figures != nil)
    #expect(
      quote.csv.hasPrefix("'A;B,2024-06,") && quote.csv.utf8.filter { $0 == UInt8(ascii: ",") }.count == 11,
      "\(quote.csv)")
    let money = audit.audit(line: "w1,广州,2024-06,\"6,200\",0,0,0,0,,7000")
    let error = try #require(money.error)
    #expect(error.contains(",") && error.contains("\""), "\(error)")
    let row = money.csv
    #expect(
      row.utf8.filter { $0 == UInt8(ascii: ",") }.count == 11 && !row.contains("\"") && row.hasSuffix(error.csvField),
      "\(row)")
    let object = try #require(JSONSerialization.jsonObject(with: Data(money.jsonLine(2).utf8)) as? [String: Any])
    #expect(object["error"] as? String == error)
    // A comma or quote with a combining mark after it is one `Character` but still a comma or quote byte.
    let mark = "\u{301}"
    let combined = audit.audit(line: Substring("\"w1,\(mark)x\",广州,2024-06,6200,0,0,0,0,,7000"))
    let bytes = Array(combined.csv.utf8)
    #expect(combined.workerID == "w1,\(mark)x" && combined.figures != nil)
    #expect(bytes.filter { $0 == UInt8(ascii: ",") }.count == 11 && combined.csv.hasPrefix("w1;\(mark)x,"))
    #expect(!"a\"\(mark)b,\(mark)c".csvField.utf8.contains { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: ",") })
  }

  /// A quoted worker id may hold a comma or a line break: the CSV row keeps its twelve columns (`;` in their
  /// place), the JSON line keeps the id as written.
  @Test func aWorkerIDWithACommaKeepsTheRowsColumns() throws {
    let audit = try PayrollAudit(engine: Self.engine, header: Self.header)
    for line in [#""w,1",广州,2024-06,6200,0,0,0,0,,7000"#, #""w,1",广州,2024-13,6200,0,0,0,0,,7000"#] {
      let result = audit.audit(line: Substring(line))
      #expect(
        result.csv.utf8.filter { $0 == UInt8(ascii: ",") }.count == 11 && result.csv.hasPrefix("w;1,"), "\(result.csv)")
      let object = try #require(JSONSerialization.jsonObject(with: Data(result.jsonLine(2).utf8)) as? [String: Any])
      #expect(object["worker_id"] as? String == "w,1")
    }
  }

  @Test func jsonLinesParseBackToTheRowsFigures() throws {
    let audit = try PayrollAudit(engine: Self.engine, header: Self.header)
    let good = audit.audit(line: "w1,广州,2024-06,6200,2,0,0,1,,7000")
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(good.jsonLine(2).utf8)) as? [String: Any])
    let f = try #require(good.figures)
    #expect(object["line"] as? Int == 2 && object["worker_id"] as? String == "w1" && object["error"] == nil)
    #expect(object["overtime_pay"] as? String == f.overtimePay.description)
    #expect(object["shortfall"] as? String == f.shortfall.description && object["below_minimum"] as? Bool == false)
    // Quotes, backslashes and control characters in a worker's id or an error are escaped.
    let odd = PayrollAudit.Result(
      workerID: "w\"2\\\u{1}\t", month: "2024-13", figures: nil, error: "“2024-13” is not a month / 不是月份")
    let parsed = try #require(JSONSerialization.jsonObject(with: Data(odd.jsonLine(3).utf8)) as? [String: Any])
    #expect(parsed["worker_id"] as? String == odd.workerID && parsed["error"] as? String == odd.error)
    #expect(parsed["overtime_pay"] == nil && parsed.count == 4)
  }
}
