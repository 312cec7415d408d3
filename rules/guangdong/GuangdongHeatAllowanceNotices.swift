// 广东省高温津贴 — the Guangdong high-temperature allowance: who is owed it, when, how it may be prorated, and
// its standard in dated steps. Four instruments, the first two setting the rules, the last two the figures:
// - 《广东省高温天气劳动保护办法》 (广东省人民政府令第166号), passed 2011-12-01, in force 2012-03-01: the season,
//   the posts, drinks supplied are no substitute for the allowance.
// - 《关于高温津贴发放的管理办法》 (粤人社发〔2012〕117号): pay monthly from June to October to workers on open-air
//   posts or in workplaces that cannot be brought below 33°C; the permitted proration; temporary duties;
//   part-time work. The dossier gives its year, not its day; 2012-06-01, the day the 2012 standard took
//   effect, stands for it here and bounds coverage only.
// - 《关于公布我省高温津贴标准的通知》 (粤人社发〔2012〕118号), six departments, issued 2012-05-24, in force
//   2012-06-01: 150 元 a month, 6.9 元 a day; it replaced a 2007 notice that the dossier did not retrieve.
// - 《关于调整我省高温津贴标准的通知》 of 广东省人社厅、卫健委、应急管理厅、省税务局、省总工会, May 2021, in force
//   2021-06-01: 300 元 a month, 13.8 元 a day, and 118号 repealed. Its number, 粤人社规〔2021〕9号, rests on one
//   source (shared/law/addendum-2026-11-23.md §1): the notice is cited by its issuers and date, the number as
//   reported.
// Shenzhen sets no standard of its own and follows the provincial table (shared/law/addendum-2026-11.md C,
// CONFIRMED by two publishers; keep the tag SZ_HEAT_FOLLOWS_PROVINCE until a Shenzhen HRSS text is seen).
// Facts and sources: shared/law/overtime-holidays-heat-epidemic-severance.md Topic 3, rows 3.5–3.17.
import LaborRules

enum GuangdongHeatAllowance {
  static let order2011 = Instrument(
    "广东省高温天气劳动保护办法", en: "Guangdong Measures on Labour Protection in High-Temperature Weather",
    issuer: "广东省人民政府", number: "广东省人民政府令第166号", effective: CivilDate("2012-03-01"),
    sources: [
      "http://m.jxyuer.com/baike/techan/895679.html", "http://09115.cn/jilin/zhuanti/137873.html",
      "http://uianet.net/c/20240123/48628.html",
    ])
  static let measures2012 = Instrument(
    "关于高温津贴发放的管理办法", en: "Guangdong Measures on Paying the High-Temperature Allowance",
    issuer: "广东省人力资源和社会保障厅等", number: "粤人社发〔2012〕117号", effective: CivilDate("2012-06-01"),
    sources: [
      "http://m.kidbbs.com/baike/techan/1001885.html",
      "http://yzzsnet.com/shenghuo/66b0285b77b04c261258e4d4449fdf81.html",
      "http://09115.cn/jilin/zhuanti/137873.html", "http://www.lvbaolu.net/shebao/zhengce/646337.html",
    ])
  static let notice2012 = Instrument(
    "关于公布我省高温津贴标准的通知", en: "Guangdong notice on the high-temperature allowance standard (2012)",
    issuer: "广东省人力资源和社会保障厅、广东省卫生厅、广东省安全生产监督管理局、广东省国家税务局、广东省地方税务局、广东省总工会",
    number: "粤人社发〔2012〕118号", effective: CivilDate("2012-06-01"), until: CivilDate("2021-05-31"),
    sources: [
      "https://law.esnai.com/print/117203", "http://wutongshu.com/ask/question/3755.html",
      "http://zhi.xue138.com/q/1296.html",
    ])
  /// Issued in May 2021 by five departments; its number is reported by one source only, so the citation names
  /// the issuers and the month and gives the number as reported.
  static let notice2021 = Instrument(
    "关于调整我省高温津贴标准的通知",
    en: "Notice of five Guangdong departments adjusting the high-temperature allowance standard (May 2021)",
    issuer: "广东省人力资源和社会保障厅、广东省卫生健康委员会、广东省应急管理厅、国家税务总局广东省税务局、广东省总工会",
    number: "广东省人社厅等五部门2021年5月发布，文号据报道为粤人社规〔2021〕9号", effective: CivilDate("2021-06-01"),
    sources: [
      "http://jlsrkfljjh.com/kpsrlzyhshbzj/sbxx/zcfg/content/post_2332938.html (mirror of a Guangdong government page)",
      "https://freewechat.com/a/MzA5NTE3NzExNg==/2700402644/1 (广东人社)",
      "http://m.jxyuer.com/baike/techan/895679.html (the document number, single source)",
    ])

