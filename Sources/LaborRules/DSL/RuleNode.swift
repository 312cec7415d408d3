/// The rule tree the engine walks. Rule packs never write these cases; they write the components
/// (`Rule`, `When`, `FirstApplicable`, `Exception`, `NotCovered`, `NoAmount`) that build them.
public indirect enum RuleNode: Sendable {
  case rule(Rule)
  case notCovered(NotCovered)
  case noAmount(NoAmount)
  /// Children apply only while the condition holds.
  case when(Condition, [RuleNode])
  /// The first child that yields a rule wins.
  case firstApplicable([RuleNode])
  /// The exceptions, when one applies, displace the base rules.
  case exception(base: [RuleNode], exceptions: [RuleNode])

  /// Every rule of the tree.
  package var rules: [Rule] {
    switch self {
    case .rule(let rule): [rule]
    case .notCovered, .noAmount: []
    case .when(_, let children), .firstApplicable(let children): children.flatMap(\.rules)
    case .exception(let base, let exceptions): (base + exceptions).flatMap(\.rules)
    }
  }

  /// Every condition of the tree, for collecting the days where outcomes may change.
  package var conditions: [Condition] {
    switch self {
    case .rule(let rule): [rule.condition]
    case .notCovered(let gap): [gap.condition]
    case .noAmount(let nothing): [nothing.condition]
    case .when(let condition, let children): [condition] + children.flatMap(\.conditions)
    case .firstApplicable(let children): children.flatMap(\.conditions)
    case .exception(let base, let exceptions): (base + exceptions).flatMap(\.conditions)
    }
  }
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
