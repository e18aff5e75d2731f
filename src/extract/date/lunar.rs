//! The Chinese lunisolar calendar (农历), computed rather than tabulated.
//!
//! Method (the rules of the calendar in use since 1645, as in GB/T 33661-2017):
//! - New moons: J. Meeus, *Astronomical Algorithms* (2nd ed.), ch. 49 — the mean
//!   lunation plus the 25 periodic terms (error well under a minute for 1900–2100;
//!   the small planetary terms are left out, they add at most half a minute).
//! - Principal solar terms (中气, the Sun's apparent longitude at a multiple of 30°):
//!   Meeus ch. 25, the low-accuracy solar position (about 0.01°, i.e. a quarter of
//!   an hour), solved by Newton steps.
//! - Terrestrial to universal time by the Espenak–Meeus polynomials for ΔT; then
//!   China Standard Time (UTC+8) gives the civil day of each event.
//! - A month begins on the day of its new moon. The month containing the winter
//!   solstice (冬至) is the 11th. When 13 months begin between the 11th month of one
//!   year and the next, the first of them (after the 11th) that contains no principal
//!   term is a leap month and repeats the number of the month before it.
//!
//! Events within a quarter of an hour of midnight may fall on the wrong day; the
//! years covered are 1901–2099.

use std::f64::consts::PI;

use crate::calendar::days_from_civil;

/// Years of the lunar calendar that can be converted.
const FIRST_YEAR: i32 = 1901;
const LAST_YEAR: i32 = 2099;

/// Julian day of 1970-01-01 00:00 UT.
const UNIX_EPOCH_JD: f64 = 2_440_587.5;
/// Mean length of a lunation in days.
const SYNODIC_MONTH: f64 = 29.530_588_861;

/// One month of a lunar year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct LunarMonth {
    /// 1 (正月) … 12 (腊月).
    pub number: u32,
    /// A leap month (闰月), repeating the number of the month before it.
    pub leap: bool,
    /// Its first day, in days since 1970-01-01.
    pub first_day: i64,
    /// 29 or 30.
    pub length: i64,
}

fn sin_deg(x: f64) -> f64 {
    (x * PI / 180.0).sin()
}

/// ΔT = TT − UT in seconds (Espenak & Meeus polynomials, 1900–2150).
fn delta_t_seconds(year: f64) -> f64 {
    if year < 1920.0 {
        let t = year - 1900.0;
        -2.79 + 1.494_119 * t - 0.059_893_9 * t * t + 0.006_196_6 * t.powi(3)
            - 0.000_197 * t.powi(4)
    } else if year < 1941.0 {
        let t = year - 1920.0;
        21.20 + 0.844_93 * t - 0.076_100 * t * t + 0.002_093_6 * t.powi(3)
    } else if year < 1961.0 {
        let t = year - 1950.0;
        29.07 + 0.407 * t - t * t / 233.0 + t.powi(3) / 2547.0
    } else if year < 1986.0 {
        let t = year - 1975.0;
        45.45 + 1.067 * t - t * t / 260.0 - t.powi(3) / 718.0
    } else if year < 2005.0 {
        let t = year - 2000.0;
        63.86 + 0.3345 * t - 0.060_374 * t * t
            + 0.001_727_5 * t.powi(3)
            + 0.000_651_814 * t.powi(4)
            + 0.000_023_735_99 * t.powi(5)
    } else if year < 2050.0 {
        let t = year - 2000.0;
        62.92 + 0.322_17 * t + 0.005_589 * t * t
    } else {
        let u = (year - 1820.0) / 100.0;
        -20.0 + 32.0 * u * u - 0.5628 * (2150.0 - year)
    }
}

/// The civil day (days since 1970-01-01) in China Standard Time of a moment given
/// as a Julian Ephemeris Day.
fn china_day(jde: f64) -> i64 {
    let year = 2000.0 + (jde - 2_451_545.0) / 365.25;
    let jd_ut = jde - delta_t_seconds(year) / 86_400.0;
    (jd_ut + 8.0 / 24.0 - UNIX_EPOCH_JD).floor() as i64
}