  // MARK: - 广东省高温天气劳动保护办法 / 粤人社发〔2012〕117号：发放期间与对象
  /// 每年6月至10月期间，用人单位安排劳动者从事露天岗位工作以及不能采取有效措施将作业场所温度降低到33℃以下
  /// （不含33℃）的，应当按月向劳动者发放高温津贴，并在工资清单中列明具体项目及数额 (row 3.7). Guangdong ties the
  /// allowance to the post, not to a 35°C day (Topic 3.2 note 1).
  static let season = measures2012.whole("每年6月至10月，露天岗位工作或作业场所温度不能降至33℃以下（不含33℃）的，按月发放高温津贴")
  static let seasonOrder = order2011.whole("高温天气期间的劳动保护；高温津贴按月发放，列入工资清单")

  // MARK: - 粤人社发〔2012〕117号：可以折算的情形
  /// 从事高温作业的劳动者因下列情形之一未能正常出勤的，用人单位可按劳动者当月实际出勤且从事高温作业的天数
  /// 折算高温津贴：（一）因事假、旷工未提供劳动的；（二）在医疗期、因工伤需要暂停工作接受工伤医疗期间、年休假、
  /// 探亲假、婚假、丧假、产假、看护假、计划生育假等未提供劳动的；（三）劳动者其他个人原因未出勤从事高温作业的情形
  /// (row 3.11). "可" permits the employer to pay less; it never raises the allowance above the month.
  static let proration = measures2012.whole("因事假、旷工、医疗期、工伤医疗、各类假期或其他个人原因未出勤的，可按当月实际出勤且从事高温作业的天数折算")

  // MARK: - 粤人社发〔2012〕117号：临时从事非高温作业、临时从事高温作业
  /// 高温作业劳动者当月临时从事非高温作业不超过4个工作日的，应当足额发放；5个工作日以上的，可按从事高温作业的
  /// 天数折算 (row 3.12; the 4/5-day threshold is SINGLE-SOURCE). 用人单位当月临时安排劳动者从事高温作业的，应当
  /// 按其当月从事高温作业的天数以及规定的标准折算发放日高温津贴.
  static let nonHeatWork = measures2012.whole("当月临时从事非高温作业不超过4个工作日的足额发放；5个工作日以上的可按从事高温作业天数折算（单一来源）")
  static let temporaryHeatWork = measures2012.whole("当月临时安排从事高温作业的，按当月从事高温作业天数折算发放日高温津贴")

  // MARK: - 粤人社发〔2012〕117号：非全日制用工
  /// 用人单位安排非全日制劳动者从事高温作业的，按从事高温作业的天数折算发放日高温津贴 (row 3.13, SINGLE-SOURCE).
  /// Workers on flexible or comprehensive hours are owed the full monthly allowance, as full-time workers are.
  static let partTime = measures2012.whole("非全日制劳动者按从事高温作业的天数折算发放日高温津贴（单一来源）")

  // MARK: - 广东省高温天气劳动保护办法 / 粤人社发〔2012〕117号：不得以饮料充抵
  /// 用人单位提供的清凉饮料、其他饮料或药品不能充抵高温津贴 (row 3.14; 办法 art. 14 by one source, so the order is
  /// cited as a whole).
  static let noInKind = order2011.whole("清凉饮料、其他饮料或药品不能充抵高温津贴（条号据单一来源为第十四条）")
  static let noInKindMeasures = measures2012.whole("用人单位提供的清凉饮料不能充抵高温津贴")

