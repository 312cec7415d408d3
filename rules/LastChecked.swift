import LaborRules

/// The days the packs' sources were last checked.
enum LastChecked {
  /// The legal dossier this release encodes (shared/law/, with its November 2026 addendum).
  static let dossier = CivilDate("2026-11-01")
  /// The minimum wages before 2013 (Guangdong's 2010 and 2011 notices, Shenzhen 2008–2012), read in the sources
  /// each instrument lists.
  static let minimumWageHistory = CivilDate("2026-11-23")
}