/// The moment (JDE) of new moon number `k` (k = 0: 2000-01-06).
fn new_moon(k: f64) -> f64 {
    let t = k / 1236.85;
    let (t2, t3, t4) = (t * t, t * t * t, t * t * t * t);
    let mean = 2_451_550.097_66 + SYNODIC_MONTH * k + 0.000_154_37 * t2 - 0.000_000_150 * t3
        + 0.000_000_000_73 * t4;
    let e = 1.0 - 0.002_516 * t - 0.000_007_4 * t2;
    let m = 2.5534 + 29.105_356_70 * k - 0.000_001_4 * t2 - 0.000_000_11 * t3;
    let mp =
        201.5643 + 385.816_935_28 * k + 0.010_758_2 * t2 + 0.000_012_38 * t3 - 0.000_000_058 * t4;
    let f =
        160.7108 + 390.670_502_84 * k - 0.001_611_8 * t2 - 0.000_002_27 * t3 + 0.000_000_011 * t4;
    let om = 124.7746 - 1.563_755_88 * k + 0.002_067_2 * t2 + 0.000_002_15 * t3;
    let terms = [
        (-0.40720, 1.0, mp),
        (0.17241, e, m),
        (0.01608, 1.0, 2.0 * mp),
        (0.01039, 1.0, 2.0 * f),
        (0.00739, e, mp - m),
        (-0.00514, e, mp + m),
        (0.00208, e * e, 2.0 * m),
        (-0.00111, 1.0, mp - 2.0 * f),
        (-0.00057, 1.0, mp + 2.0 * f),
        (0.00056, e, 2.0 * mp + m),
        (-0.00042, 1.0, 3.0 * mp),
        (0.00042, e, m + 2.0 * f),
        (0.00038, e, m - 2.0 * f),
        (-0.00024, e, 2.0 * mp - m),
        (-0.00017, 1.0, om),
        (-0.00007, 1.0, mp + 2.0 * m),
        (0.00004, 1.0, 2.0 * mp - 2.0 * f),
        (0.00004, 1.0, 3.0 * m),
        (0.00003, 1.0, mp + m - 2.0 * f),
        (0.00003, 1.0, 2.0 * mp + 2.0 * f),
        (-0.00003, 1.0, mp + m + 2.0 * f),
        (0.00003, 1.0, mp - m + 2.0 * f),
        (-0.00002, 1.0, mp - m - 2.0 * f),
        (-0.00002, 1.0, 3.0 * mp + m),
        (0.00002, 1.0, 4.0 * mp),
    ];
    mean + terms
        .iter()
        .map(|(c, factor, arg)| c * factor * sin_deg(*arg))
        .sum::<f64>()
}

/// The Sun's apparent longitude in degrees at a JDE (Meeus ch. 25, low accuracy).
fn solar_longitude(jde: f64) -> f64 {
    let t = (jde - 2_451_545.0) / 36_525.0;
    let l0 = 280.466_46 + 36_000.769_83 * t + 0.000_303_2 * t * t;
    let m = 357.529_11 + 35_999.050_29 * t - 0.000_153_7 * t * t;
    let c = (1.914_602 - 0.004_817 * t - 0.000_014 * t * t) * sin_deg(m)
        + (0.019_993 - 0.000_101 * t) * sin_deg(2.0 * m)
        + 0.000_289 * sin_deg(3.0 * m);
    let omega = 125.04 - 1934.136 * t;
    (l0 + c - 0.005_69 - 0.004_78 * sin_deg(omega)).rem_euclid(360.0)
}

/// The moment (JDE) near `guess` when the Sun's apparent longitude is `target`°.
fn solar_term_moment(target: f64, guess: f64) -> f64 {
    let mut jde = guess;
    for _ in 0..20 {
        let diff = (target - solar_longitude(jde) + 180.0).rem_euclid(360.0) - 180.0;
        // The Sun moves about 360° in 365.24 days.
        jde += diff * 365.2422 / 360.0;
        if diff.abs() < 1e-6 {
            break;
        }
    }
    jde
}

/// The civil day of the winter solstice of Gregorian `year`.
fn winter_solstice_jde(year: i32) -> f64 {
    let guess = (days_from_civil(year, 12, 21) as f64) + UNIX_EPOCH_JD;
    solar_term_moment(270.0, guess)
}

/// The first day of the lunar month that contains civil day `day`.
fn month_start_on_or_before(day: i64) -> (f64, i64) {
    let jd = day as f64 + UNIX_EPOCH_JD;
    let mut k = ((jd - 2_451_550.1) / SYNODIC_MONTH).floor();
    // The estimate is within a month; step until new moon k is on or before `day`
    // and new moon k + 1 after it.
    for _ in 0..4 {
        if china_day(new_moon(k)) > day {
            k -= 1.0;
        } else if china_day(new_moon(k + 1.0)) <= day {
            k += 1.0;
        } else {
            break;
        }
    }
    (k, china_day(new_moon(k)))
}

