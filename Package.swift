// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "LaborRules",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "LaborRules", targets: ["LaborRules", "LaborRulesPacks"]),
    .executable(name: "labor-rules", targets: ["LaborRulesCLI"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    // Library: model, law layer, DSL, engine, rendering. Foundation only.
    .target(name: "LaborRules", path: "Sources/LaborRules"),

    // Rule packs: the law, one file per legal instrument.
    .target(
      name: "LaborRulesPacks", dependencies: ["LaborRules"], path: "rules",
      exclude: ["README.md"]),

    // CLI: `labor-rules`. Decodes, calls the library, renders; no legal logic.
    .executableTarget(
      name: "LaborRulesCLI",
      dependencies: [
        "LaborRulesPacks",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      path: "Sources/LaborRulesCLI"),

    // Examples: an embedding service and the benchmark, both built and run by CI.
    .executableTarget(
      name: "embedding-example", dependencies: ["LaborRulesPacks"], path: "Examples/embedding"),
    .executableTarget(
      name: "labor-rules-bench", dependencies: ["LaborRulesPacks"], path: "Examples/benchmark"),

    // Tests: unit, property and golden-file tests.
    .testTarget(
      name: "LaborRulesTests", dependencies: ["LaborRules", "LaborRulesPacks"],
      path: "Tests/LaborRulesTests", exclude: ["Golden"]),
  ]
)
