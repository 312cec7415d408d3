import ArgumentParser
import Foundation
import LaborRules

extension Language: ExpressibleByArgument {}
extension TraceLevel: ExpressibleByArgument {}

/// The output forms.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json, markdown
}

/// How results are shown.
struct OutputOptions: ParsableArguments {
  @Option(name: .long, help: "Output form: text (a 计算书), json (the scenario contract's result) or markdown.")
  var format: OutputFormat = .text

  @Option(name: .long, help: "Language of text, markdown and error messages: zh (default) or en.")
  var lang: Language = .zh

  @Option(
    help: """
      How much derivation JSON carries: full (default: items, citations, the trace of each item, other \
      readings), summary (items and citations) or none (items only).
      """)
  var trace: TraceLevel = .full

  /// Whether the output shows the derivation: text and Markdown always do, JSON at `--trace full`.
  var derivation: Bool { format != .json || trace.showsDerivation }

  /// Prints a determination, or the error, and returns the exit status.
  func emit(_ outcome: Result<Determination, EvaluationError>) -> ExitStatus {
    switch outcome {
    case .success(let d):
      switch format {
      case .text: output(TextRenderer(language: lang).render(d), terminator: "")
      case .json: output(JSONRenderer(trace: trace).render(d), terminator: "")
      case .markdown: output(MarkdownRenderer(language: lang).render(d), terminator: "")
      }
      return .success
    case .failure(let error):
      if format == .json { output(JSONRenderer().render(error: error), terminator: "") }
      writeToStandardError("\(lang == .zh ? "错误" : "error"): \(error.message.text(lang))\n")
      return ExitStatus(error)
    }
  }
}

/// Overrides of the named assumptions, for every command that evaluates. Each assumption the rulebook's
/// entitlements consult has its own flag, `--<key> <reading>` (`--proration paid-days`), which `main` turns
/// into `--assume <key>=<reading>` before parsing; both forms are accepted.
struct AssumptionOptions: ParsableArguments {
  @Option(name: .customLong("assume"), help: ArgumentHelp(AssumptionFlags.help, valueName: "key=reading"))
  var assume: [String] = []

  /// The flags given, as scenario overrides; flags win over the file's `assumptions`.
  var overrides: [String: String] {
    get throws {
      var result: [String: String] = [:]
      for pair in assume {
        let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2 else {
          throw FlagError(
            flag: "--assume",
            reason: Localized(
              "“\(pair)”应写成 假设=解读，如 proration=paid-days", en: "'\(pair)' is not KEY=READING, e.g. proration=paid-days"))
        }
        result[parts[0]] = parts[1]
      }
      return result
    }
  }
}

/// The named assumptions as command-line flags, computed from the rulebook.
enum AssumptionFlags {
  static var keys: [String] { engine.rulebook.assumptions.map(\.key) }

  static let help: String =
    "Choose another reading of a named assumption: "
    + engine.rulebook.assumptions.map { info in
      "--\(info.key) \(info.readings.map(\.value).joined(separator: "|")) (default \(info.standard))"
    }.joined(separator: "; ")

  /// `--proration paid-days` and `--proration=paid-days` become `--assume proration=paid-days`; a value that
  /// starts with a minus sign (`--wage -6000`) is kept with its flag (`--wage=-6000`), so that its parser,
  /// not the option parser, says what is wrong with it.
  static func normalize(_ arguments: [String]) -> [String] {
    var out: [String] = []
    var index = arguments.startIndex
    while index < arguments.endIndex {
      let argument = arguments[index]
      if argument.hasPrefix("--"), !argument.contains("="), index + 1 < arguments.endIndex,
        let next = arguments[index + 1].first, next == "-", arguments[index + 1].dropFirst().first?.isNumber == true
      {
        out.append("\(argument)=\(arguments[index + 1])")
        index += 2
        continue
      }
      let name = argument.hasPrefix("--") ? String(argument.dropFirst(2)) : ""
      let (key, inline) =
        name.contains("=")
        ? (String(name.prefix { $0 != "=" }), String(name.drop { $0 != "=" }.dropFirst()))
        : (name, nil)
      if keys.contains(key) {
        if let inline {
          out += ["--assume", "\(key)=\(inline)"]
        } else if index + 1 < arguments.endIndex {
          out += ["--assume", "\(key)=\(arguments[index + 1])"]
          index += 1
        } else {
          out.append(argument)
        }
      } else {
        out.append(argument)
      }
      index += 1
    }
    return out
  }
}

