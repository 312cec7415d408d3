import Foundation
import Hummingbird
import LaborRules
import LaborRulesPacks
import Logging
import NIOCore
import NIOPosix
import OpenAPIHummingbird
import OpenAPIRuntime
import Prometheus

/// The whole service: the router with its middleware, the generated operations, the evaluation routes and the
/// worker's page, as a Hummingbird application. The executable runs it with signal handling; the tests run it
/// on a free loopback port.
public enum LaborRulesService {
  /// The one engine: the shipped Guangdong rulebook, immutable and shared by every request.
  public static let engine = Engine(rulebook: .guangdong)

  /// Builds the application. `onServerRunning` receives the port actually bound (useful with port 0).
  public static func application(
    _ configuration: ServerConfiguration, registry: PrometheusCollectorRegistry, logger: Logger,
    eventLoopGroup: (any EventLoopGroup)? = nil, onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
  ) throws -> some ApplicationProtocol {
    let assets = try Assets.load()
    let router = Router(context: BasicRequestContext.self)
    router.middlewares.add(MetricsMiddleware())
    router.middlewares.add(LogRequestsMiddleware(.debug))
    router.middlewares.add(ErrorObjectMiddleware())
    router.middlewares.add(InFlightLimit(limit: configuration.maxInFlight))

    EvaluationRoutes(engine: engine, configuration: configuration).add(to: router)
    assets.add(to: router)
    let api = API(engine: engine, configuration: configuration, document: assets.openAPI, registry: registry)
    try api.registerHandlers(on: router, middlewares: [OpenAPIErrorMiddleware()])

    let provider: EventLoopGroupProvider = eventLoopGroup.map { .shared($0) } ?? .singleton
    return Application(
      router: router,
      server: .http1(configuration: .init(idleTimeout: .seconds(Int64(configuration.idleTimeout)))),
      configuration: .init(
        address: .hostname(configuration.host, port: configuration.port), serverName: "labor-rules-server"),
      onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
      eventLoopGroupProvider: provider,
      logger: logger)
  }
}

/// The files the service serves itself: the worker's page (no CDN: everything it loads comes from here) and the
/// OpenAPI document. Read once at start.
struct Assets: Sendable {
  let openAPI: [UInt8]
  let files: [String: (type: String, bytes: [UInt8])]

  static let types = [
    "html": "text/html; charset=utf-8", "js": "text/javascript; charset=utf-8", "css": "text/css; charset=utf-8",
    "svg": "image/svg+xml",
  ]

  static func load() throws -> Assets {
    guard let document = Bundle.module.url(forResource: "openapi", withExtension: "yaml"),
      let publicFolder = Bundle.module.url(forResource: "Public", withExtension: nil)
    else { throw AssetError(name: "openapi.yaml, Public/") }
    var files: [String: (String, [UInt8])] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: publicFolder.path) {
      let ext = (name as NSString).pathExtension
      guard let type = types[ext] else { continue }
      files[name] = (type, Array(try Data(contentsOf: publicFolder.appendingPathComponent(name))))
    }
    return Assets(openAPI: Array(try Data(contentsOf: document)), files: files)
  }

  func add(to router: Router<some RequestContext>) {
    for (name, file) in files {
      let response = { @Sendable () -> Response in
        Response(
          status: .ok, headers: [.contentType: file.type, .cacheControl: "no-cache"],
          body: .init(byteBuffer: ByteBuffer(bytes: file.bytes)))
      }
      router.get(RouterPath(stringLiteral: "/" + name)) { _, _ in response() }
      if name == "index.html" { router.get("/") { _, _ in response() } }
    }
  }
}

struct AssetError: Error, CustomStringConvertible {
  let name: String
  var description: String { "the server's files are missing: \(name); 服务器文件缺失" }
}
