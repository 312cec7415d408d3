import Foundation
import HTTPTypes
import Hummingbird
import LaborRules
import NIOCore
import NIOHTTP1
import OpenAPIRuntime

/// An outcome that is not a result: the CLI's error object (`{"error": {"code", "field", "message",
/// "messageZh"}}`) with its HTTP status. Every error a request can cause ends as one of these.
struct APIError: HTTPResponseError {
  let status: HTTPResponse.Status
  let error: EvaluationError
  var headers: HTTPFields = [:]

  init(_ status: HTTPResponse.Status, _ error: EvaluationError, headers: HTTPFields = [:]) {
    (self.status, self.error, self.headers) = (status, error, headers)
  }

  /// 400 for bad input; 422 for a date, region or situation the packs do not cover (and for a hole or a
  /// conflict in them, which the CLI also reports as not covered).
  init(_ error: EvaluationError) {
    switch error {
    case .badInput: self.init(.badRequest, error)
    case .notCovered, .noApplicableRule, .conflict: self.init(.unprocessableContent, error)
    }
  }

  static func badInput(_ field: String, _ zh: String, en: String) -> APIError {
    APIError(.badInput(field: field, reason: Localized(zh, en: en)))
  }

  static func tooLarge(_ limit: Int) -> APIError {
    APIError(
      .contentTooLarge,
      .badInput(
        field: "(body)",
        reason: Localized("请求体超过 \(limit) 字节的上限", en: "the body is over the server's limit of \(limit) bytes")))
  }

  static func unsupportedMediaType(_ received: String, expected: String) -> APIError {
    APIError(
      .unsupportedMediaType,
      .badInput(
        field: "Content-Type",
        reason: Localized(
          "请求体类型“\(received)”不受支持；请用 \(expected)", en: "'\(received)' is not accepted here; send \(expected)")))
  }

  static let busy = APIError(
    .serviceUnavailable,
    .badInput(
      field: "(server)",
      reason: Localized(
        "服务器正在处理的请求已达上限，请稍后重试", en: "the server is at its limit of requests in flight; retry shortly")),
    headers: [.retryAfter: "1"])

  var body: String { JSONRenderer().render(error: error) }

  func response(from request: Request, context: some RequestContext) throws -> Response {
    var fields = headers
    fields[.contentType] = MediaType.json
    return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(string: body)))
  }
}

enum MediaType {
  static let json = "application/json; charset=utf-8"
  static let markdown = "text/markdown; charset=utf-8"
  static let text = "text/plain; charset=utf-8"
  static let jsonLines = "application/jsonl; charset=utf-8"
}

/// The outermost middleware: whatever a route, the router or a body read throws becomes an error object with
/// its status: a route's own ``APIError``, Hummingbird's errors (404, 405, 413, …) in the same form, and
/// anything else as a 500 that names no internals (and is logged).
struct ErrorObjectMiddleware<Context: RequestContext>: RouterMiddleware {
  func handle(
    _ request: Request, context: Context, next: (Request, Context) async throws -> Response
  ) async throws
    -> Response
  {
    do {
      return try await next(request, context)
    } catch let error as APIError {
      throw error
    } catch let error as HTTPParserError {
      // The client sent bytes that are not HTTP, or went away in the middle of its request.
      context.logger.debug("bad HTTP from the client", metadata: ["error": "\(error)"])
      throw APIError(
        .badRequest,
        .badInput(
          field: "(request)", reason: Localized("HTTP 请求不完整或格式有误", en: "incomplete or malformed HTTP request")))
    } catch is NIOTooManyBytesError {
      throw APIError(
        .contentTooLarge, .badInput(field: "(body)", reason: Localized("请求体过大", en: "the body is too large")))
    } catch let error as any HTTPResponseError {
      if error.status == .notFound, let allowed = Routes.methods(for: request.uri.path) {
        throw APIError(
          .methodNotAllowed,
          .badInput(
            field: request.uri.path,
            reason: Localized(
              "此地址只接受 \(allowed)，不接受 \(request.method)", en: "\(request.method) not allowed here; use \(allowed)")),
          headers: [.allow: allowed])
      }
      let status = error.status
      let reason: Localized
      switch status {
      case .notFound: reason = Localized("没有这个地址", en: "no such resource")
      case .methodNotAllowed: reason = Localized("此地址不接受该方法", en: "method not allowed here")
      case .contentTooLarge: reason = Localized("请求体过大", en: "the body is too large")
      default: reason = Localized("请求有误（\(status.code)）", en: "the request cannot be answered (\(status.code))")
      }
      throw APIError(status, .badInput(field: request.uri.path, reason: reason))
    } catch {
      context.logger.error("unexpected error", metadata: ["error": "\(String(reflecting: error))"])
      throw APIError(
        .internalServerError,
        .badInput(field: "(server)", reason: Localized("服务器内部错误", en: "internal server error")))
    }
  }
}

/// For the generated operations: a request the generated code cannot parse (a query value outside its enum, a
/// wrong content type) is answered with the error object and the status the OpenAPI runtime gives it (400, 415),
/// and a handler's own ``APIError`` with its own. Answered here, not thrown: the generated server would wrap a
/// thrown error again.
struct OpenAPIErrorMiddleware: ServerMiddleware {
  func intercept(
    _ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
    next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
  ) async throws -> (HTTPResponse, HTTPBody?) {
    do {
      return try await next(request, body, metadata)
    } catch let error as ServerError {
      if let api = error.underlyingError as? APIError { return Self.answer(api) }
      let status = error.httpStatus
      guard status.kind == .clientError else { throw error }
      let reason = Localized(
        "请求无法解析：\(error.causeDescription)", en: "cannot parse the request: \(error.causeDescription)")
      return Self.answer(APIError(status, .badInput(field: operationID, reason: reason)))
    }
  }

  static func answer(_ error: APIError) -> (HTTPResponse, HTTPBody?) {
    var fields = error.headers
    fields[.contentType] = MediaType.json
    return (HTTPResponse(status: error.status, headerFields: fields), HTTPBody(error.body))
  }
}

/// The paths the service answers and the methods each takes, so that a known path asked with another method is
/// answered 405 with `Allow`, not 404.
enum Routes {
  static let table: [(path: [Substring], methods: String)] = [
    ("/v1/evaluate", "POST"), ("/v1/check", "POST"), ("/v1/batch", "POST"), ("/v1/audit", "POST"),
    ("/v1/minimum-wage", "GET"),
    ("/v1/rules", "GET"), ("/v1/assumptions", "GET"), ("/v1/calendar/*", "GET"), ("/healthz", "GET"),
    ("/openapi.yaml", "GET"), ("/metrics", "GET"), ("/", "GET"), ("/index.html", "GET"), ("/app.js", "GET"),
    ("/app.css", "GET"),
  ].map { (path: $0.0.split(separator: "/"), methods: $0.1) }

  static func methods(for path: String) -> String? {
    let parts = path.split(separator: "/")
    return table.first { route in
      route.path.count == parts.count && zip(route.path, parts).allSatisfy { $0 == "*" || $0 == $1 }
    }?.methods
  }
}
