import LaborRules

/// The days the packs' sources were last checked.
enum LastChecked {
  /// The legal dossier this release encodes (shared/law/, with its November 2026 addendum).
  static let dossier = CivilDate("2026-11-01")
  /// The minimum wages before 2013 (Guangdong's 2010 and 2011 notices, Shenzhen 2008–2012), read in the sources
  /// each instrument lists.
  static let minimumWageHistory = CivilDate("2026-11-23")
  /// The values the legal review of shared/law/addendum-2026-12-07.md checked against their sources, read again
  /// for this release: the conversion notices (劳社部发〔2008〕3号, 人社部发〔2025〕2号), the calendar 2020–2026 and
  /// the statutory days of 全国年节及纪念日放假办法 art. 2, the minimum wage from 2025-03-01 (粤府函〔2025〕23号; no
  /// later change found) and the heat allowance from 2021-06-01 (no later change found).
  static let december2026 = CivilDate("2026-12-07")
}