/// The months from the 11th month before the winter solstice of `year - 1` up to
/// (not including) the 11th month of `year`, numbered and with the leap month marked.
fn months_between_solstices(year: i32) -> Vec<LunarMonth> {
    let solstice_before = winter_solstice_jde(year - 1);
    let solstice_after = winter_solstice_jde(year);
    let (k_start, _) = month_start_on_or_before(china_day(solstice_before));
    let (k_end, _) = month_start_on_or_before(china_day(solstice_after));
    let count = (k_end - k_start).round() as i64;
    let starts: Vec<i64> = (0..=count)
        .map(|i| china_day(new_moon(k_start + i as f64)))
        .collect();
    // Principal terms from this winter solstice to the next: every 30°.
    let principal_days: Vec<i64> = (0..=12)
        .map(|i| {
            let target = (270.0 + 30.0 * f64::from(i)).rem_euclid(360.0);
            china_day(solar_term_moment(
                target,
                solstice_before + 30.44 * f64::from(i),
            ))
        })
        .collect();
    let mut leap_pending = count == 13;
    let mut number = 10;
    let mut out = Vec::new();
    for (i, pair) in starts.windows(2).enumerate() {
        let [first, next] = pair else { continue };
        let has_principal = principal_days.iter().any(|d| first <= d && d < next);
        let leap = leap_pending && i > 0 && !has_principal;
        if leap {
            leap_pending = false;
        } else {
            number = number % 12 + 1;
        }
        out.push(LunarMonth {
            number,
            leap,
            first_day: *first,
            length: next - first,
        });
    }
    out
}

/// The months of lunar year `year` (the one whose 正月 begins early in Gregorian
/// `year`), in order, with leap months; empty outside 1901–2099.
pub(super) fn lunar_year(year: i32) -> Vec<LunarMonth> {
    if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
        return Vec::new();
    }
    let mut months = months_between_solstices(year);
    months.extend(months_between_solstices(year + 1));
    let Some(first) = months.iter().position(|m| m.number == 1 && !m.leap) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (i, m) in months.iter().enumerate().skip(first) {
        if i > first && m.number == 1 && !m.leap {
            break;
        }
        out.push(*m);
    }
    out
}

/// The month `number` (a leap month if `leap`) of lunar year `year`.
pub(super) fn lunar_month(year: i32, number: u32, leap: bool) -> Option<LunarMonth> {
    lunar_year(year)
        .into_iter()
        .find(|m| m.number == number && m.leap == leap)
}

/// The lunar year that contains civil day `day` (days since 1970-01-01).
pub(super) fn lunar_year_of(day: i64, gregorian_year: i32) -> Option<i32> {
    let this = lunar_year(gregorian_year);
    let new_year = this.first()?.first_day;
    Some(if day < new_year {
        gregorian_year - 1
    } else {
        gregorian_year
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::civil_from_days;

    fn date(day: i64) -> String {
        let (y, m, d) = civil_from_days(day);
        format!("{y:04}-{m:02}-{d:02}")
    }

    #[test]
    fn spring_festivals_are_right() {
        // General knowledge: the first day of the first lunar month.
        for (year, expected) in [
            (1949, "1949-01-29"),
            (1985, "1985-02-20"),
            (2000, "2000-02-05"),
            (2008, "2008-02-07"),
            (2015, "2015-02-19"),
            (2020, "2020-01-25"),
            (2021, "2021-02-12"),
            (2022, "2022-02-01"),
            (2023, "2023-01-22"),
            (2024, "2024-02-10"),
            (2025, "2025-01-29"),
            (2026, "2026-02-17"),
            (2034, "2034-02-19"),
        ] {
            let first = lunar_year(year).first().map(|m| date(m.first_day));
            assert_eq!(first.as_deref(), Some(expected), "{year}");
        }
    }

    #[test]
    fn leap_months_are_right() {
        // 2020: 闰四月; 2023: 闰二月; 2025: 闰六月; 2033: 闰十一月 (the "2033 problem").
        for (year, number) in [(2020, 4), (2023, 2), (2025, 6), (2033, 11)] {
            let leaps: Vec<u32> = lunar_year(year)
                .iter()
                .filter(|m| m.leap)
                .map(|m| m.number)
                .collect();
            assert_eq!(leaps, vec![number], "{year}");
        }
        assert!(lunar_year(2022).iter().all(|m| !m.leap));
        assert_eq!(lunar_year(2022).len(), 12);
        assert_eq!(lunar_year(2023).len(), 13);
    }

    #[test]
    fn mid_autumn_and_new_years_eve() {
        // 中秋节 2024 was on 2024-09-17; 除夕 before 2024's Spring Festival on 2024-02-09.
        let eighth = lunar_month(2024, 8, false).map(|m| date(m.first_day + 14));
        assert_eq!(eighth.as_deref(), Some("2024-09-17"));
        let last = lunar_year(2023)
            .last()
            .map(|m| date(m.first_day + m.length - 1));
        assert_eq!(last.as_deref(), Some("2024-02-09"));
        assert!(lunar_year(1800).is_empty());
        assert_eq!(lunar_year_of(days_from_civil(2024, 2, 9), 2024), Some(2023));
    }
}
