//! Named days and seasons: public holidays on fixed dates (元旦, 国庆节) or on a
//! weekday of a month (母亲节), the 24 solar terms (立春, 冬至) and the seasons they
//! bound (春季 = 立春 … the day before 立夏), and lunar-calendar days (春节, 中秋,
//! 腊月初八, 农历三月, 闰四月), converted with the computed calendar of [`super::lunar`].

use super::cursor::{Cursor, WordList, is_number_char, number};
use super::lunar;
use super::moment::{Moment, Value};
use crate::calendar::civil_from_days;
use crate::chars::CharSet;
use crate::word_set::CharBloom;
use std::sync::LazyLock;

/// Holidays on a fixed day of the Gregorian year.
pub(super) const FIXED: &[(&str, u32, u32)] = &[
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
pub(super) const NTH_WEEKDAY: &[(&str, u32, u32, u32)] = &[
    ("母亲节", 5, 2, 7),
    ("父亲节", 6, 3, 7),
    ("感恩节", 11, 4, 4),
];

/// Festivals of the lunar calendar: (name, month, day); day 0 is the month's last
/// day (除夕 is the eve of the new year, the 29th or the 30th).
pub(super) const LUNAR: &[(&str, u32, u32)] = &[
    ("春节", 1, 1),
    ("除夕夜", 12, 0),
    ("除夕", 12, 0),
    ("大年三十", 12, 0),
    ("大年夜", 12, 0),
    ("元宵节", 1, 15),
    ("元宵", 1, 15),
    ("龙抬头", 2, 2),
    ("端午节", 5, 5),
    ("端午", 5, 5),
    ("七夕节", 7, 7),
    ("七夕", 7, 7),
    ("中元节", 7, 15),
    ("中秋节", 8, 15),
    ("中秋", 8, 15),
    ("重阳节", 9, 9),
    ("重阳", 9, 9),
    ("腊八节", 12, 8),
    ("腊八", 12, 8),
];

/// A date of the lunar calendar as the text gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct LunarDate {
    /// 1 … 12; `None`: the lunar month of the reference date (廿三 alone).
    pub month: Option<u32>,
    pub leap: bool,
    /// 1 … 30; `Some(0)`: the month's last day; `None`: the whole month.
    pub day: Option<u32>,
}

/// The 24 solar terms in calendar order from 小寒, with the constant of the
/// "寿星" formula for the 21st century (day = ⌊Y·0.2422 + C⌋ − ⌊L/4⌋).
pub(super) const SOLAR_TERMS: &[(&str, f64)] = &[
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

/// The names of the tables above, in table order (an index into one is an index into
/// the other), listed once rather than at every call.
static FIXED_NAMES: LazyLock<WordList> = LazyLock::new(|| WordList::new(FIXED.iter().map(|t| t.0)));
static NTH_WEEKDAY_NAMES: LazyLock<WordList> =
    LazyLock::new(|| WordList::new(NTH_WEEKDAY.iter().map(|t| t.0)));
static SOLAR_TERM_NAMES: LazyLock<WordList> =
    LazyLock::new(|| WordList::new(SOLAR_TERMS.iter().map(|t| t.0)));
static LUNAR_NAMES: LazyLock<WordList> = LazyLock::new(|| WordList::new(LUNAR.iter().map(|t| t.0)));

/// The chars a named day may start with besides those of a number: the first chars
/// of the tables' names, of the lunar words [`lunar_date`] reads (农历, 阴历, 大年,
/// 闰, 正月, 腊月, 冬月) and of the seasons (今冬, 春季). The reader runs after every
/// year (2024年的 starts none).
static NAMED_FIRSTS: LazyLock<CharBloom> = LazyLock::new(|| {
    let names = FIXED
        .iter()
        .map(|t| t.0)
        .chain(NTH_WEEKDAY.iter().map(|t| t.0))
        .chain(LUNAR.iter().map(|t| t.0))
        .chain(SOLAR_TERMS.iter().map(|t| t.0));
    CharBloom::new(
        names
            .filter_map(|w| w.chars().next())
            .chain("农阴大廿闰正腊冬今春夏秋".chars()),
    )
});

/// What a named day gave.
pub(super) enum Named {
    /// A day (or span) with its value, `None` when it cannot be computed.
    Day(Option<Value>),
    /// A lunar-calendar date, converted by the caller (it needs the lunar year).
    Lunar(LunarDate),
}

/// A named day as read, before the year it falls in is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum NamedExpr {
    /// A lunar-calendar date (春节, 腊月初八).
    Lunar(LunarDate),
    /// A holiday on a fixed day (国庆节): month and day.
    Fixed(u32, u32),
    /// A holiday on the n-th weekday of a month (母亲节): month, n, weekday.
    NthWeekday(u32, u32, u32),
    /// A solar term (冬至): its index in [`SOLAR_TERMS`].
    SolarTerm(usize),
    /// A season (春季, 2021年春): 0 spring … 3 winter.
    Season(usize),
}

