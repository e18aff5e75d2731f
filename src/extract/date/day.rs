//! Days: 27日, 27号, a bare day after its month (1月3), relative days (昨天, 次日),
//! weeks and weekdays (上周, 下周三, 星期天, 周末).

use super::context::{Context, anaphoric, inside_another_word};
use super::cursor::{Cursor, Number, Script, WordList, is_word_char, number};
use super::expr::DayExpr;
use super::moment::{Moment, Value, week_of};
use super::words::WORDS;
use crate::model::PartOfDay;
use std::sync::LazyLock;

/// The day before (and 第二天, 第三天: see [`nth_day`]) counts from the narrative's day
/// only where it opens a clause (而前一天…; 第二天，…): after a noun or verb it counts
/// from an event the text does not date (比赛前一天, 开赛第二天).
const DAY_BEFORE: &[&str] = &["前一天", "前一日"];

/// The largest n of 第n天 read as a day of the narrative (第二天 … 第十天).
const NTH_DAY_MAX: u32 = 10;

/// Words after which 第二天 and 前一天 still open their clause.
const CLAUSE_OPENERS: &str = "而但则又就才到至于在";

/// Whether the cursor stands at the start of a clause (or after a word that opens one).
fn opens_clause(cur: &Cursor<'_>) -> bool {
    cur.before()
        .is_none_or(|c| !is_word_char(c) || CLAUSE_OPENERS.contains(c))
}

/// The relative day words, in their order.
static RELATIVE_DAY_WORDS: LazyLock<WordList> =
    LazyLock::new(|| WordList::new(WORDS.days.iter().map(|t| t.0)));

pub(super) fn weekday_number(c: char) -> Option<u32> {
    "一二三四五六日"
        .chars()
        .position(|x| x == c)
        .map(|i| i as u32 + 1)
        .or((c == '天').then_some(7))
}

/// What a day part gave.
pub(super) enum DayPart {
    /// A date (year and month may be unset when the day came alone).
    Date(Moment),
    /// A whole week (上周, 本周).
    Week(Option<Value>),
}

/// The day (or week) an expression names, whether it is relative, and the part of
/// the day it names. Without a reference date a relative day is an empty moment.
pub(super) fn resolve_day(expr: DayExpr, ctx: &Context) -> (DayPart, bool, Option<PartOfDay>) {
    match expr {
        DayExpr::Number(day) => {
            let m = Moment {
                day: Some(day),
                ..Moment::default()
            };
            (DayPart::Date(m), false, None)
        }
        DayExpr::Nth(n) => {
            // 第二天…第三天 count from the same first day.
            let base = ctx.anchor.first_day.or(ctx.anchor.day).or(ctx.reference);
            let day = base
                .and_then(|r| r.date_only().shift_days(i64::from(n) - 1))
                .unwrap_or_default();
            (DayPart::Date(day), true, None)
        }
        DayExpr::Relative { word, offset, part } => {
            // 当天, 当晚, 次日: the day last mentioned, else the reference date.
            let base = if anaphoric(word) {
                ctx.anchor.day.or(ctx.reference)
            } else {
                ctx.reference
            };
            let m = base
                .and_then(|r| r.date_only().shift_days(offset))
                .unwrap_or_default();
            (DayPart::Date(m), true, part)
        }
        DayExpr::Week {
            offset,
            weekday,
            weekend,
        } => (resolve_week(ctx, offset, weekday, weekend), true, None),
    }
}

/// Read a day at the cursor (27日, 27号, 27 after a month, 昨天, 第二天, 周三, 下周三,
/// 上周), without a reference date. `after_month`: a month was just read;
/// `month_known`: as for [`day`].
pub(super) fn read_day(
    cur: &mut Cursor<'_>,
    after_month: bool,
    month_known: bool,
) -> Option<DayExpr> {
    let mut probe = *cur;
    if !after_month {
        // 第 first: most places start with no 第, and the clause test is the dearer.
        if cur.rest().starts_with('第')
            && opens_clause(cur)
            && let Some(n) = nth(&mut probe)
        {
            *cur = probe;
            return Some(DayExpr::Nth(n));
        }
        if let Some(i) = probe.eat_listed(&RELATIVE_DAY_WORDS) {
            let (word, offset, part) = *WORDS.days.get(i)?;
            if word == "全天" && probe.looking_at(&["候"]) {
                // 全天候: all-weather, not a day.
                return None;
            }
            if anaphoric(word)
                && (inside_another_word(cur, word, &probe)
                    || (DAY_BEFORE.contains(&word) && !opens_clause(cur)))
            {
                return None;
            }
            *cur = probe;
            return Some(DayExpr::Relative { word, offset, part });
        }
        if let Some(w) = read_week(&mut probe) {
            *cur = probe;
            return Some(w);
        }
    }
    let n = day_number(cur, after_month, month_known)?;
    Some(DayExpr::Number(n))
}

