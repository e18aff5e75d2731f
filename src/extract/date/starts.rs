//! Where an expression can start: a cheap test of the first two chars that keeps the
//! parsers off the places where none of them can read anything.
//!
//! Chars such as 上, 中, 大, 前, 日, 年 start many dates but are far more often part
//! of other words; running every parser at each of them was most of the date cost.
//! Every parser begins with a number or with a word from a fixed list, so an
//! expression can only start where the text begins with a number char, a word those
//! lists hold (its first two chars are enough), or one of the few patterns written
//! out in [`opens`]. The lists are taken from the parsers' own tables, so a word
//! added to a table is found without touching this file; the words the parsers spell
//! out inline are listed in [`INLINE_WORDS`] and must follow them.
//! A pair that only named days start with (青年 of 青年节) needs the whole name
//! ([`NAMED_ONLY`]): such pairs are mostly other words (青年人, 消费市场).

use super::calendar_days::{FIXED, LUNAR, NTH_WEEKDAY, SOLAR_TERMS};
use super::cursor::{
    Cursor, NUMERALS, Script, arabic_digit, chinese_digit, is_number_char, number,
};
use super::offset::{PREFIXES, STEPS};
use super::period::RELATIVE_QUARTERS;
use super::time::PARTS_OF_DAY;
use super::words::WORDS;
use crate::chars::CharSet;
use crate::hash::FastMap;
use std::sync::LazyLock;

/// Words the parsers match at the start of an expression without a table:
/// amounts (offset), 今明, the lunar marker, centuries, quarters, periods of a year,
/// lunar months, seasons (only with 季/天 or after 今 when no year precedes), the
/// week words and 未来 (vague).
const INLINE_WORDS: &[&str] = &[
    // offset::amount after 近 and 过 (近半年, 过几天); alone, see AMOUNT_WORDS
    "若干",
    "近半",
    "近几",
    "近数",
    "近若干",
    "过半",
    "过几",
    "过数",
    "过若干",
    // point: 今明两年
    "今明",
    // year_month::minguo_year
    "民国",
    // point / calendar_days::lunar_date
    "农历",
    "阴历",
    "大年",
    "闰",
    "正月",
    "腊月",
    "冬月",
    // period::century
    "上世纪",
    "上个世纪",
    "本世纪",
    "这个世纪",
    "下世纪",
    // period::quarter and standalone_year_period
    "首季度",
    "第一季度",
    "上半年",
    "下半年",
    "年初",
    "年底",
    "年末",
    "年中",
    // calendar_days::season
    "春季",
    "春天",
    "夏季",
    "夏天",
    "秋季",
    "秋天",
    "冬季",
    "冬天",
    "今春",
    "今夏",
    "今秋",
    "今冬",
    // day::week without a prefix: 周三, 周末, 星期天, 礼拜一
    "星期",
    "礼拜",
    "周一",
    "周二",
    "周三",
    "周四",
    "周五",
    "周六",
    "周日",
    "周天",
    "周末",
    // vague
    "未来",
];

/// The starts of a vague amount of time (offset::amount): 半, 几 or 数, then 个, a
/// unit of [`STEPS`] or (after 几 and 数) 十, 百 or 千: 半年, 几个月, 数十天. Other
/// places these chars stand (几乎, 数据, 半场) start nothing.
static AMOUNT_WORDS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut words = Vec::new();
    for vague in ["半", "几", "数"] {
        words.push(format!("{vague}个"));
        words.extend(STEPS.iter().map(|(step, _)| format!("{vague}{step}")));
        if vague != "半" {
            words.extend(["十", "百", "千"].map(|unit| format!("{vague}{unit}")));
        }
    }
    words
});

/// Prefixes of day::week (上周, 下下周, 这个星期, 本周): any run of these chars, then
/// optionally 一 and 个, then 星期, 周 or 礼拜.
const WEEK_PREFIXES: &str = "上下这本";
const AFTER_WEEK_PREFIX: &str = "上下这本一个星周礼";

/// First chars after which an expression needs nothing more than a number:
/// 近三年 and 过两天 (offset prefixes), “十四五” (a five-year plan), 第三季度,
/// 前三季度 and 头两个月 (the year so far).
const BEFORE_A_NUMBER: &str = "近过“\"「第前头";

