/// `stoppage`: 停工停产 not caused by the worker.
public struct StoppageFacts: Sendable, Hashable, Codable {
  /// The normal-hours wage (正常工作时间工资) per month.
  public var monthlyWage: Money
  /// First day of stoppage.
  public var start: CivilDate
  /// Last day of stoppage: the day before resumption, or the day the employment ended.
  public var end: CivilDate
  /// The contract's pay cycle in days, when shorter than a month.
  public var payCycleDays: Int?
  /// Periods after the first pay cycle in which work was arranged at a newly agreed wage.
  public var work: [WorkArrangement]
  /// The living-allowance share of the minimum wage, when more than the legal floor was agreed.
  public var livingAllowanceRate: Rational?
  /// What the employer paid for the whole period.
  public var paid: Money?

  public init(monthlyWage: Money, start: CivilDate, end: CivilDate, payCycleDays: Int? = nil,
              work: [WorkArrangement] = [], livingAllowanceRate: Rational? = nil, paid: Money? = nil) {
    (self.monthlyWage, self.start, self.end, self.payCycleDays, self.work, self.livingAllowanceRate, self.paid) =
      (monthlyWage, start, end, payCycleDays, work, livingAllowanceRate, paid)
  }

  private enum CodingKeys: String, CodingKey, CaseIterable {
    case monthlyWage, start, end, payCycleDays, work, livingAllowanceRate, paid
  }
  public init(from decoder: any Decoder) throws {
    try decoder.rejectUnknownKeys(CodingKeys.allCases.map(\.rawValue))
    let c = try decoder.container(keyedBy: CodingKeys.self)
    monthlyWage = try c.decode(Money.self, forKey: .monthlyWage)
    start = try c.decode(CivilDate.self, forKey: .start)
    end = try c.decode(CivilDate.self, forKey: .end)
    payCycleDays = try c.decodeIfPresent(Int.self, forKey: .payCycleDays)
    work = try c.decodeIfPresent([WorkArrangement].self, forKey: .work) ?? []
    livingAllowanceRate = try c.decodeIfPresent(DecimalString.self, forKey: .livingAllowanceRate)?.value
    paid = try c.decodeIfPresent(Money.self, forKey: .paid)
  }
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(monthlyWage, forKey: .monthlyWage)
    try c.encode(start, forKey: .start)
    try c.encode(end, forKey: .end)
    try c.encodeIfPresent(payCycleDays, forKey: .payCycleDays)
    if !work.isEmpty { try c.encode(work, forKey: .work) }
    try c.encodeIfPresent(livingAllowanceRate.map(DecimalString.init), forKey: .livingAllowanceRate)
    try c.encodeIfPresent(paid, forKey: .paid)
  }
}

/// Work arranged during a stoppage, after the first pay cycle, at a newly agreed wage.
public struct WorkArrangement: Sendable, Hashable, Codable {
  public var from: CivilDate
  public var to: CivilDate
  public var agreedMonthlyWage: Money

  public init(from: CivilDate, to: CivilDate, agreedMonthlyWage: Money) {
    (self.from, self.to, self.agreedMonthlyWage) = (from, to, agreedMonthlyWage)
  }

  private enum CodingKeys: String, CodingKey, CaseIterable { case from, to, agreedMonthlyWage }
  public init(from decoder: any Decoder) throws {
    try decoder.rejectUnknownKeys(CodingKeys.allCases.map(\.rawValue))
    let c = try decoder.container(keyedBy: CodingKeys.self)
    from = try c.decode(CivilDate.self, forKey: .from)
    to = try c.decode(CivilDate.self, forKey: .to)
    agreedMonthlyWage = try c.decode(Money.self, forKey: .agreedMonthlyWage)
  }
}

/// A rate written as a decimal string (`"0.8"`), read exactly.
struct DecimalString: Codable {
  let value: Rational
  init(_ value: Rational) { self.value = value }
  init(from decoder: any Decoder) throws {
    let c = try decoder.singleValueContainer()
    guard let text = try? c.decode(String.self) else {
      throw DecodingError.dataCorruptedError(in: c, debugDescription: "a rate is a decimal string such as \"0.8\", not a number")
    }
    do { value = try Rational(parsing: text) } catch {
      throw DecodingError.dataCorruptedError(in: c, debugDescription: error.reason)
    }
  }
  func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(value.description)
  }
}
