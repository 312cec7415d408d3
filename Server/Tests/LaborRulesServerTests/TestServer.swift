import Foundation
import Hummingbird
import LaborRulesServer
import Logging
import Metrics
import Prometheus
import ServiceLifecycle
import Testing

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// A server started on a free loopback port for one test, and stopped (gracefully) at its end.
struct TestServer {
  let port: Int
  let group: ServiceGroup
  let run: Task<Void, any Error>

  /// The process's metrics registry: MetricsSystem is bootstrapped once per process.
  static let registry: PrometheusCollectorRegistry = {
    let registry = PrometheusCollectorRegistry()
    MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
    return registry
  }()

  /// Starts a server, runs `body` with it, and stops it whatever `body` does.
  static func with<T>(
    _ configure: (inout ServerConfiguration) -> Void = { _ in }, _ body: (TestServer) async throws -> T
  ) async throws -> T {
    var configuration = ServerConfiguration()
    configuration.port = 0
    configure(&configuration)
    var logger = Logger(label: "test")
    logger.logLevel = .warning
    let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
    let app = try LaborRulesService.application(
      configuration, registry: registry, logger: logger, onServerRunning: { port in continuation.yield(port) })
    let group = ServiceGroup(services: [app], logger: logger)
    let run = Task { try await group.run() }
    var iterator = ports.makeAsyncIterator()
    guard let port = await iterator.next() else { throw TestError("the server did not start") }
    let server = TestServer(port: port, group: group, run: run)
    do {
      let result = try await body(server)
      await server.stop()
      return result
    } catch {
      await server.stop()
      throw error
    }
  }

  func stop() async {
    await group.triggerGracefulShutdown()
    _ = try? await run.value
  }

  var base: String { "http://127.0.0.1:\(port)" }

  /// One request; the status, the headers and the body.
  func request(
    _ method: String, _ path: String, body: Data? = nil, contentType: String? = "application/json",
    accept: String? = nil
  ) async throws -> (status: Int, headers: [String: String], body: Data) {
    guard let url = URL(string: base + path) else { throw TestError("bad URL \(path)") }
    var request = URLRequest(url: url)
    request.httpMethod = method
    request.httpBody = body
    if body != nil, let contentType { request.setValue(contentType, forHTTPHeaderField: "Content-Type") }
    if let accept { request.setValue(accept, forHTTPHeaderField: "Accept") }
    let (data, response) = try await URLSession.shared.data(for: request)
    guard let http = response as? HTTPURLResponse else { throw TestError("not HTTP") }
    var headers: [String: String] = [:]
    for (key, value) in http.allHeaderFields {
      if let key = key as? String, let value = value as? String { headers[key.lowercased()] = value }
    }
    return (http.statusCode, headers, data)
  }

  func get(_ path: String, accept: String? = nil) async throws -> (status: Int, headers: [String: String], body: Data) {
    try await request("GET", path, accept: accept)
  }

  func post(
    _ path: String, _ body: Data, contentType: String? = "application/json", accept: String? = nil
  ) async throws
    -> (status: Int, headers: [String: String], body: Data)
  {
    try await request("POST", path, body: body, contentType: contentType, accept: accept)
  }
}

struct TestError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}

/// The root package's folder, and files in it.
enum Repository {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static func file(_ path: String) -> URL { root.appendingPathComponent(path) }

  /// Golden scenarios: every `Golden/**/*.json` that is not an `.expected.json`.
  static var goldens: [URL] {
    let folder = file("Tests/LaborRulesTests/Golden")
    let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL }
    return (files ?? []).filter { $0.pathExtension == "json" && !$0.lastPathComponent.hasSuffix(".expected.json") }
      .sorted { $0.path < $1.path }
  }

  /// The `labor-rules` CLI built by the root package (`swift build` at the root, which CI runs first), or the one
  /// LABOR_RULES_CLI names.
  static var cli: URL {
    get throws {
      if let path = ProcessInfo.processInfo.environment["LABOR_RULES_CLI"] { return URL(fileURLWithPath: path) }
      for configuration in ["debug", "release"] {
        let url = file(".build/\(configuration)/labor-rules")
        if FileManager.default.isExecutableFile(atPath: url.path) { return url }
      }
      throw TestError("no labor-rules CLI: run `swift build` in the root package first, or set LABOR_RULES_CLI")
    }
  }

  /// Runs the CLI; its standard output and exit status. (Input goes in a file argument, never a pipe: a pipe
  /// written whole before the output is read deadlocks once both fill.)
  static func runCLI(_ arguments: [String]) throws -> (output: Data, status: Int32) {
    let process = Process()
    process.executableURL = try cli
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (data, process.terminationStatus)
  }
}

extension Data {
  var text: String { String(decoding: self, as: UTF8.self) }
  var json: [String: Any] { ((try? JSONSerialization.jsonObject(with: self)) as? [String: Any]) ?? [:] }
  var jsonArray: [[String: Any]] { ((try? JSONSerialization.jsonObject(with: self)) as? [[String: Any]]) ?? [] }
}

extension Dictionary where Key == String, Value == Any {
  /// `error.code` and friends of an error object.
  var errorObject: [String: Any] { (self["error"] as? [String: Any]) ?? [:] }
}

/// Nil when two outputs are equal byte for byte, else where they first differ (line number and both lines). Used
/// instead of `#expect(a == b)` on large bodies, whose failure message would diff megabytes.
func firstDifference(_ got: Data, _ expected: Data) -> String? {
  guard got != expected else { return nil }
  let a = got.text.split(separator: "\n", omittingEmptySubsequences: false)
  let b = expected.text.split(separator: "\n", omittingEmptySubsequences: false)
  for (index, (x, y)) in zip(a, b).enumerated() where x != y {
    return "line \(index + 1): got \(x.prefix(300)) — expected \(y.prefix(300))"
  }
  return "\(a.count) lines, expected \(b.count)"
}
