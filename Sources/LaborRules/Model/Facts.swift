/// The facts of a scenario, one case per entitlement kind (shared/SCENARIOS.md).
public enum Facts: Sendable, Hashable {
  case minimumWage(MinimumWageFacts)
  case stoppage(StoppageFacts)
  case isolation(IsolationFacts)
}

/// The kinds of entitlement a scenario can ask about.
public enum EntitlementKind: String, Sendable, Codable, CaseIterable {
  case minimumWage = "minimum-wage"
  case stoppage
  case isolation
  case highTemperature = "high-temperature"
  case overtime
  case sickPay = "sick-pay"
}

/// Full-time workers have a monthly minimum wage, part-time (非全日制) workers an hourly one.
public enum Employment: String, Sendable, Codable, Hashable {
  case fullTime = "full-time"
  case partTime = "part-time"
}