/// The first two chars of the start words (a one-char word goes to [`ANY_NEXT`]).
static PAIRS: LazyLock<Vec<(char, char)>> = LazyLock::new(|| {
    let mut pairs = Vec::new();
    for word in start_words() {
        let mut chars = word.chars();
        if let (Some(a), Some(b)) = (chars.next(), chars.next()) {
            pairs.push((a, b));
        }
    }
    for a in WEEK_PREFIXES.chars() {
        for b in AFTER_WEEK_PREFIX.chars() {
            pairs.push((a, b));
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
});

/// One-char start words: whatever follows them, the parsers must run.
static ANY_NEXT: LazyLock<CharSet> = LazyLock::new(|| {
    let singles: String = start_words()
        .filter(|w| w.chars().nth(1).is_none())
        .collect();
    CharSet::new(&singles)
});

/// Every word an expression can start with.
fn start_words() -> impl Iterator<Item = &'static str> {
    named_days().chain(other_start_words())
}

/// The named days (青年节, 冬至, 除夕): read by [`Cursor::eat_listed`], so only the
/// whole word starts one.
fn named_days() -> impl Iterator<Item = &'static str> {
    FIXED
        .iter()
        .map(|t| t.0)
        .chain(NTH_WEEKDAY.iter().map(|t| t.0))
        .chain(LUNAR.iter().map(|t| t.0))
        .chain(SOLAR_TERMS.iter().map(|t| t.0))
}

/// The start words other than [`named_days`].
fn other_start_words() -> impl Iterator<Item = &'static str> {
    let tables = WORDS
        .years
        .iter()
        .map(|t| t.0)
        .chain(WORDS.months.iter().map(|t| t.0))
        .chain(RELATIVE_QUARTERS.iter().map(|t| t.0))
        .chain(WORDS.days.iter().map(|t| t.0))
        // The one-char parts of the day (早, 晚) need a date before them.
        .chain(PARTS_OF_DAY.iter().filter(|t| t.2).map(|t| t.0))
        .chain(
            PREFIXES
                .iter()
                .copied()
                .filter(|w| w.chars().nth(1).is_some()),
        )
        .chain(WORDS.vague.iter().copied());
    tables
        .chain(INLINE_WORDS.iter().copied())
        .chain(AMOUNT_WORDS.iter().map(String::as_str))
}

/// The first two chars of the named days that no other start word shares
/// (消费 of 消费者权益日, 青年 of 青年节), each with its named days: there the
/// pair is not enough, the whole name must follow (消费者 reads nothing). Most
/// places such a pair passes are other words (消费市场, 青年人).
static NAMED_ONLY: LazyLock<Vec<((char, char), &'static str)>> = LazyLock::new(|| {
    let mut shared: Vec<(char, char)> = other_start_words().filter_map(first_two).collect();
    for a in WEEK_PREFIXES.chars() {
        for b in AFTER_WEEK_PREFIX.chars() {
            shared.push((a, b));
        }
    }
    shared.sort_unstable();
    let mut named: Vec<((char, char), &'static str)> = named_days()
        .filter_map(|w| Some((first_two(w)?, w)))
        .filter(|(pair, _)| shared.binary_search(pair).is_err())
        .collect();
    named.sort_unstable();
    named
});

/// The first two chars of `word`.
fn first_two(word: &str) -> Option<(char, char)> {
    let mut chars = word.chars();
    Some((chars.next()?, chars.next()?))
}

/// Whether an expression may start at the beginning of `rest`. `false` means no
/// parser can read one there; `true` only that one may.
pub(super) fn may_start(rest: &str) -> bool {
    let mut chars = rest.chars();
    let Some(c) = chars.next() else {
        return false;
    };
    if matches!(c, '从' | '自') {
        // The expression proper starts after the marker.
        return rest.get(c.len_utf8()..).is_some_and(opens);
    }
    opens(rest)
}

/// The tables [`opens`] reads, built once from those above: one bitmap load for the
/// first char and one hash lookup for the pair, as [`opens`] runs at every char that
/// may open an expression.
struct OpenTables {
    /// Numerals and the one-char start words: whatever follows them opens.
    any_next: CharSet,
    before_a_number: CharSet,
    /// The [`PAIRS`] (first char in the high half), each with what must follow.
    pairs: FastMap<u64, AfterPair>,
    /// One bit per [`pair_bit`] of the keys of `pairs`: most pairs the text shows
    /// (上海, 中国) are none of them, and one bit test turns them away before the hash
    /// lookup.
    pair_bits: Box<[u64]>,
}

