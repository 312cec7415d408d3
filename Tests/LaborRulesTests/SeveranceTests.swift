import Foundation
import Testing

@testable import LaborRules
@testable import LaborRulesPacks

/// Severance (经济补偿与赔偿金): every ground gives its result with the article that decides it, the months are
/// counted as art. 47 counts them, the facts are checked, and the high-earner cap reads the dated figures.
@Suite struct SeveranceTests {
  let engine = Engine(rulebook: .guangdong)

  func facts(
    _ ground: SeveranceFacts.Ground, hire: CivilDate = CivilDate("2015-01-01"),
    end: CivilDate = CivilDate("2024-12-31"), average: Int64 = 5000
  ) -> SeveranceFacts {
    SeveranceFacts(
      hireDate: hire, endDate: end, ground: ground, averageMonthlyWage: Money(yuan: average),
      noticeGiven: ground == .dismissalNoFault ? true : nil,
      noFaultReason: ground == .dismissalNoFault ? .incompetence : nil)
  }

  /// Ten years exactly (2015-01-01 … 2024-12-31) at 5,000 in Guangzhou: 50,000 where art. 46 gives compensation,
  /// 0 where it does not, 100,000 damages for an unlawful termination; each with its deciding article.
  @Test(arguments: [
    (
      SeveranceFacts.Ground.workerResignsEmployerFault, "labour-contract-law.art46.item1.worker-resigns-employer-fault",
      Int64(50000), [46, 38]
    ),
    (.mutualEmployerInitiated, "labour-contract-law.art46.item2.mutual-employer-initiated", 50000, [46, 36]),
    (.dismissalNoFault, "labour-contract-law.art46.item3.dismissal-no-fault", 50000, [46, 40]),
    (.massLayoff, "labour-contract-law.art46.item4.mass-layoff", 50000, [46, 41]),
    (.contractExpiry, "labour-contract-law.art46.item5.contract-expiry", 50000, [46, 44]),
    (.employerClosure, "labour-contract-law.art46.item6.employer-closure", 50000, [46, 44]),
    (.dismissalForCause, "labour-contract-law.art39.no-compensation", 0, [39, 46]),
    (.workerResigns, "labour-contract-law.art37.no-compensation", 0, [37, 46]),
    (.mutualWorkerInitiated, "labour-contract-law.art36.worker-initiated-no-compensation", 0, [36, 46]),
    (.contractExpiryRenewalRefused, "labour-contract-law.art46.item5.renewal-refused", 0, [46, 44]),
    (.unlawfulTermination, "labour-contract-law.art87.damages", 100000, [48, 87]),
  ])
  func everyGroundGivesItsResultWithItsArticle(
    ground: SeveranceFacts.Ground, rule: String, yuan: Int64, articles: [Int]
  ) throws {
    let d = try engine.evaluate(region: .named("广州"), facts: facts(ground))
    #expect(d.items.map(\.rule) == [rule])
    #expect(d.total == Money(yuan: yuan))
    let cited = d.items[0].citations.filter { $0.instrument == LabourContractLaw.instrument }.compactMap {
      citation -> Int? in
      if case .article(let n) = citation.provision { return n }
      return nil
    }
    for article in articles { #expect(cited.contains(article), "\(ground.rawValue) cites art. \(article)") }
  }

  @Test(arguments: [
    ("2019-03-01", "2024-09-30", 5, 7, 0, Rational(6)),
    ("2024-06-01", "2024-09-30", 0, 4, 0, Rational(1, 2)),
    ("2020-01-15", "2020-07-14", 0, 6, 0, Rational(1)),
    ("2020-01-15", "2020-07-13", 0, 5, 29, Rational(1, 2)),
    ("2020-01-15", "2021-01-14", 1, 0, 0, Rational(1)),
    ("2024-03-01", "2024-03-01", 0, 0, 1, Rational(1, 2)),
    ("2006-05-10", "2024-11-15", 18, 6, 6, Rational(19)),
    // 民法典 arts. 201–202 (shared/law/addendum-2026-12-07.md §3.3): six months from 2020-08-31 end on 2021-02-28.
    ("2020-08-31", "2021-02-27", 0, 5, 28, Rational(1, 2)),
    ("2020-08-31", "2021-02-28", 0, 6, 0, Rational(1)),
    ("2024-01-31", "2024-02-29", 0, 1, 0, Rational(1, 2)),
  ])
  func serviceIsCountedInCalendarMonths(
    from: String, through: String, years: Int, months: Int, days: Int, owed: Rational
  ) throws {
    let period = try #require(
      DateRange(from: try CivilDate(parsing: from), through: try CivilDate(parsing: through)))
    let length = ServiceLength(period)
    let counted: [Int] = [length.years, length.months, length.days]
    #expect(counted == [years, months, days])
    #expect(length.monthsOwed == owed)
  }

