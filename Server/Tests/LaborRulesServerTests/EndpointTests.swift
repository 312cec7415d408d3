import Foundation
import LaborRulesServer
import Testing

/// Every endpoint, called over HTTP on a loopback port.
@Suite(.serialized) struct EndpointTests {
  static let stoppage =
    (try? Data(contentsOf: Repository.file("Examples/stoppage-beyond-one-pay-cycle.json"))) ?? Data()

  @Test func healthAndDocumentAndMetrics() async throws {
    try await TestServer.with { server in
      let health = try await server.get("/healthz")
      #expect(health.status == 200)
      #expect(health.body.json["status"] as? String == "ok")
      let rules = try await server.get("/v1/rules").body.json
      #expect(health.body.json["entitlements"] as? Int == (rules["entitlements"] as? [Any])?.count)
      #expect(health.body.json["packs"] as? Int == (rules["packs"] as? [Any])?.count)

      let document = try await server.get("/openapi.yaml")
      #expect(document.status == 200)
      #expect(document.headers["content-type"]?.hasPrefix("application/yaml") == true)
      let onDisk = try Data(contentsOf: Repository.file("Server/Sources/LaborRulesServer/openapi.yaml"))
      #expect(firstDifference(document.body, onDisk) == nil)

      _ = try await server.post("/v1/evaluate", Self.stoppage)
      let metrics = try await server.get("/metrics")
      #expect(metrics.status == 200)
      #expect(metrics.body.text.contains("hb_requests"))
      #expect(metrics.body.text.contains("http_server_request_duration"))
      #expect(metrics.body.text.contains("/v1/evaluate"))
    }
  }

  @Test func rulesAndAssumptions() async throws {
    try await TestServer.with { server in
      let rules = try await server.get("/v1/rules")
      #expect(rules.status == 200)
      let entitlements = (rules.body.json["entitlements"] as? [[String: Any]]) ?? []
      #expect(entitlements.compactMap { $0["kind"] as? String }.contains("stoppage"))
      #expect(((rules.body.json["packs"] as? [Any]) ?? []).count >= 11)

      let assumptions = try await server.get("/v1/assumptions")
      #expect(assumptions.status == 200)
      let keys = assumptions.body.jsonArray.compactMap { $0["key"] as? String }
      #expect(keys.contains("proration") && keys.contains("rounding"))
    }
  }

  @Test func calendar() async throws {
    try await TestServer.with { server in
      let october = try await server.get("/v1/calendar/2025-10")
      #expect(october.status == 200)
      let days = october.body.jsonArray
      #expect(days.count == 31)
      #expect(days.first?["kind"] as? String == "statutory-holiday")
      #expect(days.first?["weekday"] as? Int == 3)
      #expect(((days.first?["citations"] as? [Any]) ?? []).isEmpty == false)

      #expect(try await server.get("/v1/calendar/2025").body.jsonArray.count == 365)
      #expect(try await server.get("/v1/calendar/0000").status == 422)
      let notHeld = try await server.get("/v1/calendar/2019")
      #expect(notHeld.status == 422)
      #expect(notHeld.body.json.errorObject["code"] as? String == "not-covered")
      for bad in ["2025-13", "2025-00", "abcd", "20251"] {
        let response = try await server.get("/v1/calendar/\(bad)")
        #expect(response.status == 400, "\(bad)")
        #expect(response.body.json.errorObject["field"] as? String == "period")
      }
    }
  }

