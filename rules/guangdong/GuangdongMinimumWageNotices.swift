// 广东省人民政府关于调整我省（企业职工）最低工资标准的通知 — Guangdong's minimum-wage notices, 2013–2025
// Issuer: 广东省人民政府. Each notice sets four tiers (一类 to 四类) and assigns the prefecture-level
// cities to them; cities may set a higher figure (Zhuhai did in 2013 and 2015); Shenzhen sets its own
// (rules/shenzhen/ShenzhenMinimumWage.swift). Facts and sources: shared/law/wages-stoppage-sickpay.md §1.1–1.4.
import LaborRules

enum GuangdongMinimumWage {
  /// One provincial adjustment: its notice, the days it governs and its tier figures.
  struct Notice {
    let instrument: Instrument
    let through: CivilDate?
    /// Monthly and hourly figures for tiers 1–4 (tier 1 is Guangzhou's; Shenzhen's is its own).
    let tiers: [MinimumWage]
    /// The tier of each city other than Shenzhen, by Chinese name.
    let tierOf: [String: Int]
  }

  static func tiers(_ figures: [(Int64, String)]) -> [MinimumWage] {
    figures.map { MinimumWage(monthly: Money(yuan: $0.0), hourly: try! Money(parsing: $0.1)) }
  }

  /// City → tier, 2013-05-01 to 2021-11-30 (Zhaoqing in tier 3 from 2013; Zhanjiang in tier 4).
  static let tiers2013: [String: Int] = [
    "广州": 1, "珠海": 2, "佛山": 2, "东莞": 2, "中山": 2, "汕头": 3, "惠州": 3, "江门": 3, "肇庆": 3,
    "湛江": 4, "韶关": 4, "河源": 4, "梅州": 4, "汕尾": 4, "阳江": 4, "茂名": 4, "清远": 4, "潮州": 4, "揭阳": 4, "云浮": 4,
  ]
  /// City → tier from 2021-12-01: Zhanjiang moves up to tier 3.
  static let tiers2021 = tiers2013.merging(["湛江": 3]) { $1 }

  // MARK: - 粤府函〔2013〕27号
  static let notice2013 = Notice(
    instrument: Instrument(
      "广东省人民政府关于调整我省企业职工最低工资标准的通知", en: "Guangdong notice adjusting enterprise minimum wages (2013)",
      issuer: "广东省人民政府", number: "粤府函〔2013〕27号", effective: CivilDate("2013-05-01"), until: CivilDate("2015-04-30"),
      sources: [
        "https://wageindicator.org/salary/minimum-wage/minimum-wages-news/china-guangdong-revises-minimum-wage-"
          + "levels-may-01-2013",
        "http://www.ft22.com/zuidi/4712.html", "https://www.shebaoonline.com/shebaoanli/840899",
      ]),
    through: CivilDate("2015-04-30"),
    tiers: tiers([(1550, "15"), (1310, "12.5"), (1130, "11.1"), (1010, "10")]), tierOf: tiers2013)

  // MARK: - 粤府函〔2015〕20号
  static let notice2015 = Notice(
    instrument: Instrument(
      "关于调整我省企业职工最低工资标准的通知", en: "Guangdong notice adjusting enterprise minimum wages (2015)",
      issuer: "广东省人民政府", number: "粤府函〔2015〕20号", effective: CivilDate("2015-05-01"), until: CivilDate("2018-06-30"),
      sources: [
        "http://dgaefi.org/page56/v-1221.html",
        "https://www.zhanjiang.gov.cn/szfwj/content/post_"
          + "1280851.html",
      ]),
    through: CivilDate("2018-06-30"),
    tiers: tiers([(1895, "18.3"), (1510, "14.4"), (1350, "13.3"), (1210, "12")]), tierOf: tiers2013)

  // MARK: - 粤府函〔2018〕187号
  static let notice2018 = Notice(
    instrument: Instrument(
      "关于调整我省企业职工最低工资标准的通知", en: "Guangdong notice adjusting enterprise minimum wages (2018)",
      issuer: "广东省人民政府", number: "粤府函〔2018〕187号", effective: CivilDate("2018-07-01"), until: CivilDate("2021-11-30"),
      sources: [
        "http://www.zetdz.gov.cn/wz/zwgk/wgk/jcgk/jchgk/content/post_1069801.html",
        "https://www.china-briefing.com/news/guangdongs-minimum-wages-rise-july-1/",
      ]),
    through: CivilDate("2021-11-30"),
    tiers: tiers([(2100, "20.3"), (1720, "16.4"), (1550, "15.3"), (1410, "14")]), tierOf: tiers2013)

  // MARK: - 粤府函〔2021〕345号
  static let notice2021 = Notice(
    instrument: Instrument(
      "广东省人民政府关于调整我省最低工资标准的通知", en: "Guangdong notice adjusting minimum wages (2021)",
      issuer: "广东省人民政府", number: "粤府函〔2021〕345号", effective: CivilDate("2021-12-01"), until: CivilDate("2025-02-28"),
      sources: [
        "http://www.tzz8.com/zwgk/wjk/qbwj/yfh/content/post_3678378.html (mirror of gd.gov.cn)",
        "http://caijing.qianxunwang.com.cn/yaowen/2021/1126/1000021056.html",
      ]),
    through: CivilDate("2025-02-28"),
    tiers: tiers([(2300, "22.2"), (1900, "18.1"), (1720, "17"), (1620, "16.1")]), tierOf: tiers2021)