/// The day of the month at the cursor: 27日, 27号, or a bare 3 right after its month
/// (1月3, 十月31) unless a unit follows it.
fn day_number(cur: &mut Cursor<'_>, after_month: bool, month_known: bool) -> Option<u32> {
    let mut probe = *cur;
    if cur
        .before()
        .is_some_and(|c| super::cursor::arabic_digit(c).is_some() || c == '第' || c == '.')
    {
        return None;
    }
    // 唐宁街10号, 张江路88号: a house number, not a day.
    if !after_month && cur.before().is_some_and(crate::chars::ends_street) {
        return None;
    }
    let n: Number = number(&mut probe, 2)?;
    if !(1..=31).contains(&n.value) {
        return None;
    }
    let by_ri = probe.eat("日");
    let marked = by_ri || probe.eat("号");
    if marked {
        if !after_month
            && probe.looking_at(&[
                "线", "楼", "文", "院", "馆", "机", "台", "码", "位", "门", "令", "窗", "元", "件",
                "厅", "球", "店", "车", "字", "公告", "之", "游", "制", "工",
            ])
        {
            return None;
        }
        if !after_month && !month_known && n.script == Script::Chinese && by_ri {
            // 一日之计, 五日游: a Chinese-numeral 日 needs a month before it.
            return None;
        }
        if !after_month && !month_known && !by_ri && names_before(cur) {
            // 神舟十八号, 长征5号: the number of a named craft or series, not a day.
            return None;
        }
    } else {
        // A bare number right after a month is its day (1月3, 十月31), unless a unit follows.
        let next_is_unit = probe.peek().is_some_and(|c| {
            super::cursor::is_number_char(c)
                || "万亿元个人件家台次年月天岁%％.点时分秒吨米公斤克多余号日期届名位股只项倍"
                    .contains(c)
                || c.is_ascii_alphanumeric()
                // 下月陆续, 下月一起: a lone Chinese digit that starts a word is no
                // day (十月三十一开幕 is).
                || (n.script == Script::Chinese && n.chars == 1 && c.is_alphabetic())
        });
        if !after_month || next_is_unit {
            return None;
        }
    }
    *cur = probe;
    Some(n.value)
}

/// Chars after which a bare N号 is still a day: a preposition or linking verb
/// (在18号, 于十八号, 是18号), a conjunction (和19号), a month word (上个月五号).
const BEFORE_A_DAY: &str = "在于到至从是和及与或截等为即月";

/// Whether a word stands right before the cursor that N号 numbers (神舟十八号,
/// 长征5号): a letter that is neither a preposition nor a weekday (周六18号).
fn names_before(cur: &Cursor<'_>) -> bool {
    let Some(c) = cur.before().filter(|c| c.is_alphabetic() && !c.is_ascii()) else {
        return false;
    };
    if BEFORE_A_DAY.contains(c) {
        return false;
    }
    let head = cur.text.get(..cur.pos).unwrap_or("");
    let weekday = weekday_number(c).is_some()
        && (head.ends_with(&format!("周{c}")) || head.ends_with(&format!("期{c}")));
    !weekday
}

/// The n of 第n天 or 第n日 at the cursor (2 ≤ n ≤ [`NTH_DAY_MAX`]).
fn nth(cur: &mut Cursor<'_>) -> Option<u32> {
    let mut probe = *cur;
    if !probe.eat("第") {
        return None;
    }
    let n = number(&mut probe, 2)?.value;
    if !(2..=NTH_DAY_MAX).contains(&n) || probe.eat_any(&["天", "日"]).is_none() {
        return None;
    }
    *cur = probe;
    Some(n)
}

/// The n of an expression that starts with 第n天 (第三天上午).
pub(super) fn nth_day_number(expression: &str) -> Option<u32> {
    nth(&mut Cursor::new(expression, 0))
}

/// A week or a day of one at the cursor: 上周, 下下周一, 本周, 周三, 星期天, 上个礼拜天,
/// 周末.
fn read_week(cur: &mut Cursor<'_>) -> Option<DayExpr> {
    let mut probe = *cur;
    if probe.before() == Some('每') {
        return None;
    }
    let mut offset = 0i64;
    let mut prefixed = false;
    loop {
        if probe.eat("上") {
            offset -= 1;
        } else if probe.eat("下") {
            offset += 1;
        } else if probe.eat("这") || probe.eat("本") {
        } else {
            break;
        }
        prefixed = true;
    }
    if prefixed {
        probe.eat("一");
        probe.eat("个");
    }
    probe.eat_any(&["星期", "周", "礼拜"])?;
    if prefixed {
        // 下周周六, 上周星期三
        let mut again = probe;
        if again.eat_any(&["星期", "周", "礼拜"]).is_some()
            && again
                .peek()
                .is_some_and(|c| "一二三四五六日天末".contains(c))
        {
            probe = again;
        }
    }
    let weekend = probe.eat("末");
    let weekday = if weekend {
        Some(6)
    } else {
        probe
            .eat_char(|c| "一二三四五六日天".contains(c))
            .and_then(weekday_number)
    };
    if weekday.is_none() && !prefixed {
        return None;
    }
    // 周年, 星期天数: not a weekday.
    if probe.looking_at(&["年", "岁"]) {
        return None;
    }
    *cur = probe;
    Some(DayExpr::Week {
        offset,
        weekday,
        weekend,
    })
}

/// The week `offset` weeks from the reference's, or its weekday or weekend.
fn resolve_week(ctx: &Context, offset: i64, weekday: Option<u32>, weekend: bool) -> DayPart {
    let reference = ctx.reference.map(|r| r.date_only());
    let value = reference.and_then(|r| {
        let monday = r.shift_days(1 - i64::from(r.weekday()?) + 7 * offset)?;
        match weekday {
            Some(_) if weekend => {
                let saturday = monday.shift_days(5)?;
                Some(Value::Span(saturday, saturday.shift_days(1)?))
            }
            Some(wd) => Some(Value::Point(monday.shift_days(i64::from(wd) - 1)?)),
            None => week_of(monday),
        }
    });
    match value {
        Some(Value::Point(m)) => DayPart::Date(m),
        other => DayPart::Week(other),
    }
}