/// Reads a file, or standard input for `-`, no further than `InputLimits.maximumBytes`: a larger input (an
/// endless one included, `/dev/zero`) is refused once the limit is passed, holding no more than the limit.
func readInput(_ path: String) throws(EvaluationError) -> Data {
  guard let handle = path == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: path) else {
    let name = inputName(path)
    throw .badInput(field: "(file)", reason: Localized("无法读取\(name.zh)", en: "cannot read \(name.en)"))
  }
  var data = Data()
  do {
    while let block = try handle.read(upToCount: 1 << 16), !block.isEmpty {
      data += block
      guard data.count <= InputLimits.maximumBytes else { throw InputLimits.tooLarge() }
    }
  } catch let error as EvaluationError {
    throw error
  } catch {
    throw .badInput(field: "(file)", reason: cannotRead(path, error))
  }
  return data
}

/// How a message names an input file: quoted, or "standard input" for `-`.
func inputName(_ path: String) -> Localized {
  path == "-" ? Localized("标准输入", en: "standard input") : Localized("“\(path)”", en: "'\(path)'")
}

/// Why an input could not be read: the system's reason, and the last line read when reading stopped after one.
func cannotRead(_ path: String, after line: Int = 0, _ error: any Error) -> Localized {
  let (name, reason) = (inputName(path), systemReason(error))
  return line == 0
    ? Localized("无法读取\(name.zh)：\(reason)", en: "cannot read \(name.en): \(reason)")
    : Localized(
      "\(name.zh)读到第 \(line) 行后无法继续读取：\(reason)", en: "cannot read \(name.en) after line \(line): \(reason)")
}

/// A command-line value that could not be read: the flag and the reason in both languages (exit 2).
struct FlagError: Error {
  let flag: String
  let reason: Localized
}

/// Parses a command-line value with a library parser, naming the flag on failure.
func readFlag<T>(
  _ flag: String, _ text: String, _ parser: (String) throws(ValueError) -> T
) throws
  -> T
{
  do { return try parser(text) } catch { throw FlagError(flag: flag, reason: error.reason) }
}

/// The facts every claim over a period has: where, the wage, the days, and what was paid.
struct ClaimOptions: ParsableArguments {
  @Option(help: "City or district: 广州, 广州市, guangzhou, 440100, 海珠区 or 440105 (a district gives its city).")
  var region: String
  @Option(help: "The normal-hours wage per month, in yuan (e.g. 6000 or 6000.50).")
  var wage: String
  @Option(help: "First day, YYYY-MM-DD.")
  var from: String
  @Option(help: "Last day (for a stoppage: the day before work resumed, or the last day of employment), YYYY-MM-DD.")
  var to: String
  @Option(help: "What the employer paid for the whole period, in yuan.")
  var paid: String?

  func read() throws -> (region: Region, wage: Money, from: CivilDate, to: CivilDate, paid: Money?) {
    (
      try readFlag("--region", region, Region.resolve), try readFlag("--wage", wage, Money.init(parsing:)),
      try readFlag("--from", from, CivilDate.init(parsing:)),
      try readFlag("--to", to, CivilDate.init(parsing:)),
      try paid.map { try readFlag("--paid", $0, Money.init(parsing:)) }
    )
  }
}

/// Evaluates facts given by flags and prints the result; throws the exit status when it is not 0.
func evaluate(
  _ facts: any EntitlementFacts, in region: Region, _ output: OutputOptions, _ overrides: [String: String] = [:]
) throws {
  let status = output.emit(
    Result { () throws(EvaluationError) in
      try engine.evaluate(
        region: region, facts: facts, assumptions: overrides, alternatives: output.trace != .none,
        derivation: output.derivation)
    })
  if status != .success { throw ExitCode(status.rawValue) }
}
