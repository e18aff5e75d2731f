//! What follows a number: its unit (currency, %, 成, 折, 个百分点, compute unit,
//! measure word) and, for money, the jiao and fen after the yuan.

use super::scaled;
use super::text::{computing_context, first_char, skip_spaces, standalone, volume_context};
use super::units::{FIGURE_WORDS, compute_unit_at, currency_at, measure_word_at, physical_unit_at};
use crate::model::{FigureKind, Unit};
use crate::number::Scanned;
use crate::segment::Document;

/// Whether no word follows at `end` that the number would count (30w粉丝): only
/// punctuation, the end, a qualifier or a range connector.
pub(super) fn unit_free_after(doc: &Document<'_>, end: usize) -> bool {
    let rest = doc.text.get(end..).unwrap_or("");
    match first_char(rest) {
        None => true,
        Some(c) if !c.is_alphanumeric() => true,
        Some(_) => [
            "左右", "上下", "以上", "以下", "以内", "起", "到", "至", "的",
        ]
        .iter()
        .any(|w| rest.starts_with(w)),
    }
}

/// Whether a numeral is written in the formal (banker's) digits 壹贰叁…佰仟 that
/// Chinese writes amounts of money in: two formal chars at least.
pub(super) fn formal_numeral(numeral: &str) -> bool {
    numeral
        .chars()
        .filter(|c| {
            matches!(
                c,
                '壹' | '贰'
                    | '貳'
                    | '叁'
                    | '參'
                    | '肆'
                    | '伍'
                    | '陆'
                    | '陸'
                    | '柒'
                    | '捌'
                    | '玖'
                    | '拾'
                    | '佰'
                    | '仟'
            )
        })
        .count()
        >= 2
}

/// Durations in days, weeks and years (有期徒刑十年, 工期30天, 连续3周), in UCUM codes. A
/// word the unit starts (三年级, 80年代, 18周岁, 10周年, 3天津) or a date after it (3年前
/// is the date extractor's) is no duration.
fn duration_unit_at(rest: &str) -> Option<(&'static str, &'static str)> {
    const UNITS: &[(&str, &str)] = &[("年", "a"), ("天", "d"), ("周", "wk")];
    let (form, unit) = UNITS.iter().find(|(form, _)| rest.starts_with(form))?;
    let next = rest.get(form.len()..).and_then(first_char);
    let joins_a_word = next.is_some_and(|c| {
        matches!(
            c,
            '级' | '代'
                | '龄'
                | '薪'
                | '度'
                | '轻'
                | '会'
                | '终'
                | '初'
                | '中'
                | '末'
                | '底'
                | '份'
                | '报'
                | '鉴'
                | '货'
                | '画'
                | '糕'
                | '夜'
                | '味'
                | '检'
                | '限'
                | '岁'
                | '年'
                | '津'
                | '然'
                | '气'
                | '下'
                | '空'
                | '地'
                | '堂'
                | '使'
                | '才'
                | '价'
                | '边'
                | '围'
                | '刊'
                | '前'
                | '后'
                | '来'
                | '以'
                | '之'
                | '间'
                | '头'
                | '尾'
                | '息'
                | '利'
                | '化'
                | '轮'
        )
    });
    (!joins_a_word).then_some((*form, *unit))
}

/// Whether a count of 届 or 次 ending at `unit_end` numbers a session (十四届全国人大二次
/// 会议: the 14th congress, its 2nd session) rather than counting sessions (连任两届).
pub(super) fn session_ordinal(text: &str, unit: Option<&Unit>, unit_end: usize) -> bool {
    matches!(unit, Some(Unit::Measure(w)) if w == "届" || w == "次")
        && text.get(unit_end..).is_some_and(|rest| {
            FIGURE_WORDS
                .session_bodies
                .iter()
                .any(|b| rest.starts_with(b))
        })
}