/// Read a holiday, solar term, season or lunar day at the cursor, without its year
/// (given before it, else the reference year's). `after_year`: a year came just
/// before, which lets the one-char seasons (2021年春) and the solar terms that are
/// also plain words (2024年大雪) through.
pub(super) fn read_named_day(cur: &mut Cursor<'_>, after_year: bool) -> Option<NamedExpr> {
    let c = cur.peek()?;
    if !(NAMED_FIRSTS.may_start(cur.rest()) || is_number_char(c)) {
        return None;
    }
    let mut probe = *cur;
    if let Some(date) = lunar_date(&mut probe, false) {
        *cur = probe;
        return Some(NamedExpr::Lunar(date));
    }
    if let Some(i) = probe.eat_listed(&FIXED_NAMES) {
        let (_, month, day) = *FIXED.get(i)?;
        probe.eat("节");
        *cur = probe;
        return Some(NamedExpr::Fixed(month, day));
    }
    if let Some(i) = probe.eat_listed(&NTH_WEEKDAY_NAMES) {
        let (_, month, nth, weekday) = *NTH_WEEKDAY.get(i)?;
        *cur = probe;
        return Some(NamedExpr::NthWeekday(month, nth, weekday));
    }
    if let Some(i) = probe.eat_listed(&SOLAR_TERM_NAMES) {
        // 大雪纷飞, 政治清明: these terms are also plain words; alone they need 节/节气.
        let plain_word = matches!(i, 3 | 4 | 6 | 7 | 9 | 12 | 13 | 16 | 19 | 21 | 22);
        let marked = probe.eat_any(&["节气", "节", "日"]).is_some();
        if plain_word && !marked && !after_year {
            return None;
        }
        *cur = probe;
        return Some(NamedExpr::SolarTerm(i));
    }
    read_season(cur, after_year).map(NamedExpr::Season)
}

/// The day (or span) a named day read in `year` gives; a lunar date is left to the
/// caller, which knows the lunar year.
pub(super) fn resolve_named_day(expr: NamedExpr, year: Option<i32>) -> Named {
    match expr {
        NamedExpr::Lunar(date) => Named::Lunar(date),
        NamedExpr::Fixed(month, day) => {
            Named::Day(Some(Value::Point(Moment::day(year, month, day))))
        }
        NamedExpr::NthWeekday(month, nth, weekday) => Named::Day(year.and_then(|y| {
            let first = Moment::day(Some(y), month, 1);
            let delta = (i64::from(weekday) - i64::from(first.weekday()?)).rem_euclid(7);
            Some(Value::Point(
                first.shift_days(delta + 7 * (i64::from(nth) - 1))?,
            ))
        })),
        NamedExpr::SolarTerm(i) => {
            // 小寒 and 大寒 close the solar year that starts with 立春: 2017年大寒 is in January 2018.
            let term_year = year.map(|y| if i < 2 { y + 1 } else { y });
            Named::Day(term_year.and_then(|y| solar_term(y, i)).map(Value::Point))
        }
        NamedExpr::Season(index) => Named::Day(season_value(index, year)),
    }
}

/// A season at the cursor (春季, 夏天, 2021年春, 今冬): 0 spring … 3 winter.
fn read_season(cur: &mut Cursor<'_>, after_year: bool) -> Option<usize> {
    let mut probe = *cur;
    let this_year = probe.eat("今");
    let index = match probe.peek()? {
        '春' => 0,
        '夏' => 1,
        '秋' => 2,
        '冬' => 3,
        _ => return None,
    };
    probe.pos += '春'.len_utf8();
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
    Some(index)
}

/// A season of `year`: seasons run from one 立 term to the day before the next.
fn season_value(index: usize, year: Option<i32>) -> Option<Value> {
    year.and_then(|y| {
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
    })
}

/// Chars after a number that make it a count, not a lunar day (九月三十家).
static COUNT_MARKS: LazyLock<CharSet> = LazyLock::new(|| {
    CharSet::new("家个名位人元万亿多余件次年月天岁号日条项所只台辆吨米%％届期批种类")
});

