// swift-tools-version: 6.0
// How a union service embeds LaborRules: a package of its own that depends on LaborRules by path (a service
// would name the repository and a version) and evaluates scenarios through the Swift API from many tasks.
import PackageDescription

let package = Package(
  name: "EmbeddingExample",
  platforms: [.macOS(.v13)],
  dependencies: [.package(name: "LaborRules", path: "../..")],
  targets: [
    .executableTarget(
      name: "embedding-example",
      dependencies: [.product(name: "LaborRules", package: "LaborRules")],
      path: "Sources/embedding-example")
  ]
)