  @Test func minimumWage() async throws {
    try await TestServer.with { server in
      let guangzhou = try await server.get("/v1/minimum-wage?region=%E5%B9%BF%E5%B7%9E&date=2025-03-01")
      #expect(guangzhou.status == 200)
      let cli = try Repository.runCLI(["minimum-wage", "--region", "广州", "--date", "2025-03-01", "--format", "json"])
      #expect(firstDifference(guangzhou.body, cli.output) == nil)

      let partTime = try await server.get("/v1/minimum-wage?region=440300&date=2025-03-01&employment=part-time")
      #expect(partTime.status == 200)
      let text = try await server.get("/v1/minimum-wage?region=guangzhou&date=2025-03-01&lang=en", accept: "text/plain")
      #expect(text.headers["content-type"]?.hasPrefix("text/plain") == true)
      #expect(text.body.text.contains("Guangzhou") || text.body.text.contains("广州"))

      let cases: [(String, Int, String)] = [
        ("/v1/minimum-wage?date=2025-03-01", 400, "region"),
        ("/v1/minimum-wage?region=guangzhou", 400, "date"),
        ("/v1/minimum-wage?region=atlantis&date=2025-03-01", 400, "region"),
        ("/v1/minimum-wage?region=guangzhou&date=2025-02-30", 400, "date"),
        ("/v1/minimum-wage?region=guangzhou&date=2025-03-01&employment=sometimes", 400, "employment"),
        ("/v1/minimum-wage?region=guangzhou&date=2025-03-01&trace=all", 400, "trace"),
      ]
      for (path, status, field) in cases {
        let response = try await server.get(path)
        #expect(response.status == status, "\(path)")
        #expect(response.body.json.errorObject["field"] as? String == field, "\(path)")
      }
      let old = try await server.get("/v1/minimum-wage?region=guangzhou&date=1990-01-01")
      #expect(old.status == 422)
      #expect(old.body.json.errorObject["code"] as? String == "not-covered")
    }
  }

  @Test func evaluateForms() async throws {
    try await TestServer.with { server in
      let json = try await server.post("/v1/evaluate", Self.stoppage)
      #expect(json.status == 200)
      #expect(json.headers["content-type"]?.hasPrefix("application/json") == true)
      #expect(json.body.json["total"] as? String == "9680.00")
      #expect(json.body.json["trace"] != nil)

      let none = try await server.post("/v1/evaluate?trace=none", Self.stoppage)
      #expect(none.body.json["trace"] == nil)
      let items = (none.body.json["items"] as? [[String: Any]]) ?? []
      #expect(items.count == 3 && items.allSatisfy { $0["citations"] == nil })

      let summary = try await server.post("/v1/evaluate?trace=summary", Self.stoppage)
      #expect(summary.body.json["trace"] == nil)
      #expect(((summary.body.json["items"] as? [[String: Any]]) ?? []).allSatisfy { $0["citations"] != nil })

      let markdown = try await server.post("/v1/evaluate", Self.stoppage, accept: "text/markdown")
      #expect(markdown.headers["content-type"]?.hasPrefix("text/markdown") == true)
      #expect(markdown.body.text.hasPrefix("# 计算书"))
      #expect(markdown.body.text.contains("第三十九条"))
      let english = try await server.post("/v1/evaluate?lang=en", Self.stoppage, accept: "text/markdown, */*;q=0.1")
      #expect(english.body.text.contains("art. 39"))
      let text = try await server.post("/v1/evaluate", Self.stoppage, accept: "text/plain")
      #expect(text.body.text.hasPrefix("计算书"))
      let preferJSON = try await server.post(
        "/v1/evaluate", Self.stoppage, accept: "text/markdown;q=0.5, application/json")
      #expect(preferJSON.headers["content-type"]?.hasPrefix("application/json") == true)

      for query in ["lang=fr", "trace=everything"] {
        let response = try await server.post("/v1/evaluate?\(query)", Self.stoppage)
        #expect(response.status == 400, "\(query)")
      }
    }
  }

  @Test func check() async throws {
    try await TestServer.with { server in
      let passing = try await server.post("/v1/check", Self.stoppage)
      #expect(passing.status == 200)
      #expect(passing.body.json["passed"] as? Bool == true)

      var scenario = Self.stoppage.json
      scenario["expect"] = ["total": "1.00"]
      let failing = try await server.post("/v1/check", try JSONSerialization.data(withJSONObject: scenario))
      #expect(failing.status == 200)
      #expect(failing.body.json["passed"] as? Bool == false)
      #expect(((failing.body.json["differences"] as? [String]) ?? []).first?.contains("total") == true)

      scenario["expect"] = nil
      let none = try await server.post("/v1/check", try JSONSerialization.data(withJSONObject: scenario))
      #expect(none.status == 400)
      #expect(none.body.json.errorObject["field"] as? String == "expect")
      scenario["expect"] = [String: Any]()
      let empty = try await server.post("/v1/check", try JSONSerialization.data(withJSONObject: scenario))
      #expect(empty.status == 400)

      let old: [String: Any] = [
        "entitlement": "minimum-wage", "region": "广州", "facts": ["date": "1990-01-01"], "expect": ["total": "1.00"],
      ]
      let notCovered = try await server.post("/v1/check", try JSONSerialization.data(withJSONObject: old))
      #expect(notCovered.status == 422)
      var expected = old
      expected["expect"] = ["error": "not-covered"]
      let expectedError = try await server.post("/v1/check", try JSONSerialization.data(withJSONObject: expected))
      #expect(expectedError.status == 200)
      #expect(expectedError.body.json["passed"] as? Bool == true)
    }
  }

