import Foundation
import HTTPTypes
import Hummingbird
import LaborRules
import LaborRulesPacks
import NIOCore

/// The operations whose bodies are the library's own JSON: the scenario contract in, the determination out.
/// They are plain Hummingbird routes rather than generated handlers so that their bytes are exactly those of
/// `labor-rules eval --format json` (the library's decoder names the field at fault; its renderer writes the
/// result) and no second model of the determination exists in Swift. The OpenAPI document declares them like
/// every other operation, and the tests and schemathesis hold them to it. No legal logic: decode, evaluate,
/// render.
struct EvaluationRoutes: Sendable {
  let engine: Engine
  let configuration: ServerConfiguration

  func add(to router: Router<some RequestContext>) {
    router.post("/v1/evaluate") { request, context in try await evaluate(request, context) }
    router.post("/v1/check") { request, context in try await check(request, context) }
    router.get("/v1/minimum-wage") { request, context in try minimumWage(request, context) }
  }

  // MARK: - POST /v1/evaluate

  func evaluate(_ request: Request, _ context: some RequestContext) async throws -> Response {
    let form = try Negotiation.form(request)
    let (lang, trace) = try (Negotiation.language(request), Negotiation.trace(request))
    let scenario = try await decodeScenario(request)
    let determination = try run { () throws(EvaluationError) in
      try engine.evaluate(scenario, alternatives: trace != .none, derivation: form != .json || trace.showsDerivation)
    }
    return render(determination, form, lang, trace)
  }

  // MARK: - POST /v1/check

  /// One file's verdict, as `labor-rules check --format json` gives it.
  struct Verdict: Encodable {
    let name: String?
    let passed: Bool
    let differences: [String]
  }

  func check(_ request: Request, _ context: some RequestContext) async throws -> Response {
    let scenario = try await decodeScenario(request)
    guard let expect = scenario.expect else {
      throw APIError.badInput("expect", "没有 expect，无可核对", en: "no expect: nothing to check")
    }
    guard !expect.checksNothing else {
      throw APIError.badInput(
        "expect", "expect 没有任何字段，无论结果如何都会通过", en: "expect gives no field: it would pass whatever the result")
    }
    let outcome = Result { () throws(EvaluationError) in try engine.evaluate(scenario) }
    let differences = expect.differences(from: outcome)
    // As `labor-rules check` exits 3: a scenario that is not covered, when no error was expected, is not
    // covered, not a failed expectation.
    if case .failure(let error) = outcome, expect.error == nil { throw APIError(error) }
    let verdict = Verdict(name: scenario.name, passed: differences.isEmpty, differences: differences)
    return Self.response(JSONRenderer().render(verdict), MediaType.json)
  }

  // MARK: - GET /v1/minimum-wage?region=&date=&employment=

  func minimumWage(_ request: Request, _ context: some RequestContext) throws -> Response {
    let form = try Negotiation.form(request)
    let (lang, trace) = try (Negotiation.language(request), Negotiation.trace(request))
    let query = request.uri.queryParameters
    guard let regionText = query["region"].map(String.init), !regionText.isEmpty else {
      throw APIError.badInput("region", "缺少必填参数", en: "required parameter is missing")
    }
    guard let dateText = query["date"].map(String.init), !dateText.isEmpty else {
      throw APIError.badInput("date", "缺少必填参数", en: "required parameter is missing")
    }
    let employment: Employment
    switch query["employment"].map(String.init) {
    case nil, "full-time": employment = .fullTime
    case "part-time": employment = .partTime
    case let other?:
      throw APIError.badInput(
        "employment", "“\(other)”不是 full-time 或 part-time", en: "'\(other)' is not full-time or part-time")
    }
    let region: Region
    do { region = try Region.resolve(regionText) } catch {
      throw APIError(.badInput(field: "region", reason: error.reason))
    }
    let date: CivilDate
    do { date = try CivilDate(parsing: dateText) } catch {
      throw APIError(.badInput(field: "date", reason: error.reason))
    }
    let facts = MinimumWageFacts(date: date, employment: employment)
    let determination = try run { () throws(EvaluationError) in
      try engine.evaluate(
        region: region, facts: facts, alternatives: trace != .none, derivation: form != .json || trace.showsDerivation)
    }
    return render(determination, form, lang, trace)
  }

