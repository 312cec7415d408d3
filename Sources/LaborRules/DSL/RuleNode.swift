/// The rule tree the engine walks. Rule packs never write these cases; they write the components
/// (`Rule`, `When`, `FirstApplicable`, `Exception`, `NotCovered`) that build them.
public indirect enum RuleNode: Sendable {
  case rule(Rule)
  case notCovered(NotCovered)
  /// Children apply only while the condition holds.
  case when(Condition, [RuleNode])
  /// The first child that yields a rule wins.
  case firstApplicable([RuleNode])
  /// The exceptions, when one applies, displace the base rules.
  case exception(base: [RuleNode], exceptions: [RuleNode])
}

/// Anything that can stand in a rule builder block.
public protocol RuleComponent: Sendable {
  var nodes: [RuleNode] { get }
}

/// A named, reusable group of rules (for example the stoppage rules that isolation falls back on).
public struct RuleGroup: RuleComponent {
  public let nodes: [RuleNode]
  public init(@RuleBuilder _ rules: () -> [RuleNode]) { nodes = rules() }
}
