//! Named days and seasons: public holidays on fixed dates (元旦, 国庆节) or on a
//! weekday of a month (母亲节), the 24 solar terms (立春, 冬至) and the seasons they
//! bound (春季 = 立春 … the day before 立夏), and lunar-calendar days (春节, 中秋,
//! 腊月初八), which are found but left without a value: converting them needs a
//! table of lunar months that the crate does not carry.

use super::moment::{Moment, Value};
use super::numeral::{Cursor, number};

/// Holidays on a fixed day of the Gregorian year.
const FIXED: &[(&str, u32, u32)] = &[
    ("元旦节", 1, 1),
    ("元旦", 1, 1),
    ("情人节", 2, 14),
    ("妇女节", 3, 8),
    ("三八节", 3, 8),
    ("植树节", 3, 12),
    ("消费者权益日", 3, 15),
    ("愚人节", 4, 1),
    ("劳动节", 5, 1),
    ("五一劳动节", 5, 1),
    ("五四青年节", 5, 4),
    ("青年节", 5, 4),
    ("儿童节", 6, 1),
    ("六一儿童节", 6, 1),
    ("建党节", 7, 1),
    ("建军节", 8, 1),
    ("教师节", 9, 10),
    ("国庆节", 10, 1),
    ("国庆日", 10, 1),
    ("国庆", 10, 1),
    ("平安夜", 12, 24),
    ("圣诞节", 12, 25),
    ("圣诞", 12, 25),
];

/// Holidays on the n-th weekday of a month: (name, month, n, weekday 1 = Monday).
const NTH_WEEKDAY: &[(&str, u32, u32, u32)] = &[
    ("母亲节", 5, 2, 7),
    ("父亲节", 6, 3, 7),
    ("感恩节", 11, 4, 4),
];

/// Days of the lunar calendar: found, but not converted.
const LUNAR: &[&str] = &[
    "春节",
    "除夕",
    "大年三十",
    "大年初一",
    "元宵节",
    "元宵",
    "龙抬头",
    "端午节",
    "端午",
    "七夕节",
    "七夕",
    "中元节",
    "中秋节",
    "中秋",
    "重阳节",
    "重阳",
    "腊八节",
    "腊八",
];

/// The 24 solar terms in calendar order from 小寒, with the constant of the
/// "寿星" formula for the 21st century (day = ⌊Y·0.2422 + C⌋ − ⌊L/4⌋).
const SOLAR_TERMS: &[(&str, f64)] = &[
    ("小寒", 5.4055),
    ("大寒", 20.12),
    ("立春", 3.87),
    ("雨水", 18.73),
    ("惊蛰", 5.63),
    ("春分", 20.646),
    ("清明", 4.81),
    ("谷雨", 20.1),
    ("立夏", 5.52),
    ("小满", 21.04),
    ("芒种", 5.678),
    ("夏至", 21.37),
    ("小暑", 7.108),
    ("大暑", 22.83),
    ("立秋", 7.5),
    ("处暑", 23.13),
    ("白露", 7.646),
    ("秋分", 23.042),
    ("寒露", 8.318),
    ("霜降", 23.438),
    ("立冬", 7.438),
    ("小雪", 22.36),
    ("大雪", 7.18),
    ("冬至", 21.94),
];

/// The date of solar term `index` (0 = 小寒) in `year`; 2001–2099 only.
fn solar_term(year: i32, index: usize) -> Option<Moment> {
    if !(2001..=2099).contains(&year) {
        return None;
    }
    let (_, c) = SOLAR_TERMS.get(index)?;
    let y = f64::from(year % 100);
    // January and February terms count the leap days of the year before.
    let leap_base = if index < 4 { y - 1.0 } else { y };
    let day = (y * 0.2422 + c).floor() - (leap_base / 4.0).floor();
    let month = u32::try_from(index / 2 + 1).ok()?;
    Some(Moment::day(Some(year), month, day as u32)).filter(|m| m.is_valid())
}

/// What a named day gave.
pub(super) enum Named {
    /// A day (or span) with its value, `None` when it cannot be computed.
    Day(Option<Value>),
    /// A lunar-calendar day: found, value unknown.
    Lunar,
}

