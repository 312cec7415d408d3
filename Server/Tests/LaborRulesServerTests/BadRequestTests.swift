import Foundation
import LaborRulesServer
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// What a client can send wrong, each answered with its status and an error object, and the server still up.
@Suite(.serialized) struct BadRequestTests {
  static let stoppage = EndpointTests.stoppage

  @Test func malformedJSONAndUnknownFields() async throws {
    try await TestServer.with { server in
      let malformed = try await server.post("/v1/evaluate", Data("{\"entitlement\": \"stoppage\",".utf8))
      #expect(malformed.status == 400)
      #expect(malformed.body.json.errorObject["code"] as? String == "bad-input")
      #expect(malformed.body.json.errorObject["messageZh"] is String)

      var scenario = Self.stoppage.json
      scenario["colour"] = "red"
      let unknownTop = try await server.post("/v1/evaluate", try JSONSerialization.data(withJSONObject: scenario))
      #expect(unknownTop.status == 400)
      #expect((unknownTop.body.json.errorObject["field"] as? String)?.contains("colour") == true)

      scenario = Self.stoppage.json
      var facts = (scenario["facts"] as? [String: Any]) ?? [:]
      facts["monthlyWagee"] = "6000"
      scenario["facts"] = facts
      let unknownFact = try await server.post("/v1/evaluate", try JSONSerialization.data(withJSONObject: scenario))
      #expect(unknownFact.status == 400)
      #expect((unknownFact.body.json.errorObject["field"] as? String)?.contains("monthlyWagee") == true)

      facts["monthlyWagee"] = nil
      facts["monthlyWage"] = 6000
      scenario["facts"] = facts
      let number = try await server.post("/v1/evaluate", try JSONSerialization.data(withJSONObject: scenario))
      #expect(number.status == 400)

      for body in ["", "[]", "null", "\"x\"", "{}", String(repeating: "[", count: 100_000)] {
        let response = try await server.post("/v1/evaluate", Data(body.utf8))
        #expect(response.status == 400, "\(body.prefix(20))")
      }
      #expect(try await server.get("/healthz").status == 200)
    }
  }

  @Test func wrongContentType() async throws {
    try await TestServer.with { server in
      for type in ["text/plain", "application/x-www-form-urlencoded", "application/xml", "multipart/form-data"] {
        let response = try await server.post("/v1/evaluate", Self.stoppage, contentType: type)
        #expect(response.status == 415, "\(type)")
        #expect(response.body.json.errorObject["field"] as? String == "Content-Type")
      }
      let charset = try await server.post("/v1/evaluate", Self.stoppage, contentType: "application/json; charset=utf-8")
      #expect(charset.status == 200)
      // No Content-Type at all is read as JSON.
      let connection = try RawConnection(port: server.port)
      let body = Array(Self.stoppage)
      connection.send(
        Array(
          "POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nContent-Length: \(body.count)\r\nConnection: close\r\n\r\n".utf8)
          + body)
      #expect(RawResponse(connection.receive()).status == 200)
    }
  }

  /// 50 MB announced, and 50 MB sent without a length: 413 either way, at once, and the server goes on.
  @Test func fiftyMegabytes() async throws {
    try await TestServer.with { server in
      let size = 50 * 1024 * 1024
      let announced = try RawConnection(port: server.port)
      announced.send(
        "POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: \(size)\r\n\r\n")
      announced.send(Array(repeating: UInt8(ascii: " "), count: 64 * 1024))
      let first = RawResponse(announced.receive(until: RawResponse.complete))
      #expect(first.status == 413)
      #expect(first.body.contains("messageZh"))

      let chunked = try RawConnection(port: server.port)
      chunked.send(
        "POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
      let chunk = Array("100000\r\n".utf8) + Array(repeating: UInt8(ascii: " "), count: 0x100000) + Array("\r\n".utf8)
      var sent = 0
      while sent < size, chunked.send(chunk) { sent += 0x100000 }
      let second = RawResponse(chunked.receive(until: RawResponse.complete))
      #expect(second.status == 413)

      #expect(try await server.get("/healthz").status == 200)
      #expect(try await server.post("/v1/evaluate", Self.stoppage).status == 200)
    }
  }

  /// A client that sends half a request and stalls is cut off after the idle timeout, and others are served
  /// meanwhile.
  @Test func slowClient() async throws {
    try await TestServer.with({ $0.idleTimeout = 1 }) { server in
      let stalled = try RawConnection(port: server.port, receiveTimeout: 10)
      stalled.send(
        "POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{")
      let meanwhile = try await server.post("/v1/evaluate", Self.stoppage)
      #expect(meanwhile.status == 200)
      let start = Date()
      #expect(stalled.closedByPeer())
      #expect(Date().timeIntervalSince(start) < 8)

      let silent = try RawConnection(port: server.port, receiveTimeout: 10)
      silent.send("GET /healthz HTTP/1.1\r\n")
      #expect(silent.closedByPeer())
      #expect(try await server.get("/healthz").status == 200)
    }
  }

  /// Past the limit of requests in flight the next is answered 503 with Retry-After, not queued.
  @Test func busy() async throws {
    try await TestServer.with({ $0.maxInFlight = 1 }) { server in
      let holder = try RawConnection(port: server.port)
      holder.send(
        "POST /v1/batch HTTP/1.1\r\nHost: x\r\nContent-Type: application/jsonl\r\nTransfer-Encoding: chunked\r\n\r\n")
      try await Task.sleep(for: .milliseconds(300))
      let refused = try await server.post("/v1/evaluate", Self.stoppage)
      #expect(refused.status == 503)
      #expect(refused.headers["retry-after"] == "1")
      #expect(try await server.get("/healthz").status == 200)
      holder.send("0\r\n\r\n")
      #expect(RawResponse(holder.receive(until: RawResponse.complete)).status == 200)
      try await Task.sleep(for: .milliseconds(100))
      #expect(try await server.post("/v1/evaluate", Self.stoppage).status == 200)
    }
  }
}
