/// Collects the rules of a block; every rule that applies is a candidate, and the engine requires
/// exactly one per period (none is "no applicable rule", two are a conflict).
@resultBuilder
public enum RuleBuilder {
  public static func buildExpression(_ component: some RuleComponent) -> [RuleNode] { component.nodes }
  public static func buildBlock(_ parts: [RuleNode]...) -> [RuleNode] { parts.flatMap { $0 } }
}
