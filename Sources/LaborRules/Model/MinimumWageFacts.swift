/// `minimum-wage`: the standard in force on a day.
public struct MinimumWageFacts: Sendable, Hashable, Codable {
  public var date: CivilDate
  public var employment: Employment

  public init(date: CivilDate, employment: Employment = .fullTime) { (self.date, self.employment) = (date, employment) }

  private enum CodingKeys: String, CodingKey, CaseIterable { case date, employment }
  public init(from decoder: any Decoder) throws {
    try decoder.rejectUnknownKeys(CodingKeys.allCases.map(\.rawValue))
    let c = try decoder.container(keyedBy: CodingKeys.self)
    date = try c.decode(CivilDate.self, forKey: .date)
    employment = try c.decodeIfPresent(Employment.self, forKey: .employment) ?? .fullTime
  }
}
