//! Reading one figure at a position: the number, what precedes it (currency symbol,
//! 百分之, qualifier) and what follows it (unit, range, qualifier).

use super::units::{compute_unit_at, currency_at, measure_word_at};
use super::{Draft, scaled};
use crate::model::{FigureKind, Qualifier};
use crate::number::{Scanned, scan};
use crate::segment::Document;

/// What [`figure_at`] found.
pub(crate) enum Outcome {
    /// A figure.
    Figure(Draft),
    /// Something numeric that is not a figure (an ordinal, a code, a phone number):
    /// resume scanning at this byte.
    Skip(usize),
    /// Nothing starts here.
    Nothing,
}

/// Qualifiers written before a number, longest first.
const PREFIX_QUALIFIERS: &[(&str, Qualifier)] = &[
    ("不超过", Qualifier::LessThan),
    ("超过", Qualifier::MoreThan),
    ("超出", Qualifier::MoreThan),
    ("多于", Qualifier::MoreThan),
    ("大于", Qualifier::MoreThan),
    ("高于", Qualifier::MoreThan),
    ("至少", Qualifier::MoreThan),
    ("最少", Qualifier::MoreThan),
    ("将近", Qualifier::Approximately),
    ("接近", Qualifier::Approximately),
    ("大约", Qualifier::Approximately),
    ("大概", Qualifier::Approximately),
    ("约合", Qualifier::Approximately),
    ("不到", Qualifier::LessThan),
    ("不足", Qualifier::LessThan),
    ("少于", Qualifier::LessThan),
    ("小于", Qualifier::LessThan),
    ("低于", Qualifier::LessThan),
    ("最多", Qualifier::LessThan),
    ("超", Qualifier::MoreThan),
    ("逾", Qualifier::MoreThan),
    ("近", Qualifier::Approximately),
    ("约", Qualifier::Approximately),
];

/// Qualifiers written after a figure, longest first.
const SUFFIX_QUALIFIERS: &[(&str, Qualifier)] = &[
    ("左右", Qualifier::Approximately),
    ("上下", Qualifier::Approximately),
    ("以上", Qualifier::MoreThan),
    ("之多", Qualifier::MoreThan),
    ("有余", Qualifier::MoreThan),
    ("以下", Qualifier::LessThan),
    ("以内", Qualifier::LessThan),
    ("余", Qualifier::MoreThan),
    ("多", Qualifier::MoreThan),
];

/// Words that may complete a Chinese numeral inside one jieba token (三个, 六成, 七大):
/// a numeral inside any other word (一些, 统一, 十分, 李四) is not a figure.
const TOKEN_TAILS: &[&str] = &[
    "个", "家", "只", "名", "位", "项", "笔", "台", "座", "款", "支", "件", "种", "条", "次", "人", "户", "所",
    "辆", "架", "艘", "张", "份", "篇", "部", "本", "场", "届", "批", "轮", "期", "处", "例", "波", "成", "折",
    "倍", "大", "年", "月", "日", "天", "岁", "号", "元", "块", "亿", "万", "多", "余", "类", "层", "双", "对",
];

fn first_char(s: &str) -> Option<char> {
    s.chars().next()
}

fn prev_char(text: &str, pos: usize) -> Option<char> {
    text.get(..pos)?.chars().next_back()
}

fn is_numeral_start(c: char, next: Option<char>) -> bool {
    use crate::number::scan::Symbol;
    match crate::number::scan::symbol(c) {
        Some(Symbol::Digit(_)) => true,
        Some(Symbol::Small(1)) => true,
        Some(Symbol::Some) => next.and_then(crate::number::scan::symbol).is_some_and(|s| matches!(s, Symbol::Small(_))),
        _ => matches!(c, '负' | '負' | '数') && next.and_then(crate::number::scan::symbol).is_some(),
    }
}

/// Whether the sentence around `pos` speaks of computing (so 240P is compute capacity).
fn computing_context(text: &str, pos: usize) -> bool {
    let stops = ['。', '；', '\n', '！', '？', ';'];
    let start = text.get(..pos).and_then(|b| b.rfind(stops)).unwrap_or(0);
    let end = text.get(pos..).and_then(|a| a.find(stops)).map_or(text.len(), |e| pos + e);
    text.get(start..end)
        .is_some_and(|s| ["算", "GPU", "FLOPS", "芯片", "服务器", "集群"].iter().any(|w| s.contains(w)))
}