  @Test func batch() async throws {
    try await TestServer.with { server in
      let line = String(decoding: try JSONSerialization.data(withJSONObject: Self.stoppage.json), as: UTF8.self)
      let body = Data((line + "\n{not json}\n\n" + line).utf8)
      let response = try await server.post("/v1/batch", body, contentType: "application/jsonl")
      #expect(response.status == 200)
      #expect(response.headers["content-type"]?.hasPrefix("application/jsonl") == true)
      let lines = response.body.text.split(separator: "\n").map { Data($0.utf8).json }
      #expect(lines.count == 4)
      #expect(lines.map { $0["line"] as? Int } == [1, 2, 3, 4])
      #expect(lines[0]["total"] as? String == "9680.00")
      #expect(lines[0]["trace"] == nil)
      #expect(lines[1].errorObject["code"] as? String == "bad-input")
      #expect(lines[2].errorObject["code"] as? String == "bad-input")
      #expect(lines[3]["total"] as? String == "9680.00")

      let empty = try await server.post("/v1/batch", Data(), contentType: "application/jsonl")
      #expect(empty.status == 400)
      let wrongType = try await server.post("/v1/batch", body, contentType: "text/csv")
      #expect(wrongType.status == 415)
      #expect(wrongType.body.json.errorObject["code"] as? String == "bad-input")
      let badTrace = try await server.post("/v1/batch?trace=lots", body, contentType: "application/jsonl")
      #expect(badTrace.status == 400)
    }
  }

  /// A line over the limit is answered with an error line and never held whole.
  @Test func batchLineOverTheLimit() async throws {
    try await TestServer.with({ $0.maxBodySize = 4096 }) { server in
      let line = String(decoding: try JSONSerialization.data(withJSONObject: Self.stoppage.json), as: UTF8.self)
      let long = "{\"name\": \"" + String(repeating: "x", count: 100_000) + "\"}"
      let body = Data([line, long, line].joined(separator: "\n").utf8)
      let response = try await server.post("/v1/batch", body, contentType: "application/jsonl")
      let lines = response.body.text.split(separator: "\n").map { Data($0.utf8).json }
      #expect(lines.count == 3)
      #expect(lines[1].errorObject["field"] as? String == "(line)")
      #expect(lines[2]["total"] as? String == "9680.00")
    }
  }

  @Test func page() async throws {
    try await TestServer.with { server in
      let page = try await server.get("/")
      #expect(page.status == 200)
      #expect(page.headers["content-type"]?.hasPrefix("text/html") == true)
      #expect(page.body.text.contains("计算") && page.body.text.contains("/app.js"))
      #expect(!page.body.text.contains("http://") && !page.body.text.contains("https://"))
      let script = try await server.get("/app.js")
      #expect(script.status == 200 && script.headers["content-type"]?.hasPrefix("text/javascript") == true)
      #expect(script.body.text.contains("/v1/evaluate"))
      let style = try await server.get("/app.css")
      #expect(style.status == 200 && style.headers["content-type"]?.hasPrefix("text/css") == true)
      let wrongMethod = try await server.request("DELETE", "/v1/evaluate")
      #expect(wrongMethod.status == 405)
      #expect(wrongMethod.headers["allow"] == "POST")
      let wrongMethodCalendar = try await server.request("POST", "/v1/calendar/2025", body: Data("{}".utf8))
      #expect(wrongMethodCalendar.status == 405)
      let missing = try await server.get("/no-such-page")
      #expect(missing.status == 404)
      #expect(missing.body.json.errorObject["code"] as? String == "bad-input")
    }
  }
}
