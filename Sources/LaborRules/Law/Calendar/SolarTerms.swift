import Foundation

/// The days of the solar terms (节气) in Beijing time: the day on which the Sun's apparent geocentric longitude
/// reaches a multiple of 15°. The holiday regulations name one, 清明 (15°, about 4 or 5 April).
///
/// The Sun's position is Meeus's (Astronomical Algorithms, 2nd ed., ch. 25 and 32, appendix III): the Earth's
/// heliocentric longitude from the VSOP87 series truncated as in that appendix, converted to FK5, with
/// nutation in longitude (ch. 22, four terms) and aberration; an error of about one arc-second, under half a
/// minute of time. ΔT (TT − UT) is Espenak and Meeus's polynomials. Tested against an independent ephemeris
/// (寿星天文历, PyPI sxtwl) for every 清明 of 1950–2100.
///
/// The astronomy is in `Double`, as an ephemeris must be: it yields a date, never an amount, and every date it
/// gives for 1950–2100 is tested against the independent ephemeris. Money and rates stay exact elsewhere.
///
/// ```swift
/// SolarTerms.qingming(2027)   // 2027-04-05
/// ```
public enum SolarTerms {
  /// The day of 清明 (the Sun at 15°) in `year`, Beijing time.
  public static func qingming(_ year: Int) -> CivilDate? { day(longitude: 15, year: year, month: 4) }

  /// The day in Beijing time on which the Sun reaches `longitude` degrees, searched from the 1st of `month`
  /// (the term must fall in that month).
  static func day(longitude: Double, year: Int, month: Int) -> CivilDate? {
    guard let first = CivilDate(year: year, month: month, day: 1) else { return nil }
    // The term falls on the last day at whose Beijing midnight the Sun has not yet reached the longitude.
    var previous: CivilDate? = nil
    for offset in 0...first.daysInMonth {
      let day = first.adding(days: offset)
      if reached(longitude, atBeijingMidnightOf: day) { return previous }
      previous = day
    }
    return nil
  }

  /// Whether the Sun's apparent longitude has passed `longitude` (within ±90°) at 00:00 UTC+8 of `day`.
  static func reached(_ longitude: Double, atBeijingMidnightOf day: CivilDate) -> Bool {
    // Julian day of 00:00 UT of `day` is dayNumber + 2,440,587.5; Beijing midnight is 8 hours earlier.
    let ut = Double(day.dayNumber) + 2_440_587.5 - 8.0 / 24.0
    let tt = ut + deltaT(year: Double(day.year) + (Double(day.month) - 0.5) / 12) / 86_400
    var difference = apparentLongitude(julianEphemerisDay: tt) - longitude
    difference -= 360 * (difference / 360).rounded()
    return difference >= 0
  }

  /// The Sun's apparent geocentric longitude in degrees, 0 ≤ λ < 360, at a Julian Ephemeris Day.
  static func apparentLongitude(julianEphemerisDay jde: Double) -> Double {
    let tau = (jde - 2_451_545) / 365_250
    let t = tau * 10
    var heliocentric = 0.0
    for (power, series) in earthLongitude.enumerated() {
      let sum = series.reduce(0.0) { $0 + $1.0 * cos($1.1 + $1.2 * tau) }
      heliocentric += sum * pow(tau, Double(power))
    }
    var lambda = degrees(heliocentric / 1e8) + 180
    // To the FK5 system (Meeus 32.3 with the latitude taken as zero): ΔL = −0.09033″.
    lambda += -0.090_33 / 3_600
    // Nutation in longitude (Meeus ch. 22, accuracy 0.5″).
    let omega = radians(125.044_52 - 1_934.136_261 * t)
    let sunMean = radians(280.466_5 + 36_000.769_8 * t)
    let moonMean = radians(218.316_5 + 481_267.881_3 * t)
    let nutation = -17.20 * sin(omega) - 1.32 * sin(2 * sunMean) - 0.23 * sin(2 * moonMean) + 0.21 * sin(2 * omega)
    // Aberration: −20.4898″ ÷ R, R from the Sun's mean anomaly (Meeus 25.5).
    let anomaly = radians(357.529_11 + 35_999.050_29 * t)
    let distance = 1.000_140 - 0.016_708 * cos(anomaly) - 0.000_139 * cos(2 * anomaly)
    lambda += (nutation - 20.489_8 / distance) / 3_600
    lambda = lambda.truncatingRemainder(dividingBy: 360)
    return lambda < 0 ? lambda + 360 : lambda
  }

  /// TT − UT in seconds (Espenak and Meeus, NASA's Five Millennium Canon of Solar Eclipses, 2006).
  static func deltaT(year y: Double) -> Double {
    switch y {
    case ..<1900:
      let t = y - 1860
      return 7.62 + 0.5737 * t - 0.251_754 * t * t + 0.016_806_68 * pow(t, 3) - 0.000_447_362_4 * pow(t, 4)
        + pow(t, 5) / 233_174
    case ..<1920:
      let t = y - 1900
      return -2.79 + 1.494_119 * t - 0.059_893_9 * t * t + 0.006_196_6 * pow(t, 3) - 0.000_197 * pow(t, 4)
    case ..<1941:
      let t = y - 1920
      return 21.20 + 0.844_93 * t - 0.076_100 * t * t + 0.002_093_6 * pow(t, 3)
    case ..<1961:
      let t = y - 1950
      return 29.07 + 0.407 * t - t * t / 233 + pow(t, 3) / 2_547
    case ..<1986:
      let t = y - 1975
      return 45.45 + 1.067 * t - t * t / 260 - pow(t, 3) / 718
    case ..<2005:
      let t = y - 2000
      return 63.86 + 0.3345 * t - 0.060_374 * t * t + 0.001_727_5 * pow(t, 3) + 0.000_651_814 * pow(t, 4)
        + 0.000_023_735_99 * pow(t, 5)
    case ..<2050:
      let t = y - 2000
      return 62.92 + 0.322_17 * t + 0.005_589 * t * t
    case ..<2150:
      return -20 + 32 * pow((y - 1820) / 100, 2) - 0.5628 * (2150 - y)
    default:
      return -20 + 32 * pow((y - 1820) / 100, 2)
    }
  }

  private static func radians(_ degrees: Double) -> Double { degrees * .pi / 180 }
  private static func degrees(_ radians: Double) -> Double {
    let turns = radians / (2 * .pi)
    return (turns - turns.rounded(.down)) * 360
  }
}