  @Test func factsAreChecked() {
    func field(_ facts: SeveranceFacts) -> String? {
      do throws(EvaluationError) {
        _ = try engine.evaluate(region: .named("广州"), facts: facts)
        return nil
      } catch { return error.field ?? error.code }
    }
    var both = facts(.massLayoff)
    both.monthlyWages = [Money(yuan: 5000)]
    #expect(field(both) == "facts.monthlyWages")
    var short = facts(.massLayoff)
    (short.averageMonthlyWage, short.monthlyWages) = (nil, Array(repeating: Money(yuan: 5000), count: 11))
    #expect(field(short) == "facts.monthlyWages")
    var noBase = facts(.mutualEmployerInitiated)
    noBase.averageMonthlyWage = nil
    #expect(field(noBase) == "facts.averageMonthlyWage")
    var noBaseNeeded = facts(.dismissalForCause)
    noBaseNeeded.averageMonthlyWage = nil
    #expect(field(noBaseNeeded) == nil)
    var notice = facts(.massLayoff)
    notice.noticeGiven = false
    #expect(field(notice) == "facts.noticeGiven")
    var lastMonth = facts(.dismissalNoFault)
    lastMonth.noticeGiven = false
    #expect(field(lastMonth) == "facts.lastMonthWage")
    #expect(field(facts(.massLayoff, end: CivilDate("2014-12-31"))) == "facts.endDate")
    #expect(field(facts(.massLayoff, hire: CivilDate("2005-01-01"), end: CivilDate("2007-06-30"))) == "not-covered")
    var oldNoFault = facts(.dismissalNoFault, hire: CivilDate("2005-01-01"))
    oldNoFault.noFaultReason = nil
    #expect(field(oldNoFault) == "facts.noFaultReason")
    #expect(field(facts(.massLayoff, hire: CivilDate("2005-01-01"))) == "facts.employerAverageMonthlyWage")
  }

  @Test func unknownGroundNamesTheFieldAndTheAcceptedValues() throws {
    let json =
      #"{"entitlement": "severance", "region": "广州", "facts": {"hireDate": "2020-01-01", "#
      + #""endDate": "2024-01-31", "ground": "fired", "averageMonthlyWage": "5000"}}"#
    #expect(throws: EvaluationError.self) { try Scenario.decode(Data(json.utf8), using: engine.rulebook) }
    do throws(EvaluationError) { _ = try Scenario.decode(Data(json.utf8), using: engine.rulebook) } catch {
      #expect(error.field == "facts.ground")
      #expect(error.message.en.contains("dismissal-for-cause"))
    }
  }

