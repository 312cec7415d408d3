import ArgumentParser
import Foundation
import Hummingbird
import LaborRulesServer
import Logging
import Metrics
import NIOPosix
import Prometheus

/// `labor-rules-server`: the LaborRules API and the worker's page over HTTP.
@main
struct LaborRulesServerCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "labor-rules-server",
    abstract: "劳动待遇计算服务：HTTP API 与劳动者网页。The LaborRules HTTP API and the page for workers.",
    discussion: """
      Every option can also be set in the environment (LABOR_RULES_HOST, LABOR_RULES_PORT, \
      LABOR_RULES_MAX_BODY_SIZE, LABOR_RULES_MAX_IN_FLIGHT, LABOR_RULES_THREADS, LABOR_RULES_IDLE_TIMEOUT, \
      LABOR_RULES_LOG_LEVEL, LABOR_RULES_LOG_FORMAT); a flag wins. SIGTERM or SIGINT stops accepting \
      connections, lets requests in flight finish, then exits 0.

        labor-rules-server --port 8080
        LABOR_RULES_HOST=0.0.0.0 labor-rules-server --max-body-size 2097152
      """)

  @Option(help: "Address to listen on (default 127.0.0.1).") var host: String?
  @Option(help: "Port (default 8080; 0 picks a free one).") var port: Int?
  @Option(help: "Largest request body read whole, and longest batch line, in bytes (default 1048576).")
  var maxBodySize: Int?
  @Option(help: "Requests evaluated at once before 503 (default 256).") var maxInFlight: Int?
  @Option(help: "Event-loop threads (default 0: one per core).") var threads: Int?
  @Option(help: "Seconds a silent connection is kept open (default 30).") var idleTimeout: Int?
  @Option(help: "trace, debug, info (default), notice, warning, error or critical.") var logLevel: String?
  @Option(help: "json (default: one object per line) or text.") var logFormat: String?

  func run() async throws {
    var c = try ServerConfiguration.fromEnvironment()
    if let host { c.host = host }
    // The ranges of the environment's settings: an absurd value fails here, at start-up.
    func checked(_ value: Int?, _ flag: String, _ range: ClosedRange<Int>) throws -> Int? {
      guard let value, !range.contains(value) else { return value }
      throw ValidationError("\(flag) must be \(range.lowerBound)…\(range.upperBound)")
    }
    if let port = try checked(port, "--port", ServerConfiguration.ports) { c.port = port }
    if let size = try checked(maxBodySize, "--max-body-size", ServerConfiguration.maxBodySizes) { c.maxBodySize = size }
    if let n = try checked(maxInFlight, "--max-in-flight", ServerConfiguration.maxInFlights) { c.maxInFlight = n }
    if let n = try checked(threads, "--threads", ServerConfiguration.threadCounts) { c.threads = n }
    if let n = try checked(idleTimeout, "--idle-timeout", ServerConfiguration.idleTimeouts) { c.idleTimeout = n }
    if let logLevel {
      guard let level = Logger.Level(rawValue: logLevel) else { throw ValidationError("unknown --log-level") }
      c.logLevel = level
    }
    if let logFormat {
      guard let format = ServerConfiguration.LogFormat(rawValue: logFormat) else {
        throw ValidationError("--log-format is json or text")
      }
      c.logFormat = format
    }
    let settings = c
    LoggingSystem.bootstrap { label in
      switch settings.logFormat {
      case .json:
        var handler = JSONLogHandler(label: label)
        handler.logLevel = settings.logLevel
        return handler
      case .text:
        var handler = StreamLogHandler.standardError(label: label)
        handler.logLevel = settings.logLevel
        return handler
      }
    }
    let registry = PrometheusCollectorRegistry()
    MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
    let logger = Logger(label: "labor-rules-server")
    let group = settings.threads > 0 ? MultiThreadedEventLoopGroup(numberOfThreads: settings.threads) : nil
    let app = try LaborRulesService.application(
      settings, registry: registry, logger: logger, eventLoopGroup: group,
      onServerRunning: { port in
        logger.info(
          "listening",
          metadata: [
            "host": "\(settings.host)", "port": "\(port)", "maxBodySize": "\(settings.maxBodySize)",
            "maxInFlight": "\(settings.maxInFlight)",
          ])
      })
    try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
    logger.info("stopped")
    try await group?.shutdownGracefully()
  }
}
