import Foundation
import LaborRules
import LaborRulesAudit
import LaborRulesPacks
import OpenAPIRuntime
import Prometheus

/// The generated operations (`Generated/`, from `openapi.yaml`): reference data the server shapes from the
/// library's values, the JSON Lines stream, and the service's own endpoints.
struct API: APIProtocol {
  let engine: Engine
  let configuration: ServerConfiguration
  let document: [UInt8]
  let registry: PrometheusCollectorRegistry

  static let version = "0.1.0"

  // MARK: - POST /v1/batch

  func batch(_ input: Operations.Batch.Input) async throws -> Operations.Batch.Output {
    guard case .applicationJsonl(let body) = input.body else {
      return .unsupportedMediaType(
        .init(body: .json(Self.error(APIError.unsupportedMediaType("", expected: "application/jsonl")))))
    }
    if case .known(0) = body.length {
      let error = EvaluationError.badInput(
        field: "(body)", reason: Localized("请求体为空：没有要计算的行", en: "the body is empty: no lines to evaluate"))
      return .badRequest(.init(body: .json(Self.error(error))))
    }
    let trace: TraceLevel
    switch input.query.trace {
    case nil, .none?: trace = .none
    case .summary?: trace = .summary
    case .full?: trace = .full
    }
    let processor = BatchProcessor(engine: engine, trace: trace, maxLine: configuration.maxBodySize)
    let lines = JSONLinesEvaluation(upstream: body, processor: processor)
    return .ok(.init(body: .applicationJsonl(HTTPBody(lines, length: .unknown, iterationBehavior: .single))))
  }

  // MARK: - GET /v1/rules, /v1/assumptions

  func listRules(_ input: Operations.ListRules.Input) async throws -> Operations.ListRules.Output {
    let rulebook = engine.rulebook
    let rules = Components.Schemas.Rules(
      entitlements: rulebook.entitlements.map { entitlement in
        .init(
          kind: entitlement.kind, title: Self.localized(entitlement.title),
          assumptions: entitlement.assumptions.map(\.key))
      },
      planned: rulebook.planned,
      packs: rulebook.packs.map { pack in
        .init(
          id: pack.id, title: Self.localized(pack.title), file: pack.file, coverage: Self.localized(pack.coverage),
          lastChecked: pack.lastChecked.description,
          instruments: pack.instruments.map { instrument in
            .init(
              title: instrument.title, titleEn: instrument.titleEn, documentNumber: instrument.documentNumber,
              issuer: instrument.issuer, effective: instrument.effective.description,
              dates: instrument.dates.map { .init(kind: $0.kind.rawValue, date: $0.date.description) })
          },
          schedules: pack.schedules.map { schedule in
            .init(
              name: schedule.name, from: schedule.from.description, through: schedule.through?.description,
              lastChecked: schedule.lastChecked.description,
              uncovered: schedule.uncovered.map { .init(from: $0.from.description, to: $0.through.description) })
          })
      })
    return .ok(.init(body: .json(rules)))
  }

  func listAssumptions(_ input: Operations.ListAssumptions.Input) async throws -> Operations.ListAssumptions.Output {
    .ok(
      .init(
        body: .json(
          engine.rulebook.assumptions.map { info in
            .init(
              key: info.key, _default: info.standard, question: Self.localized(info.question),
              readings: info.readings.map { .init(value: $0.value, meaning: Self.localized($0.meaning)) })
          })))
  }

  // MARK: - GET /v1/calendar/{period}

  func calendar(_ input: Operations.Calendar.Input) async throws -> Operations.Calendar.Output {
    let text = input.path.period
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    let widths = [4, 2]
    guard (1...2).contains(parts.count),
      zip(parts, widths).allSatisfy({ $0.count == $1 && $0.allSatisfy { ("0"..."9").contains($0) } }),
      let year = Int(parts[0]), let month = parts.count > 1 ? Int(parts[1]) : 1, (1...12).contains(month)
    else {
      let error = EvaluationError.badInput(
        field: "period",
        reason: Localized(
          "“\(text)”不是年份（2025）或月份（2025-10）", en: "'\(text)' is not a year (2025) or a month (2025-10)"))
      return .badRequest(.init(body: .json(Self.error(error))))
    }
    let calendar = WorkingTimeCalendar.china
    let days = parts.count > 1 ? calendar.days(inYear: year, month: month) : calendar.days(inYear: year)
    guard let days else {
      let covered = calendar.coveredYears
      let span = "\(covered.first.map(String.init) ?? "")–\(covered.last.map(String.init) ?? "")"
      let error = EvaluationError.notCovered(
        Localized(
          "工作日历只收录\(span)年（各年国务院办公厅放假安排通知），\(year)年未收录",
          en: "the calendar holds \(span) (each year's State Council holiday notice), not \(year)"))
      return .unprocessableContent(.init(body: .json(Self.error(error))))
    }
    return .ok(
      .init(
        body: .json(
          days.map { day in
            .init(
              date: day.date.description, weekday: day.date.weekday, kind: Self.kind(day.kind),
              festival: day.festival?.zh,
              festivalEn: day.festival?.en, citations: day.citations.map(Self.citation))
          })))
  }

  // MARK: - Service

  func health(_ input: Operations.Health.Input) async throws -> Operations.Health.Output {
    .ok(
      .init(
        body: .json(
          .init(
            status: .ok, version: Self.version, entitlements: engine.rulebook.entitlements.count,
            packs: engine.rulebook.packs.count))))
  }

  func openAPIDocument(_ input: Operations.OpenAPIDocument.Input) async throws -> Operations.OpenAPIDocument.Output {
    .ok(.init(body: .yaml(HTTPBody(document))))
  }

  func metrics(_ input: Operations.Metrics.Input) async throws -> Operations.Metrics.Output {
    .ok(.init(body: .plainText(HTTPBody(registry.emitToBuffer()))))
  }

  // MARK: - From the library's values

  static func localized(_ value: Localized) -> Components.Schemas.Localized { .init(zh: value.zh, en: value.en) }

  static func error(_ error: APIError) -> Components.Schemas._Error { Self.error(error.error) }

  static func error(_ error: EvaluationError) -> Components.Schemas._Error {
    .init(error: .init(code: error.code, field: error.field, message: error.message.en, messageZh: error.message.zh))
  }

  static func kind(_ kind: DayKind) -> Components.Schemas.CalendarDay.KindPayload {
    switch kind {
    case .workday: .workday
    case .restDay: .restDay
    case .statutoryHoliday: .statutoryHoliday
    case .makeUpWorkday: .makeUpWorkday
    }
  }

  /// The citation as the library's JSON gives it (`Citation.encode(to:)`).
  static func citation(_ c: Citation) -> Components.Schemas.Citation {
    let i = c.instrument
    return .init(
      instrument: i.title, article: c.provisionZh, instrumentEn: i.titleEn, articleEn: c.provisionEn,
      documentNumber: i.documentNumber, issuer: i.issuer, effective: i.effective.description,
      effectiveIs: i.effectiveIs == .inForce ? nil : i.effectiveIs.rawValue, effectiveUntil: i.until?.description,
      adopted: i.adopted?.description, approved: i.approved?.description, published: i.published?.description,
      detail: c.detail, source: i.sources)
  }
}