/// A holiday, solar term, season or lunar day at the cursor, in `year` (the year
/// given before it, else the reference year). `after_year`: a year came just before,
/// which lets the one-char seasons (2021年春) through.
pub(super) fn named_day(
    cur: &mut Cursor<'_>,
    year: Option<i32>,
    after_year: bool,
) -> Option<Named> {
    let mut probe = *cur;
    if probe.eat_any(LUNAR).is_some() {
        *cur = probe;
        return Some(Named::Lunar);
    }
    if lunar_date(&mut probe).is_some() {
        *cur = probe;
        return Some(Named::Lunar);
    }
    let names: Vec<&str> = FIXED.iter().map(|(n, _, _)| *n).collect();
    if let Some(i) = probe.eat_any(&names) {
        let (_, month, day) = *FIXED.get(i)?;
        probe.eat("节");
        *cur = probe;
        return Some(Named::Day(Some(Value::Point(Moment::day(
            year, month, day,
        )))));
    }
    let names: Vec<&str> = NTH_WEEKDAY.iter().map(|(n, _, _, _)| *n).collect();
    if let Some(i) = probe.eat_any(&names) {
        let (_, month, nth, weekday) = *NTH_WEEKDAY.get(i)?;
        *cur = probe;
        let value = year.and_then(|y| {
            let first = Moment::day(Some(y), month, 1);
            let delta = (i64::from(weekday) - i64::from(first.weekday()?)).rem_euclid(7);
            Some(Value::Point(
                first.shift_days(delta + 7 * (i64::from(nth) - 1))?,
            ))
        });
        return Some(Named::Day(value));
    }
    let names: Vec<&str> = SOLAR_TERMS.iter().map(|(n, _)| *n).collect();
    if let Some(i) = probe.eat_any(&names) {
        // 大雪纷飞, 政治清明: these terms are also plain words; alone they need 节/节气.
        let plain_word = matches!(i, 3 | 4 | 6 | 7 | 9 | 12 | 13 | 16 | 19 | 21 | 22);
        let marked = probe.eat_any(&["节气", "节", "日"]).is_some();
        if plain_word && !marked && !after_year {
            return None;
        }
        *cur = probe;
        // 小寒 and 大寒 close the solar year that starts with 立春: 2017年大寒 is in January 2018.
        let term_year = year.map(|y| if i < 2 { y + 1 } else { y });
        return Some(Named::Day(
            term_year.and_then(|y| solar_term(y, i)).map(Value::Point),
        ));
    }
    season(cur, year, after_year).map(Named::Day)
}

/// A season: 春季, 夏天, 2021年春, 今冬. Seasons run from one 立 term to the day
/// before the next.
fn season(cur: &mut Cursor<'_>, year: Option<i32>, after_year: bool) -> Option<Option<Value>> {
    let mut probe = *cur;
    let this_year = probe.eat("今");
    let index = probe
        .eat_char(|c| "春夏秋冬".contains(c))
        .map(|c| "春夏秋冬".chars().position(|x| x == c).unwrap_or(0))?;
    let long = probe.eat_any(&["季", "天"]).is_some();
    if !(long || after_year || this_year) {
        return None;
    }
    // 春节, 夏令营, 秋收: another word.
    if !long
        && probe
            .peek()
            .is_some_and(|c| "节令收耕运装粮播种雨风日".contains(c))
    {
        return None;
    }
    *cur = probe;
    let value = year.and_then(|y| {
        // 立春 (2), 立夏 (8), 立秋 (14), 立冬 (20); winter ends before the next 立春.
        let Some(start) = solar_term(y, 2 + index * 6) else {
            // Outside the years the solar-term formula covers: the year at least.
            return Some(Value::Point(Moment::year(y)));
        };
        let next = if index == 3 {
            solar_term(y + 1, 2)?
        } else {
            solar_term(y, 2 + (index + 1) * 6)?
        };
        Some(Value::Span(start, next.shift_days(-1)?))
    });
    Some(value)
}

/// A lunar month and day: 正月初八, 腊月十八, 八月十五, 农历三月.
fn lunar_date(cur: &mut Cursor<'_>) -> Option<()> {
    let mut probe = *cur;
    let mut marked = probe.eat_any(&["农历", "阴历"]).is_some();
    marked |= probe.eat("闰");
    let named_month = probe.eat_any(&["正月", "腊月", "冬月"]).is_some();
    if !named_month {
        if !marked {
            return None;
        }
        let n = number(&mut probe, 2)?;
        if !(1..=12).contains(&n.value) || !probe.eat("月") {
            return None;
        }
    }
    if probe.looking_at(&["初"]) {
        probe.eat("初");
        number(&mut probe, 2)?;
    } else {
        let mut day = probe;
        if number(&mut day, 2).is_some_and(|n| (1..=30).contains(&n.value)) {
            day.eat_any(&["日", "号"]);
            probe = day;
        }
    }
    *cur = probe;
    Some(())
}
