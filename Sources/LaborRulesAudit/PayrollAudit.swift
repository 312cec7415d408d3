import LaborRules
import LaborRulesPacks

/// A payroll audit: one month of one worker per row, checked against the rules' figures with their default
/// readings (or the overrides given): the minimum wage, the normal-hours wage for the days worked, stoppage pay,
/// overtime pay on the totals form and the high-temperature allowance; what was due in all, what was paid and
/// the shortfall. Every figure is the plug-ins' own result for the same facts, never a second copy of the law.
///
/// Not thread-safe (it caches the month's standards per city): give each worker thread its own audit.
public final class PayrollAudit {
  /// The input columns (any order; others are ignored) and the output columns.
  public static let inputColumns = [
    "worker_id", "region", "month", "monthly_wage", "workday_overtime_hours", "rest_day_overtime_hours",
    "holiday_overtime_hours", "heat_exposed", "stoppage_start", "paid_total",
  ]
  public static let outputColumns = [
    "worker_id", "month", "minimum_wage", "normal_wage", "stoppage_pay", "overtime_pay", "high_temperature_allowance",
    "below_minimum", "entitled_total", "paid_total", "shortfall", "error",
  ]

  /// One row's outcome: the figures, or the reason there are none.
  public struct Result: Sendable, Hashable {
    public let workerID: String
    public let month: String
    public let figures: Figures?
    public let error: String?

    public struct Figures: Sendable, Hashable {
      public let minimumWage, normalWage, stoppagePay, overtimePay, highTemperatureAllowance: Money
      public let belowMinimum: Bool
      public let entitledTotal, paidTotal, shortfall: Money
    }
  }

  private let engine: Engine
  private let assumptions: [String: String]
  private let language: Language
  private let columns: [String: Int]
  /// Regions by the text that named them (a `String`: a `Substring` key would keep its whole row alive), at most
  /// `cacheLimit` of them, so that a payroll spelling its cities in ever new ways cannot grow it without end.
  private var regions: [String: Region] = [:]
  private static let cacheLimit = 4_096
  private var minimumWages: [String: Money] = [:]
  private var allowances: [String: Money] = [:]

  /// The column names of a header line (without its line ending): CSV fields (a name may be quoted), without a
  /// leading byte-order mark.
  public static func columns(ofHeader line: Substring) -> [String] {
    let fields = CSVRecord.fields(line.first == "\u{FEFF}" ? line.dropFirst() : line)
    return fields.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
  }

  /// An audit of rows laid out as `header` names them; throws the missing column names.
  public init(
    engine: Engine, header: [String], assumptions: [String: String] = [:], language: Language = .en
  ) throws(EvaluationError) {
    let names = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    var columns: [String: Int] = [:]
    for (index, name) in names.enumerated() where columns[name] == nil { columns[name] = index }
    let missing = Self.inputColumns.filter { columns[$0] == nil }
    guard missing.isEmpty else {
      throw .badInput(
        field: "(header)",
        reason: Localized(
          "缺少列：\(missing.joined(separator: "、"))", en: "missing columns: \(missing.joined(separator: ", "))"))
    }
    try engine.rulebook.validate(assumptions: assumptions)
    (self.engine, self.assumptions, self.language, self.columns) = (engine, assumptions, language, columns)
  }

  /// The row of a line that was not read, with the reason (a line over the size limit).
  public func refused(_ reason: Localized) -> Result {
    Result(workerID: "", month: "", figures: nil, error: reason.text(language))
  }

  /// Audits one CSV line, without its line ending (as `LineSplitter` gives it).
  public func audit(line: Substring) -> Result {
    audit(fields: CSVRecord.fields(line))
  }

  /// Audits one row's fields.
  public func audit(fields: [Substring]) -> Result {
    let value = { (name: String) -> Substring in
      guard let index = self.columns[name], index < fields.count else { return "" }
      return fields[index]
    }
    let (worker, monthText) = (String(value("worker_id")), String(value("month")))
    do {
      return Result(workerID: worker, month: monthText, figures: try figures(value), error: nil)
    } catch {
      return Result(workerID: worker, month: monthText, figures: nil, error: error.message.text(language))
    }
  }

