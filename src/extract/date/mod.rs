//! Dates and times, resolved against a reference date.
//!
//! The text is scanned left to right; at each place an expression may start, the
//! longest expression is read: a numeric date ([`numeric`]), a chain of parts
//! ([`point`]: year → period → month → day → part of day → clock time, or an offset
//! such as 三年前), optionally a range (`A至B`, `A—B`, `A到B`, where B inherits the
//! fields it leaves out from A and a bare number before the connector takes its unit
//! from B: 2021—2025年, 9~12点), or a vague word (目前, 近年来). Expressions never
//! overlap. An item of a list (joined by 、，和 及 与 以及 或) takes the fields it
//! leaves out from the item before it (2023年3月、4月份; 9月10日、11日和12日), and
//! 次日, 当天, 第二天, 次月, 同年 count from the latest date of the paragraph
//! ([`recent`]).
//!
//! Values follow [`DateMention::value`]: ISO 8601 at the precision the text gives;
//! named periods (a quarter, 上半年, 前三季度, 年底, 上旬, a week, a decade) are spans
//! of days. Each end of a span keeps its own precision (去年3月至今 →
//! `2023-03/2024-09-28`). Open intervals (ISO 8601-2): 三年以前, 1990年以前 →
//! `../END`; 两年以后, 2030年之后, 2020年3月起 → `START/..`; 以来 and 至今 run up to
//! the reference day. Lunar dates (春节, 腊月初八, 闰四月, 八月十五) are converted with
//! the computed calendar of [`lunar`].

mod calendar_days;
mod context;
mod cursor;
mod day;
mod expr;
mod lunar;
mod moment;
mod numeric;
mod offset;
mod period;
mod point;
#[cfg(test)]
mod point_tests;
mod read;
#[cfg(test)]
mod read_tests;
mod recent;
mod resolve;
mod starts;
mod tense;
mod time;
mod words;
mod year_month;

use crate::chars::CharSet;
use context::Point;
use context::{Context, Unit};
use cursor::{Cursor, Script, WordList, arabic_digit, is_number_char, number};
use moment::{Moment, Value};
use recent::Recent;
use starts::CONNECTORS;
use std::sync::LazyLock;
use words::WORDS;

use crate::calendar::DateTime;
use crate::extract::Hit;
use crate::model::{DateMention, PartOfDay};
use crate::segment::Document;

/// Chars an expression can start with (besides digits and Chinese numerals).
static STARTS: LazyLock<CharSet> = LazyLock::new(|| {
    CharSet::new(
        "元情妇三植消愚劳五青儿六建教国平圣母父感春除龙端七中重腊小立雨惊清谷芒夏白秋寒霜冬大农阴闰正今去明前后大上下这本当同次翌昨周星礼凌黎清早中正午傍晚夜深半白近最过未再从自截现目如眼多日世第首QqＱ季伊年全往头几数若“\"",
    )
});

/// Whether an expression may start at a char `c`: a digit, a Chinese numeral or one
/// of [`STARTS`].
fn opens(c: char) -> bool {
    arabic_digit(c).is_some() || is_number_char(c) || STARTS.contains(c)
}

/// [`opens`] as a table over the Basic Multilingual Plane: it runs on every char.
static OPENS: LazyLock<CharSet> = LazyLock::new(|| CharSet::from_test(opens));

/// [`opens`], read from the table.
fn may_open(c: char) -> bool {
    if u32::from(c) > 0xFFFF {
        opens(c)
    } else {
        OPENS.contains(c)
    }
}

/// One expression found in the text.
#[derive(Debug, Clone, PartialEq)]
struct Found {
    hit: Hit,
    value: Option<String>,
    relative: bool,
    vague: bool,
    part_of_day: Option<PartOfDay>,
    /// What it resolved to, for the words and list items after it.
    resolved: Option<Value>,
    /// Whether the text gives a date (not only a time of day) that 当天, 次日 or 同年
    /// after it may refer to.
    dated: bool,
    /// Whether it is a range written out (9月20日至22日), not a named period.
    ranged: bool,
}