  // MARK: - Shared

  /// Reads the whole body, up to the limit, and decodes it with the library's strict scenario decoder.
  func decodeScenario(_ request: Request) async throws -> Scenario {
    try Negotiation.requireJSON(request)
    let limit = configuration.maxBodySize
    if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
      throw APIError.tooLarge(limit)
    }
    let body = request.body
    let buffer: ByteBuffer
    do { buffer = try await body.collect(upTo: limit) } catch is NIOTooManyBytesError { throw APIError.tooLarge(limit) }
    let data = Data(buffer: buffer, byteTransferStrategy: .noCopy)
    return try run { () throws(EvaluationError) in try Scenario.decode(data, using: engine.rulebook) }
  }

  /// Runs library code, turning its error into the error object with its status.
  func run<T>(_ body: () throws(EvaluationError) -> T) throws(APIError) -> T {
    do { return try body() } catch { throw APIError(error) }
  }

  /// The determination in the form asked for: JSON (the CLI's `--format json`), Markdown or the plain 计算书.
  func render(_ d: Determination, _ form: Negotiation.Form, _ lang: Language, _ trace: TraceLevel) -> Response {
    switch form {
    case .json: Self.response(JSONRenderer(trace: trace).render(d), MediaType.json)
    case .markdown: Self.response(MarkdownRenderer(language: lang).render(d), MediaType.markdown)
    case .text: Self.response(TextRenderer(language: lang).render(d), MediaType.text)
    }
  }

  static func response(_ text: String, _ contentType: String, status: HTTPResponse.Status = .ok) -> Response {
    Response(
      status: status, headers: [.contentType: contentType], body: .init(byteBuffer: ByteBuffer(string: text)))
  }
}

/// What a request asks for, read from its headers and query.
enum Negotiation {
  enum Form: Equatable { case json, markdown, text }

  /// The response form from `Accept`: the supported type with the highest quality, JSON by default and for
  /// anything this API does not produce.
  static func form(_ request: Request) throws -> Form {
    guard let accept = request.headers[.accept], !accept.isEmpty else { return .json }
    var best: (form: Form, q: Double)?
    for range in accept.split(separator: ",") {
      let parts = range.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
      guard let type = parts.first else { continue }
      let q = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
      let form: Form?
      switch type {
      case "application/json", "application/*", "*/*": form = .json
      case "text/markdown", "text/x-markdown": form = .markdown
      case "text/plain", "text/*": form = .text
      default: form = nil
      }
      if let form, q > 0, q > (best?.q ?? -1) { best = (form, q) }
    }
    return best?.form ?? .json
  }

  static func language(_ request: Request) throws -> Language {
    guard let text = request.uri.queryParameters["lang"] else { return .zh }
    guard let lang = Language(rawValue: String(text)) else {
      throw APIError.badInput("lang", "“\(text)”不是 zh 或 en", en: "'\(text)' is not zh or en")
    }
    return lang
  }

  static func trace(_ request: Request, default standard: TraceLevel = .full) throws -> TraceLevel {
    guard let text = request.uri.queryParameters["trace"] else { return standard }
    guard let trace = TraceLevel(rawValue: String(text)) else {
      throw APIError.badInput(
        "trace", "“\(text)”不是 full、summary 或 none", en: "'\(text)' is not full, summary or none")
    }
    return trace
  }

  /// A body read as a scenario must be JSON: `application/json` or a `+json` type; a missing type is taken as
  /// JSON; a form, text or anything else is 415.
  static func requireJSON(_ request: Request) throws {
    guard let header = request.headers[.contentType] else { return }
    let type = header.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
    guard type == "application/json" || type.hasSuffix("+json") else {
      throw APIError.unsupportedMediaType(header, expected: "application/json")
    }
  }
}
