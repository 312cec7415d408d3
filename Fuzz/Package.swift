// swift-tools-version: 6.0
import PackageDescription

// libFuzzer targets for LaborRules, kept out of the root package because they build only with
// `-sanitize=fuzzer` (libFuzzer supplies the entry point). Build and run them with `scripts/fuzz SECONDS`.
//
// - fuzz-scenario: bytes → Scenario.decode → Engine.evaluate → JSON, text and Markdown.
// - fuzz-batch: bytes → the batch line processor (`labor-rules batch`, `/v1/batch`); N lines in, N lines out, in order.
// - fuzz-audit: bytes → a payroll's header and rows through the audit; one output row per row, twelve columns.
// - fuzz-flags: bytes → the argument list of a worker command, parsed and run in-process by the CLI's own
//   ArgumentParser command types (the CLI's sources, compiled here as a library through a symbolic link).
let package = Package(
  name: "LaborRulesFuzz",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(name: "LaborRules", path: ".."),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
  ],
  targets: [
    .target(name: "FuzzSupport", path: "Sources/FuzzSupport"),
    // The CLI's own sources (a symbolic link to ../Sources/LaborRulesCLI), as a testable library: its `@main`
    // entry point is renamed so that it does not collide with libFuzzer's.
    .target(
      name: "LaborRulesCLIUnderTest",
      dependencies: [
        .product(name: "LaborRules", package: "LaborRules"),
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      path: "Sources/LaborRulesCLIUnderTest",
      swiftSettings: [
        .unsafeFlags([
          "-enable-testing", "-Xfrontend", "-entry-point-function-name", "-Xfrontend", "labor_rules_cli_main",
        ])
      ]),
    .executableTarget(
      name: "fuzz-scenario",
      dependencies: ["FuzzSupport", .product(name: "LaborRules", package: "LaborRules")],
      path: "Sources/fuzz-scenario"),
    .executableTarget(
      name: "fuzz-batch", dependencies: ["FuzzSupport", .product(name: "LaborRules", package: "LaborRules")],
      path: "Sources/fuzz-batch"),
    .executableTarget(
      name: "fuzz-audit",
      dependencies: [
        "FuzzSupport", .product(name: "LaborRules", package: "LaborRules"),
      ],
      path: "Sources/fuzz-audit"),
    .executableTarget(
      name: "fuzz-flags", dependencies: ["FuzzSupport", "LaborRulesCLIUnderTest"], path: "Sources/fuzz-flags"),
  ]
)