/// Skip spaces when what follows them satisfies `then`.
fn skip_spaces(text: &str, at: usize, then: impl Fn(&str) -> bool) -> usize {
    let rest = text.get(at..).unwrap_or("");
    let trimmed = rest.trim_start_matches([' ', '\u{3000}']);
    let skipped = rest.len() - trimmed.len();
    if skipped > 0 && skipped <= 8 && then(trimmed) { at + skipped } else { at }
}

/// Whether `text[at..at+len]` is a whole token, or the end of a token holding the numeral.
fn standalone(doc: &Document<'_>, at: usize, len: usize, numeral_start: usize) -> bool {
    match doc.token_containing(at) {
        Some(i) => doc.tokens.get(i).is_some_and(|t| (t.start == at || t.start >= numeral_start) && t.end == at + len),
        None => true,
    }
}

/// The figure that starts with the number at `pos`, if any. `floor` is where the
/// previous figure ended: prefixes are not looked for before it.
pub(crate) fn figure_at(doc: &Document<'_>, pos: usize, floor: usize) -> Outcome {
    let text = doc.text;
    let Some(rest) = text.get(pos..) else { return Outcome::Nothing };
    let Some(c) = first_char(rest) else { return Outcome::Nothing };
    if let Some(d) = special(doc, pos, rest) {
        return Outcome::Figure(d);
    }
    if !is_numeral_start(c, rest.chars().nth(1)) {
        return Outcome::Nothing;
    }
    let arabic_start = c.is_ascii_digit() || ('０'..='９').contains(&c);
    let prev = prev_char(text, pos);
    if arabic_start && prev.is_some_and(|p| p.is_ascii_alphanumeric() || p == '.' || p == '_') {
        // Part of a code or a model name (H100, GPT4): skip the whole run.
        let run = rest.find(|ch: char| !(ch.is_ascii_alphanumeric() || ch == '.')).unwrap_or(rest.len());
        return Outcome::Skip(pos + run);
    }
    if !arabic_start {
        // A Chinese numeral must open its jieba token (not 统一, 李四, 万一).
        let Some(i) = doc.token_containing(pos) else { return Outcome::Nothing };
        if doc.tokens.get(i).is_none_or(|t| t.start != pos) {
            return Outcome::Nothing;
        }
    }
    let Some(first) = scan(rest) else { return Outcome::Nothing };
    let num_end = pos + first.len;
    if prev == Some('第') {
        return Outcome::Skip(num_end);
    }
    if !arabic_start {
        if let Some(t) = doc.token_containing(pos).and_then(|i| doc.tokens.get(i)) {
            if t.end > num_end {
                let tail = text.get(num_end..t.end).unwrap_or("");
                if !TOKEN_TAILS.contains(&tail) {
                    return Outcome::Nothing;
                }
            }
        }
    }
    let literal = text.get(pos..num_end).unwrap_or("");
    let digits = literal.chars().filter(|c| c.is_ascii_digit()).count();
    if first.arabic && !first.chinese && digits >= 11 && literal.chars().all(|c| c.is_ascii_digit()) {
        return Outcome::Skip(num_end);
    }
    if first.magnitude.is_err() {
        return Outcome::Skip(num_end);
    }
    let (first, num_end) = slash_fraction(text, first, num_end);
    read_after(doc, pos, floor, first, num_end)
}

/// `1/6`, `３／５`: an Arabic fraction after the number just read.
fn slash_fraction(text: &str, first: Scanned, num_end: usize) -> (Scanned, usize) {
    let Some(rest) = text.get(num_end..) else { return (first, num_end) };
    let slash = if rest.starts_with('/') { 1 } else if rest.starts_with('／') { 3 } else { 0 };
    if slash == 0 || !first.arabic || first.chinese || first.units {
        return (first, num_end);
    }
    let Some(den) = rest.get(slash..).and_then(scan) else { return (first, num_end) };
    if !den.arabic || den.chinese || den.units {
        return (first, num_end);
    }
    match (scaled(&first, 0), scaled(&den, 0)) {
        (Some((a, _)), Some((b, _))) if b != 0.0 && rest.get(slash + den.len..).and_then(first_char).is_none_or(|c| c != '/') => {
            let mut out = first;
            out.magnitude = Ok(crate::number::Magnitude::Ratio(a / b));
            out.negative = false;
            out.fraction = true;
            (out, num_end + slash + den.len)
        }
        _ => (first, num_end),
    }
}

