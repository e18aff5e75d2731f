//! What follows a number: its unit (currency, %, 成, 折, 个百分点, compute unit,
//! measure word) and, for money, the jiao and fen after the yuan.

use super::scaled;
use super::text::{computing_context, first_char, skip_spaces, standalone};
use super::units::{compute_unit_at, currency_at, measure_word_at, physical_unit_at};
use crate::model::FigureKind;
use crate::number::{Scanned, scan};
use crate::segment::Document;

/// Jiao and fen after yuan (123元1角1分, 十块五): added to `value`, `end` moved past them.
pub(super) fn money_tail(text: &str, end: &mut usize, value: f64) -> Option<f64> {
    let prev = text.get(..*end)?;
    if !(prev.ends_with('元') || prev.ends_with('圆') || prev.ends_with('块')) {
        return None;
    }
    let mut total = value;
    let mut at = *end;
    for (unit, scale) in [("角", 0.1), ("毛", 0.1), ("分", 0.01)] {
        let Some(rest) = text.get(at..) else { break };
        let Some(n) = scan(rest) else { break };
        let Some((v, _)) = scaled(&n, 0) else { break };
        let after = at + n.len;
        if text.get(after..).is_some_and(|r| r.starts_with(unit)) && (0.0..10.0).contains(&v) {
            total += v * scale;
            at = after + unit.len();
            *end = at;
        } else if unit == "角"
            && prev.ends_with('块')
            && v < 10.0
            && !n.arabic
            && !text
                .get(after..)
                .is_some_and(|r| r.starts_with(['毛', '分']))
        {
            // 十块五: a lone digit after 块 is jiao.
            total += v * scale;
            *end = after;
            return Some((total * 100.0).round() / 100.0);
        }
    }
    let closing_word = text
        .get(*end..)
        .is_some_and(|r| r.starts_with('整') || r.starts_with('正'));
    let qian = total != value && text.get(*end..).is_some_and(|r| r.starts_with('钱'));
    if (closing_word && prev.ends_with(['元', '圆'])) || qian {
        *end += 3;
    }
    (total != value).then_some((total * 100.0).round() / 100.0)
}

/// 两美元又三美分, 10日元5銭: a number and a sub-unit of the same currency after an
/// amount in the main unit; added to `value`, `end` moved past them.
pub(super) fn subunit_tail(text: &str, end: &mut usize, code: &str, value: f64) -> Option<f64> {
    let rest = text.get(*end..)?;
    let joined = rest
        .strip_prefix('又')
        .or_else(|| rest.strip_prefix('零'))
        .unwrap_or(rest);
    let skipped = rest.len() - joined.len();
    let n = scan(joined)?;
    let (v, _) = scaled(&n, 0)?;
    let (form, cur) = currency_at(joined.get(n.len..)?, false)?;
    if cur.code != code || cur.exponent >= 0 || !(0.0..100.0).contains(&v) {
        return None;
    }
    let (scale, _) = scaled(&n, cur.exponent)?;
    *end += skipped + n.len + form.len();
    Some(((value + scale) * 100.0).round() / 100.0)
}

/// 七成六: the single digit after 成 that adds a percent point; (digit, end).
pub(super) fn tenth_after_cheng(text: &str, end: usize) -> Option<(u8, usize)> {
    let rest = text.get(end..)?;
    let trimmed = rest.trim_start_matches([' ', '\u{3000}']);
    let spaces = rest.len() - trimmed.len();
    if spaces > 1 {
        return None;
    }
    let c = first_char(trimmed)?;
    let digit = match crate::number::scan::symbol(c) {
        Some(crate::number::scan::Symbol::Digit(d)) if d > 0 && !c.is_ascii_digit() => d,
        _ => return None,
    };
    // 七成六 but not 七成六十 or 七成五个: the digit must stand alone.
    let after = trimmed.get(c.len_utf8()..).and_then(first_char);
    let alone = after.is_none_or(|a| {
        crate::number::scan::symbol(a).is_none()
            && measure_word_at(trimmed.get(c.len_utf8()..).unwrap_or("")).is_none()
            && !a.is_alphanumeric()
            || matches!(a, '的')
    });
    alone.then_some((digit, end + spaces + c.len_utf8()))
}

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

/// Bodies and meetings numbered by session: 十四届全国人大, 二次会议, 三中全会.
const SESSION_BODIES: &[&str] = &[
    "全国人大",
    "全国政协",
    "人大",
    "政协",
    "中央",
    "全会",
    "会议",
    "代表大会",
    "党代会",
    "人代会",
    "委员会",
    "理事会",
    "董事会",
    "监事会",
    "运动会",
    "全运会",
    "奥运会",
    "中全会",
    "常委会",
    "大会",
];