  private func figures(_ value: (String) -> Substring) throws(EvaluationError) -> Result.Figures {
    let region = try self.region(value("region"))
    let month = try read("month", value("month"), CivilMonth.init(parsing:))
    let wage = try read("monthly_wage", value("monthly_wage"), Money.init(parsing:))
    let hours = try ["workday_overtime_hours", "rest_day_overtime_hours", "holiday_overtime_hours"].map {
      name throws(EvaluationError) in try decimal(name, value(name))
    }
    let exposed = try flag("heat_exposed", value("heat_exposed"))
    let stoppageStart = try optional("stoppage_start", value("stoppage_start"), CivilDate.init(parsing:))
    let paid = try read("paid_total", value("paid_total"), Money.init(parsing:))
    let days = month.days

    let minimum = try minimumWage(region, month)
    var normal = Money.zero
    var stoppage = Money.zero
    if let start = stoppageStart {
      guard start <= days.through else {
        throw .badInput(
          field: "stoppage_start",
          reason: Localized(
            "\(start) 在 \(month) 之后；应为本月月底仍在持续的停工的第一天",
            en: "\(start) is after \(month); give the first day of a stoppage still running at the month's end"))
      }
      if start > days.from {
        normal = try total(WageFacts(monthlyWage: wage, start: days.from, end: start.adding(days: -1)), region)
      }
      let d = try evaluate(StoppageFacts(monthlyWage: wage, start: start, end: days.through), region)
      stoppage = d.items.filter { $0.from >= days.from }.reduce(Money.zero) { $0 + $1.amount }
    } else {
      normal = try total(WageFacts(monthlyWage: wage, start: days.from, end: days.through), region)
    }
    var overtime = Money.zero
    if hours.contains(where: { $0 > .zero }) {
      overtime = try total(
        OvertimeFacts(
          monthlyWage: wage, month: month, workdayOvertimeHours: hours[0], restDayHours: hours[1],
          holidayHours: hours[2]),
        region)
    }
    let heat = exposed ? try allowance(region, month) : .zero
    let entitled = normal + stoppage + overtime + heat
    return Result.Figures(
      minimumWage: minimum, normalWage: normal, stoppagePay: stoppage, overtimePay: overtime,
      highTemperatureAllowance: heat, belowMinimum: wage < minimum, entitledTotal: entitled, paidTotal: paid,
      shortfall: paid < entitled ? entitled - paid : .zero)
  }

  private func evaluate(_ facts: any EntitlementFacts, _ region: Region) throws(EvaluationError) -> Determination {
    try engine.evaluate(region: region, facts: facts, assumptions: assumptions, alternatives: false, derivation: false)
  }

  private func total(_ facts: any EntitlementFacts, _ region: Region) throws(EvaluationError) -> Money {
    try evaluate(facts, region).total
  }

  /// The full-time monthly standard on the month's first day, once per city and month.
  private func minimumWage(_ region: Region, _ month: CivilMonth) throws(EvaluationError) -> Money {
    let key = "\(region.code)/\(month)"
    if let cached = minimumWages[key] { return cached }
    let value = try total(MinimumWageFacts(date: month.first), region)
    minimumWages[key] = value
    return value
  }

  /// The high-temperature allowance for a month of exposure, once per city and month.
  private func allowance(_ region: Region, _ month: CivilMonth) throws(EvaluationError) -> Money {
    let key = "\(region.code)/\(month)"
    if let cached = allowances[key] { return cached }
    let value = try total(HighTemperatureFacts(months: [.init(month: month, exposed: true)]), region)
    allowances[key] = value
    return value
  }

  private func region(_ text: Substring) throws(EvaluationError) -> Region {
    let key = String(text)
    if let cached = regions[key] { return cached }
    let region = try read("region", text, Region.resolve)
    if regions.count < Self.cacheLimit { regions[key] = region }
    return region
  }