/// The figures that need no number: 对折 (50%), E级 (10^18 FLOP/s), 万卡 (10 000 cards).
fn special(doc: &Document<'_>, pos: usize, rest: &str) -> Option<Draft> {
    let draft = |len: usize, kind, value: f64, exact: &str, unit: Option<&str>| Draft {
        start: pos,
        end: pos + len,
        kind,
        value,
        exact: exact.to_string(),
        value_max: None,
        unit: unit.map(str::to_string),
        qualifier: None,
    };
    for w in ["对折", "對折", "半折"] {
        if rest.starts_with(w) && standalone(doc, pos, w.len(), pos) {
            return Some(draft(w.len(), FigureKind::Percentage, 50.0, "50", None));
        }
    }
    let prev = prev_char(doc.text, pos);
    if rest.starts_with("E级") && !prev.is_some_and(|p| p.is_ascii_alphanumeric()) {
        return Some(draft("E级".len(), FigureKind::Compute, 1e18, "1000000000000000000", Some("FLOPS")));
    }
    for (w, value, exact) in [("万卡", 1e4, "10000"), ("千卡", 1e3, "1000"), ("萬卡", 1e4, "10000")] {
        if rest.starts_with(w) && !prev.and_then(crate::number::scan::symbol).is_some() {
            return Some(draft(w.len(), FigureKind::Compute, value, exact, Some("cards")));
        }
    }
    None
}