  // MARK: - 粤人社发〔2012〕118号
  /// 我省高温津贴标准为每人每月150元；如按照规定需按天数折算高温津贴的，每人每天6.9元。本通知自2012年6月1日起
  /// 施行 (row 3.8).
  static let standard2012 = notice2012.whole("每人每月150元；需按天数折算的每人每天6.9元；自2012年6月1日起施行")

  // MARK: - 关于调整我省高温津贴标准的通知（2021年5月）
  /// 高温津贴标准调整为每人每月300元；如按照规定需按天数折算高温津贴的，每人每天13.8元；每年6月至10月发放；
  /// 自2021年6月1日起施行，粤人社发〔2012〕118号同时废止 (row 3.10; addendum-2026-11-23.md §1).
  static let standard2021 = notice2021.whole(
    "广东省人社厅、卫健委、应急管理厅、省税务局、省总工会2021年5月发布：每人每月300元；需按天数折算的每人每天13.8元；"
      + "自2021年6月1日起施行，粤人社发〔2012〕118号同时废止；文号据单一来源报道为粤人社规〔2021〕9号")

  /// The provincial standard: 150 / 6.9 from 2012-06-01, 300 / 13.8 from 2021-06-01. The 13.8 and 6.9 are the
  /// published daily figures, used as published (300 ÷ 21.75 would give 13.79…; Topic 3.2 note 2).
  static let schedule = Schedule<HeatAllowanceStandard>(
    "high-temperature-allowance.guangdong",
    [
      Dated(
        CivilDate("2012-06-01"), through: CivilDate("2021-05-31"),
        HeatAllowanceStandard(monthly: Money(yuan: 150), daily: Money(fen: 690)), cites: standard2012,
        checked: LastChecked.dossier),
      Dated(
        CivilDate("2021-06-01"), through: nil,
        HeatAllowanceStandard(monthly: Money(yuan: 300), daily: Money(fen: 1380)), cites: standard2021,
        checked: LastChecked.december2026),
    ])

  // MARK: - 深圳市：执行全省标准
  /// No Shenzhen standard was found; two publishers say Shenzhen pays the provincial figures (shared/law/
  /// addendum-2026-11.md C): the same table, each value citing the provincial notice and saying so.
  static let shenzhenSources =
    "https://sz.citys114.com/news/202164/3435.htm（2021-06-04）；https://sz.citys114.com/banshi/2023522/17602.htm"
    + "（2023-05-22）；https://m.nkbk.net/changshi/PoByaMeBNE.html（2021年前的150元、6.9元）"
  static let shenzhenSchedule = Schedule<HeatAllowanceStandard>(
    "high-temperature-allowance.440300",
    schedule.entries.compactMap { entry -> Dated<HeatAllowanceStandard>? in
      guard case .known(let value, let citation) = entry.content else { return nil }
      let detail = "深圳市未另定高温津贴标准，执行全省标准（\(shenzhenSources)）；" + (citation.detail ?? "")
      return Dated(
        entry.from, through: entry.through, value,
        cites: citation.instrument.whole(detail),
        checked: entry.checked)
    })

  static var pack: RulePack {
    RulePack(
      id: "guangdong.high-temperature",
      title: Localized("广东省高温津贴", en: "Guangdong high-temperature allowance"),
      file: "rules/guangdong/GuangdongHeatAllowanceNotices.swift",
      instruments: [order2011, measures2012, notice2012, notice2021],
      coverage: Localized(
        "全省21个地级市（深圳执行全省标准），2012-06-01起每年6月至10月；按出勤天数折算须用工作日历（2020年起；未收录放假安排通知的年份见 unarranged-year）",
        en: "all 21 cities (Shenzhen on the provincial table), June to October from 2012-06-01; proration by days "
          + "worked needs the working-time calendar (from 2020; a year whose notice is not held: unarranged-year)"),
      lastChecked: LastChecked.dossier,
      schedules: [ScheduleSummary(schedule), ScheduleSummary(shenzhenSchedule)])
  }
}