/// Whether the words before `start` make a fraction a share (占比1/6, 比例为三分之一).
pub(super) fn share_context(text: &str, start: usize) -> bool {
    // Within the clause: 占比1/6，4/5 does not make the second fraction a share.
    let before: String = text
        .get(..start)
        .unwrap_or("")
        .chars()
        .rev()
        .take(6)
        .take_while(|c| !matches!(c, '，' | ',' | '。' | '；' | ';' | '：' | ':' | '\n'))
        .collect();
    before.contains(['占', '比', '率'])
}

/// How a percentage is written after its number: what its value is multiplied by.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum PercentForm {
    /// 六成 = 60%, 七成六 = 76%.
    Cheng,
    /// 三成半 = 35%.
    ChengHalf,
    /// 八折 = 80%, 八五折 = 85%.
    Zhe,
}

/// What follows a number: its kind, unit, power of ten and where the unit ends.
#[derive(Debug, Clone)]
pub(super) struct Class {
    pub kind: FigureKind,
    /// The public unit (none for percentages).
    pub unit: Option<Unit>,
    /// How a percentage written with 成 or 折 turns into percent points.
    pub form: Option<PercentForm>,
    /// The power of ten one unit is worth (亿 is in the number; 角 = -1, P = 15).
    pub exponent: i64,
    /// The end of the unit.
    pub end: usize,
}

impl Class {
    fn new(kind: FigureKind, unit: Option<Unit>, exponent: i64, end: usize) -> Class {
        Class {
            kind,
            unit,
            form: None,
            exponent,
            end,
        }
    }
}

/// Kind, unit, power of ten and end of the unit after the number(s) ending at `end`.
pub(super) fn classify(doc: &Document<'_>, pos: usize, end: usize, number: &Scanned) -> Class {
    let text = doc.text;
    // A space may stand before these units (10 EFLOPS, 3 %), not before a bare P or E.
    let is_unit = |r: &str| {
        r.starts_with(['%', '％', '成', '折', '个', '個', '百'])
            || currency_at(r, false).is_some()
            || compute_unit_at(r).is_some_and(|(_, cu)| !cu.bare)
    };
    let at = skip_spaces(text, end, is_unit);
    let rest = text.get(at..).unwrap_or("");
    percent_unit(rest, at)
        .or_else(|| money_unit(text, rest, at, number))
        .or_else(|| compute_unit(text, pos, rest, at))
        .or_else(|| word_unit(doc, pos, rest, at, number))
        .unwrap_or_else(|| Class::new(FigureKind::Number, None, 0, end))
}

/// %, ‰, 个百分点, 个基点 at `at` (`rest` is the text from there).
fn percent_unit(rest: &str, at: usize) -> Option<Class> {
    if let Some(c) = first_char(rest).filter(|c| matches!(c, '%' | '％')) {
        return Some(Class::new(
            FigureKind::Percentage,
            None,
            0,
            at + c.len_utf8(),
        ));
    }
    if rest.starts_with('‰') {
        return Some(Class::new(
            FigureKind::Percentage,
            None,
            -1,
            at + '‰'.len_utf8(),
        ));
    }
    // Every form below starts with 个, 個, 百 or 基 (spaces may stand before it): a
    // number followed by anything else, as most are, needs no squeezed copy.
    let first = rest.chars().take(12).find(|c| !c.is_whitespace());
    if !first.is_some_and(|c| matches!(c, '个' | '個' | '百' | '基')) {
        return None;
    }
    let squeezed: String = rest
        .chars()
        .take(12)
        .filter(|c| !c.is_whitespace())
        .take(4)
        .collect();
    // 35个基点: basis points, a hundredth of a percentage point.
    for (form, exponent) in [
        ("个百分点", 0),
        ("個百分點", 0),
        ("百分点", 0),
        ("百分點", 0),
        ("个基点", -2),
        ("個基點", -2),
        ("基点", -2),
    ] {
        if squeezed.starts_with(form) {
            // Walk the original text over the form's chars and any spaces between them.
            let mut consumed = 0;
            let mut left = form.chars().count();
            for ch in rest.chars() {
                if left == 0 {
                    break;
                }
                consumed += ch.len_utf8();
                if !ch.is_whitespace() {
                    left -= 1;
                }
            }
            return Some(Class::new(
                FigureKind::PercentagePoint,
                None,
                exponent,
                at + consumed,
            ));
        }
    }
    None
}

