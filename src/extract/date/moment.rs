//! The values date expressions resolve to: a [`Moment`] at some precision (year …
//! second) or a span of two moments, and the ISO 8601 text they are written as.

use crate::calendar::{DateTime, civil_from_days, days_from_civil, days_in_month};
use crate::date_value::{DateValue, Endpoint};

/// A point in time known down to some field. The year is `None` when the text
/// gives none and there is no reference date (written `XXXX`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) struct Moment {
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
    pub hour: Option<u32>,
    pub minute: Option<u32>,
    pub second: Option<u32>,
}

/// What an expression denotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Value {
    /// One moment, at the precision the text gives.
    Point(Moment),
    /// From one moment to another (both included), written `START/END`.
    Span(Moment, Moment),
    /// Up to a moment, with no stated start (三年以前, 1949年以前): `../END`, the open
    /// interval of ISO 8601-2.
    Until(Moment),
    /// From a moment on, with no stated end (两年以后, 2030年之后): `START/..`.
    From(Moment),
}

impl Value {
    pub fn first(&self) -> Moment {
        match *self {
            Value::Point(m) | Value::Span(m, _) | Value::Until(m) | Value::From(m) => m,
        }
    }

    pub fn last(&self) -> Moment {
        match *self {
            Value::Point(m) | Value::Span(_, m) | Value::Until(m) | Value::From(m) => m,
        }
    }

    /// The typed form of the value, built from its moments: what
    /// [`DateValue::parse`] reads from [`Value::render`]'s text, without the text.
    /// `None` where that text names no known date (a year unknown, a time alone).
    pub fn typed(&self) -> Option<DateValue> {
        let (start, end) = match *self {
            Value::Point(m) => (Some(m), Some(m)),
            Value::Span(a, b) => (Some(a), Some(b)),
            Value::Until(m) => (None, Some(m)),
            Value::From(m) => (Some(m), None),
        };
        let end_point = |m: Option<Moment>| match m {
            Some(m) => m.endpoint().map(Some),
            None => Some(None),
        };
        DateValue::from_endpoints(end_point(start)?, end_point(end)?)
    }

    /// The ISO 8601 text.
    pub fn render(&self) -> Option<String> {
        let mut out = String::with_capacity(24);
        match self {
            Value::Point(m) => m.render_into(&mut out)?,
            Value::Span(a, b) if a == b => a.render_into(&mut out)?,
            // Each end at the precision the text gives it (去年3月至今 →
            // 2023-03/2024-09-28).
            Value::Span(a, b) => {
                a.render_into(&mut out)?;
                out.push('/');
                b.render_into(&mut out)?;
            }
            Value::Until(m) => {
                out.push_str("../");
                m.render_into(&mut out)?;
            }
            Value::From(m) => {
                m.render_into(&mut out)?;
                out.push_str("/..");
            }
        }
        Some(out)
    }
}

