//! The typed form of a date mention's ISO 8601 value ([`crate::DateMention::resolved`]):
//! its precision and the first and last moments it covers, with open ends for
//! 2020年以来 (`2020/..`) and 2024年3月以前 (`../2024-03`).

use serde::{Deserialize, Serialize};

use crate::calendar::{DateTime, days_in_month};

/// The finest field a value gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DatePrecision {
    /// `2024` (2024年, 去年).
    Year,
    /// `2024-09` (9月, 上个月).
    Month,
    /// `2024-09-27` (27日, 昨天).
    Day,
    /// `2024-09-27T20` (not written by the extractor, which always gives minutes).
    Hour,
    /// `2024-09-27T20:00` (晚上8点).
    Minute,
    /// `2024-09-27T20:00:05`.
    Second,
}

/// A date value as typed fields. `start` is the first moment the value covers and
/// `end` the last, both inclusive and at the precision of the endpoint they come from:
/// `2024-09` is 2024-09-01 to 2024-09-30, `2017-08/2017-11` is 2017-08-01 to 2017-11-30,
/// `2024-09-27T20:00` starts and ends at 20:00. An open end (`2024-01-01/..`) is `None`
/// with `open_end` set.
///
/// ```
/// use xinwen::{DatePrecision, DateValue};
/// let v = DateValue::parse("2017-08/2017-11").unwrap();
/// assert_eq!(v.precision, DatePrecision::Month);
/// assert_eq!(v.start.unwrap().to_string(), "2017-08-01");
/// assert_eq!(v.end.unwrap().to_string(), "2017-11-30");
/// let since = DateValue::parse("2024-01-01/..").unwrap();
/// assert!(since.open_end && since.end.is_none());
/// assert_eq!(DateValue::parse("XXXX-09-27"), None); // the year is unknown
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DateValue {
    /// The precision of the first written endpoint (of the end, when the start is open).
    pub precision: DatePrecision,
    /// The first moment covered; `None` when the start is open.
    pub start: Option<DateTime>,
    /// The last moment covered; `None` when the end is open.
    pub end: Option<DateTime>,
    /// Whether the value has no start (`../2024-03`: 2024年3月以前).
    pub open_start: bool,
    /// Whether the value has no end (`2020/..`: 2020年以来).
    pub open_end: bool,
}

impl DateValue {
    /// Reads a value as [`crate::DateMention::value`] writes it: `YYYY`, `YYYY-MM`,
    /// `YYYY-MM-DD`, with `THH`, `THH:MM` or `THH:MM:SS`, or two of these as
    /// `START/END`, either of them `..` (open). `None` for anything else, among them a
    /// value whose year is unknown (`XXXX-09`) and a time of day alone (`T14:30`).
    pub fn parse(value: &str) -> Option<Self> {
        let (first, last) = value.split_once('/').unwrap_or((value, value));
        let read = |text: &str| -> Option<Option<(DatePrecision, DateTime, DateTime)>> {
            if text == ".." {
                Some(None)
            } else {
                read_endpoint(text).map(Some)
            }
        };
        let start = read(first)?.map(|(p, s, _)| (p, s));
        let end = read(last)?.map(|(p, _, e)| (p, e));
        let precision = start.or(end)?.0;
        Some(DateValue {
            precision,
            start: start.map(|s| s.1),
            end: end.map(|e| e.1),
            open_start: start.is_none(),
            open_end: end.is_none(),
        })
    }
}

/// One written end of a value as fields, coarsest first (2024-09: year 2024, month
/// 9): what [`DateValue::parse`] reads from the text, or what the date extractor
/// resolved ([`DateValue::from_endpoints`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Endpoint {
    pub year: i32,
    pub month: Option<u32>,
    pub day: Option<u32>,
    pub hour: Option<u32>,
    pub minute: Option<u32>,
    pub second: Option<u32>,
}

impl DateValue {
    /// The value from `start` to `end` (`None`: that end is open), each at its own
    /// precision, as [`DateValue::parse`] reads `START/END`. `None` when an end is no
    /// date of the calendar or both ends are open.
    pub(crate) fn from_endpoints(start: Option<Endpoint>, end: Option<Endpoint>) -> Option<Self> {
        let start = match start {
            Some(e) => Some(span(e)?),
            None => None,
        };
        let end = match end {
            Some(e) => Some(span(e)?),
            None => None,
        };
        let precision = start.or(end)?.0;
        Some(DateValue {
            precision,
            start: start.map(|s| s.1),
            end: end.map(|e| e.2),
            open_start: start.is_none(),
            open_end: end.is_none(),
        })
    }
}

/// One endpoint: its precision, its first and its last moment.
fn read_endpoint(text: &str) -> Option<(DatePrecision, DateTime, DateTime)> {
    span(fields(text)?)
}