/// Classify the number `first` at `pos..num_end` by what follows and precedes it.
fn read_after(doc: &Document<'_>, pos: usize, floor: usize, first: Scanned, num_end: usize) -> Outcome {
    let text = doc.text;
    let mut qualifier = if first.approximate { Some(Qualifier::MoreThan) } else { None };
    let mut end = num_end;
    let mut low = first;
    let mut high: Option<Scanned> = None;
    let mut exponent_shift = 0i64;

    // 20余家, 三十多个: 多/余 between the number and its unit.
    if let Some(rest) = text.get(end..) {
        if (rest.starts_with('多') || rest.starts_with('余') || rest.starts_with('来'))
            && rest.get(3..).is_some_and(|r| measure_word_at(r).is_some() || currency_at(r, false).is_some())
        {
            end += 3;
            qualifier = Some(Qualifier::MoreThan);
        }
    }
    // A range: 10亿至20亿元, 15%-20%, 3-5家.
    let after_first_percent = text.get(end..).is_some_and(|r| r.starts_with('%') || r.starts_with('％'));
    let connector_at = if after_first_percent {
        end + text.get(end..).and_then(first_char).map_or(1, char::len_utf8)
    } else {
        end
    };
    if let Some(r) = text.get(connector_at..) {
        let connector = ["至", "到", "~", "～", "-", "－", "—"].into_iter().find(|c| r.starts_with(c));
        if let Some(conn) = connector {
            let second_at = connector_at + conn.len();
            let ascii_dash = matches!(conn, "-" | "－" | "—");
            if let Some(second) = text.get(second_at..).and_then(scan) {
                let ok = second.magnitude.is_ok() && (!ascii_dash || (low.arabic && second.arabic && !low.chinese))
                    && second.len <= 24;
                if ok {
                    let second_text = text.get(second_at..second_at + second.len).unwrap_or("");
                    let first_text = text.get(pos..num_end).unwrap_or("");
                    if !first_text.contains(['万', '亿', '萬', '億']) {
                        exponent_shift = trailing_big_units(second_text);
                    }
                    end = second_at + second.len;
                    high = Some(second);
                }
            }
        }
    }
    let (kind, unit, exponent, unit_end) = match classify(doc, pos, end, &low) {
        Some(c) => c,
        None => return Outcome::Nothing,
    };
    let mut end = unit_end;
    // Prefixes: currency symbol, 百分之, qualifier.
    let mut start = pos;
    let mut kind = kind;
    let mut unit = unit;
    let mut exponent = exponent;
    if matches!(prev_char(text, start), Some('-' | '−' | '－'))
        && !prev_char(text, start - 1).is_some_and(|c| c.is_alphanumeric())
        && low.arabic
    {
        start -= 1;
        low.negative = true;
    }
    let before = text.get(floor.min(start)..start).unwrap_or("");
    let before_trim = before.trim_end_matches([' ', '\u{3000}']);
    if let Some((form, scale)) = [("百分之", 0i64), ("百 分之", 0), ("百 分 之", 0), ("千分之", -1), ("万分之", -2), ("萬分之", -2)]
        .into_iter()
        .find(|(f, _)| before_trim.ends_with(f))
    {
        if kind == FigureKind::Number {
            start = floor.max(start - (before.len() - before_trim.len()) - form.len());
            kind = FigureKind::Percentage;
            exponent = scale;
            unit = None;
        }
    } else if matches!(kind, FigureKind::Number | FigureKind::Money) {
        let found = super::units::CURRENCIES
            .iter()
            .find(|(form, cur)| cur.prefix && before_trim.ends_with(form) && (form.len() > 1 || true));
        if let Some((form, cur)) = found {
            if kind == FigureKind::Number || unit.as_deref() == Some(cur.code) {
                start -= before.len() - before_trim.len() + form.len();
                kind = FigureKind::Money;
                unit = Some(cur.code.to_string());
            }
        }
    }
    let before = text.get(floor.min(start)..start).unwrap_or("");
    if let Some((form, q)) = PREFIX_QUALIFIERS.iter().find(|(f, _)| before.ends_with(f)) {
        let qstart = start - form.len();
        let own_token = doc.token_containing(qstart).and_then(|i| doc.tokens.get(i)).is_none_or(|t| t.start == qstart);
        if own_token {
            start = qstart;
            qualifier = Some(*q);
        }
    }
    // Suffix qualifiers: 150家左右, 9000块钱以上.
    if let Some(rest) = text.get(end..) {
        if let Some((form, q)) = SUFFIX_QUALIFIERS.iter().find(|(f, _)| rest.starts_with(f)) {
            let single = form.chars().count() == 1;
            let clean_end = rest.get(form.len()..).and_then(first_char).is_none_or(|c| !c.is_alphanumeric() || !single);
            if kind != FigureKind::Number || !single {
                if clean_end && !(single && kind == FigureKind::Number) {
                    end += form.len();
                    qualifier = Some(*q);
                }
            }
        }
    }
    let Some((value, exact)) = scaled(&low, exponent + exponent_shift) else { return Outcome::Skip(end) };
    let value_max = high.as_ref().and_then(|h| scaled(h, exponent)).map(|(v, _)| v);
    let (value, exact) = match (kind, unit.as_deref()) {
        // 八折 = 80%, 八五折 = 85%, 7.5折 = 75%.
        (FigureKind::Percentage, Some("折")) if value < 10.0 => match scaled(&low, 1) {
            Some(v) => v,
            None => (value, exact),
        },
        // 三成半 = 35%.
        (FigureKind::Percentage, Some("成半")) => (value + 5.0, format!("{}", value + 5.0)),
        // 占比1/6, 三分之一的: a fraction read as a share.
        (FigureKind::Number, None) if low.fraction && share_context(text, start) => {
            kind = FigureKind::Percentage;
            match scaled(&low, 2) {
                Some(v) => v,
                None => (value, exact),
            }
        }
        _ => (value, exact),
    };
    let unit = match (kind, unit.as_deref()) {
        (FigureKind::Percentage, _) => None,
        _ => unit,
    };
    let (value, exact) = match money_tail(text, &mut end, value) {
        Some(v) if kind == FigureKind::Money => (v, format!("{v}")),
        _ => (value, exact),
    };
    Outcome::Figure(Draft {
        start,
        end,
        kind,
        value,
        exact,
        value_max,
        unit,
        qualifier,
    })
}

/// The power of ten of the big units ending a numeral (三万亿 → 12), so that 两到三万
/// scales the 两 too.
fn trailing_big_units(numeral: &str) -> i64 {
    let mut exp = 0;
    for c in numeral.chars().rev() {
        match c {
            '万' | '萬' => exp += 4,
            '亿' | '億' => exp += 8,
            _ => break,
        }
    }
    exp
}

/// Jiao and fen after yuan (123元1角1分, 十块五): added to `value`, `end` moved past them.
fn money_tail(text: &str, end: &mut usize, value: f64) -> Option<f64> {
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
        if text.get(after..).is_some_and(|r| r.starts_with(unit)) && v < 10.0 && v >= 0.0 {
            total += v * scale;
            at = after + unit.len();
            *end = at;
        } else if unit == "角" && prev.ends_with('块') && v < 10.0 && !n.arabic {
            // 十块五: a lone digit after 块 is jiao.
            total += v * scale;
            *end = after;
            return Some((total * 100.0).round() / 100.0);
        }
    }
    if text.get(*end..).is_some_and(|r| r.starts_with('整') || r.starts_with('正')) && prev.ends_with(['元', '圆']) {
        *end += 3;
    }
    (total != value).then_some((total * 100.0).round() / 100.0)
}