/// How many bits [`OpenTables::pair_bits`] has.
const PAIR_BITS: usize = 1 << 16;

/// The bit of pair key `key` in [`OpenTables::pair_bits`]: the high bits of a
/// multiplicative hash.
fn pair_bit(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 48) as usize
}

/// What must follow a pair of [`PAIRS`] for an expression to start there.
enum AfterPair {
    /// The whole name of a named day that starts with it ([`NAMED_ONLY`]).
    Named,
    /// Anything: a start word is the pair itself (今年, 周一), or 周 ends a week (上周).
    Anything,
    /// One of these chars, the third chars of the start words that open with the pair
    /// and of the week words (这个月, 这个季度, 这个星期: not 这个问题).
    Third(Vec<char>),
}

/// The chars a week word may go on with after a prefix and `second` ([`read_week`]:
/// prefixes, then 一, 个, then 星期, 周 or 礼拜); `None`: anything (上周).
///
/// [`read_week`]: super::day
fn week_third(second: char) -> Option<&'static str> {
    match second {
        '一' => Some("个星周礼"),
        '个' => Some("星周礼"),
        '星' => Some("期"),
        '礼' => Some("拜"),
        '周' => None,
        _ => Some(AFTER_WEEK_PREFIX),
    }
}

/// What must follow each pair of [`PAIRS`], from one pass over the start words.
fn after_pairs() -> FastMap<u64, AfterPair> {
    let mut after: FastMap<u64, AfterPair> = PAIRS
        .iter()
        .map(|&(c, n)| (pair_key(c, n), AfterPair::Third(Vec::new())))
        .collect();
    let mut allow = |c: char, n: char, third: Option<char>| {
        if let Some(AfterPair::Third(thirds)) = after.get_mut(&pair_key(c, n)) {
            match third {
                Some(t) => thirds.push(t),
                None => {
                    after.insert(pair_key(c, n), AfterPair::Anything);
                }
            }
        }
    };
    for word in start_words() {
        let mut chars = word.chars();
        if let (Some(c), Some(n)) = (chars.next(), chars.next()) {
            allow(c, n, chars.next());
        }
    }
    for c in WEEK_PREFIXES.chars() {
        for n in AFTER_WEEK_PREFIX.chars() {
            match week_third(n) {
                Some(thirds) => thirds.chars().for_each(|t| allow(c, n, Some(t))),
                None => allow(c, n, None),
            }
        }
    }
    for ((c, n), _) in NAMED_ONLY.iter() {
        after.insert(pair_key(*c, *n), AfterPair::Named);
    }
    for rule in after.values_mut() {
        if let AfterPair::Third(thirds) = rule {
            thirds.sort_unstable();
            thirds.dedup();
        }
    }
    after
}

static OPEN_TABLES: LazyLock<OpenTables> = LazyLock::new(|| {
    let mut any_next: String = NUMERALS.chars().collect();
    any_next.extend(
        start_words()
            .filter(|w| w.chars().nth(1).is_none())
            .flat_map(str::chars),
    );
    let pairs = after_pairs();
    let mut pair_bits = vec![0u64; PAIR_BITS / 64].into_boxed_slice();
    for key in pairs.keys() {
        let bit = pair_bit(*key);
        if let Some(word) = pair_bits.get_mut(bit / 64) {
            *word |= 1 << (bit % 64);
        }
    }
    OpenTables {
        any_next: CharSet::new(&any_next),
        before_a_number: CharSet::new(BEFORE_A_NUMBER),
        pairs,
        pair_bits,
    }
});

fn pair_key(c: char, n: char) -> u64 {
    (u64::from(u32::from(c)) << 32) | u64::from(u32::from(n))
}

/// Whether `rest` opens an expression after any marker.
fn opens(rest: &str) -> bool {
    let tables = &*OPEN_TABLES;
    let mut chars = rest.chars();
    let Some(c) = chars.next() else {
        return false;
    };
    if tables.any_next.contains(c) {
        return true;
    }
    let Some(n) = chars.next() else {
        return false;
    };
    if tables.before_a_number.contains(c) && NUMERALS.contains(n) {
        return true;
    }
    // Q3, q1: a quarter.
    if matches!(c, 'Q' | 'q') {
        return arabic_digit(n).is_some();
    }
    let key = pair_key(c, n);
    let bit = pair_bit(key);
    if tables
        .pair_bits
        .get(bit / 64)
        .is_none_or(|word| word >> (bit % 64) & 1 == 0)
    {
        return false;
    }
    match tables.pairs.get(&key) {
        None => false,
        Some(AfterPair::Anything) => true,
        Some(AfterPair::Third(thirds)) => chars.next().is_some_and(|t| thirds.contains(&t)),
        Some(AfterPair::Named) => {
            let named = &NAMED_ONLY;
            let first = named.partition_point(|(pair, _)| *pair < (c, n));
            named
                .get(first..)
                .unwrap_or(&[])
                .iter()
                .take_while(|(p, _)| *p == (c, n))
                .any(|(_, w)| rest.starts_with(w))
        }
    }
}