/// The fields of an endpoint as written: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, with
/// `THH`, `THH:MM` or `THH:MM:SS` after a day.
fn fields(text: &str) -> Option<Endpoint> {
    let (date, time) = match text.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (text, None),
    };
    let number = |s: &str, len: usize| -> Option<u32> {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok())?
    };
    let mut parts = date.split('-');
    let mut e = Endpoint {
        year: i32::try_from(number(parts.next()?, 4)?).ok()?,
        ..Endpoint::default()
    };
    e.month = match parts.next() {
        Some(m) => Some(number(m, 2)?),
        None => None,
    };
    e.day = match parts.next() {
        Some(d) => Some(number(d, 2)?),
        None => None,
    };
    if parts.next().is_some() || (time.is_some() && e.day.is_none()) {
        return None;
    }
    let Some(time) = time else {
        return Some(e);
    };
    let mut fields = time.split(':');
    e.hour = Some(number(fields.next()?, 2)?);
    for slot in [&mut e.minute, &mut e.second] {
        let Some(f) = fields.next() else { break };
        *slot = Some(number(f, 2)?);
    }
    if fields.next().is_some() {
        return None;
    }
    Some(e)
}

/// An endpoint's precision, its first and its last moment; `None` when it is no
/// date or time of the calendar (2024-02-30, 24:00), or gives a finer field without
/// the coarser ones.
fn span(e: Endpoint) -> Option<(DatePrecision, DateTime, DateTime)> {
    let year = e.year;
    let Some(month) = e.month else {
        if e.day.is_some() || e.hour.is_some() {
            return None;
        }
        return Some((
            DatePrecision::Year,
            DateTime::date(year, 1, 1)?,
            DateTime::date(year, 12, 31)?,
        ));
    };
    let Some(day) = e.day else {
        if e.hour.is_some() {
            return None;
        }
        let first = DateTime::date(year, month, 1)?;
        let last = DateTime::date(year, month, days_in_month(year, month))?;
        return Some((DatePrecision::Month, first, last));
    };
    let mut at = DateTime::date(year, month, day)?;
    let Some(hour) = e.hour else {
        if e.minute.is_some() || e.second.is_some() {
            return None;
        }
        return Some((DatePrecision::Day, at, at));
    };
    at.hour = Some(hour).filter(|h| *h < 24);
    at.hour?;
    let mut precision = DatePrecision::Hour;
    if let Some(minute) = e.minute {
        at.minute = Some(minute).filter(|m| *m < 60);
        at.minute?;
        precision = DatePrecision::Minute;
        if let Some(second) = e.second {
            at.second = Some(second).filter(|s| *s < 60);
            at.second?;
            precision = DatePrecision::Second;
        }
    } else if e.second.is_some() {
        return None;
    }
    Some((precision, at, at))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_as_the_extractor_writes_them() {
        use DatePrecision::*;
        // (value, precision, start, end); "" is an open end.
        let table = [
            ("2024", Year, "2024-01-01", "2024-12-31"),
            ("2024-09", Month, "2024-09-01", "2024-09-30"),
            ("2024-02", Month, "2024-02-01", "2024-02-29"),
            ("2024-09-27", Day, "2024-09-27", "2024-09-27"),
            (
                "2024-09-27T20",
                Hour,
                "2024-09-27T20:00",
                "2024-09-27T20:00",
            ),
            (
                "2024-09-27T20:00",
                Minute,
                "2024-09-27T20:00",
                "2024-09-27T20:00",
            ),
            (
                "2024-09-27T20:00:05",
                Second,
                "2024-09-27T20:00:05",
                "2024-09-27T20:00:05",
            ),
            ("2017-08/2017-11", Month, "2017-08-01", "2017-11-30"),
            ("2021/2024", Year, "2021-01-01", "2024-12-31"),
            ("2024-07-01/2024-09-30", Day, "2024-07-01", "2024-09-30"),
            ("2024-01-01/..", Day, "2024-01-01", ""),
            ("../2024-03", Month, "", "2024-03-31"),
        ];
        for (value, precision, start, end) in table {
            let v = DateValue::parse(value).unwrap_or_else(|| panic!("{value}"));
            let show = |d: Option<DateTime>| d.map(|d| d.to_string()).unwrap_or_default();
            assert_eq!(
                (v.precision, show(v.start), show(v.end)),
                (precision, start.into(), end.into()),
                "{value}"
            );
            assert_eq!(
                (v.open_start, v.open_end),
                (start.is_empty(), end.is_empty()),
                "{value}"
            );
        }
    }

    #[test]
    fn what_is_not_a_known_date_gives_none() {
        for value in [
            "",
            "..",
            "../..",
            "XXXX",
            "XXXX-09-27",
            "T14:30",
            "2024-13",
            "2024-02-30",
            "2024-09-27T24:00",
            "24",
            "2024-9",
            "2024/",
            "2024-09-27T20:00:00:00",
            "二〇二四",
        ] {
            assert_eq!(DateValue::parse(value), None, "{value}");
        }
    }
}
