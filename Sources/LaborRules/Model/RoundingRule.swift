/// How an exact amount becomes whole fen. A named assumption (`rounding`): the law fixes no rule.
///
/// | exact fen | `half-up` | `half-even` |
/// |-----------|-----------|-------------|
/// | 248387.09 | 248387    | 248387      |
/// | 12.5      | 13        | 12          |
/// | 13.5      | 14        | 14          |
/// | -12.5     | -13       | -12         |
///
/// - `halfUp` (default): ties go away from zero, the rounding Chinese payroll practice uses
///   (四舍五入), because a half fen is rounded up for the worker.
/// - `halfEven`: ties go to the even fen (banker's rounding), as some payroll systems do.
public enum RoundingRule: String, Sendable, Codable, CaseIterable {
  case halfUp = "half-up"
  case halfEven = "half-even"
}
