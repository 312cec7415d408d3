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
    parameters.set(.paidDaysPerMonth, WageConversion.paidDaysPerMonth)
    parameters.set(.workingTimeCalendar, HolidayArrangements.schedule)
    parameters.set(.hoursPerDay, WageConversion.hoursPerDay)
    parameters.set(.workingDays, WageConversion.workingDays)
    parameters.set(.heatAllowance, GuangdongHeatAllowance.schedule)
    parameters.set(.heatAllowance, for: .named("深圳"), GuangdongHeatAllowance.shenzhenSchedule)
    parameters.set(.averageWage, for: .named("深圳"), ShenzhenAverageWage.schedule)
    for (city, bulletins) in CityAverageWages.byCity {
      parameters.set(.averageWage, for: .named(city), CityAverageWages.schedule(city, bulletins))
    }
    return Rulebook(
      entitlements: [
        Entitlements.minimumWage, Entitlements.stoppage, Entitlements.isolation, Entitlements.overtime,
        Entitlements.sickPay, Entitlements.highTemperature, Entitlements.severance, Entitlements.annualLeave,
        Entitlements.wage,
      ],
      parameters: parameters,
      packs: [
        RulePack(
          id: "national", title: Localized("国家规定", en: "National provisions"), file: "rules/national/",
          instruments: [
            LabourLaw.instrument, MinimumWageProvisions.instrument, InterimWagePaymentProvisions.instrument,
            WageConversionNotice2008.instrument, WageConversionNotice2025.instrument, LabourLawOpinions1995.instrument,
            WorkingTimeReply1997.instrument,
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
            ScheduleSummary(WageConversion.paidDaysPerMonth),
            ScheduleSummary(WageConversion.hoursPerDay),
            ScheduleSummary(WageConversion.workingDays),
          ]),
        RulePack(
          id: "national.holidays", title: Localized("工作日历", en: "Working-time calendar"),
          file: "rules/national/HolidayArrangements.swift",
          instruments: [HolidayRegulations.text2013, HolidayRegulations.text2024, HolidayRegulations.workingHours]
            + HolidayArrangements.notices,
          coverage: Localized(
            "2020-01-01至2026-12-31每天的类别：工作日、休息日、法定节假日、调休上班日；2027至2100年各年的法定节假日按放假办法第二条"
              + "以农历和清明节气计算，其余日子须待当年放假安排通知（或按 unarranged-year 的读法）",
            en: "the kind of every day 2020-01-01 … 2026-12-31: workday, rest day, statutory holiday, make-up workday; "
              + "from 2027 to 2100 the statutory holidays of each year by art. 2 of the holiday regulations, computed "
              + "from the lunar calendar and the 清明 solar term; the other days wait for that year's notice (or the "
              + "unarranged-year reading)"),
          lastChecked: LastChecked.december2026,
          schedules: [ScheduleSummary(HolidayArrangements.schedule)]),
        GuangdongMinimumWage.pack, ShenzhenMinimumWage.pack, GuangdongWagePayment.pack, ShenzhenWagePayment.pack,
        GuangdongHeatAllowance.pack,
        RulePack(
          id: "national.severance", title: Localized("经济补偿与赔偿金", en: "Economic compensation and damages"),
          file: "rules/national/LabourContractLaw.swift",
          instruments: [
            LabourContractLaw.instrument, LabourContractLawRegulations.instrument, CompensationMeasures1994.instrument,
            LabourDisputeInterpretation2025.instrument,
          ],
          coverage: Localized(
            "2008-01-01起结束的劳动关系：第三十六至四十一、四十四条各事由有无经济补偿及其条文；按第四十七条计算（月工资以最低工资为下限，"
              + "须解除或终止之日的最低工资：2013年起）；2008年前的年限按劳部发〔1994〕481号另列一项（因用人单位过错辞职、"
              + "破产关闭两种情形不覆盖）；代通知金；违法解除的二倍赔偿金。高收入封顶须所在市上年度职工平均工资（见平均工资规则包）",
            en: "employment ending from 2008-01-01: whether each ground of arts. 36–41 and 44 owes compensation, and "
              + "the article; the art. 47 amount (the base floored at the minimum wage on the last day: from 2013); "
              + "years before 2008 as their own item under 劳部发〔1994〕481号 (not covered: resignation for the "
              + "employer's fault, bankruptcy or closure); pay in lieu of notice; double damages for an unlawful "
              + "termination. The high-earner cap needs the city's previous-year average wage (the average-wage "
              + "packs)"),
          lastChecked: LastChecked.dossier),
        ShenzhenAverageWage.pack, CityAverageWages.pack,
        RulePack(
          id: "national.annual-leave", title: Localized("带薪年休假", en: "Paid annual leave"),
          file: "rules/national/AnnualLeaveMeasures.swift",
          instruments: [AnnualLeaveRegulations.instrument, AnnualLeaveMeasures.instrument],
          coverage: Localized(
            "2009年起各年度的未休年休假工资：5/10/15天，入职或离职当年折算（不足1整天不计），不享受年休假的情形，"
              + "300%（其中100%已随工资发放），书面不休；年初累计工作不满1年的不覆盖",
            en: "pay for unused annual leave for the years from 2009: 5/10/15 days, pro rata in a year of joining or "
              + "leaving (fractions dropped), the absences that take the leave away, 300% of which 100% already "
              + "paid, a written refusal; not covered: less than a year of work at the start of the year"),
          lastChecked: LastChecked.dossier,
          schedules: [ScheduleSummary(WageConversion.paidDaysPerMonth)]),
        RulePack(
          id: "guangdong.epidemic-2020", title: Localized("广东省疫情期间劳动关系通知", en: "Guangdong COVID-19 labour notice"),
          file: "rules/guangdong/GuangdongEpidemicNotice2020.swift", instruments: [GuangdongEpidemicNotice.instrument],
          coverage: Localized(
            "2020-01-25至2023-01-07的隔离及政府管控措施期间工资",
            en: "pay during isolation and government measures, 2020-01-25 … 2023-01-07"),
          lastChecked: LastChecked.dossier),
      ])
  }()
}
