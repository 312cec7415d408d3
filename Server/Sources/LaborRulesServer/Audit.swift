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
    case .line(let bytes)?:
      return .success((lines, PayrollAudit.columns(ofHeader: Substring(String(decoding: bytes, as: UTF8.self)))))
    case .tooLong?:
      return .failure(
        .badInput(
          field: "(header)",
          reason: Localized(
            "标题行超过 \(maxLine) 字节的上限", en: "the header row is over the server's limit of \(maxLine) bytes")))
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
    let maxLine: Int

    func makeAsyncIterator() -> Iterator { Iterator(lines: lines, audit: audit, maxLine: maxLine) }

    struct Iterator: AsyncIteratorProtocol {
      let lines: Lines
      let audit: PayrollAuditBox
      let maxLine: Int
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
          let row: String
          switch line {
          case .line(let bytes): row = audit.value.audit(line: Substring(String(decoding: bytes, as: UTF8.self))).csv
          case .tooLong:
            let reason = "the row is over the server's limit of \(maxLine) bytes"
            row = ",,,,,,,,,,," + (audit.language == .zh ? "这一行超过 \(maxLine) 字节的上限" : reason)
          }
          out += Array((row + "\n").utf8)
        }
        return out.isEmpty ? nil : ArraySlice(out)
      }
    }
  }

  /// One line of the body, or a line over the limit (skipped as it arrives, never held).
  enum Line { case line([UInt8]), tooLong }

  /// Lines of a streamed body. One request's body is read by one task at a time (the handler reads the header,
  /// then the response writer the rows), which is what makes the unchecked `Sendable` sound.
  final class Lines: @unchecked Sendable {
    private var iterator: HTTPBody.Iterator
    private var pending: [UInt8] = []
    private var chunk: ArraySlice<UInt8> = []
    private var skipping = false
    private var finished = false
    let maxLine: Int

    init(_ iterator: HTTPBody.Iterator, maxLine: Int) { (self.iterator, self.maxLine) = (iterator, maxLine) }

    /// The next line; with `buffered`, only from bytes already received (nil rather than wait).
    func next(buffered: Bool = false) async throws -> Line? {
      while true {
        if let newline = chunk.firstIndex(of: UInt8(ascii: "\n")) {
          let segment = chunk[chunk.startIndex..<newline]
          chunk = chunk[chunk.index(after: newline)...]
          if skipping || pending.count + segment.count > maxLine {
            skipping = false
            pending.removeAll(keepingCapacity: true)
            return .tooLong
          }
          let line = pending + segment
          pending.removeAll(keepingCapacity: true)
          return .line(line)
        }
        if !skipping {
          if pending.count + chunk.count > maxLine {
            skipping = true
            pending.removeAll()
          } else {
            pending += chunk
          }
        }
        chunk = []
        if finished || buffered {
          guard finished else { return nil }
          if skipping {
            skipping = false
            return .tooLong
          }
          guard !pending.isEmpty else { return nil }
          defer { pending.removeAll() }
          return .line(pending)
        }
        if let next = try await iterator.next() { chunk = next } else { finished = true }
      }
    }
  }
}

/// The audit of one request (it caches the month's standards; one request uses it from one task at a time).
final class PayrollAuditBox: @unchecked Sendable {
  let value: PayrollAudit
  let language: Language
  init(_ value: PayrollAudit, language: Language) { (self.value, self.language) = (value, language) }
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
    let rows = AuditStream.Rows(
      lines: lines, audit: PayrollAuditBox(audit, language: language), maxLine: configuration.maxBodySize)
    return .ok(.init(body: .csv(HTTPBody(rows, length: .unknown, iterationBehavior: .single))))
  }
}
