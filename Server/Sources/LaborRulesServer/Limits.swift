import HTTPTypes
import Hummingbird
import NIOConcurrencyHelpers

/// At most `limit` evaluating requests at once; one more is answered 503 with `Retry-After` at once, rather
/// than queued without bound. A streamed response (/v1/batch) counts until its last byte is written.
struct InFlightLimit<Context: RequestContext>: RouterMiddleware {
  let limit: Int
  private let count = NIOLockedValueBox(0)

  init(limit: Int) { self.limit = limit }

  static func counts(_ path: String) -> Bool { path.hasPrefix("/v1/") }

  func handle(
    _ request: Request, context: Context, next: (Request, Context) async throws -> Response
  ) async throws
    -> Response
  {
    guard Self.counts(request.uri.path) else { return try await next(request, context) }
    let admitted = count.withLockedValue { value in
      guard value < limit else { return false }
      value += 1
      return true
    }
    guard admitted else { throw APIError.busy }
    let release = { @Sendable [count] in count.withLockedValue { $0 -= 1 } }
    do {
      var response = try await next(request, context)
      // A body of known length was made by the handler: the work is done. A stream does its work as it is
      // written, so it counts until then.
      guard response.body.contentLength == nil else {
        release()
        return response
      }
      let body = response.body
      response.body = ResponseBody { writer in
        defer { release() }
        try await body.write(writer)
      }
      return response
    } catch {
      release()
      throw error
    }
  }
}
