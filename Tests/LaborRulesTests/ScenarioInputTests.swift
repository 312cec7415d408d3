import Foundation
import Testing

@testable import LaborRules
@testable import LaborRulesPacks

/// The bad inputs of shared/SCENARIOS.md: each names its field and gives its error code.
@Suite struct ScenarioInputTests {
  let engine = Engine(rulebook: .guangdong)

  func outcome(_ json: String) -> EvaluationError? {
    do {
      _ = try engine.evaluate(try Scenario.decode(Data(json.utf8), using: engine.rulebook))
      return nil
    } catch { return error }
  }

  static let stoppage =
    #"{"entitlement": "stoppage", "region": "广州", "facts": {"monthlyWage": "6000.00", "start": "2022-11-01", "#
    + #""end": "2023-01-31"}}"#

  @Test func acceptsTheContractExample() {
    #expect(outcome(Self.stoppage) == nil)
  }

  @Test(arguments: [
    (#""monthlyWage": "6000.00""#, #""monthlyWage": 6000"#, "facts.monthlyWage", "not a number"),
    (#""monthlyWage""#, #""monthlyWagee""#, "facts.monthlyWagee", "unknown key"),
    (#""end": "2023-01-31""#, #""end": "2022-10-31""#, "facts.end", "before the start"),
    (#""region": "广州""#, #""region": "Atlantis""#, "region", "not a prefecture-level city"),
    (#""start": "2022-11-01""#, #""start": "2022-11-31""#, "facts.start", "YYYY-MM-DD"),
    (#""entitlement": "stoppage""#, #""entitlement": "stopage""#, "entitlement", "not an entitlement"),
    (#""facts""#, #""fact""#, "fact", "unknown key"),
  ])
  func badInputNamesTheField(original: String, replacement: String, field: String, reason: String) throws {
    let error = try #require(outcome(Self.stoppage.replacingOccurrences(of: original, with: replacement)))
    #expect(error.code == "bad-input")
    #expect(error.field == field)
    #expect(error.message.en.contains(reason), "\(error.message.en)")
  }

  @Test func invalidJSONIsBadInput() throws {
    let error = try #require(outcome("{ not json"))
    #expect(error.code == "bad-input")
    #expect(error.message.en.contains("not valid JSON"))
  }

  @Test func uncoveredDateIsNotCovered() throws {
    let error = try #require(outcome(Self.stoppage.replacingOccurrences(of: "2022-11-01", with: "2010-11-01")))
    #expect(error.code == "not-covered")
    #expect(error.message.en.contains("minimum-wage.440100"))
  }

  /// A kind the rulebook plans but has no pack for is "not covered", not bad input.
  @Test func unimplementedEntitlementIsNotCovered() throws {
    let guangdong = Rulebook.guangdong
    let rulebook = Rulebook(
      entitlements: guangdong.entitlements, parameters: guangdong.parameters, packs: [], planned: ["work-injury"])
    let json = #"{"entitlement": "work-injury", "region": "东莞", "facts": {}}"#
    #expect(throws: EvaluationError.self) { try Scenario.decode(Data(json.utf8), using: rulebook) }
    do throws(EvaluationError) { _ = try Scenario.decode(Data(json.utf8), using: rulebook) } catch {
      #expect(error.code == "not-covered")
    }
  }

  @Test func unknownAssumptionOrReadingIsBadInput() throws {
    let withAssumption = { (value: String) in
      Self.stoppage.replacingOccurrences(of: #""facts""#, with: #""assumptions": \#(value), "facts""#)
    }
    #expect(outcome(withAssumption(#"{"proration": "paid-days"}"#)) == nil)
    #expect(try #require(outcome(withAssumption(#"{"proration": "monthly"}"#))).field == "assumptions.proration")
    #expect(try #require(outcome(withAssumption(#"{"prorate": "paid-days"}"#))).field == "assumptions.prorate")
  }

  @Test func workOutsideTheStoppageIsBadInput() throws {
    let json = Self.stoppage.replacingOccurrences(
      of: #""end": "2023-01-31""#,
      with: #""end": "2023-01-31", "work": [{"from": "2023-01-15", "to": "2023-02-15", "agreedMonthlyWage": "3000"}]"#)
    let error = try #require(outcome(json))
    #expect(error.field == "facts.work[0]")
  }

  @Test func unknownKeyInAnExpectedItemIsBadInput() throws {
    let json = Self.stoppage.replacingOccurrences(of: "}}", with: #"}, "expect": {"items": [{"amout": "6000.00"}]}}"#)
    let error = try #require(outcome(json))
    #expect(error.field == "expect.items[0].amout")
  }
}
