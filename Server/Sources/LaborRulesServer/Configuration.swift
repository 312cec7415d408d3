import Foundation
import Logging

/// How the server runs: where it listens, what it accepts, how much it does at once. Every setting has a flag
/// of `labor-rules-server` and an environment variable (`LABOR_RULES_PORT`, …); a flag wins.
public struct ServerConfiguration: Sendable {
  /// The address to listen on; loopback unless told otherwise.
  public var host: String = "127.0.0.1"
  /// The port; 0 picks a free one (the tests do).
  public var port: Int = 8080
  /// The largest request body read whole (/v1/evaluate, /v1/check), and the longest line of /v1/batch, in bytes.
  public var maxBodySize: Int = 1 << 20
  /// Requests evaluated at once (/v1/evaluate, /v1/check, /v1/batch, /v1/minimum-wage); one more is answered 503.
  public var maxInFlight: Int = 256
  /// Event-loop threads; 0 means one per core.
  public var threads: Int = 0
  /// Seconds a connection may stay silent (a slow or stalled client) before it is closed.
  public var idleTimeout: Int = 30
  public var logLevel: Logger.Level = .info
  /// `json` (one object per line) or `text`.
  public var logFormat: LogFormat = .json

  public enum LogFormat: String, Sendable, CaseIterable { case json, text }

  /// The values each numeric setting accepts, from the environment and from the flags alike: an absurd value
  /// fails at start-up, not inside the HTTP stack (a hundred million threads hit NIO's precondition).
  public static let ports = 0...65535
  public static let maxBodySizes = 1...Int(Int32.max)
  public static let maxInFlights = 1...1_000_000
  public static let threadCounts = 0...1024
  public static let idleTimeouts = 1...86_400

  public init() {}

  /// The settings given in the environment, over the defaults.
  public static func fromEnvironment(
    _ environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(SettingError) -> ServerConfiguration {
    var c = ServerConfiguration()
    func int(_ name: String, _ range: ClosedRange<Int>) throws(SettingError) -> Int? {
      guard let text = environment[name] else { return nil }
      guard let value = Int(text), range.contains(value) else { throw SettingError(name: name, value: text) }
      return value
    }
    if let host = environment["LABOR_RULES_HOST"] { c.host = host }
    if let port = try int("LABOR_RULES_PORT", ports) { c.port = port }
    if let size = try int("LABOR_RULES_MAX_BODY_SIZE", maxBodySizes) { c.maxBodySize = size }
    if let n = try int("LABOR_RULES_MAX_IN_FLIGHT", maxInFlights) { c.maxInFlight = n }
    if let n = try int("LABOR_RULES_THREADS", threadCounts) { c.threads = n }
    if let n = try int("LABOR_RULES_IDLE_TIMEOUT", idleTimeouts) { c.idleTimeout = n }
    if let text = environment["LABOR_RULES_LOG_LEVEL"] {
      guard let level = Logger.Level(rawValue: text) else {
        throw SettingError(name: "LABOR_RULES_LOG_LEVEL", value: text)
      }
      c.logLevel = level
    }
    if let text = environment["LABOR_RULES_LOG_FORMAT"] {
      guard let format = LogFormat(rawValue: text) else {
        throw SettingError(name: "LABOR_RULES_LOG_FORMAT", value: text)
      }
      c.logFormat = format
    }
    return c
  }
}

/// An environment variable whose value cannot be used.
public struct SettingError: Error, CustomStringConvertible {
  public let name: String
  public let value: String
  public var description: String { "\(name)=\(value) is not a valid value; 环境变量 \(name) 的值无效" }
}
