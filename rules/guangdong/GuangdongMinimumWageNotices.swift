// 广东省人民政府关于调整我省（企业职工）最低工资标准的通知 — Guangdong's minimum-wage notices, 2010–2025
// Issuer: 广东省人民政府. Each notice from 2011 sets four tiers (一类 to 四类) and assigns the prefecture-level
// cities to them; cities may set a higher figure (Zhuhai did in 2013 and 2015); Shenzhen sets its own
// (rules/shenzhen/ShenzhenMinimumWage.swift). Facts and sources: shared/law/wages-stoppage-sickpay.md §1.1–1.4;
// the 2010 and 2011 notices were read in the sources each instrument lists (checked 2026-11-23).
// - 粤府函〔2010〕44号 (2010-05-01): five tiers, and "个别市辖县以及县级市…可以执行低一类标准", so a city's
//   figure could differ by county; Guangzhou's districts did differ. The city-level figure is UNCERTAIN for
//   every city but Zhaoqing, whose own notice applies tier 4 city-wide (one source).
// - 粤府函〔2011〕15号 (2011-03-01): four tiers, one figure per city ("取消了个别市辖县和县级市标准").
// - Earlier notices (2008 and before) had county-level figures too and are not encoded.
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

  /// City → tier, 2011-03-01 to 2013-04-30: Guangzhou in tier 1; Zhuhai, Foshan, Dongguan, Zhongshan in tier 2;
  /// Shantou, Huizhou, Jiangmen in tier 3; the other twelve cities, Zhaoqing among them, in tier 4.
  static let tiers2011: [String: Int] = [
    "广州": 1, "珠海": 2, "佛山": 2, "东莞": 2, "中山": 2, "汕头": 3, "惠州": 3, "江门": 3, "肇庆": 4,
    "湛江": 4, "韶关": 4, "河源": 4, "梅州": 4, "汕尾": 4, "阳江": 4, "茂名": 4, "清远": 4, "潮州": 4, "揭阳": 4, "云浮": 4,
  ]
  /// City → tier, 2013-05-01 to 2021-11-30: Zhaoqing moves up to tier 3 (Zhanjiang stays in tier 4).
  static let tiers2013 = tiers2011.merging(["肇庆": 3]) { $1 }
  /// City → tier from 2021-12-01: Zhanjiang moves up to tier 3.
  static let tiers2021 = tiers2013.merging(["湛江": 3]) { $1 }

  // MARK: - 粤府函〔2010〕44号 (2010-05-01 … 2011-02-28; not encoded as tiers)
  /// The 2010 notice, dated 2010-03-11, in force 2010-05-01 (two sources): five tiers from 1030 / 9.9 (Guangzhou)
  /// down to 660; tier 2 920 / 8.8 (Zhuhai, Foshan, Dongguan, Zhongshan) and tier 3 810 / 7.9 (Shantou, Huizhou,
  /// Jiangmen) in one source, tier 4 710 in two, tier 5's cities and the hourly figures of tiers 4–5 not seen.
  /// Individual counties and county-level cities far behind their city proper could apply the next lower tier,
  /// so no city-level figure follows from it.
  static let notice2010 = Instrument(
    "关于调整我省企业职工最低工资标准的通知", en: "Guangdong notice adjusting enterprise minimum wages (2010)",
    issuer: "广东省人民政府", number: "粤府函〔2010〕44号", effective: CivilDate("2010-05-01"), until: CivilDate("2011-02-28"),
    sources: [
      "http://www.chengenghua.com/2852.html",
      "http://www.finfacts.ie/irishfinancenews/article_1019281.shtml",
      "https://www.china-briefing.com/news/notice-on-adjusting-the-minimum-wage-in-guangdong-province/",
    ])
  /// Zhaoqing's notice of 2010-04-01: the city applies tier 4 of 粤府函〔2010〕44号, 710 a month and 6.9 an hour
  /// part-time, from 2010-05-01, with no county exception. Seen in one repost only.
  static let zhaoqing2010 = Instrument(
    "肇庆市人民政府关于调整我市企业职工最低工资标准的通知", en: "Zhaoqing notice on the enterprise minimum wage (2010)",
    issuer: "肇庆市人民政府", number: "肇府函〔2010〕78号", effective: CivilDate("2010-05-01"), until: CivilDate("2011-02-28"),
    sources: ["http://www.bzaobjz.cn/c/2010-09-26/42518.shtml"])

  /// What the packs hold for 2010-05-01 … 2011-02-28: Zhaoqing's figure, or the reason a city's is unknown.
  static func before2011(_ region: Region) -> Dated<MinimumWage> {
    let (from, through) = (CivilDate("2010-05-01"), CivilDate("2011-02-28"))
    switch region.name {
    case "肇庆":
      return Dated(
        from, through: through, MinimumWage(monthly: Money(yuan: 710), hourly: try! Money(parsing: "6.9")),
        cites: zhaoqing2010.item(1, "执行粤府函〔2010〕44号四类标准"), checked: LastChecked.minimumWageHistory,
        unverified: Localized(
          "肇庆市2010年全市执行四类标准（710元/月，非全日制6.9元/小时）只见于肇府函〔2010〕78号的一份转载",
          en: "Zhaoqing's city-wide tier 4 in 2010 (710 a month, 6.9 an hour part-time) rests on one repost of "
            + "肇府函〔2010〕78号"))
    case "广州":
      return Dated(
        unknownFrom: from, through: through,
        reason: Localized(
          "粤府函〔2010〕44号定广州为一类（1030元/月），但广州市各区标准不同（一来源称中心城区1100元、花都、番禺、南沙、从化、"
            + "增城960元），另一来源称全市1030元；广州市2010-05-01至2011-02-28的市级标准不确定",
          en: "粤府函〔2010〕44号 put Guangzhou in tier 1 (1030 a month), but Guangzhou's districts had different "
            + "figures (one source: 1100 downtown, 960 in Huadu, Panyu, Nansha, Conghua and Zengcheng) and another "
            + "source gives 1030 city-wide; the city-level figure for 2010-05-01 … 2011-02-28 is uncertain"),
        checked: LastChecked.minimumWageHistory)
    default:
      return Dated(
        unknownFrom: from, through: through,
        reason: Localized(
          "粤府函〔2010〕44号允许个别市辖县和县级市执行低一类标准，所见来源未载明\(region.fullName)是否全市执行同一标准；"
            + "2010-05-01至2011-02-28的市级标准不确定",
          en: "粤府函〔2010〕44号 let individual counties and county-level cities apply the next lower tier, and no "
            + "source seen says whether \(region.pinyin) applied one figure city-wide; the city-level figure for "
            + "2010-05-01 … 2011-02-28 is uncertain"),
        checked: LastChecked.minimumWageHistory)
    }
  }

  // MARK: - 粤府函〔2011〕15号
  /// Issued 2011-01-18: tier 1 1300 / 12.5, tier 2 1100 / 10.5, tier 3 950 / 9.3, tier 4 850 / 8.3, one figure
  /// per city; cities may go higher after filing with the provincial HRSS department.
  static let notice2011 = Notice(
    instrument: Instrument(
      "广东省人民政府关于调整我省企业职工最低工资标准的通知", en: "Guangdong notice adjusting enterprise minimum wages (2011)",
      issuer: "广东省人民政府", number: "粤府函〔2011〕15号", effective: CivilDate("2011-03-01"), until: CivilDate("2013-04-30"),
      sources: [
        "https://www.sbyjz.com/9945.html", "https://85l.net/l/347418080.html",
        "http://usa.chinadaily.com.cn/china/2013-02/06/content_16209214.htm",
      ]),
    through: CivilDate("2013-04-30"),
    tiers: tiers([(1300, "12.5"), (1100, "10.5"), (950, "9.3"), (850, "8.3")]), tierOf: tiers2011)

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

  static let notices = [notice2011, notice2013, notice2015, notice2018, notice2021, notice2025]

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

  /// Years in which Zhuhai's own figure, if it set one above tier 2, was not found: the tier-2 floor is used.
  static let zhuhaiUnknown: [String: Localized] = [
    "2011": Localized(
      "珠海市2011年是否在二类标准1100元之上另定更高标准未查到；此处按二类标准（下限）计",
      en: "Zhuhai's own 2011 figure was not found; the tier-2 figure of 1100 (a floor) is used"),
    "2018": Localized(
      "珠海市2018年是否在二类标准1720元之上另定更高标准未查到；此处按二类标准（下限）计",
      en: "Zhuhai's own 2018 figure was not found; the tier-2 figure of 1720 (a floor) is used"),
  ]

  /// The schedule of one city other than Shenzhen: 2010-05-01 … 2011-02-28 (Zhaoqing's figure or an unknown
  /// window), then each notice's tier figure, or the city's own.
  static func schedule(for city: String) -> Schedule<MinimumWage> {
    let region = Region.named(city)
    let entries = notices.map { notice -> Dated<MinimumWage> in
      let year = String(notice.instrument.effective.year)
      if city == "珠海", let own = zhuhaiOwn[year] { return own }
      let tier = notice.tierOf[city]!
      // The 2025 figures were checked again on 2026-12-07 (no later notice found: addendum-2026-12-07.md §1).
      let effective = notice.instrument.effective
      let checked =
        effective < CivilDate("2013-01-01")
        ? LastChecked.minimumWageHistory
        : effective >= CivilDate("2025-03-01") ? LastChecked.december2026 : LastChecked.dossier
      return Dated(
        notice.instrument.effective, through: notice.through, notice.tiers[tier - 1],
        cites: notice.instrument.item(1, "第\(tier)类地区：\(region.fullName)"), checked: checked,
        unverified: city == "珠海" ? zhuhaiUnknown[year] : nil)
    }
    return Schedule("minimum-wage.\(region.code)", [before2011(region)] + entries)
  }

  static var pack: RulePack {
    RulePack(
      id: "guangdong.minimum-wage", title: Localized("广东省最低工资标准调整通知", en: "Guangdong minimum-wage notices"),
      file: "rules/guangdong/GuangdongMinimumWageNotices.swift",
      instruments: [notice2010, zhaoqing2010] + notices.map(\.instrument) + [zhuhai2013, zhuhai2015],
      coverage: Localized(
        "除深圳外20个地级市，2011-03-01起；肇庆2010-05-01起（2010年标准只有一个来源，提示未核实）；其余19市"
          + "2010-05-01至2011-02-28不覆盖（粤府函〔2010〕44号许可县级执行低一类标准，广州各区标准不同）；"
          + "珠海2011-03-01至2013-04-30、2018-07-01至2021-11-30按二类标准并提示未核实",
        en:
          "the 20 cities other than Shenzhen from 2011-03-01; Zhaoqing from 2010-05-01 (its 2010 figure rests on "
          + "one source, flagged unverified); 2010-05-01 … 2011-02-28 not covered for the other 19 (粤府函〔2010〕44号 "
          + "let counties apply a lower tier; Guangzhou's districts differed); Zhuhai 2011-03-01 … 2013-04-30 and "
          + "2018-07-01 … 2021-11-30 at the tier-2 figure, flagged unverified"
      ),
      lastChecked: LastChecked.dossier,
      schedules: Region.all.filter { $0.name != "深圳" }.map { ScheduleSummary(schedule(for: $0.name)) })
  }
}
