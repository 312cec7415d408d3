/// A leaf the tree yields for a period, with the conditions seen on the way to it.
struct Applicable {
  enum Leaf { case rule(Rule), notCovered(NotCovered), noAmount(NoAmount) }
  let leaf: Leaf
  let seen: [Observation]

  var id: String {
    switch leaf {
    case .rule(let rule): rule.id
    case .notCovered(let gap): gap.id
    case .noAmount(let nothing): nothing.id
    }
  }
}

extension RuleNode {
  /// Every leaf of these nodes that applies to the period, under the semantics of each node kind, with the
  /// conditions seen on the way when the context builds the derivation.
  static func resolve(
    _ nodes: [RuleNode], _ context: EvaluationContext, on period: DateRange, seen: [Observation] = []
  )
    throws(EvaluationError) -> [Applicable]
  {
    var found: [Applicable] = []
    for node in nodes { found += try node.resolve(context, on: period, seen: seen) }
    return found
  }

  func resolve(
    _ context: EvaluationContext, on period: DateRange, seen: [Observation]
  ) throws(EvaluationError)
    -> [Applicable]
  {
    switch self {
    case .rule(let rule):
      let (holds, observed) = try rule.condition.evaluate(context, on: period)
      return holds ? [Applicable(leaf: .rule(rule), seen: seen + observed)] : []
    case .notCovered(let gap):
      let (holds, observed) = try gap.condition.evaluate(context, on: period)
      return holds ? [Applicable(leaf: .notCovered(gap), seen: seen + observed)] : []
    case .noAmount(let nothing):
      let (holds, observed) = try nothing.condition.evaluate(context, on: period)
      return holds ? [Applicable(leaf: .noAmount(nothing), seen: seen + observed)] : []
    case .when(let condition, let children):
      let (holds, observed) = try condition.evaluate(context, on: period)
      return holds ? try RuleNode.resolve(children, context, on: period, seen: seen + observed) : []
    case .firstApplicable(let children):
      for child in children {
        let found = try child.resolve(context, on: period, seen: seen)
        if !found.isEmpty { return found }
      }
      return []
    case .exception(let base, let exceptions):
      let found = try RuleNode.resolve(exceptions, context, on: period, seen: seen)
      return found.isEmpty ? try RuleNode.resolve(base, context, on: period, seen: seen) : found
    }
  }
}
