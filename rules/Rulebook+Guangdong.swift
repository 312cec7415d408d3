// The rulebook this package ships: the Guangdong and Shenzhen packs, assembled.
import LaborRules

/// Namespace for the entitlement trees assembled from the instrument files.
enum Entitlements {}

extension Rulebook {
  /// Guangdong province, Shenzhen included.
  public static let guangdong: Rulebook = {
    var parameters = Parameters()
    for region in Region.all where region.name != "深圳" {
      parameters.set(.minimumWage, for: region, GuangdongMinimumWage.schedule(for: region.name))
    }
    parameters.set(.minimumWage, for: .named("深圳"), ShenzhenMinimumWage.schedule)
    parameters.set(.paidDaysPerMonth, WageConversionNotice2008.paidDaysPerMonth)
    parameters.set(.workingTimeCalendar, HolidayArrangements.schedule)
    parameters.set(.hoursPerDay, WageConversionNotice2008.hoursPerDay)
    parameters.set(.workingDaysPerMonth, WageConversionNotice2008.workingDaysPerMonth)
    parameters.set(.heatAllowance, GuangdongHeatAllowance.schedule)
    parameters.set(.heatAllowance, for: .named("深圳"), GuangdongHeatAllowance.shenzhenSchedule)
    return Rulebook(
      entitlements: [
        Entitlements.minimumWage, Entitlements.stoppage, Entitlements.isolation, Entitlements.overtime,
        Entitlements.sickPay, Entitlements.highTemperature,
      ],
      parameters: parameters,
      packs: [
        RulePack(
          id: "national", title: Localized("国家规定", en: "National provisions"), file: "rules/national/",
          instruments: [
            LabourLaw.instrument, MinimumWageProvisions.instrument, InterimWagePaymentProvisions.instrument,
            WageConversionNotice2008.instrument, LabourLawOpinions1995.instrument, WorkingTimeReply1997.instrument,
            MedicalPeriodProvisions.instrument, MedicalPeriodProvisions.notice1995,
            InfectiousDiseaseLaw.text2013, InfectiousDiseaseLaw.text2025, PublicHealthEmergencyLaw.instrument,
            NationalEpidemicNotices.mohrss2020, NationalEpidemicNotices.fourParty2020, NationalEpidemicNotices.nhc2022,
          ],
          coverage: Localized(
            "最低工资的形式与计入项目、安排工作的最低工资下限、日与小时工资折算、加班工资的倍数与限制、综合计算工时与不定时工作制、医疗期、"
              + "疫情期间（2020-01-25至2023-01-07）的工资规则",
            en: "forms of the minimum wage and what counts toward it, its floor on arranged work, daily and hourly "
              + "conversion, overtime rates and limits, comprehensive and flexible hours, the medical period, and "
              + "COVID-era pay (2020-01-25 … 2023-01-07)"),
          lastChecked: LastChecked.dossier,
          schedules: [
            ScheduleSummary(WageConversionNotice2008.paidDaysPerMonth),
            ScheduleSummary(WageConversionNotice2008.hoursPerDay),
            ScheduleSummary(WageConversionNotice2008.workingDaysPerMonth),
          ]),
        RulePack(
          id: "national.holidays", title: Localized("工作日历", en: "Working-time calendar"),
          file: "rules/national/HolidayArrangements.swift",
          instruments: [HolidayRegulations.text2013, HolidayRegulations.text2024, HolidayRegulations.workingHours]
            + HolidayArrangements.notices,
          coverage: Localized(
            "2020-01-01至2026-12-31每天的类别：工作日、休息日、法定节假日、调休上班日",
            en: "the kind of every day 2020-01-01 … 2026-12-31: workday, rest day, statutory holiday, make-up workday"),
          lastChecked: LastChecked.dossier,
          schedules: [ScheduleSummary(HolidayArrangements.schedule)]),
        GuangdongMinimumWage.pack, ShenzhenMinimumWage.pack, GuangdongWagePayment.pack, ShenzhenWagePayment.pack,
        GuangdongHeatAllowance.pack,
        RulePack(
          id: "guangdong.epidemic-2020", title: Localized("广东省疫情期间劳动关系通知", en: "Guangdong COVID-19 labour notice"),
          file: "rules/guangdong/GuangdongEpidemicNotice2020.swift", instruments: [GuangdongEpidemicNotice.instrument],
          coverage: Localized(
            "2020-01-25至2023-01-07的隔离及政府管控措施期间工资",
            en: "pay during isolation and government measures, 2020-01-25 … 2023-01-07"),
          lastChecked: LastChecked.dossier),
      ],
      planned: ["severance", "annual-leave"])
  }()
}