/// A currency (or 块) at `at`, possibly after k/w (40k元, 30w) or 个 (两个亿).
fn money_unit(text: &str, rest: &str, at: usize, number: &Scanned) -> Option<Class> {
    // 40k元, 30w: thousands and ten-thousands before a currency.
    let (rest, at, k_exp) = match rest.chars().next() {
        Some('k' | 'K')
            if number.arabic && currency_at(rest.get(1..).unwrap_or(""), false).is_some() =>
        {
            (rest.get(1..).unwrap_or(""), at + 1, 3)
        }
        Some('w' | 'W')
            if number.arabic && currency_at(rest.get(1..).unwrap_or(""), false).is_some() =>
        {
            (rest.get(1..).unwrap_or(""), at + 1, 4)
        }
        _ => (rest, at, 0),
    };
    // 20个比特币, 两个亿: a measure word may stand between the number and the currency.
    let (rest, at) = match rest.strip_prefix('个').or_else(|| rest.strip_prefix('個')) {
        Some(r) if currency_at(r, false).is_some_and(|(f, _)| f != "元" && f != "角") => {
            (r, at + '个'.len_utf8())
        }
        _ => (rest, at),
    };
    if let Some((form, cur)) = currency_at(rest, false) {
        let mut unit_end = at + form.len();
        let mut code = cur.code;
        // 8亿元人民币, 三万元欧元: a currency word right after 元 names the currency.
        if form == "元"
            && let Some((form2, cur2)) = text.get(unit_end..).and_then(|r| currency_at(r, false))
            && form2 != "元"
            && form2 != "角"
        {
            unit_end += form2.len();
            code = cur2.code;
        }
        return Some(Class::new(
            FigureKind::Money,
            Some(Unit::Currency(code.to_string())),
            cur.exponent + k_exp,
            unit_end,
        ));
    }
    let after_kuai = rest.strip_prefix('块')?;
    let yuan = first_char(after_kuai).is_none_or(|c| {
        // 十块五: a digit after 块 is jiao; 三块, 几十万块: 块 closing a clause is yuan
        // (三块地 is a count).
        matches!(
            crate::number::scan::symbol(c),
            Some(crate::number::scan::Symbol::Digit(_))
        ) && !c.is_ascii_digit()
            || !c.is_alphanumeric()
    });
    yuan.then(|| {
        Class::new(
            FigureKind::Money,
            Some(Unit::Currency("CNY".into())),
            0,
            at + '块'.len_utf8(),
        )
    })
}

/// A compute unit (10 EFLOPS, 300P in a sentence about computing, 卡 after a number).
fn compute_unit(text: &str, pos: usize, rest: &str, at: usize) -> Option<Class> {
    if let Some((form, cu)) = compute_unit_at(rest)
        && (!cu.bare || computing_context(text, pos))
    {
        return Some(Class::new(
            FigureKind::Compute,
            Some(cu.unit.clone()),
            cu.exponent,
            at + form.len(),
        ));
    }
    (rest.starts_with('卡') && computing_context(text, pos)).then(|| {
        Class::new(
            FigureKind::Compute,
            Some(Unit::Cards),
            0,
            at + '卡'.len_utf8(),
        )
    })
}

