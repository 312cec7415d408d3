/// The facts of one entitlement kind, as a plug-in defines them: Codable with strict keys (decoding names
/// the failing field), checked for consistency before any rule runs.
public protocol EntitlementFacts: Codable, Sendable {
  /// The days the claim covers, once the facts are found consistent; throws `badInput` naming the field
  /// (`facts.end`) when they are not.
  func claimPeriod() throws(EvaluationError) -> DateRange
  /// What the employer paid for the claim, when the facts say.
  var paid: Money? { get }
  /// Whether the facts are totals for the whole claim with no days to place them on (a month's overtime hours):
  /// then each part is resolved once on the whole claim, never split where the law changes within it, so each
  /// head gives one line item rounded once.
  var undivided: Bool { get }
}

extension EntitlementFacts {
  public var undivided: Bool { false }
}

/// One entitlement kind as a plug-in: its key (`stoppage`), its facts type, and its rule tree in one or more
/// parts. Each part is resolved on its own for every piece of the claim (exactly one rule, `NotCovered` or
/// `NoAmount` must apply), so an entitlement with several heads of claim (overtime at 150%, 200% and 300%)
/// is one part per head.
public struct Entitlement: Sendable {
  /// One head of claim: its own rule tree, resolved on each piece of the claim or, for a head that the law
  /// computes over a whole cycle (comprehensive hours), once on the whole claim, or once on a stretch of it.
  public struct Part: Sendable {
    public enum Span: Sendable {
      /// Each piece of the claim (split at month starts and legal boundaries).
      case pieces
      /// The whole claim, once.
      case wholeClaim
      /// One stretch of the claim that the facts determine, once (the years of service a statute counts from
      /// its own first day); `nil` when the head has no stretch in this claim, and then no line item. The
      /// stretch is clipped to the claim.
      case stretch(@Sendable (EvaluationContext) throws(EvaluationError) -> DateRange?)
    }
    public let id: String
    public let span: Span
    public let nodes: [RuleNode]
    public init(_ id: String, span: Span = .pieces, @RuleBuilder _ rules: () -> [RuleNode]) {
      (self.id, self.span, self.nodes) = (id, span, rules())
    }
  }

  /// A check of the facts that raises warnings and never changes an amount (an hour limit exceeded).
  public struct Check: Sendable {
    package let run: @Sendable (EvaluationContext) throws(EvaluationError) -> Void
    public init(_ run: @escaping @Sendable (EvaluationContext) throws(EvaluationError) -> Void) { self.run = run }
  }

  /// What counts as paid toward the entitlement, when it is not simply `facts.paid` (the pay that counts
  /// toward a minimum wage), and the warning a shortfall raises.
  public struct Payment: Sendable {
    package let paid: @Sendable (EvaluationContext) throws(EvaluationError) -> Money?
    package let shortfall: @Sendable (_ paid: Money, _ total: Money, _ short: Money) -> Warning
    public init(
      paid: @escaping @Sendable (EvaluationContext) throws(EvaluationError) -> Money?,
      shortfall: @escaping @Sendable (_ paid: Money, _ total: Money, _ short: Money) -> Warning
    ) { (self.paid, self.shortfall) = (paid, shortfall) }
  }

  /// The stable key a scenario's `entitlement` names, e.g. `stoppage`.
  public let kind: String
  public let title: Localized
  public let parts: [Part]
  public let checks: [Check]
  public let payment: Payment?
  package let factsType: any EntitlementFacts.Type
  /// Every rule and every condition of the tree, flattened once for validation and splitting.
  package let rules: [Rule]
  package let conditions: [Condition]
  /// The named assumptions the tree may consult.
  public let assumptions: [AssumptionInfo]

  public init<Facts: EntitlementFacts>(
    _ kind: String, _ title: Localized, facts: Facts.Type, parts: [Part], checks: [Check] = [],
    payment: Payment? = nil
  ) {
    (self.kind, self.title, self.parts, self.checks, self.payment, self.factsType) =
      (kind, title, parts, checks, payment, facts)
    rules = parts.flatMap { $0.nodes.flatMap(\.rules) }
    conditions = parts.flatMap { $0.nodes.flatMap(\.conditions) }
    var seen: [AssumptionInfo] = []
    let consulted =
      conditions.flatMap(\.consults) + rules.flatMap { $0.formula.consults + $0.basis.consults }
    for info in consulted where !seen.contains(where: { $0.key == info.key }) { seen.append(info) }
    assumptions = seen
  }

  /// An entitlement with one head of claim.
  public init<Facts: EntitlementFacts>(
    _ kind: String, _ title: Localized, facts: Facts.Type, payment: Payment? = nil,
    @RuleBuilder _ rules: () -> [RuleNode]
  ) {
    self.init(kind, title, facts: facts, parts: [Part(kind, rules)], payment: payment)
  }

  /// Reads this entitlement's facts from a scenario's `facts` object.
  package func decodeFacts(from decoder: any Decoder) throws -> any EntitlementFacts {
    try factsType.init(from: decoder)
  }
}
