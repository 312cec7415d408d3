import LaborRules

/// The days the packs' sources were last checked.
enum LastChecked {
  /// The legal dossier this release encodes (shared/law/, with its November 2026 addendum).
  static let dossier = CivilDate("2026-11-01")
}