/// A lunar date (`marked_before`: 农历 came before the year): a festival (春节, 农历元宵), 大年初三, 正月初八, 腊月十八, 闰四月,
/// 农历三月, 八月十五 (a month and a day in Chinese numerals without 日 or 号 is a
/// lunar date: Gregorian days are written with them), or 廿三 alone.
pub(super) fn lunar_date(cur: &mut Cursor<'_>, marked_before: bool) -> Option<LunarDate> {
    let mut probe = *cur;
    let marked = probe.eat_any(&["农历", "阴历"]).is_some() || marked_before;
    if let Some(i) = probe.eat_listed(&LUNAR_NAMES) {
        let (_, month, day) = *LUNAR.get(i)?;
        *cur = probe;
        return Some(LunarDate {
            month: Some(month),
            leap: false,
            day: Some(day),
        });
    }
    if probe.eat("大年") {
        // 大年初三: a day of the first month.
        probe.eat("初");
        let n = number(&mut probe, 2).filter(|n| (1..=10).contains(&n.value))?;
        *cur = probe;
        return Some(LunarDate {
            month: Some(1),
            leap: false,
            day: Some(n.value),
        });
    }
    if !marked && probe.looking_at(&["廿"]) {
        let n = number(&mut probe, 2).filter(|n| (21..=29).contains(&n.value))?;
        if probe.peek().is_some_and(|c| COUNT_MARKS.contains(c)) {
            return None;
        }
        *cur = probe;
        return Some(LunarDate {
            month: None,
            leap: false,
            day: Some(n.value),
        });
    }
    let leap = probe.eat("闰");
    let named = probe.eat_any(&["正月", "腊月", "冬月"]);
    let month = if let Some(i) = named {
        [1, 12, 11].get(i).copied()?
    } else {
        let n = number(&mut probe, 2)?;
        if !(1..=12).contains(&n.value) || !probe.eat("月") {
            return None;
        }
        probe.eat("份");
        n.value
    };
    let sure = marked || leap || named.is_some();
    let mut day = None;
    let mut lunar_style = false;
    let mut d = probe;
    if d.eat("初") {
        if let Some(n) = number(&mut d, 2).filter(|n| (1..=10).contains(&n.value)) {
            day = Some(n.value);
            lunar_style = true;
            probe = d;
        }
    } else if let Some(n) = number(&mut d, 2).filter(|n| (1..=30).contains(&n.value)) {
        let suffixed = d.looking_at(&["日", "号"]);
        let chinese = n.script == super::cursor::Script::Chinese;
        let count = !suffixed && d.peek().is_some_and(|c| COUNT_MARKS.contains(c));
        // 十月一至七日: the 日 of the range's end is this day's too.
        let range_to_a_day = d.looking_at(&["至", "到", "-", "—", "~", "～"]) && {
            let mut end = d;
            end.eat_any(&["至", "到", "-", "—", "~", "～"]);
            number(&mut end, 2).is_some() && end.looking_at(&["日", "号"])
        };
        if chinese && !suffixed && !count && !range_to_a_day {
            day = Some(n.value);
            lunar_style = true;
            probe = d;
        } else if sure && !count {
            d.eat_any(&["日", "号"]);
            day = Some(n.value);
            probe = d;
        }
    }
    if !(sure || lunar_style) {
        return None;
    }
    *cur = probe;
    Some(LunarDate {
        month: Some(month),
        leap,
        day,
    })
}

/// The lunar year of a lunar date the text gives no year for: the one numbered
/// like the reference year (its 正月 begins in it); but before that 正月, 冬月 and
/// 腊月 are the ones running now.
pub(super) fn default_lunar_year(date: LunarDate, reference: Moment) -> Option<i32> {
    let year = reference.year?;
    let late_month = date.month.is_some_and(|m| m >= 11);
    let running = lunar::lunar_year_of(reference.days()?, year)?;
    Some(if late_month || date.month.is_none() {
        running
    } else {
        year
    })
}

/// The value of a lunar date in lunar year `year` (the year the text gives), or else
/// in the lunar year numbered like the reference year — except that before its
/// 正月 a 冬月 or 腊月 date (and 廿三 alone: the lunar month of the reference) is
/// in the lunar year still running.
pub(super) fn lunar_value(
    date: LunarDate,
    year: Option<i32>,
    reference: Option<Moment>,
) -> Option<Value> {
    let reference_day = reference.and_then(|r| r.days());
    let lunar_year = match year {
        Some(y) => y,
        None => default_lunar_year(date, reference?)?,
    };
    let month = match date.month {
        Some(number) => lunar::lunar_month(lunar_year, number, date.leap)?,
        None => {
            let today = reference_day?;
            lunar::lunar_year(lunar_year)
                .into_iter()
                .chain(lunar::lunar_year(lunar_year.checked_add(1)?))
                .find(|m| m.first_day <= today && today < m.first_day + m.length)?
        }
    };
    let day_moment = |offset: i64| {
        let (y, m, d) = civil_from_days(month.first_day.checked_add(offset)?);
        Some(Moment::day(Some(y), m, d))
    };
    match date.day {
        None => Some(Value::Span(day_moment(0)?, day_moment(month.length - 1)?)),
        Some(0) => Some(Value::Point(day_moment(month.length - 1)?)),
        Some(d) if i64::from(d) <= month.length => {
            Some(Value::Point(day_moment(i64::from(d) - 1)?))
        }
        Some(_) => None,
    }
}
