import Foundation

/// Renders determinations and errors as the JSON of shared/SCENARIOS.md: pretty and stable for files,
/// one line per object for JSON Lines.
public struct JSONRenderer: Sendable {
  public let pretty: Bool
  public let trace: TraceLevel
  public init(pretty: Bool = true, trace: TraceLevel = .full) { (self.pretty, self.trace) = (pretty, trace) }

  /// The determination's object; as a `batch` line, with its input `line` number.
  public func render(_ determination: Determination, line: Int? = nil) -> String {
    write(DeterminationJSON(determination, trace: trace).fields, line: line)
  }

  /// `{ "error": { "code": …, "field": …, "message": …, "messageZh": … } }`; as a `batch` line, with its `line`.
  public func render(error: EvaluationError, line: Int? = nil) -> String {
    write(
      { json in
        json.field("error") {
          $0.object {
            $0.field("code", error.code)
            $0.field("field", error.field)
            $0.field("message", error.message.en)
            $0.field("messageZh", error.message.zh)
          }
        }
      }, line: line)
  }

  /// Any other value of the contract, through `JSONEncoder`.
  public func render(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting =
      pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
    // Our own types hold only strings, numbers and dates already formatted: encoding cannot fail.
    let data = (try? encoder.encode(value)) ?? Data(#"{"error":{"code":"internal","message":"encoding failed"}}"#.utf8)
    return String(decoding: data, as: UTF8.self) + (pretty ? "\n" : "")
  }

  /// An object of `fields`, laid out as `render(_ value:)` lays out an `Encodable`'s.
  private func write(_ fields: (inout JSONWriter) -> Void, line: Int?) -> String {
    var json = JSONWriter(pretty: pretty)
    json.object {
      fields(&$0)
      if let line { $0.field("line", line) }
    }
    return String(decoding: json.bytes, as: UTF8.self) + (pretty ? "\n" : "")
  }
}

/// How much of the derivation a JSON result carries.
public enum TraceLevel: String, Sendable, CaseIterable {
  /// Items with their citations, and a trace entry per item with its conditions and steps.
  case full
  /// Items with their citations; no trace.
  case summary
  /// Items (rule, dates, amount, basis) only: the smallest line, for large batches.
  case none

  /// Whether a result at this level shows the derivation (each item's conditions and steps): below `full`,
  /// evaluate with `derivation: false` and skip building it.
  public var showsDerivation: Bool { self == .full }
}

/// The JSON form of a determination, with the trace whose steps the renderer words. Fields are written in key
/// order, the order the JSON has them in, so that the writer leaves them where they are.
struct DeterminationJSON {
  let d: Determination
  let trace: TraceLevel
  init(_ determination: Determination, trace: TraceLevel) { (d, self.trace) = (determination, trace) }

  func fields(_ json: inout JSONWriter) {
    json.field("assumptions") { $0.array(d.assumptions, assumption) }
    json.field("entitlement", d.entitlement)
    json.field("items") { $0.array(d.items, item) }
    json.field("paid", d.paid?.description)
    json.field("period") {
      $0.object {
        $0.field("from", d.period.from.description)
        $0.field("to", d.period.through.description)
      }
    }
    json.field("region") {
      $0.object {
        $0.field("code", d.region.code)
        $0.field("name", d.region.fullName)
      }
    }
    json.field("shortfall", d.shortfall?.description)
    json.field("title") { $0.write(d.title) }
    json.field("total", d.total.description)
    if trace == .full { json.field("trace") { $0.array(Array(d.items.enumerated()), traceEntry) } }
    json.field("warnings") {
      $0.array(d.warnings) { json, warning in
        json.object {
          $0.field("code", warning.code.rawValue)
          $0.field("message", warning.message.en)
          $0.field("messageZh", warning.message.zh)
        }
      }
    }
  }

  private func item(_ json: inout JSONWriter, _ item: LineItem) {
    json.object {
      $0.field("amount", item.amount.description)
      $0.field("basis", item.basis.zh)
      $0.field("basisEn", item.basis.en)
      if trace != .none { $0.field("citations") { $0.array(item.citations) { $0.write($1) } } }
      $0.field("from", item.from.description)
      $0.field("rule", item.rule)
      $0.field("to", item.to.description)
    }
  }

  private func assumption(_ json: inout JSONWriter, _ use: AssumptionUse) {
    json.object {
      if trace != .none {
        $0.field("alternatives") {
          $0.array(d.alternatives.filter { $0.key == use.key }) { json, other in
            json.object {
              switch other.outcome {
              case .success(let total):
                if let short = other.shortfall { $0.field("shortfall", short.description) }
                $0.field("total", total.description)
              case .failure(let error): $0.field("error", error.code)
              }
              $0.field("value", other.value)
            }
          }
        }
      }
      $0.field("default", use.default)
      $0.field("key", use.key)
      $0.field("meaning") { $0.write(use.meaning) }
      $0.field("value", use.value)
    }
  }

  private func traceEntry(_ json: inout JSONWriter, _ entry: (offset: Int, element: LineItem)) {
    let item = entry.element
    json.object {
      $0.field("citations") { $0.array(item.citations) { $0.write($1) } }
      $0.field("conditions") {
        $0.array(item.conditions) { json, condition in
          json.object {
            $0.field("holds", condition.holds)
            $0.field("label") { $0.write(condition.label) }
          }
        }
      }
      $0.field("from", item.from.description)
      $0.field("item", entry.offset + 1)
      $0.field("rule", item.rule)
      $0.field("steps") {
        $0.array(item.steps) { json, step in
          json.object {
            $0.field("citations") { $0.array(step.citations) { $0.write($1) } }
            $0.field("en", step.words.en)
            $0.field("zh", step.words.zh)
          }
        }
      }
      $0.field("to", item.to.description)
    }
  }
}

extension JSONWriter {
  /// `{ "en": …, "zh": … }`, as `Localized` encodes.
  mutating func write(_ text: Localized) {
    object {
      $0.field("en", text.en)
      $0.field("zh", text.zh)
    }
  }

  /// A citation's object, with the fields of its `Encodable` conformance (a test holds the two equal for every
  /// citation the golden cases cite).
  mutating func write(_ citation: Citation) {
    let instrument = citation.instrument
    object {
      $0.field("adopted", instrument.adopted?.description)
      $0.field("approved", instrument.approved?.description)
      $0.field("article", citation.provisionZh)
      $0.field("articleEn", citation.provisionEn)
      $0.field("detail", citation.detail)
      $0.field("documentNumber", instrument.documentNumber)
      $0.field("effective", instrument.effective.description)
      if instrument.effectiveIs != .inForce { $0.field("effectiveIs", instrument.effectiveIs.rawValue) }
      $0.field("effectiveUntil", instrument.until?.description)
      $0.field("instrument", instrument.title)
      $0.field("instrumentEn", instrument.titleEn)
      $0.field("issuer", instrument.issuer)
      $0.field("published", instrument.published?.description)
      $0.field("source") { $0.array(instrument.sources) }
    }
  }
}
