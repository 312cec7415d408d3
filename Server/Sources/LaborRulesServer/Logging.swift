import Foundation
import Logging

/// Structured logs: one JSON object per line on standard error (`ts`, `level`, `label`, `message`, then the
/// metadata), for log collectors; `--log-format text` gives swift-log's plain lines instead.
public struct JSONLogHandler: LogHandler {
  public var metadata: Logger.Metadata = [:]
  public var logLevel: Logger.Level = .info
  let label: String

  public init(label: String) { self.label = label }

  public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  public func log(event: LogEvent) {
    var object: [String: String] = [
      "ts": Date().formatted(.iso8601), "level": event.level.rawValue, "label": label,
      "message": event.message.description,
    ]
    for (key, value) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { $1 }) where object[key] == nil {
      object[key] = value.description
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(object) else { return }
    // The throwing write: a closed or full standard error must not stop the service.
    try? FileHandle.standardError.write(contentsOf: data + Data("\n".utf8))
  }
}