/// Range connectors (2021—2025年, 9~12点, 3月5日至7日).
pub(super) const CONNECTORS: &[&str] = &[
    "——", "起至", "起到", "至", "到", "~", "～", "-", "－", "—", "–", "〜",
];

/// Chars after a lone Chinese numeral (一 read as a number, no numeral after it)
/// with which some reader goes on: an amount's unit or 几/多/余/个 (一个月前, 三天后),
/// 世纪 and 年代, 季度, 月, 日 and 号, 点 and 时, O of 二OO八年, a range connector
/// (三至五年), and the second char of every table word that starts with a numeral
/// (七夕). Anywhere else nothing starts at the numeral (一些, 三种, 两位).
static AFTER_A_LONE_NUMERAL: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::new(&after_a_lone_numeral()));

/// The chars of [`AFTER_A_LONE_NUMERAL`].
fn after_a_lone_numeral() -> String {
    let mut chars = String::from("几多余个世年季月日号点时O");
    let second = |w: &str| w.chars().nth(1);
    chars.extend(STEPS.iter().filter_map(|(w, _)| w.chars().next()));
    chars.extend(CONNECTORS.iter().filter_map(|w| w.chars().next()));
    chars.extend(
        start_words()
            .filter(|w| w.chars().next().is_some_and(is_number_char))
            .filter_map(second),
    );
    // The char after the numeral of such a word, when the numeral is longer (十一).
    chars.extend(
        start_words()
            .filter(|w| w.chars().next().is_some_and(is_number_char))
            .filter_map(|w| {
                let mut cur = Cursor::new(w, 0);
                number(&mut cur, 4).and(cur.peek())
            }),
    );
    chars
}

/// Chars after a run of Arabic digits with which some reader goes on: those after a
/// lone numeral ([`AFTER_A_LONE_NUMERAL`]), the separators of numeric dates and clock
/// times that follow one or two digits (09-01, 11/3号, 6·30, 8:30) and spaces. (A
/// four-digit run, 2024.9.28, is always tried.)
static AFTER_DIGITS: LazyLock<CharSet> = LazyLock::new(|| {
    let mut chars = after_a_lone_numeral();
    chars.push_str("-/·•:： \u{3000}");
    CharSet::new(&chars)
});

/// Chars after 多, 余 or 几 after a number with which an amount of time goes on
/// (30多年前, 20余个交易日): 个 and the first chars of the units ([`STEPS`]).
static AFTER_ABOUT: LazyLock<CharSet> = LazyLock::new(|| {
    let mut chars = String::from("个");
    chars.extend(STEPS.iter().filter_map(|(w, _)| w.chars().next()));
    CharSet::new(&chars)
});

/// The four-digit runs a bare year may be (numeric.rs reads 1900 to 2100 alone).
const BARE_YEARS: std::ops::RangeInclusive<u32> = 1900..=2100;

/// Whether nothing can start at `pos`, where a run of Arabic digits stands (the
/// 5 of 50万元 or of 3∶1; any digit of the run, since a reader may start inside
/// one: 1980年代 → 80年代). Readers read the run to its end (a longer run than
/// they want is none of theirs) and go on only with one of [`AFTER_DIGITS`]; only
/// a four-digit run (a bare year: 2018) and an eight-digit one (20240307) need
/// nothing after them. Most digits in news are amounts (50万元, 30%).
pub(super) fn digits_go_nowhere(text: &str, pos: usize) -> bool {
    let Some(rest) = text.get(pos..) else {
        return false;
    };
    let mut run = 0;
    let mut value: u32 = 0;
    let mut next = None;
    let mut chars = rest.chars();
    for c in chars.by_ref() {
        let Some(d) = arabic_digit(c) else {
            next = Some(c);
            break;
        };
        run += 1;
        value = value.saturating_mul(10).saturating_add(d);
    }
    if matches!(run, 0 | 8) {
        return false;
    }
    if run == 4 {
        // A bare year (2018) needs nothing after it; other four-digit runs go on
        // only as the shorter ones do, or with a year's separator (2024.9.28).
        return !(BARE_YEARS.contains(&value)
            || next.is_some_and(|x| {
                AFTER_DIGITS.contains(x) || matches!(x, '.' | '－' | '／' | '．')
            }));
    }
    match next {
        None => true,
        // Only an amount of time reads on after 多 (30多年前; not 30多万).
        Some('多' | '余' | '几') => chars.next().is_none_or(|y| !AFTER_ABOUT.contains(y)),
        Some(x) => !AFTER_DIGITS.contains(x),
    }
}

