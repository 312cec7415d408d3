import Foundation
import LaborRules
import LaborRulesAudit
import OpenAPIRuntime

/// `/v1/audit`: the payroll audit of `labor-rules audit`, CSV in and out. The header row is read before the
/// response starts (a missing column is 400); then each row is audited as it arrives and its output row written,
/// pulled by the response writer like /v1/batch, so memory stays flat however long the payroll.
enum AuditStream {
  /// Reads the header row off the body: the iterator, left after it, and the column names; or why there are none.
  static func header(_ body: HTTPBody, maxLine: Int) async throws -> Result<(Lines, [String]), EvaluationError> {
    let lines = Lines(body.makeAsyncIterator(), maxLine: maxLine)
    switch try await lines.next() {
    case .text(let bytes)?:
      return .success((lines, PayrollAudit.columns(ofHeader: Substring(String(decoding: bytes, as: UTF8.self)))))
    case .tooLong(let count)?:
      return .failure(.badInput(field: "(header)", reason: lines.splitter.overLimit(count)))
    case nil:
      return .failure(
        .badInput(field: "(body)", reason: Localized("请求体为空，缺少标题行", en: "the body is empty: no header row")))
    }
  }

  /// The output rows, the header first.
  struct Rows: AsyncSequence, Sendable {
    typealias Element = ArraySlice<UInt8>
    let lines: Lines
    let audit: PayrollAuditBox

    func makeAsyncIterator() -> Iterator { Iterator(lines: lines, audit: audit) }

    struct Iterator: AsyncIteratorProtocol {
      let lines: Lines
      let audit: PayrollAuditBox
      var headerSent = false

      mutating func next() async throws -> ArraySlice<UInt8>? {
        if !headerSent {
          headerSent = true
          return ArraySlice((PayrollAudit.outputColumns.joined(separator: ",") + "\n").utf8)
        }
        var out: [UInt8] = []
        // Rows already received go out together, up to 64 kB; then the writer is given them.
        while out.count < 1 << 16 {
          guard let line = try await lines.next(buffered: !out.isEmpty) else { break }
          let row =
            switch line {
            case .text(let bytes): audit.value.audit(line: Substring(String(decoding: bytes, as: UTF8.self)))
            case .tooLong(let count): audit.value.refused(lines.splitter.overLimit(count))
            }
          out += Array((row.csv + "\n").utf8)
        }
        return out.isEmpty ? nil : ArraySlice(out)
      }
    }
  }

  /// Lines of a streamed body, cut by `LineSplitter` as the CLI cuts a file. One request's body is read by one
  /// task at a time (the handler reads the header, then the response writer the rows), which is what makes the
  /// unchecked `Sendable` sound.
  final class Lines: @unchecked Sendable {
    private var iterator: HTTPBody.Iterator
    private(set) var splitter: LineSplitter
    private var lines: [LineSplitter.Line] = []
    private var index = 0
    private var finished = false

    init(_ iterator: HTTPBody.Iterator, maxLine: Int) {
      (self.iterator, splitter) = (iterator, LineSplitter(limit: maxLine))
    }

    /// The next line; with `buffered`, only from bytes already received (nil rather than wait).
    func next(buffered: Bool = false) async throws -> LineSplitter.Line? {
      while index == lines.count {
        if finished || buffered { return nil }
        if let chunk = try await iterator.next() {
          lines = splitter.feed(chunk)
        } else {
          (lines, finished) = (splitter.finish().map { [$0] } ?? [], true)
        }
        index = 0
      }
      defer { index += 1 }
      return lines[index]
    }
  }
}

/// The audit of one request (it caches the month's standards; one request uses it from one task at a time).
final class PayrollAuditBox: @unchecked Sendable {
  let value: PayrollAudit
  init(_ value: PayrollAudit) { self.value = value }
}

extension API {
  func audit(_ input: Operations.Audit.Input) async throws -> Operations.Audit.Output {
    guard case .csv(let body) = input.body else {
      return .unsupportedMediaType(
        .init(body: .json(Self.error(APIError.unsupportedMediaType("", expected: "text/csv")))))
    }
    let language: Language = input.query.lang == .zh ? .zh : .en
    let lines: AuditStream.Lines
    let audit: PayrollAudit
    do {
      let names: [String]
      (lines, names) = try await AuditStream.header(body, maxLine: configuration.maxBodySize).get()
      audit = try PayrollAudit(engine: engine, header: names, language: language)
    } catch let error as EvaluationError {
      return .badRequest(.init(body: .json(Self.error(error))))
    }
    let rows = AuditStream.Rows(lines: lines, audit: PayrollAuditBox(audit))
    return .ok(.init(body: .csv(HTTPBody(rows, length: .unknown, iterationBehavior: .single))))
  }
}
