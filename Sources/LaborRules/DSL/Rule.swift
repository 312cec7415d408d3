/// A provision turned into a computation: when its condition holds for a period, the amount for that
/// period is its formula, made a line item by its basis.
///
/// ```swift
/// Rule("guangdong.wage-payment.art39.first-cycle",
///      Localized("停工未超过一个工资支付周期，按正常工作时间工资支付", en: "…"),
///      cites: .dated(stoppageArticle), when: .inFirstPayCycle) { .normalWage }
/// ```
///
/// A class, so that the engine passes a rule around by reference: the rule tree is shared by every evaluation.
public final class Rule: RuleComponent {
  public let id: String
  public let title: Localized
  public let citations: [Cite]
  public let condition: Condition
  public let basis: Basis
  public let formula: Formula
  /// The formula's leaves in order, flattened once: what the engine validates and asks for boundaries.
  package let leaves: [Formula.Leaf]

  public init(
    _ id: String, _ title: Localized, cites citations: [Cite], when condition: Condition = .always,
    basis: Basis = .perMonth, amount formula: () -> Formula
  ) {
    precondition(!citations.isEmpty, "rule \(id) has no citation")
    (self.id, self.title, self.citations, self.condition, self.basis, self.formula) =
      (id, title, citations, condition, basis, formula())
    leaves = self.formula.leaves
  }

  public convenience init(
    _ id: String, _ title: Localized, cites citation: Cite, when condition: Condition = .always,
    basis: Basis = .perMonth, amount formula: () -> Formula
  ) {
    self.init(id, title, cites: [citation], when: condition, basis: basis, amount: formula)
  }

  public var nodes: [RuleNode] { [.rule(self)] }
}

/// A rule's citation: fixed, or dated when the provision's number changed over time (广东省工资支付条例
/// art. 35 became art. 39 on 2016-09-29); a dated citation splits line items at its changes.
public enum Cite: Sendable {
  case fixed(Citation)
  case dated(Schedule<Citation>)

  public static func of(_ citation: Citation) -> Cite { .fixed(citation) }
}

/// Rules that apply only while a condition holds.
public struct When: RuleComponent {
  public let nodes: [RuleNode]
  public init(_ condition: Condition, @RuleBuilder _ rules: () -> [RuleNode]) {
    nodes = [.when(condition, rules())]
  }
}

/// Ranked alternatives: the first that applies wins, as a statute's "if …; otherwise …".
public struct FirstApplicable: RuleComponent {
  public let nodes: [RuleNode]
  public init(@RuleBuilder _ rules: () -> [RuleNode]) { nodes = [.firstApplicable(rules())] }
}

/// Special provisions that displace a general rule when they apply (Catala's `exception`).
public struct Exception: RuleComponent {
  public let nodes: [RuleNode]
  public init(to base: some RuleComponent, @RuleBuilder _ exceptions: () -> [RuleNode]) {
    nodes = [.exception(base: base.nodes, exceptions: exceptions())]
  }
}

/// A situation the packs deliberately do not answer, with the reason; evaluation stops with `notCovered`.
public struct NotCovered: RuleComponent {
  public let id: String
  public let condition: Condition
  public let reason: Localized
  public init(_ id: String, when condition: Condition, _ reason: Localized) {
    (self.id, self.condition, self.reason) = (id, condition, reason)
  }
  public var nodes: [RuleNode] { [.notCovered(self)] }
}

/// A period for which a part of an entitlement owes nothing, said explicitly (no overtime on a day not
/// worked), so that a period no rule answers is still a gap.
public struct NoAmount: RuleComponent {
  public let id: String
  public let condition: Condition
  public init(_ id: String, when condition: Condition) { (self.id, self.condition) = (id, condition) }
  public var nodes: [RuleNode] { [.noAmount(self)] }
}