  /// Before 2008, a layoff (劳部发〔1994〕481号 art. 9): no cap, the wage raised to the enterprise's average
  /// (art. 11); 2003-07-01 … 2007-12-31 is 4 years 6 months: 5 months, or 4 with `full-years-only`.
  @Test func oldRulesForALayoff() throws {
    var layoff = facts(.massLayoff, hire: CivilDate("2003-07-01"), end: CivilDate("2023-06-30"), average: 4000)
    layoff.employerAverageMonthlyWage = Money(yuan: 5000)
    let d = try engine.evaluate(region: .named("江门"), facts: layoff)
    #expect(
      d.items.map(\.rule) == ["compensation-measures-1994.art9.layoff", "labour-contract-law.art46.item4.mass-layoff"])
    #expect(d.items.map(\.amount) == [Money(yuan: 25000), Money(yuan: 64000)])  // 5,000 × 5; 4,000 × 16
    let fullYears = try engine.evaluate(
      region: .named("江门"), facts: layoff, assumptions: ["pre-2008-part-year": "full-years-only"])
    #expect(fullYears.items.map(\.amount) == [Money(yuan: 20000), Money(yuan: 64000)])
  }

  /// Unfit for work before 2008 (481号 art. 7): at most 12 months; illness (art. 6) warns that its medical
  /// allowance is not computed.
  @Test func oldRulesForNoFaultDismissals() throws {
    var unfit = facts(.dismissalNoFault, hire: CivilDate("1990-03-01"), end: CivilDate("2020-02-29"), average: 4000)
    unfit.noticeGiven = true
    let d = try engine.evaluate(region: .named("佛山"), facts: unfit)
    #expect(d.items.first?.rule == "compensation-measures-1994.art7.incompetence")
    #expect(d.items.first?.amount == Money(yuan: 48000))  // 17 years 10 months → 18, capped at 12 × 4,000
    var ill = unfit
    (ill.noFaultReason, ill.employerAverageMonthlyWage) = (.illnessOrInjury, Money(yuan: 4500))
    let illness = try engine.evaluate(region: .named("佛山"), facts: ill)
    #expect(illness.items.first?.amount == Money(yuan: 81000))  // 18 × max(4,000, 4,500)
    #expect(illness.warnings.map(\.code) == [.medicalAllowanceNotComputed])
  }

  /// Shenzhen terminations in 2022: the 2021 figure is not held, under either reading of the year; with
  /// `average-wage-missing = refuse` the message names the missing year, by default the 2020 figure stands in
  /// with a warning naming it.
  @Test func missingAverageWagesAreNamed() throws {
    let high = facts(.massLayoff, hire: CivilDate("2019-01-01"), end: CivilDate("2022-09-30"), average: 60000)
    for reading in ["latest-published", "previous-year"] {
      let fallback = try engine.evaluate(region: .named("深圳"), facts: high, assumptions: ["average-wage-year": reading])
      let warning = try #require(fallback.warnings.first { $0.code == "average-wage-earlier-year" })
      #expect(warning.message.zh.contains("2020年度"))
      // 3 × 139,436 ÷ 12 = 34,859 a month × 4 (3 years 9 months: 3 + 1)
      #expect(fallback.total == Money(yuan: 139_436))
      do throws(EvaluationError) {
        _ = try engine.evaluate(
          region: .named("深圳"), facts: high,
          assumptions: ["average-wage-year": reading, "average-wage-missing": "refuse"])
        Issue.record("expected not covered")
      } catch {
        #expect(error.code == "not-covered")
        #expect(error.message.zh.contains("2021年度"), "\(error.message.zh)")
      }
    }
    // A Shenzhen wage under three times the minimum wage needs no figure at all.
    #expect(
      (try? engine.evaluate(region: .named("深圳"), facts: facts(.massLayoff, end: CivilDate("2022-09-30")))) != nil)
  }

  /// Every other city's schedule, made by `Schedule.averageWages`, is contiguous too, and each figure reigns from
  /// its publication.
  @Test func everyCityScheduleIsContiguous() throws {
    var checked = 0
    for (city, _) in CityAverageWages.byCity {
      let schedule = try engine.rulebook.parameters.schedule(.averageWage, for: .named(city))
      #expect(schedule.coverageProblems.isEmpty, "\(city)")
      for entry in schedule.entries {
        if case .known(let wage, _) = entry.content { #expect(entry.from == wage.published) }
      }
      checked += 1
    }
    #expect(checked == 4)
  }

  @Test func theAverageWageScheduleIsContiguousAndEachFigureCitesItsBulletin() throws {
    let schedule = try engine.rulebook.parameters.schedule(.averageWage, for: .named("深圳"))
    #expect(schedule.coverageProblems.isEmpty)
    let years = schedule.entries.compactMap { entry -> Int? in
      if case .known(let wage, let citation) = entry.content {
        #expect(citation.instrument.title.hasPrefix("\(wage.year)年深圳市"))
        #expect(entry.from == wage.published)
        return wage.year
      }
      return nil
    }
    #expect(years == [2020, 2022, 2023, 2024])
  }
}