/// Chars after N个 (N a number) with which an amount of time goes on: 半 (一个半月),
/// 几, 多, 余 (两个多月) and the first chars of the units (三个月, 两个星期, 20个交易日).
static AFTER_A_COUNT: LazyLock<CharSet> = LazyLock::new(|| {
    let mut chars = String::from("半几多余");
    chars.extend(STEPS.iter().filter_map(|(w, _)| w.chars().next()));
    CharSet::new(&chars)
});

/// Whether nothing can start at `pos`, where a number counts with 个 (一个人, 三个方面,
/// 30多个国家): of the readers that start with a number, only an amount of time reads
/// 个 after it (三个月前), and it wants a unit next ([`AFTER_A_COUNT`]); the others
/// want 年, 月, 日, 点, a separator… right after the number. The number is read as
/// they read it (a four-digit run, a bare year, is always tried).
pub(super) fn count_goes_nowhere(text: &str, pos: usize) -> bool {
    let mut cur = Cursor::new(text, pos);
    if !cur.peek().is_some_and(is_number_char) {
        return false;
    }
    let Some(n) = number(&mut cur, 4) else {
        return false;
    };
    if n.script == Script::Arabic && n.chars == 4 {
        return false;
    }
    cur.eat_any(&["几", "多", "余"]);
    cur.eat("个") && cur.peek().is_none_or(|x| !AFTER_A_COUNT.contains(x))
}

/// Whether nothing can start at `pos`, where 第 and a number stand (第一名, 第三届,
/// 第10位): what starts with 第 is a day (第二天, 第3日) or a quarter (第三季度,
/// 第二个季度), with 天, 日, 季 or 个 right after the number.
pub(super) fn ordinal_goes_nowhere(text: &str, pos: usize) -> bool {
    let mut cur = Cursor::new(text, pos);
    if !cur.eat("第") || number(&mut cur, 2).is_none() {
        return false;
    }
    cur.peek().is_none_or(|x| !"个季天日".contains(x))
}

/// Whether nothing can start at `pos`, where a Chinese numeral stands alone (一些,
/// 三种, 两位): every reader that starts with a number wants one of
/// [`AFTER_A_LONE_NUMERAL`] right after it, and every table word that starts with a
/// numeral has its second char there. Most Chinese numerals in news are such words.
pub(super) fn lone_numeral_goes_nowhere(text: &str, pos: usize) -> bool {
    let Some(c) = text.get(pos..).and_then(|s| s.chars().next()) else {
        return false;
    };
    if arabic_digit(c).is_some() || !is_number_char(c) {
        return false;
    }
    let mut cur = Cursor::new(text, pos);
    let Some(n) = number(&mut cur, 4) else {
        // No number here (万 of 万元): only a table word can start, unless a digit
        // string does (〇八年, a year written digit by digit).
        let next = text
            .get(pos + c.len_utf8()..)
            .and_then(|s| s.chars().next());
        return chinese_digit(c).is_none()
            && !ANY_NEXT.contains(c)
            && next.is_none_or(|n| PAIRS.binary_search(&(c, n)).is_err());
    };
    // 廿三 alone is a lunar day (廿三日, 廿三那天): the numeral needs nothing after it.
    if n.end != pos + c.len_utf8() && c == '廿' {
        return false;
    }
    match cur.peek() {
        None => true,
        Some(x) => {
            !(is_number_char(x) || chinese_digit(x).is_some() || AFTER_A_LONE_NUMERAL.contains(x))
        }
    }
}

#[cfg(test)]
#[path = "starts_tests.rs"]
mod tests;
