/// Seeded payroll rows for the audit benchmark: cities, months 2021–2026, wages, overtime, heat and stoppages.
enum PayrollAuditSample {
  static let header =
    "worker_id,region,month,monthly_wage,workday_overtime_hours,rest_day_overtime_hours,holiday_overtime_hours,"
    + "heat_exposed,stoppage_start,paid_total"
  static let cities = ["广州", "深圳", "东莞", "佛山", "中山", "惠州", "汕头", "江门", "湛江", "清远"]

  static func next(_ state: inout UInt64, _ bound: Int) -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int((state >> 33) % UInt64(bound))
  }

  static func row(_ index: Int, _ state: inout UInt64) -> String {
    let year = 2021 + next(&state, 6)
    let month = 1 + next(&state, 12)
    let wage = 2000 + next(&state, 10000)
    let stoppage = next(&state, 20) == 0 ? String(format: "%04d-%02d-%02d", year, month, 1 + next(&state, 28)) : ""
    return [
      "w\(index)", cities[next(&state, cities.count)], String(format: "%04d-%02d", year, month), "\(wage)",
      "\(next(&state, 30))", "\(next(&state, 24))", next(&state, 5) == 0 ? "\(next(&state, 16))" : "0",
      (6...10).contains(month) && next(&state, 2) == 0 ? "1" : "0", stoppage, "\(wage + next(&state, 2000))",
    ].joined(separator: ",")
  }
}
