// The rulebook this package ships: the Guangdong and Shenzhen packs, assembled.
import LaborRules

/// Namespace for the entitlement trees assembled from the instrument files.
enum Entitlements {}

extension Rulebook {
  /// Guangdong province, Shenzhen included.
  public static let guangdong: Rulebook = {
    var minimumWages: [Region: Schedule<MinimumWage>] = [:]
    for region in Region.all where region.name != "深圳" {
      minimumWages[region] = GuangdongMinimumWage.schedule(for: region.name)
    }
    minimumWages[.named("深圳")] = ShenzhenMinimumWage.schedule
    return Rulebook(
      entitlements: [Entitlements.minimumWage, Entitlements.stoppage, Entitlements.isolation],
      minimumWages: minimumWages,
      packs: [
        RulePack(id: "national", title: Localized("国家规定", en: "National provisions"), file: "rules/national/",
                 instruments: [MinimumWageProvisions.instrument, InterimWagePaymentProvisions.instrument, Conversion.notice2008,
                               InfectiousDiseaseLaw.text2013, InfectiousDiseaseLaw.text2025, PublicHealthEmergencyLaw.instrument,
                               NationalEpidemicNotices.mohrss2020, NationalEpidemicNotices.fourParty2020, NationalEpidemicNotices.nhc2022]),
        GuangdongMinimumWage.pack, ShenzhenMinimumWage.pack, GuangdongWagePayment.pack, ShenzhenWagePayment.pack,
        RulePack(id: "guangdong.epidemic-2020", title: Localized("广东省疫情期间劳动关系通知", en: "Guangdong COVID-19 labour notice"),
                 file: "rules/guangdong/GuangdongEpidemicNotice2020.swift", instruments: [GuangdongEpidemicNotice.instrument]),
      ])
  }()
}