/// Append `n` zero-padded to `width` digits, as `format!("{n:0width$}")` writes it
/// (every date value writes a few: no formatter for them).
fn push_padded(out: &mut String, n: u32, width: usize) {
    let mut digits = [0u8; 10];
    let mut len = 0;
    let mut rest = n;
    while let Some(slot) = digits.get_mut(len) {
        *slot = b'0' + (rest % 10) as u8;
        len += 1;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    for _ in len..width {
        out.push('0');
    }
    for d in digits.get(..len).unwrap_or_default().iter().rev() {
        out.push(char::from(*d));
    }
}

impl Moment {
    pub fn year(year: i32) -> Self {
        Moment {
            year: Some(year),
            ..Moment::default()
        }
    }

    pub fn month(year: Option<i32>, month: u32) -> Self {
        Moment {
            year,
            month: Some(month),
            ..Moment::default()
        }
    }

    pub fn day(year: Option<i32>, month: u32, day: u32) -> Self {
        Moment {
            year,
            month: Some(month),
            day: Some(day),
            ..Moment::default()
        }
    }

    /// The reference date as a moment (with its time, when it has one; a time of
    /// exactly 00:00:00 is taken to be a date given without a time).
    pub fn from_reference(r: &DateTime) -> Self {
        let midnight =
            r.hour == Some(0) && r.minute.unwrap_or(0) == 0 && r.second.unwrap_or(0) == 0;
        if midnight {
            return Moment::day(Some(r.year), r.month, r.day);
        }
        Moment {
            year: Some(r.year),
            month: Some(r.month),
            day: Some(r.day),
            hour: r.hour,
            minute: r.minute.or(r.hour.map(|_| 0)),
            second: r.second,
        }
    }

    /// The date part only.
    pub fn date_only(&self) -> Self {
        Moment {
            hour: None,
            minute: None,
            second: None,
            ..*self
        }
    }

    /// Whether the fields make a real date (as far as they are known).
    pub fn is_valid(&self) -> bool {
        let month_ok = self.month.is_none_or(|m| (1..=12).contains(&m));
        let day_ok = match (self.month, self.day) {
            (Some(m), Some(d)) => d >= 1 && d <= days_in_month(self.year.unwrap_or(2000), m),
            (None, Some(_)) => false,
            _ => true,
        };
        let time_ok = self.hour.is_none_or(|h| h <= 24)
            && self.minute.is_none_or(|m| m <= 59)
            && self.second.is_none_or(|s| s <= 59)
            && (self.hour.is_some() || self.minute.is_none());
        month_ok && day_ok && time_ok && self.year.is_none_or(|y| (1..=9999).contains(&y))
    }

    /// The moment as written out: `None` when it is not a valid date; 24时 is the end
    /// of the day, so the next day at 00:00.
    fn normalized(&self) -> Option<Moment> {
        if !self.is_valid() {
            return None;
        }
        let mut m = *self;
        if m.hour == Some(24) {
            m = m.shift_days(1)?;
            m.hour = Some(0);
        }
        Some(m)
    }

    /// ISO 8601 at the moment's precision; `None` when it is not a valid date.
    pub fn render(&self) -> Option<String> {
        let mut out = String::with_capacity(16);
        self.render_into(&mut out)?;
        Some(out)
    }

    /// [`Moment::render`] appended to `out`; `None` (and `out` left as it may be) when
    /// it is not a valid date.
    fn render_into(&self, out: &mut String) -> Option<()> {
        let m = self.normalized()?;
        if m.year.is_none() && m.month.is_none() {
            // A time of day alone (no reference date): ISO 8601's "T14:30".
            let hour = m.hour?;
            out.push('T');
            push_padded(out, hour, 2);
            out.push(':');
            push_padded(out, m.minute.unwrap_or(0), 2);
            return Some(());
        }
        match m.year.map(u32::try_from) {
            Some(Ok(y)) => push_padded(out, y, 4),
            // A year before 1 BC: the formatter's sign.
            Some(Err(_)) => out.push_str(&format!("{:04}", m.year.unwrap_or(0))),
            None => out.push_str("XXXX"),
        }
        let Some(month) = m.month else {
            return Some(());
        };
        out.push('-');
        push_padded(out, month, 2);
        let Some(day) = m.day else { return Some(()) };
        out.push('-');
        push_padded(out, day, 2);
        let Some(hour) = m.hour else { return Some(()) };
        out.push('T');
        push_padded(out, hour, 2);
        out.push(':');
        push_padded(out, m.minute.unwrap_or(0), 2);
        if let Some(second) = m.second {
            out.push(':');
            push_padded(out, second, 2);
        }
        Some(())
    }

    /// The moment as the fields [`Moment::render`] writes: 24时 is the next day's
    /// 00:00 and an hour has its minutes (20:00). `None` for an invalid moment, a
    /// year unknown or a time of day alone.
    fn endpoint(&self) -> Option<Endpoint> {
        let m = self.normalized()?;
        Some(Endpoint {
            year: m.year?,
            month: m.month,
            day: m.day,
            hour: m.hour,
            minute: m.hour.map(|_| m.minute.unwrap_or(0)),
            second: m.hour.and(m.second),
        })
    }

    /// Days since the epoch of the date part (needs year, month and day).
    pub fn days(&self) -> Option<i64> {
        let (y, m, d) = (self.year?, self.month?, self.day?);
        crate::calendar::is_valid_date(y, m, d).then(|| days_from_civil(y, m, d))
    }

    /// The same moment `n` days later (earlier when negative); needs a full date.
    pub fn shift_days(&self, n: i64) -> Option<Self> {
        let days = self.days()?.checked_add(n)?;
        let (year, month, day) = civil_from_days(days);
        Some(Moment {
            year: Some(year),
            month: Some(month),
            day: Some(day),
            ..*self
        })
    }

    /// The same moment `n` months later; the day is clamped to the month's length.
    pub fn shift_months(&self, n: i64) -> Option<Self> {
        let (y, m) = (i64::from(self.year?), i64::from(self.month?));
        let index = y.checked_mul(12)?.checked_add(m - 1)?.checked_add(n)?;
        let year = i32::try_from(index.div_euclid(12)).ok()?;
        let month = u32::try_from(index.rem_euclid(12) + 1).ok()?;
        let day = self.day.map(|d| d.min(days_in_month(year, month)));
        Some(Moment {
            year: Some(year),
            month: Some(month),
            day,
            ..*self
        })
    }

    /// The same moment `n` seconds later; needs a full date and an hour.
    pub fn shift_seconds(&self, n: i64) -> Option<Self> {
        let days = self.days()?;
        let of_day = i64::from(self.hour?) * 3600
            + i64::from(self.minute.unwrap_or(0)) * 60
            + i64::from(self.second.unwrap_or(0));
        let total = days
            .checked_mul(86_400)?
            .checked_add(of_day)?
            .checked_add(n)?;
        let (year, month, day) = civil_from_days(total.div_euclid(86_400));
        let rest = total.rem_euclid(86_400);
        Some(Moment {
            year: Some(year),
            month: Some(month),
            day: Some(day),
            hour: Some(u32::try_from(rest / 3600).ok()?),
            minute: Some(u32::try_from(rest % 3600 / 60).ok()?),
            second: self.second.map(|_| (rest % 60) as u32),
        })
    }

    /// Day of the week, 1 = Monday … 7 = Sunday.
    pub fn weekday(&self) -> Option<u32> {
        Some((self.days()? + 3).rem_euclid(7) as u32 + 1)
    }
}

/// The whole month as a span of days.
pub(super) fn month_days(year: Option<i32>, month: u32, first: u32, last: Option<u32>) -> Value {
    let end = last.unwrap_or_else(|| days_in_month(year.unwrap_or(2001), month));
    Value::Span(
        Moment::day(year, month, first),
        Moment::day(year, month, end),
    )
}

/// Months `first..=last` of a year as a span of days.
pub(super) fn months_span(year: Option<i32>, first: u32, last: u32) -> Value {
    let end = days_in_month(year.unwrap_or(2001), last);
    Value::Span(Moment::day(year, first, 1), Moment::day(year, last, end))
}

/// Years `first..=last` as a span of days.
pub(super) fn years_span(first: i32, last: i32) -> Value {
    Value::Span(
        Moment::day(Some(first), 1, 1),
        Moment::day(Some(last), 12, 31),
    )
}

/// The Monday-to-Sunday week that contains `date`.
pub(super) fn week_of(date: Moment) -> Option<Value> {
    let monday = date
        .date_only()
        .shift_days(1 - i64::from(date.weekday()?))?;
    Some(Value::Span(monday, monday.shift_days(6)?))
}

/// The first Monday on or after the first day of the month (or of the year): weeks
/// of a month or year are counted from there.
pub(super) fn first_monday(year: i32, month: u32) -> Option<Moment> {
    let first = Moment::day(Some(year), month, 1);
    let weekday = first.weekday()?;
    first.shift_days(i64::from((8 - weekday) % 7))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_at_the_given_precision() {
        assert_eq!(Moment::year(2023).render().as_deref(), Some("2023"));
        assert_eq!(Moment::month(None, 9).render().as_deref(), Some("XXXX-09"));
        let m = Moment {
            hour: Some(20),
            ..Moment::day(Some(2024), 9, 27)
        };
        assert_eq!(m.render().as_deref(), Some("2024-09-27T20:00"));
        assert_eq!(Moment::day(Some(2023), 2, 29).render(), None);
        let v = Value::Span(Moment::year(2021), Moment::year(2025));
        assert_eq!(v.render().as_deref(), Some("2021/2025"));
        let early = Value::Until(Moment::day(Some(7), 3, 5));
        assert_eq!(early.render().as_deref(), Some("../0007-03-05"));
    }

    #[test]
    fn typed_values_are_what_their_text_reads_back_to() {
        let day = Moment::day(Some(2024), 9, 27);
        let at = |hour, minute, second| Moment {
            hour: Some(hour),
            minute,
            second,
            ..day
        };
        let values = [
            Value::Point(Moment::year(2023)),
            Value::Point(Moment::month(Some(2024), 2)),
            Value::Point(day),
            Value::Point(at(20, None, None)),
            Value::Point(at(20, Some(5), Some(9))),
            // 24时: the next day at 00:00.
            Value::Point(at(24, None, None)),
            Value::Span(Moment::month(Some(2017), 8), Moment::month(Some(2017), 11)),
            Value::Span(Moment::year(2023), day),
            Value::Span(day, day),
            Value::From(Moment::month(Some(2020), 3)),
            Value::Until(Moment::year(1949)),
            // Unknown year, a time alone, no such day: no typed value.
            Value::Point(Moment::month(None, 9)),
            Value::Point(Moment {
                hour: Some(14),
                ..Moment::default()
            }),
            Value::Point(Moment::day(Some(2023), 2, 29)),
            Value::Span(Moment::year(2021), Moment::month(None, 3)),
        ];
        for v in values {
            let parsed = v.render().and_then(|text| DateValue::parse(&text));
            assert_eq!(v.typed(), parsed, "{v:?}");
        }
        assert!(Value::Point(Moment::year(2023)).typed().is_some());
    }

    #[test]
    fn shifts_days_months_and_seconds() {
        let d = Moment::day(Some(2024), 3, 31);
        assert_eq!(d.shift_months(-1), Some(Moment::day(Some(2024), 2, 29)));
        assert_eq!(d.shift_days(1), Some(Moment::day(Some(2024), 4, 1)));
        let t = Moment {
            hour: Some(23),
            minute: Some(30),
            ..d
        };
        let later = t.shift_seconds(3600).and_then(|m| m.render());
        assert_eq!(later.as_deref(), Some("2024-04-01T00:30"));
        assert_eq!(first_monday(2021, 6), Some(Moment::day(Some(2021), 6, 7)));
    }
}