  // MARK: - 粤府函〔2025〕23号
  static let notice2025 = Notice(
    instrument: Instrument(
      "广东省人民政府关于调整我省最低工资标准的通知", en: "Guangdong notice adjusting minimum wages (2025)",
      issuer: "广东省人民政府", number: "粤府函〔2025〕23号", effective: CivilDate("2025-03-01"),
      sources: [
        "http://www.gd.gov.cn/zwgk/wjk/qbwj/yfh/content/post_4668031.html",
        "https://shebao100.cn/pedia/pl_74397.html", "http://www.maoming.gov.cn/zwgk/zcjd/jd/content/post_1453254.html",
      ]),
    through: nil,
    tiers: tiers([(2500, "23.7"), (2080, "19.8"), (1850, "18.3"), (1750, "17.4")]), tierOf: tiers2021)

  static let notices = [notice2013, notice2015, notice2018, notice2021, notice2025]

  // MARK: - 珠海市 (city figures above its tier)
  // The dossier saw these notices' dates and figures, not their official titles: the titles describe them.
  /// Zhuhai's municipal notice of 2013-02-08, citing 粤府函〔2013〕27号: 1380 / 13.2, above tier 2.
  static let zhuhai2013 = Instrument(
    "珠海市调整最低工资标准的通知（2013年）", en: "Zhuhai notice on the minimum wage (2013)", issuer: "珠海市人民政府",
    effective: CivilDate("2013-05-01"),
    sources: ["http://www.ft22.com/zuidi/4712.html", "https://lawyer.fabao365.com/447791/consult_425172"])
  /// Zhuhai's municipal notice of 2015-02-17: 1650 / 15.8, above tier 2.
  static let zhuhai2015 = Instrument(
    "珠海市调整最低工资标准的通知（2015年）", en: "Zhuhai notice on the minimum wage (2015)", issuer: "珠海市人民政府",
    effective: CivilDate("2015-05-01"),
    sources: ["http://szftgk.com/XiangGuanZhengCe/655466.html", "http://m.5728338.com/GongZiGaiGeFangAn/586191.html"])

  static let zhuhaiOwn: [String: Dated<MinimumWage>] = [
    "2013": Dated(
      CivilDate("2013-05-01"), through: CivilDate("2015-04-30"),
      MinimumWage(monthly: Money(yuan: 1380), hourly: try! Money(parsing: "13.2")),
      cites: zhuhai2013.whole(), checked: LastChecked.dossier),
    "2015": Dated(
      CivilDate("2015-05-01"), through: CivilDate("2018-06-30"),
      MinimumWage(monthly: Money(yuan: 1650), hourly: try! Money(parsing: "15.8")),
      cites: zhuhai2015.whole(), checked: LastChecked.dossier),
  ]

  /// The schedule of one city other than Shenzhen: each notice's tier figure, or the city's own.
  static func schedule(for city: String) -> Schedule<MinimumWage> {
    let region = Region.named(city)
    let entries = notices.map { notice -> Dated<MinimumWage> in
      let year = String(notice.instrument.effective.year)
      if city == "珠海", let own = zhuhaiOwn[year] { return own }
      let tier = notice.tierOf[city]!
      let caveat =
        city == "珠海" && year == "2018"
        ? Localized(
          "珠海市2018年是否在二类标准1720元之上另定更高标准未查到；此处按二类标准（下限）计",
          en: "Zhuhai's own 2018 figure was not found; the tier-2 figure of 1720 (a floor) is used")
        : nil
      return Dated(
        notice.instrument.effective, through: notice.through, notice.tiers[tier - 1],
        cites: notice.instrument.item(1, "第\(tier)类地区：\(region.fullName)"), checked: LastChecked.dossier,
        unverified: caveat)
    }
    return Schedule("minimum-wage.\(region.code)", entries)
  }

  static var pack: RulePack {
    RulePack(
      id: "guangdong.minimum-wage", title: Localized("广东省最低工资标准调整通知", en: "Guangdong minimum-wage notices"),
      file: "rules/guangdong/GuangdongMinimumWageNotices.swift",
      instruments: notices.map(\.instrument) + [zhuhai2013, zhuhai2015],
      coverage: Localized(
        "除深圳外20个地级市，2013-05-01起；珠海2018-07-01至2021-11-30按二类标准并提示未核实",
        en:
          "the 20 cities other than Shenzhen from 2013-05-01; Zhuhai 2018-07-01 … 2021-11-30 at the tier-2 figure, "
          + "flagged unverified"
      ),
      lastChecked: LastChecked.dossier,
      schedules: Region.all.filter { $0.name != "深圳" }.map { ScheduleSummary(schedule(for: $0.name)) })
  }
}