/// How far into the text a wire-service dateline (新华社北京3月5日电) may end.
const WIRE_DATELINE_CHARS: usize = 40;

/// A wire-service or newspaper dateline with month and day but no year (新华社北京3月5日电,
/// 本报上海7月12日讯) at the start of the text: the day the article reports from, its
/// year unknown. Bare days (5日) and day words (昨天) count from it.
fn wire_dateline(text: &str) -> Option<Moment> {
    let head: String = text.chars().take(WIRE_DATELINE_CHARS).collect();
    // The first 日电 or 日讯 that ends the dateline: 日电（记者…, not 日电话.
    let ends_dateline =
        |c: char| matches!(c, '（' | '(' | ' ' | '\u{3000}' | '】' | '：' | ':' | '\n');
    let marker_end = head
        .match_indices("日电")
        .chain(head.match_indices("日讯"))
        .map(|(i, m)| i + m.len())
        .filter(|&end| {
            head.get(end..)
                .and_then(|r| r.chars().next())
                .is_none_or(ends_dateline)
        })
        .min()?;
    let marker = marker_end.checked_sub("日电".len())?;
    let before = head.get(..marker)?;
    let month_at = before.rfind('月')?;
    let digits = |s: &str| -> Option<u32> {
        (!s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let day = digits(before.get(month_at + '月'.len_utf8()..)?)?;
    let month_text = before.get(..month_at)?;
    let month_start = month_text
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_digit())
        .last()
        .map(|(i, _)| i)?;
    let month = digits(month_text.get(month_start..)?)?;
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then(|| Moment::day(None, month, day))
}

/// How many lines, and how many bytes, from the top a dateline may stand in.
const DATELINE_LINES: usize = 12;
const DATELINE_BYTES: usize = 1500;
/// A dateline stands on a short line: a header or byline, not a sentence of the body.
const DATELINE_MAX_LINE_CHARS: usize = 60;

/// The article's dateline: the first date that gives year, month and day in digits
/// or characters (optionally with a time) on a short line (at most 60 chars, no
/// sentence punctuation) among the first 12 lines (and 1500 bytes) of the text — the masthead or byline area,
/// e.g. `2024-09-28 12:37:09` under the title. Dates inside body sentences and dates
/// without a year do not count.
pub(crate) fn find_dateline(text: &str) -> Option<(Hit, DateTime)> {
    let ctx = Context::default();
    let mut line_start = 0;
    for line in text.split_inclusive('\n').take(DATELINE_LINES) {
        if line_start >= DATELINE_BYTES {
            break;
        }
        let here = line_start;
        line_start += line.len();
        if line.trim().chars().count() > DATELINE_MAX_LINE_CHARS
            || line.contains(['，', '。', '；', '！', '？'])
        {
            continue;
        }
        for found in scan(text, here, here + line.len(), &ctx) {
            if found.relative || found.vague {
                continue;
            }
            // The date must be written out (2024-09-28, 2024年9月28日), not named
            // (2024年冬至).
            let written = text.get(found.hit.start..found.hit.end).is_some_and(|t| {
                t.contains(['月', '-', '/', '.', '－'])
                    || t.chars().filter(|c| arabic_digit(*c).is_some()).count() >= 8
            });
            let Some(value) = found.value.as_deref().filter(|_| written) else {
                continue;
            };
            if value.contains('/') || value.len() < 10 || value.starts_with('X') {
                continue;
            }
            if let Ok(date) = value.parse::<DateTime>() {
                return Some((found.hit, date));
            }
        }
    }
    None
}

/// Every date expression in the document, in text order.
pub(crate) fn extract(doc: &Document<'_>, reference: Option<&DateTime>) -> Vec<DateMention> {
    let ctx = Context {
        reference: reference
            .map(Moment::from_reference)
            .or_else(|| wire_dateline(doc.text)),
        ..Context::default()
    };
    scan(doc.text, 0, doc.text.len(), &ctx)
        .into_iter()
        .map(|f| {
            let span = doc.span(f.hit.start, f.hit.end);
            DateMention {
                text: doc
                    .text
                    .get(f.hit.start..f.hit.end)
                    .unwrap_or("")
                    .to_string(),
                span,
                value: f.value,
                relative: f.relative,
                vague: f.vague,
                part_of_day: f.part_of_day,
                published: false,
            }
        })
        .collect()
}

/// Scan `text[from..to]` for expressions.
fn scan(text: &str, from: usize, to: usize, ctx: &Context) -> Vec<Found> {
    let mut out = Vec::new();
    let mut recent = Recent::default();
    let Some(region) = text.get(..to) else {
        return out;
    };
    let headline_end = headline_end(region);
    let mut pos = from;
    while pos < to {
        let Some(c) = region.get(pos..).and_then(|s| s.chars().next()) else {
            break;
        };
        if c == '\n' {
            recent.paragraph_break();
        } else if may_open(c)
            && region.get(pos..).is_some_and(starts::may_start)
            && !starts::lone_numeral_goes_nowhere(region, pos)
            && !starts::digits_go_nowhere(region, pos)
        {
            let cur = Cursor::new(region, pos);
            if let Some(found) = expression(cur, &recent.context(region, pos, ctx)) {
                pos = found.hit.end.max(pos + c.len_utf8());
                if recurring(region, found.hit.start)
                    || headline_duration(region, headline_end, &found)
                {
                    recent.forget_list();
                } else {
                    recent.record(&found, region);
                    out.push(found);
                }
                continue;
            }
        }
        pos += c.len_utf8();
    }
    out
}

/// The longest a headline may be, in chars.
const HEADLINE_CHARS: usize = 40;

/// Where the headline ends: the first line of a text with more lines, short and
/// without sentence punctuation (500天后，这座城市会怎样). Found once per scan, not
/// once per date.
fn headline_end(text: &str) -> Option<usize> {
    let line_end = text.find('\n')?;
    let headline = text.get(..line_end).unwrap_or("");
    if headline.contains(['。', '！', '？']) || headline.chars().nth(HEADLINE_CHARS).is_some() {
        return None;
    }
    Some(line_end)
}

/// Whether `found` is an offset alone (500天后, 三年前) in the headline, which ends
/// at `headline_end` ([`headline_end`]). A headline counts from no day the reader
/// knows (500天后，这座城市会怎样): it names a duration, not a date.
fn headline_duration(text: &str, headline_end: Option<usize>, found: &Found) -> bool {
    let Some(line_end) = headline_end else {
        return false;
    };
    if found.hit.end > line_end {
        return false;
    }
    let expression = text.get(found.hit.start..found.hit.end).unwrap_or("");
    let mut cur = Cursor::new(text, found.hit.start);
    expression.ends_with(['后', '前'])
        && offset::offset(&mut cur, &Context::default()).is_some()
        && cur.pos == found.hit.end
}

/// Whether the expression at `start` recurs (每年9月, 每天晚上8点, 每个工作日的下午三点):
/// a set of times, not a date. 每 within the six chars before, with no punctuation
/// or digit between, makes it so.
fn recurring(text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or("");
    for c in before.chars().rev().take(6) {
        if c == '每' {
            return true;
        }
        if !c.is_alphabetic() || arabic_digit(c).is_some() {
            return false;
        }
    }
    false
}

/// The longest expression starting at the cursor.
fn expression(mut cur: Cursor<'_>, ctx: &Context) -> Option<Found> {
    let start = cur.pos;
    if let Some(found) = five_year_plan(cur) {
        return Some(found);
    }
    let mut probe = cur;
    let from_marker = probe.eat_any(&["从", "自"]).is_some();
    let expr_start = probe.pos;
    let left = numeric::numeric(&mut probe, ctx)
        .map(|p| with_time_of_day(&mut probe, p))
        .or_else(|| point::point(&mut probe, ctx, None));
    let ranged = range(&mut probe, ctx, left.as_ref());
    // A time alone (下午3点) takes its day from the reference: nothing to refer to.
    let dated = left.as_ref().is_some_and(|l| l.first <= Unit::Day);
    let is_range = ranged.is_some();
    let (mut value, relative, part) = match (ranged, left) {
        (Some((v, rel, part)), _) => (Some(v), rel, part),
        (None, Some(p)) => {
            let mut value = p.value;
            // 从2001年起至今, 2019年以来: from then up to the reference date;
            // 2019年起: from then on.
            let mut tail = probe;
            let from_then = tail.eat("起");
            let up_to_now = |v: Value| ctx.reference.map(|r| Value::Span(v.first(), r.date_only()));
            if tail
                .eat_any(&["至今", "到现在", "到今天", "迄今"])
                .is_some()
            {
                value = value.and_then(up_to_now).or(value);
                probe = tail;
            } else if from_then {
                value = value.map(|v| Value::From(v.first()));
                probe = tail;
            } else if tail.eat("以来") {
                value = value.and_then(up_to_now).or(value);
                probe = tail;
            } else {
                let mut before = probe;
                if before.eat_any(&["之前", "以前", "前"]).is_some()
                    && !before.looking_at(&["后", "夕"])
                    && let Some(v) = value
                {
                    let future = ctx.reference.filter(|r| {
                        v.last().render().zip(r.render()).is_some_and(|(end, now)| {
                            end.as_str() > now.get(..end.len()).unwrap_or("")
                        })
                    });
                    // 2030年前: from the reference up to a later date (a deadline);
                    // 1949年以前: any time up to a past date.
                    value = Some(match future {
                        Some(r) => Value::Span(r, v.last()),
                        None => Value::Until(v.last()),
                    });
                    probe = before;
                }
            }
            (value, p.relative, p.part)
        }
        (None, None) => return vague(cur),
    };
    if !from_marker || probe.pos == expr_start {
        // 从 belongs to the expression only when a range or 起 follows.
    }
    let hit_start = if from_marker && probe.pos > expr_start {
        start
    } else {
        expr_start
    };
    if probe.pos <= expr_start {
        return vague(cur);
    }
    // 左右, 前后: about then; 以后: from then on; 止 closes 自…至…止.
    if let Some(2 | 3) = probe.eat_any(&["左右", "前后", "以后", "之后"])
        && let Some(Value::Point(m)) = value
    {
        value = Some(Value::From(m));
    }
    if from_marker {
        probe.eat("止");
    }
    cur.pos = probe.pos;
    Some(Found {
        hit: Hit::new(hit_start, cur.pos),
        value: value.and_then(|v| v.render()),
        relative,
        vague: false,
        part_of_day: part,
        resolved: value,
        dated,
        ranged: is_range,
    })
}

/// A numeric date followed by a part of the day or a clock time (11/3号早上,
/// 2024.9.28晚8点).
fn with_time_of_day(cur: &mut Cursor<'_>, point: Point) -> Point {
    if point.frame.day.is_none() || point.frame.hour.is_some() {
        return point;
    }
    match time::joined_to_day(cur, point.frame) {
        Some((m, part)) => Point {
            value: Some(Value::Point(m)),
            frame: m,
            part,
            ..point
        },
        None => point,
    }
}

/// The second half of a range after `left` (or a bare number and the second half):
/// the span's value, whether it is relative, and the part of the day.
fn range(
    cur: &mut Cursor<'_>,
    ctx: &Context,
    left: Option<&Point>,
) -> Option<(Value, bool, Option<PartOfDay>)> {
    let mut probe = *cur;
    // A bare number whose unit comes from the second half (2021—2025年, 9~12点).
    let mut bare = None;
    {
        let mut b = probe;
        if b.before().is_none_or(|c| arabic_digit(c).is_none())
            && let Some(n) = number(&mut b, 4)
            && b.looking_at(CONNECTORS)
        {
            bare = Some(n);
            probe = b;
        }
    }
    if left.is_none() && bare.is_none() {
        return None;
    }
    while probe.eat(" ") {}
    probe.eat_any(CONNECTORS)?;
    while probe.eat(" ") {}
    let inherit = left.copied();
    let right = numeric::numeric(&mut probe, ctx)
        .or_else(|| point::point(&mut probe, ctx, inherit.as_ref()))?;
    let right_value = right.value?;
    let start = match bare {
        Some(n) => {
            let mut m = left.map(|l| l.frame).unwrap_or(right.frame);
            if left.is_none() {
                m = right.frame;
            }
            match right.first {
                Unit::Year => {
                    let year = match (n.script, n.chars) {
                        (Script::Arabic, 4) => n.value as i32,
                        (Script::Arabic, 2) => year_month::two_digit_year(n.value, ctx),
                        _ => return None,
                    };
                    Moment::year(year)
                }
                Unit::Month => Moment::month(m.year, n.value),
                Unit::Day => Moment::day(m.year, m.month?, n.value),
                Unit::Hour => {
                    let part = left.and_then(|l| l.part).or(right.part);
                    let (hour, _) = time::to_24_hours(n.value, part);
                    Moment {
                        hour: Some(hour),
                        minute: None,
                        second: None,
                        ..m.date_only()
                    }
                }
            }
        }
        None => left?.value?.first(),
    };
    if !start.is_valid() || (bare.is_some() && start.render().is_none()) {
        return None;
    }
    let relative = left.is_some_and(|l| l.relative) || right.relative;
    let part = left.and_then(|l| l.part);
    *cur = probe;
    Some((Value::Span(start, right_value.last()), relative, part))
}

/// The vague words ([`WORDS`]), indexed by their first char.
static VAGUE_WORDS: LazyLock<WordList> =
    LazyLock::new(|| WordList::new(WORDS.vague.iter().copied()));

/// A vague expression at the cursor.
fn vague(cur: Cursor<'_>) -> Option<Found> {
    let mut probe = cur;
    let mut matched = probe.eat_listed(&VAGUE_WORDS).is_some();
    if !matched && probe.eat("未来") {
        // 未来 is vague as an adverb at a clause start (未来，…; 未来将…), not as a noun
        // (算力未来, 未来产业).
        let clause_start = cur.before().is_none_or(|c| !c.is_alphanumeric());
        let adverb = probe.peek().is_none_or(|c| !c.is_alphanumeric())
            || probe.looking_at(&["将", "会", "要", "几", "一段", "数"]);
        matched = clause_start && adverb;
    }
    if !matched {
        return None;
    }
    Some(Found {
        hit: Hit::new(cur.pos, probe.pos),
        value: None,
        relative: false,
        vague: true,
        part_of_day: None,
        resolved: None,
        dated: false,
        ranged: false,
    })
}

/// A five-year plan period: “十四五”期间 → 2021/2025, “十三五”末 → 2020.
fn five_year_plan(cur: Cursor<'_>) -> Option<Found> {
    let mut probe = cur;
    let quoted = probe.eat_any(&["“", "\"", "「"]).is_some();
    let n = number(&mut probe, 2)?;
    if n.script != Script::Chinese || !probe.eat("五") || !(6..=20).contains(&n.value) {
        return None;
    }
    if quoted && probe.eat_any(&["”", "\"", "」"]).is_none() {
        return None;
    }
    let first = 1966 + (n.value as i32 - 3) * 5;
    let value = if probe.eat_any(&["期间", "时期"]).is_some() {
        Value::Span(Moment::year(first), Moment::year(first + 4))
    } else if probe.eat_any(&["末期", "末"]).is_some() {
        Value::Point(Moment::year(first + 4))
    } else if probe.eat_any(&["开局之年", "初期", "开局"]).is_some() {
        Value::Point(Moment::year(first))
    } else {
        return None;
    };
    Some(Found {
        hit: Hit::new(cur.pos, probe.pos),
        value: value.render(),
        relative: false,
        vague: false,
        part_of_day: None,
        resolved: Some(value),
        dated: true,
        ranged: false,
    })
}
