// swift-tools-version: 6.0
import PackageDescription

// `labor-rules-server`: the library behind an HTTP API whose contract is `openapi.yaml`. Its own package, so
// that a service embedding the library, and every user of the CLI, resolves no server dependency at all.
let package = Package(
  name: "LaborRulesServer",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "labor-rules-server", targets: ["labor-rules-server"])
  ],
  dependencies: [
    .package(name: "LaborRules", path: ".."),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
    .package(url: "https://github.com/hummingbird-project/swift-openapi-hummingbird", from: "2.1.0"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
    .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
  ],
  targets: [
    // The service: routes, the generated OpenAPI server (Generated/, committed; see README), the worker's page.
    .target(
      name: "LaborRulesServer",
      dependencies: [
        .product(name: "LaborRules", package: "LaborRules"),
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
        .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "Metrics", package: "swift-metrics"),
        .product(name: "Prometheus", package: "swift-prometheus"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
      ],
      exclude: ["openapi-generator-config.yaml"],
      resources: [.copy("Public"), .copy("openapi.yaml")]),
    // `labor-rules-server --port 8080`: flags and environment, logging, metrics, graceful shutdown.
    .executableTarget(
      name: "labor-rules-server",
      dependencies: [
        "LaborRulesServer",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "Metrics", package: "swift-metrics"),
        .product(name: "Prometheus", package: "swift-prometheus"),
        .product(name: "NIOPosix", package: "swift-nio"),
      ]),
    // End to end: each test starts the server on a loopback port and calls it over HTTP.
    .testTarget(name: "LaborRulesServerTests", dependencies: ["LaborRulesServer"]),
  ]
)