/// 成, 折, 大, 倍, 打, a physical unit, a duration or a measure word at `at`.
fn word_unit(
    doc: &Document<'_>,
    pos: usize,
    rest: &str,
    at: usize,
    number: &Scanned,
) -> Option<Class> {
    let text = doc.text;
    // Only the units that depend on the value (三成, 八折, 十大, 十打) read it: reading it
    // is most of the cost of this test, which runs on every number.
    let value = if rest.starts_with(['成', '折', '大', '打']) {
        scaled(number, 0).map_or(f64::NAN, |(v, _)| v)
    } else {
        f64::NAN
    };
    if rest.starts_with('成') && (0.0..=10.0).contains(&value) && standalone(doc, at, 3, pos) {
        // 三成半 = 35%.
        let half = text.get(at + 3..).is_some_and(|r| r.starts_with('半'));
        let mut class = Class::new(
            FigureKind::Percentage,
            None,
            1,
            at + if half { 6 } else { 3 },
        );
        class.form = Some(if half {
            PercentForm::ChengHalf
        } else {
            PercentForm::Cheng
        });
        return Some(class);
    }
    // 十折 is no discount at all: a discount is below 10.
    if rest.starts_with('折')
        && (0.0..100.0).contains(&value)
        && value != 10.0
        && standalone(doc, at, 3, pos)
    {
        let mut class = Class::new(FigureKind::Percentage, None, 0, at + 3);
        class.form = Some(PercentForm::Zhe);
        return Some(class);
    }
    if rest.starts_with('大') && (2.0..100.0).contains(&value) && value.fract() == 0.0 {
        let next_is_noun = doc
            .token_starting_at(at + 3)
            .and_then(|i| doc.tokens.get(i))
            .is_some_and(|t| t.tag.starts_with('n') || t.tag == "vn");
        if next_is_noun && standalone(doc, at, 3, pos) {
            return Some(Class::new(
                FigureKind::Count,
                Some(Unit::Measure("大".into())),
                0,
                at + 3,
            ));
        }
    }
    if rest.starts_with('倍') {
        return Some(Class::new(FigureKind::Number, Some(Unit::Times), 0, at + 3));
    }
    // 十打苹果: a dozen, unless 打 is the verb of a discount (打八折).
    if rest.starts_with('打')
        && value.fract() == 0.0
        && !rest
            .get(3..)
            .and_then(first_char)
            .is_some_and(|c| crate::number::scan::symbol(c).is_some() || c == '折')
    {
        return Some(Class::new(
            FigureKind::Count,
            Some(Unit::Measure(DOZEN.into())),
            0,
            at + 3,
        ));
    }
    if let Some((form, unit)) = physical_unit_at(rest).or_else(|| duration_unit_at(rest))
        && (form != "升" || litres(text, pos, rest))
    {
        return Some(Class::new(
            FigureKind::Number,
            Some(Unit::Physical(unit.to_string())),
            0,
            at + form.len(),
        ));
    }
    measure_unit(doc, rest, at)
}

/// Whether 升 at the start of `rest`, after the number at `pos`, is litres: not the verb
/// "rise" (升至800万, 升为, 升级), and in a sentence about a volume (油箱容量50升).
fn litres(text: &str, pos: usize, rest: &str) -> bool {
    let verb = rest
        .get('升'.len_utf8()..)
        .and_then(first_char)
        .is_some_and(|c| "至到为了高级值幅温降涨".contains(c));
    !verb && volume_context(text, pos)
}

/// The measure word 打 (a dozen): its count is multiplied out (十打 = 120).
pub(super) const DOZEN: &str = "打";

/// A measure word at `at` that ends where a word ends (3家/公司, not 一/起来). The HMM
/// may glue a measure word to the verb after it (4/m 人失联/v): a word jieba does not
/// know, starting with the measure word, ends it too.
fn measure_unit(doc: &Document<'_>, rest: &str, at: usize) -> Option<Class> {
    let text = doc.text;
    let ends_a_word = |len: usize| {
        let at_end = at + len;
        at_end >= text.len()
            || doc
                .token_containing(at_end)
                .and_then(|i| doc.tokens.get(i))
                .is_none_or(|t| t.start == at_end || t.start == at && !t.known)
    };
    let word = measure_word_at(rest).filter(|w| ends_a_word(w.len()))?;
    // 两个月, 三个月时间: a duration, not a count of things (months in UCUM, as 三年 is
    // `a`).
    if matches!(word, "个月" | "個月") {
        return Some(Class::new(
            FigureKind::Number,
            Some(Unit::Physical("mo".into())),
            0,
            at + word.len(),
        ));
    }
    Some(Class::new(
        FigureKind::Count,
        Some(Unit::Measure(word.to_string())),
        0,
        at + word.len(),
    ))
}