/// Unused annual leave (未休年休假工资): the tiers, the absences that take the year's leave away, what is not
/// covered.
@Suite struct AnnualLeaveTests {
  let engine = Engine(rulebook: .guangdong)

  func leave(_ years: Int, taken: Int = 0, year: Int = 2024) -> AnnualLeaveFacts {
    AnnualLeaveFacts(year: year, cumulativeWorkYears: years, averageMonthlyWage: Money(fen: 652_500), daysTaken: taken)
  }

  /// Daily wage 6,525 ÷ 21.75 = 300; each unused day owes 600 (200%).
  @Test(arguments: [(1, Int64(3000)), (9, 3000), (10, 6000), (19, 6000), (20, 9000), (35, 9000)])
  func tiers(years: Int, yuan: Int64) throws {
    let d = try engine.evaluate(region: .named("东莞"), facts: leave(years))
    #expect(d.total == Money(yuan: yuan))
    #expect(d.warnings.map(\.code) == ([9, 19].contains(years) ? [.leaveTierChangesInYear] : []))
  }

  @Test func absencesTakeTheYearsLeaveAway() throws {
    var vacation = leave(5)
    vacation.schoolVacationDays = 6
    var personal = leave(5)
    personal.paidPersonalLeaveDays = 20
    var sick = leave(15)
    sick.sickLeaveMonths = Rational(5, 2)
    var sickEnough = leave(15)
    sickEnough.sickLeaveMonths = Rational(3)
    for (facts, total) in [(vacation, 0), (personal, 0), (sick, 6000), (sickEnough, 0)] as [(AnnualLeaveFacts, Int64)] {
      #expect(try engine.evaluate(region: .named("东莞"), facts: facts).total == Money(yuan: total))
    }
    var taken = personal
    taken.daysTaken = 2
    #expect(throws: EvaluationError.self) { try engine.evaluate(region: .named("东莞"), facts: taken) }
  }

  @Test func notCoveredAndBadInput() {
    #expect(throws: EvaluationError.self) { try engine.evaluate(region: .named("东莞"), facts: leave(0)) }
    #expect(throws: EvaluationError.self) { try engine.evaluate(region: .named("东莞"), facts: leave(5, year: 2008)) }
    var outside = leave(5)
    outside.employedTo = CivilDate("2025-01-15")
    do throws(EvaluationError) { _ = try engine.evaluate(region: .named("东莞"), facts: outside) } catch {
      #expect(error.field == "facts.employedTo")
    }
  }

  /// Joined 2024-03-01 and left 2024-08-31 (184 days): 184/365 × 10 = 5.04… → 5; 1 taken: 4 × 600 = 2,400.
  @Test func joinedAndLeftInOneYear() throws {
    var both = leave(12, taken: 1)
    (both.employedFrom, both.employedTo) = (CivilDate("2024-03-01"), CivilDate("2024-08-31"))
    let d = try engine.evaluate(region: .named("东莞"), facts: both)
    #expect(d.items.map(\.rule) == ["annual-leave.measures-art12.year-of-leaving"])
    #expect(d.total == Money(yuan: 2400))
    #expect(d.items[0].citations.contains(AnnualLeaveMeasures.art5))
  }
}