/// Whether a count of 届 or 次 ending at `unit_end` numbers a session (十四届全国人大二次
/// 会议: the 14th congress, its 2nd session) rather than counting sessions (连任两届).
pub(super) fn session_ordinal(text: &str, unit: Option<&str>, unit_end: usize) -> bool {
    matches!(unit, Some("届" | "次"))
        && text
            .get(unit_end..)
            .is_some_and(|rest| SESSION_BODIES.iter().any(|b| rest.starts_with(b)))
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

/// Kind, unit, power of ten and end of the unit after the number(s) ending at `end`.
pub(super) fn classify(
    doc: &Document<'_>,
    pos: usize,
    end: usize,
    number: &Scanned,
) -> Option<(FigureKind, Option<String>, i64, usize)> {
    let text = doc.text;
    // A space may stand before these units (10 EFLOPS, 3 %), not before a bare P or E.
    let is_unit = |r: &str| {
        r.starts_with(['%', '％', '成', '折', '个', '個', '百'])
            || currency_at(r, false).is_some()
            || compute_unit_at(r).is_some_and(|(_, cu)| !cu.bare)
    };
    let at = skip_spaces(text, end, is_unit);
    let rest = text.get(at..).unwrap_or("");
    if rest.starts_with('%') || rest.starts_with('％') {
        return Some((
            FigureKind::Percentage,
            None,
            0,
            at + first_char(rest)?.len_utf8(),
        ));
    }
    if rest.starts_with('‰') {
        return Some((FigureKind::Percentage, None, -1, at + '‰'.len_utf8()));
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
            return Some((FigureKind::PercentagePoint, None, exponent, at + consumed));
        }
    }
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
        return Some((
            FigureKind::Money,
            Some(code.to_string()),
            cur.exponent + k_exp,
            unit_end,
        ));
    }
    if rest.starts_with('块')
        && rest.get(3..).and_then(first_char).is_some_and(|c| {
            matches!(
                crate::number::scan::symbol(c),
                Some(crate::number::scan::Symbol::Digit(_))
            ) && !c.is_ascii_digit()
        })
    {
        return Some((FigureKind::Money, Some("CNY".into()), 0, at + 3));
    }
    if rest.starts_with('块')
        && rest
            .get(3..)
            .and_then(first_char)
            .is_none_or(|c| !c.is_alphanumeric())
    {
        // 三块, 几十万块: 块 closing a clause is yuan (三块地 is a count).
        return Some((FigureKind::Money, Some("CNY".into()), 0, at + 3));
    }
    if let Some((form, cu)) = compute_unit_at(rest)
        && (!cu.bare || computing_context(text, pos))
    {
        return Some((
            FigureKind::Compute,
            Some(cu.unit.to_string()),
            cu.exponent,
            at + form.len(),
        ));
    }
    if rest.starts_with('卡') && computing_context(text, pos) {
        return Some((FigureKind::Compute, Some("cards".into()), 0, at + 3));
    }
    let value = scaled(number, 0).map_or(f64::NAN, |(v, _)| v);
    if rest.starts_with('成') && (0.0..=10.0).contains(&value) && standalone(doc, at, 3, pos) {
        // 三成半 = 35%.
        let half = text.get(at + 3..).is_some_and(|r| r.starts_with('半'));
        let end = at + if half { 6 } else { 3 };
        return Some((
            FigureKind::Percentage,
            Some(if half { "成半" } else { "成" }.into()),
            1,
            end,
        ));
    }
    // 十折 is no discount at all: a discount is below 10.
    if rest.starts_with('折')
        && (0.0..100.0).contains(&value)
        && value != 10.0
        && standalone(doc, at, 3, pos)
    {
        return Some((FigureKind::Percentage, Some("折".into()), 0, at + 3));
    }
    if rest.starts_with('大') && (2.0..100.0).contains(&value) && value.fract() == 0.0 {
        let next_is_noun = doc
            .token_starting_at(at + 3)
            .and_then(|i| doc.tokens.get(i))
            .is_some_and(|t| t.tag.starts_with('n') || t.tag == "vn");
        if next_is_noun && standalone(doc, at, 3, pos) {
            return Some((FigureKind::Count, Some("大".into()), 0, at + 3));
        }
    }
    if rest.starts_with('倍') {
        return Some((FigureKind::Number, Some("倍".into()), 0, at + 3));
    }
    // 十打苹果: a dozen, unless 打 is the verb of a discount (打八折).
    if rest.starts_with('打')
        && value.fract() == 0.0
        && !rest
            .get(3..)
            .and_then(first_char)
            .is_some_and(|c| crate::number::scan::symbol(c).is_some() || c == '折')
    {
        return Some((FigureKind::Count, Some("打".into()), 0, at + 3));
    }
    if let Some((form, unit)) = physical_unit_at(rest) {
        return Some((
            FigureKind::Number,
            Some(unit.to_string()),
            0,
            at + form.len(),
        ));
    }
    if let Some((form, unit)) = duration_unit_at(rest) {
        return Some((
            FigureKind::Number,
            Some(unit.to_string()),
            0,
            at + form.len(),
        ));
    }
    // 一/起来: a measure word must end where a word ends (3家/公司, not 一/起来).
    // The HMM may glue a measure word to the verb after it (4/m 人失联/v): a word jieba
    // does not know, starting with the measure word, ends it too.
    let ends_a_word = |len: usize| {
        let at_end = at + len;
        at_end >= text.len()
            || doc
                .token_containing(at_end)
                .and_then(|i| doc.tokens.get(i))
                .is_none_or(|t| t.start == at_end || t.start == at && !t.known)
    };
    if let Some(word) = measure_word_at(rest).filter(|w| ends_a_word(w.len())) {
        return Some((
            FigureKind::Count,
            Some(word.to_string()),
            0,
            at + word.len(),
        ));
    }
    Some((FigureKind::Number, None, 0, end))
}