  private func read<T>(
    _ field: String, _ text: Substring, _ parse: (String) throws(ValueError) -> T
  )
    throws(EvaluationError) -> T
  {
    do { return try parse(String(text.trimmed)) } catch { throw error.at(field) }
  }

  private func optional<T>(
    _ field: String, _ text: Substring, _ parse: (String) throws(ValueError) -> T
  )
    throws(EvaluationError) -> T?
  {
    text.allSatisfy(\.isWhitespace) ? nil : try read(field, text, parse)
  }

  private func decimal(_ field: String, _ text: Substring) throws(EvaluationError) -> Rational {
    try optional(field, text, Rational.init(parsing:)) ?? .zero
  }

  private func flag(_ field: String, _ text: Substring) throws(EvaluationError) -> Bool {
    switch text.trimmed {
    case "", "0": return false
    case "1": return true
    default:
      let shown = String(text).clipped
      throw .badInput(field: field, reason: Localized("“\(shown)”应为 0 或 1", en: "'\(shown)' is not 0 or 1"))
    }
  }
}

extension PayrollAudit.Result {
  /// The output row: `worker_id,month,…,error`, money with two decimals, nothing quoted. A worker id, month or
  /// error that holds a comma or a line break has them written as `;`, and a double quote as `'`, so that every
  /// row keeps its twelve columns and no field reads as quoted; the JSON Lines form keeps them as they are.
  public var csv: String {
    let (workerID, month) = (workerID.csvField, month.csvField)
    guard let f = figures else { return "\(workerID),\(month),,,,,,,,,,\((error ?? "").csvField)" }
    return [
      workerID, month, f.minimumWage.description, f.normalWage.description, f.stoppagePay.description,
      f.overtimePay.description, f.highTemperatureAllowance.description, f.belowMinimum ? "1" : "0",
      f.entitledTotal.description, f.paidTotal.description, f.shortfall.description, "",
    ].joined(separator: ",")
  }
}

extension PayrollAudit.Result {
  /// The JSON Lines form: one object with the row's `line` in the input (the header is line 1), the output
  /// columns as keys in sorted order, money as strings with two decimals and `below_minimum` a boolean; an
  /// evaluated row has no `error` key, a row with an error has no amounts.
  public func jsonLine(_ line: Int) -> String {
    var members: [(String, String)] = [("line", String(line)), ("month", json(month)), ("worker_id", json(workerID))]
    if let f = figures {
      members += [
        ("below_minimum", f.belowMinimum ? "true" : "false"), ("entitled_total", json(f.entitledTotal.description)),
        ("high_temperature_allowance", json(f.highTemperatureAllowance.description)),
        ("minimum_wage", json(f.minimumWage.description)), ("normal_wage", json(f.normalWage.description)),
        ("overtime_pay", json(f.overtimePay.description)), ("paid_total", json(f.paidTotal.description)),
        ("shortfall", json(f.shortfall.description)), ("stoppage_pay", json(f.stoppagePay.description)),
      ]
    } else {
      members.append(("error", json(error ?? "")))
    }
    return "{" + members.sorted { $0.0 < $1.0 }.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
  }

  /// A JSON string literal (RFC 8259 §7): quotes, backslashes and control characters escaped.
  private func json(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20:
        out += "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}

extension String {
  /// The text with each comma, CR and LF replaced by `;` and each double quote by `'`: a field of an unquoted CSV
  /// row. Scalar by scalar, not character by character: a comma followed by a combining mark is one `Character`
  /// that is not `","`, but its comma byte would still split the row for a CSV reader.
  var csvField: String {
    guard utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 })
    else { return self }
    var field = String.UnicodeScalarView()
    for scalar in unicodeScalars {
      switch scalar {
      case ",", "\n", "\r": field.append(";")
      case "\"": field.append("'")
      default: field.append(scalar)
      }
    }
    return String(field)
  }
}

extension Substring {
  /// Without leading and trailing white space (a field holds no line break).
  fileprivate var trimmed: Substring {
    guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return self[first...last]
  }
}
