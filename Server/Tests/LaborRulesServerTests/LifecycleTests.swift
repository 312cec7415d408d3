import Foundation
import Testing

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// The executable as it is deployed: flags and environment, JSON logs, and SIGTERM stopping it cleanly.
@Suite struct LifecycleTests {
  @Test func startsFromFlagsAndStopsOnSIGTERM() async throws {
    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("labor-rules-server")
    let executable =
      FileManager.default.isExecutableFile(atPath: binary.path)
      ? binary : Repository.file("Server/.build/debug/labor-rules-server")
    try #require(FileManager.default.isExecutableFile(atPath: executable.path), "build labor-rules-server first")
    let process = Process()
    process.executableURL = executable
    process.arguments = ["--port", "0", "--max-body-size", "2048"]
    process.environment = ["LABOR_RULES_LOG_FORMAT": "json", "LABOR_RULES_MAX_IN_FLIGHT": "8"]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    defer { if process.isRunning { process.terminate() } }

    // The log line that says where it listens.
    var log = Data()
    var port: Int?
    let deadline = Date().addingTimeInterval(30)
    while port == nil, Date() < deadline {
      let chunk = errors.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      log += chunk
      for line in log.split(separator: UInt8(ascii: "\n")) {
        let object = Data(line).json
        if object["message"] as? String == "listening", let text = object["port"] as? String { port = Int(text) }
      }
    }
    let bound = try #require(port, "no 'listening' log line: \(log.text)")
    let health = try await URLSession.shared.data(from: try #require(URL(string: "http://127.0.0.1:\(bound)/healthz")))
    #expect((health.1 as? HTTPURLResponse)?.statusCode == 200)
    var big = URLRequest(url: try #require(URL(string: "http://127.0.0.1:\(bound)/v1/evaluate")))
    big.httpMethod = "POST"
    big.setValue("application/json", forHTTPHeaderField: "Content-Type")
    big.httpBody = Data(repeating: UInt8(ascii: " "), count: 4096)
    let tooLarge = try await URLSession.shared.data(for: big)
    #expect((tooLarge.1 as? HTTPURLResponse)?.statusCode == 413)

    kill(process.processIdentifier, SIGTERM)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    log += errors.fileHandleForReading.readDataToEndOfFile()
    #expect(log.text.contains("\"message\":\"stopped\""))
  }
}
