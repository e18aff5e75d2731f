//! Civil (proleptic Gregorian) dates and date-times, with the arithmetic date
//! resolution needs. No time zones: news dates are local.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::Error;

/// A calendar date with an optional time of day, e.g. a reference date for
/// resolving 去年 or 9月27日, or an article's publication date-time.
///
/// ```
/// let d: xinwen::DateTime = "2024-09-28 12:37:09".parse()?;
/// assert_eq!((d.year, d.month, d.day, d.hour), (2024, 9, 28, Some(12)));
/// assert_eq!(d.to_string(), "2024-09-28T12:37:09");
/// # Ok::<(), xinwen::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct DateTime {
    /// Year, e.g. 2024.
    pub year: i32,
    /// Month, 1–12.
    pub month: u32,
    /// Day of the month, 1–31.
    pub day: u32,
    /// Hour, 0–23, when known.
    pub hour: Option<u32>,
    /// Minute, 0–59, when known.
    pub minute: Option<u32>,
    /// Second, 0–59, when known.
    pub second: Option<u32>,
}

impl DateTime {
    /// A date without a time of day; `None` if it does not exist (2023-02-29).
    pub fn date(year: i32, month: u32, day: u32) -> Option<Self> {
        (is_valid_date(year, month, day)).then_some(DateTime {
            year,
            month,
            day,
            hour: None,
            minute: None,
            second: None,
        })
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days_since_epoch(&self) -> i64 {
        days_from_civil(self.year, self.month, self.day)
    }

    /// Day of the week, 1 = Monday … 7 = Sunday.
    pub fn weekday(&self) -> u32 {
        // 1970-01-01 was a Thursday.
        (self.days_since_epoch() + 3).rem_euclid(7) as u32 + 1
    }
}

impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)?;
        if let Some(h) = self.hour {
            write!(f, "T{h:02}:{:02}", self.minute.unwrap_or(0))?;
            if let Some(s) = self.second {
                write!(f, ":{s:02}")?;
            }
        }
        Ok(())
    }
}

impl FromStr for DateTime {
    type Err = Error;

    /// Accepts `YYYY-MM-DD`, optionally followed by `T` or a space and `HH:MM[:SS]`
    /// (anything after the seconds, such as a fraction or a zone, is ignored).
    fn from_str(s: &str) -> Result<Self, Error> {
        let bad = || Error::InvalidDate(s.to_string());
        let s = s.trim();
        let (date, time) = match s.find(['T', ' ']) {
            Some(i) => (s.get(..i).ok_or_else(bad)?, s.get(i + 1..)),
            None => (s, None),
        };
        let mut parts = date.split('-');
        let mut field = |max: u32| -> Result<u32, Error> {
            let v: u32 = parts.next().ok_or_else(bad)?.parse().map_err(|_| bad())?;
            if v > max { Err(bad()) } else { Ok(v) }
        };
        let year = field(9999)? as i32;
        let month = field(12)?;
        let day = field(31)?;
        let mut out = DateTime::date(year, month, day).ok_or_else(bad)?;
        if let Some(time) = time.filter(|t| !t.is_empty()) {
            let digits = |r: std::ops::Range<usize>, max: u32| -> Result<u32, Error> {
                let v: u32 = time.get(r).ok_or_else(bad)?.parse().map_err(|_| bad())?;
                if v > max { Err(bad()) } else { Ok(v) }
            };
            out.hour = Some(digits(0..2, 23)?);
            out.minute = Some(digits(3..5, 59)?);
            if time.len() >= 8 {
                out.second = Some(digits(6..8, 59)?);
            }
        }
        Ok(out)
    }
}

/// Whether the year is a leap year in the proleptic Gregorian calendar.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in the month (0 for an invalid month).
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Whether year-month-day exists.
pub fn is_valid_date(year: i32, month: u32, day: u32) -> bool {
    (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)
}

/// Days since 1970-01-01 of a civil date (H. Hinnant's algorithm).
pub fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day count since 1970-01-01.
pub fn civil_from_days(days: i64) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_dates_and_date_times() {
        let d: DateTime = "2024-09-28".parse().unwrap();
        assert_eq!(d.to_string(), "2024-09-28");
        let d: DateTime = "2024-09-28T12:37:09".parse().unwrap();
        assert_eq!(d.to_string(), "2024-09-28T12:37:09");
        let d: DateTime = "2024-09-28 08:05".parse().unwrap();
        assert_eq!(d.to_string(), "2024-09-28T08:05");
    }

    #[test]
    fn rejects_impossible_dates() {
        for bad in [
            "2023-02-29",
            "2024-13-01",
            "2024-09",
            "",
            "2024-09-28T25:00",
            "２０２４-01-01",
        ] {
            assert!(bad.parse::<DateTime>().is_err(), "{bad}");
        }
    }

    #[test]
    fn day_counts_round_trip_and_weekdays_are_right() {
        for days in [-800_000, -1, 0, 1, 19_994, 2_000_000] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        // 2024-09-28 was a Saturday.
        assert_eq!(DateTime::date(2024, 9, 28).unwrap().weekday(), 6);
    }
}