/// Whether the words before `start` make a fraction a share (占比1/6, 比例为三分之一).
fn share_context(text: &str, start: usize) -> bool {
    let before: String = text.get(..start).unwrap_or("").chars().rev().take(6).collect();
    before.contains(['占', '比', '率'])
}

/// Kind, unit, power of ten and end of the unit after the number(s) ending at `end`.
fn classify(doc: &Document<'_>, pos: usize, end: usize, number: &Scanned) -> Option<(FigureKind, Option<String>, i64, usize)> {
    let text = doc.text;
    let is_unit = |r: &str| {
        r.starts_with(['%', '％', '成', '折', '个', '個', '百']) || currency_at(r, false).is_some()
    };
    let at = skip_spaces(text, end, is_unit);
    let rest = text.get(at..).unwrap_or("");
    if rest.starts_with('%') || rest.starts_with('％') {
        return Some((FigureKind::Percentage, None, 0, at + first_char(rest)?.len_utf8()));
    }
    if rest.starts_with('‰') {
        return Some((FigureKind::Percentage, None, -1, at + '‰'.len_utf8()));
    }
    let squeezed: String = rest.chars().take(12).filter(|c| !c.is_whitespace()).take(4).collect();
    for form in ["个百分点", "個百分點", "百分点", "百分點"] {
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
            return Some((FigureKind::PercentagePoint, None, 0, at + consumed));
        }
    }
    // 40k元, 30w: thousands and ten-thousands before a currency.
    let (rest, at, k_exp) = match rest.chars().next() {
        Some('k' | 'K') if number.arabic && currency_at(rest.get(1..).unwrap_or(""), false).is_some() => {
            (rest.get(1..).unwrap_or(""), at + 1, 3)
        }
        Some('w' | 'W') if number.arabic && currency_at(rest.get(1..).unwrap_or(""), false).is_some() => {
            (rest.get(1..).unwrap_or(""), at + 1, 4)
        }
        _ => (rest, at, 0),
    };
    if let Some((form, cur)) = currency_at(rest, false) {
        let mut unit_end = at + form.len();
        let mut code = cur.code;
        // 8亿元人民币, 三万元欧元: a currency word right after 元 names the currency.
        if form == "元" {
            if let Some((form2, cur2)) = text.get(unit_end..).and_then(|r| currency_at(r, false)) {
                if form2 != "元" && form2 != "角" {
                    unit_end += form2.len();
                    code = cur2.code;
                }
            }
        }
        return Some((FigureKind::Money, Some(code.to_string()), cur.exponent + k_exp, unit_end));
    }
    if rest.starts_with('块') && rest.get(3..).and_then(first_char).is_some_and(|c| {
        matches!(crate::number::scan::symbol(c), Some(crate::number::scan::Symbol::Digit(_))) && !c.is_ascii_digit()
    }) {
        return Some((FigureKind::Money, Some("CNY".into()), 0, at + 3));
    }
    if let Some((form, cu)) = compute_unit_at(rest) {
        if !cu.bare || computing_context(text, pos) {
            return Some((FigureKind::Compute, Some(cu.unit.to_string()), cu.exponent, at + form.len()));
        }
    }
    if rest.starts_with('卡') && computing_context(text, pos) {
        return Some((FigureKind::Compute, Some("cards".into()), 0, at + 3));
    }
    let value = scaled(number, 0).map_or(f64::NAN, |(v, _)| v);
    if rest.starts_with('成') && (0.0..=10.0).contains(&value) && standalone(doc, at, 3, pos) {
        // 三成半 = 35%.
        let half = text.get(at + 3..).is_some_and(|r| r.starts_with('半'));
        let end = at + if half { 6 } else { 3 };
        return Some((FigureKind::Percentage, Some(if half { "成半" } else { "成" }.into()), 1, end));
    }
    if rest.starts_with('折') && (0.0..100.0).contains(&value) && standalone(doc, at, 3, pos) {
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
    if let Some(word) = measure_word_at(rest) {
        return Some((FigureKind::Count, Some(word.to_string()), 0, at + word.len()));
    }
    Some((FigureKind::Number, None, 0, end))
}
