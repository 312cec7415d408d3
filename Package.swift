// swift-tools-version: 6.0
import PackageDescription

// The map of the project. The library is five layers, each its own target so that the compiler keeps the
// arrows pointing one way: Model ← Law ← DSL ← Engine ← Rendering. `LaborRules` re-exports them all.
// The law lives in `rules/` (LaborRulesPacks): entitlements as plug-ins, one file per legal instrument.
let package = Package(
  name: "LaborRules",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "LaborRules", targets: ["LaborRules", "LaborRulesPacks", "LaborRulesAudit"]),
    .executable(name: "labor-rules", targets: ["LaborRulesCLI"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    // Values and value errors: Money (integer fen), Rational, CivilDate, Region, Localized.
    .target(name: "LaborRulesModel", path: "Sources/LaborRules/Model"),
    // Citations, instruments, dated schedules, typed parameters, the working-time calendar, warnings.
    .target(name: "LaborRulesLaw", dependencies: ["LaborRulesModel"], path: "Sources/LaborRules/Law"),
    // Rule trees, conditions, formulas, line-item bases, named assumptions, the plug-in protocol.
    .target(name: "LaborRulesDSL", dependencies: ["LaborRulesLaw"], path: "Sources/LaborRules/DSL"),
    // Segmentation, resolution (exactly one rule per piece), determinations, scenarios, the rulebook.
    .target(name: "LaborRulesEngine", dependencies: ["LaborRulesDSL"], path: "Sources/LaborRules/Engine"),
    // The words: the 计算书 in zh and en, Markdown, JSON.
    .target(name: "LaborRulesRendering", dependencies: ["LaborRulesEngine"], path: "Sources/LaborRules/Rendering"),
    // The library as one import.
    .target(name: "LaborRules", dependencies: ["LaborRulesRendering"], path: "Sources/LaborRules/Exports"),

    // Rule packs: the law, one file per legal instrument, and each entitlement as a plug-in.
    .target(
      name: "LaborRulesPacks", dependencies: ["LaborRules"], path: "rules",
      exclude: ["README.md"]),

    // The streams services run, shared by the CLI and the server: the payroll audit (a month of a worker per CSV
    // row, every figure from the packs' own entitlements) and the JSON Lines batch (one output line per line in).
    .target(name: "LaborRulesAudit", dependencies: ["LaborRulesPacks"], path: "Sources/LaborRulesAudit"),

    // CLI: `labor-rules`. Decodes, calls the library, renders; no legal logic.
    .executableTarget(
      name: "LaborRulesCLI",
      dependencies: [
        "LaborRulesPacks", "LaborRulesAudit",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      path: "Sources/LaborRulesCLI"),

    // The benchmark (Examples/Embedding is a package of its own that depends on this one by path).
    .executableTarget(
      name: "labor-rules-bench", dependencies: ["LaborRulesPacks", "LaborRulesAudit"], path: "Examples/benchmark"),

    // Tests: unit, property and golden-file tests.
    .testTarget(
      name: "LaborRulesTests", dependencies: ["LaborRules", "LaborRulesPacks", "LaborRulesAudit"],
      path: "Tests/LaborRulesTests", exclude: ["Golden"]),
  ]
)
