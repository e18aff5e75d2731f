//! The scanner: reads the longest number at the start of a string, Arabic, Chinese or
//! mixed, into an exact [`Decimal`] (or a ratio for fractions).

use super::cursor::{Accumulator, Cursor};
use super::decimal::{Decimal, DigitBuf, Magnitude, Overflow, decimal_f64};
use super::notation::{Notation, notation};
pub(crate) use super::scanned::Scanned;
pub(crate) use super::symbol::{Symbol, symbol};
use super::symbol::{ascii_digit, is_arabic};

/// Read an Arabic literal (`3,500.25`, `１２３`, `.5`) at the cursor into int and fraction digits.
fn arabic_literal(cur: &mut Cursor<'_>) -> Option<(DigitBuf, DigitBuf)> {
    let mut int = DigitBuf::default();
    let mut frac = DigitBuf::default();
    let mut separator_seen = false;
    let start = cur.pos;
    while let Some(c) = cur.peek() {
        if let Some(d) = ascii_digit(c) {
            int.push(d);
            cur.bump();
        } else if matches!(c, ',' | '，') && !int.is_empty() {
            // A thousands separator only when exactly three digits follow.
            let following: Vec<char> = cur
                .text
                .get(cur.pos + c.len_utf8()..)
                .unwrap_or("")
                .chars()
                .take(8)
                .collect();
            let digits = following.iter().take_while(|&&c| is_arabic(c)).count();
            // The full-width comma is mostly a clause break ($20，300美元 are two
            // amounts): a separator only in a number that also uses the ASCII one, or
            // in a chain of groups (1，000，000).
            let chained = following.get(3).is_some_and(|&n| matches!(n, ',' | '，'))
                && following
                    .iter()
                    .skip(4)
                    .take_while(|&&c| is_arabic(c))
                    .count()
                    == 3;
            let full_width_digits = cur
                .text
                .get(..cur.pos)
                .and_then(|b| b.chars().next_back())
                .is_some_and(|p| ('０'..='９').contains(&p));
            let decimals_follow = following.get(3).is_some_and(|&n| matches!(n, '.' | '．'))
                && following.get(4).is_some_and(|&n| is_arabic(n));
            let full_width_ok =
                c == '，' && int.len() <= 3 && (chained || full_width_digits || decimals_follow)
                    || c == '，' && separator_seen;
            if digits == 3 && (c == ',' || full_width_ok) {
                separator_seen = true;
                cur.bump();
            } else {
                break;
            }
        } else {
            break;
        }
    }
    let point = match cur.peek() {
        Some('.' | '．') => true,
        Some(c) if is_middle_dot(c) => middle_dot_is_point(cur),
        _ => false,
    };
    if point && cur.peek_at(1).is_some_and(is_arabic) {
        cur.bump();
        while let Some(d) = cur.peek().and_then(ascii_digit) {
            frac.push(d);
            cur.bump();
        }
    }
    if int.is_empty() && frac.is_empty() {
        cur.pos = start;
        return None;
    }
    Some((int, frac))
}

/// The middle dots that older print uses as a decimal point (５２·４万人, ３·５％).
fn is_middle_dot(c: char) -> bool {
    matches!(c, '·' | '・' | '‧')
}

/// Whether the middle dot at the cursor is a decimal point: digits follow it and then a
/// magnitude, a percent sign or a unit that dates never carry (５２·４万人, ３·５％, ２·８亿美元),
/// and no second dot (1998·12·5, 12·5 事件 are dates and names of days).
fn middle_dot_is_point(cur: &Cursor<'_>) -> bool {
    let mut after = cur.text.get(cur.pos..).unwrap_or("").chars().skip(1);
    let mut digits = 0usize;
    let next = loop {
        match after.next() {
            Some(c) if is_arabic(c) => digits += 1,
            other => break other,
        }
    };
    digits > 0
        && next.is_some_and(|c| {
            matches!(
                c,
                '万' | '亿'
                    | '萬'
                    | '億'
                    | '兆'
                    | '千'
                    | '百'
                    | '%'
                    | '％'
                    | '‰'
                    | '倍'
                    | '元'
                    | '美'
                    | '英'
                    | '欧'
                    | '港'
                    | '公'
                    | '平'
                    | '立'
                    | '吨'
                    | '噸'
                    | '米'
                    | '克'
                    | '亩'
                    | '畝'
                    | '岁'
                    | '歲'
                    | '个'
                    | '個'
            )
        })
}

/// Read Chinese digits (`二〇二三`, `四五`) after a decimal point or as a digit string.
fn chinese_digits(cur: &mut Cursor<'_>) -> DigitBuf {
    let mut out = DigitBuf::default();
    while let Some(c) = cur.peek() {
        match symbol(c) {
            Some(Symbol::Digit(d)) if !is_arabic(c) => {
                // 俩 (两个) is a count on its own, never a digit of a string: 他们俩一起
                // is no 21.
                let alone = matches!(c, '俩' | '倆');
                if alone && !out.is_empty() {
                    break;
                }
                out.push(char::from(b'0' + d));
                cur.bump();
                if alone {
                    break;
                }
                // 九 九 折: spaced-out digits of one digit string.
                let (next, run) = cur.after_spaces();
                if run > 0
                    && next.is_some_and(|n| {
                        !is_arabic(n) && matches!(symbol(n), Some(Symbol::Digit(_)))
                    })
                {
                    cur.skip_spaces();
                }
            }
            _ => break,
        }
    }
    out
}

/// Read the longest number at the start of `text`, or `None` when it does not start with one.
/// Most are plain (2024年, 三家) and read without the full reader.
pub(crate) fn scan(text: &str) -> Option<Scanned> {
    Scanned::plain(text).or_else(|| scan_in_full(text))
}

/// [`scan`] by the full reader.
pub(super) fn scan_in_full(text: &str) -> Option<Scanned> {
    let mut cur = Cursor { text, pos: 0 };
    let negative = match cur.peek() {
        Some('负' | '負') => cur.peek_at(1).and_then(symbol).is_some(),
        // -5, -.5: an ASCII or full-width minus before an Arabic literal.
        Some('-' | '－' | '−') => cur.peek_at(1).is_some_and(|c| {
            is_arabic(c) || (matches!(c, '.' | '．') && cur.peek_at(2).is_some_and(is_arabic))
        }),
        _ => false,
    };
    if negative {
        cur.bump();
    }
    // 数十亿, 数百万: "several", read like 几.
    let several = cur.peek() == Some('数')
        && cur
            .peek_at(1)
            .and_then(symbol)
            .is_some_and(|s| matches!(s, Symbol::Small(_)));
    let mut out = Scanned {
        len: 0,
        magnitude: Ok(Magnitude::Exact(Decimal::zero())),
        negative,
        approximate: false,
        chinese: false,
        arabic: false,
        units: false,
        fraction: false,
        abbreviated: false,
    };
    if several {
        cur.bump();
        out.approximate = true;
    }
    let whole = integer_part(&mut cur, &mut out, several)?;
    let mut value = match whole {
        Ok(v) => v,
        Err(e) => {
            out.len = cur.pos;
            out.magnitude = Err(e);
            return Some(out);
        }
    };
    // 2e5, 2^5, 15k: notations of Arabic literals.
    if out.arabic
        && !out.chinese
        && let Some((magnitude, how)) = notation(&mut cur, &value)
    {
        out.magnitude = magnitude;
        out.abbreviated = how == Notation::Abbreviated;
        out.len = cur.pos;
        return Some(out);
    }
    // A fraction: X分之Y, and a mixed number A又X分之Y.
    let mut whole_part: Option<Decimal> = None;
    let save = cur.pos;
    cur.skip_spaces();
    if cur.starts_with("又") {
        cur.bump();
        cur.skip_space_before_chinese(true);
        let mut inner = out.clone();
        match integer_part(&mut cur, &mut inner, false) {
            Some(Ok(den))
                if cur
                    .text
                    .get(cur.pos..)
                    .is_some_and(|r| r.trim_start().starts_with('分')) =>
            {
                whole_part = Some(value);
                value = den;
            }
            _ => cur.pos = save,
        }
    } else {
        cur.pos = save;
    }
    if let Some(ratio) = fraction_tail(&mut cur, &value, &mut out) {
        let whole = whole_part.as_ref().map(decimal_f64).unwrap_or(0.0);
        out.fraction = true;
        out.magnitude = Ok(Magnitude::Ratio(whole + ratio));
    } else {
        out.magnitude = Ok(Magnitude::Exact(value));
    }
    out.len = cur.pos;
    Some(out)
}

/// `分之Y` after a denominator: the quotient Y / denominator.
fn fraction_tail(cur: &mut Cursor<'_>, denominator: &Decimal, out: &mut Scanned) -> Option<f64> {
    let save = cur.pos;
    cur.skip_space_before_chinese(true);
    if !cur.starts_with("分") {
        cur.pos = save;
        return None;
    }
    cur.bump();
    while matches!(cur.peek(), Some(' ')) {
        cur.bump();
    }
    if !cur.starts_with("之") {
        cur.pos = save;
        return None;
    }
    cur.bump();
    cur.skip_space_before_chinese(true);
    let negative = matches!(cur.peek(), Some('负' | '負'));
    if negative {
        cur.bump();
    }
    let mut inner = out.clone();
    match integer_part(cur, &mut inner, false) {
        Some(Ok(numerator)) if !denominator.is_zero() => {
            out.chinese |= inner.chinese;
            out.arabic |= inner.arabic;
            let q = decimal_f64(&numerator) / decimal_f64(denominator);
            Some(if negative { -q } else { q })
        }
        _ => {
            cur.pos = save;
            None
        }
    }
}

/// 多/余 between a number and a unit (300多亿, 500余万): approximate, keep reading.
fn skip_approximate(cur: &mut Cursor<'_>, out: &mut Scanned) {
    let save = cur.pos;
    cur.skip_spaces();
    if matches!(cur.peek(), Some('多' | '余' | '餘')) {
        cur.bump();
        let word_end = cur.pos;
        cur.skip_spaces();
        if cur
            .peek()
            .and_then(symbol)
            .is_some_and(|s| matches!(s, Symbol::Small(_) | Symbol::Big(_)))
        {
            out.approximate = true;
            // Leave the spaces before the unit for the caller's gap handling.
            cur.pos = word_end;
            return;
        }
    }
    cur.pos = save;
}

/// Whether the char after any spaces at the cursor is a digit (for 点 五).
fn digit_after_point(cur: &Cursor<'_>) -> bool {
    let rest = cur.text.get(cur.pos..).unwrap_or("");
    let mut chars = rest.chars();
    chars.next();
    let after: String = chars.take(5).collect();
    after
        .trim_start_matches([' ', '\u{3000}'])
        .chars()
        .next()
        .and_then(symbol)
        .is_some_and(|s| matches!(s, Symbol::Digit(_)))
}

/// What one step of [`integer_part`] did.
enum Step {
    /// An Arabic literal was read.
    Arabic,
    /// A Chinese digit, unit or point was read.
    Chinese,
    /// The numeral ends before the spaces skipped at this step.
    End,
    /// The numeral ends here, where the cursor stands.
    Stop,
    /// The value cannot be represented.
    Fail(Overflow),
}

/// Read an integer-or-decimal numeral (no fraction) at the cursor.
fn integer_part(
    cur: &mut Cursor<'_>,
    out: &mut Scanned,
    several: bool,
) -> Option<Result<Decimal, Overflow>> {
    let start = cur.pos;
    let mut acc = Accumulator::default();
    let mut any = several;
    let mut after_chinese = false;
    loop {
        // Where the numeral ends if what follows the spaces does not continue it.
        let before_gap = cur.pos;
        if any {
            cur.skip_space_before_chinese(after_chinese);
        }
        let Some(c) = cur.peek() else { break };
        let step = if is_arabic(c)
            || (matches!(c, '.' | '．') && !any && cur.peek_at(1).is_some_and(is_arabic))
        {
            arabic_step(cur, &mut acc, out)
        } else if matches!(c, '个' | '個')
            && any
            && matches!(cur.peek_at(1), Some('亿' | '億'))
            && cur.pos == before_gap
        {
            // 两个亿, 几个亿: a measure word between the digits and 亿.
            cur.bump();
            continue;
        } else if let Some(sym) = symbol(c) {
            symbol_step(cur, sym, &mut acc, out, any)
        } else {
            Step::End
        };
        match step {
            Step::Arabic => after_chinese = false,
            Step::Chinese => {
                out.chinese = true;
                after_chinese = true;
            }
            Step::End => {
                cur.pos = before_gap;
                break;
            }
            Step::Stop => break,
            Step::Fail(e) => return Some(Err(e)),
        }
        any = true;
        skip_approximate(cur, out);
    }
    if !any || cur.pos == start {
        cur.pos = start;
        return None;
    }
    Some(acc.finish())
}

/// An Arabic literal inside a numeral (3.5万, 13万2).
fn arabic_step(cur: &mut Cursor<'_>, acc: &mut Accumulator, out: &mut Scanned) -> Step {
    if acc.pending.is_some() {
        return Step::End;
    }
    let Some((int, frac)) = arabic_literal(cur) else {
        return Step::End;
    };
    let lit = match Decimal::from_parts(int.as_str(), frac.as_str()) {
        Ok(d) => d,
        Err(e) => return Step::Fail(e),
    };
    acc.pending_single = int.len() == 1 && frac.is_empty();
    acc.pending = Some(lit);
    out.arabic = true;
    Step::Arabic
}

/// One Chinese numeral char (or a run of digits) at the cursor.
fn symbol_step(
    cur: &mut Cursor<'_>,
    sym: Symbol,
    acc: &mut Accumulator,
    out: &mut Scanned,
    any: bool,
) -> Step {
    let step = match sym {
        Symbol::Digit(0) if acc.last_unit.is_some() && acc.pending.is_none() => {
            // 零 between units: a gap, so no 三千五-style shortening afterwards.
            cur.bump();
            while matches!(cur.peek(), Some('零' | '〇')) {
                cur.bump();
            }
            acc.last_unit = None;
            Ok(())
        }
        Symbol::Digit(_) | Symbol::Some => {
            if acc.pending.is_some() {
                return Step::End;
            }
            match digits_step(cur, sym, out) {
                Ok(d) => {
                    acc.pending_single = d.1;
                    acc.pending = Some(d.0);
                    Ok(())
                }
                Err(e) => return Step::Fail(e),
            }
        }
        Symbol::Tens(d) => {
            if acc.pending.is_some() {
                return Step::End;
            }
            cur.bump();
            out.units = true;
            acc.pending = Some(Decimal::digit(d, 0));
            acc.small(1)
        }
        Symbol::Small(exp) => {
            if !small_unit_continues(cur, acc, exp, any) {
                return Step::End;
            }
            cur.bump();
            out.units = true;
            acc.small(exp)
        }
        Symbol::Big(exp) => {
            if !any {
                return Step::End;
            }
            cur.bump();
            out.units = true;
            acc.big(exp)
        }
        Symbol::Point => return point_step(cur, acc, any),
    };
    match step {
        Ok(()) => Step::Chinese,
        Err(e) => {
            // Consume the rest of the numeral so the caller does not re-read it piecemeal.
            while cur.peek().and_then(symbol).is_some() {
                cur.bump();
            }
            Step::Fail(e)
        }
    }
}

/// A run of Chinese digits (二〇二三, 三五) or 几 at the cursor: its value and whether
/// it is a single digit (for 三千五 = 3500).
fn digits_step(
    cur: &mut Cursor<'_>,
    sym: Symbol,
    out: &mut Scanned,
) -> Result<(Decimal, bool), Overflow> {
    let read;
    let digits: &str = if sym == Symbol::Some {
        cur.bump();
        out.approximate = true;
        // 几十万 reads as its lower bound 十万; 二十几 as 二十.
        let before_unit = cur
            .peek()
            .and_then(symbol)
            .is_some_and(|s| matches!(s, Symbol::Small(_)));
        if before_unit { "1" } else { "0" }
    } else {
        read = chinese_digits(cur);
        let before_unit = cur
            .peek()
            .and_then(symbol)
            .is_some_and(|s| matches!(s, Symbol::Small(_) | Symbol::Big(_)));
        let digits = read.as_str();
        let bytes = digits.as_bytes();
        match (bytes.first(), bytes.get(1)) {
            // 八九亿, 三五百: two rising digits before a unit are a rough
            // range, read as its lower end.
            (Some(&a), Some(&b)) if bytes.len() == 2 && before_unit && a != b'0' && b > a => {
                out.approximate = true;
                digits.get(..1).unwrap_or_default()
            }
            _ => digits,
        }
    };
    let single = digits.len() == 1 && sym != Symbol::Some;
    Ok((Decimal::from_parts(digits, "")?, single))
}

/// Whether the small unit 十, 百 or 千 (power `exp`) at the cursor belongs to the
/// numeral read so far.
fn small_unit_continues(cur: &Cursor<'_>, acc: &Accumulator, exp: i64, any: bool) -> bool {
    // 十 may open a number (十三); 百/千 only inside one or before a digit (百三).
    let opens_badly = !any
        && exp > 1
        && !cur
            .peek_at(1)
            .and_then(symbol)
            .is_some_and(|s| matches!(s, Symbol::Digit(_)));
    // 七十百: a unit right after a smaller unit is not part of the numeral
    // (一百十一 is).
    let doubled = any && acc.pending.is_none() && acc.last_unit.is_some_and(|l| exp >= l);
    // 32亿千瓦, 5万千米: a bare 千 or 百 right after 万/亿 starts a unit (千瓦),
    // it adds nothing to the number (一亿一千 writes its digit).
    let after_big = any
        && acc.pending.is_none()
        && cur
            .before()
            .is_some_and(|b| matches!(b, '万' | '萬' | '亿' | '億'));
    !(opens_badly || doubled || after_big)
}

/// 点 and the digits after it (一百二十三点四五).
fn point_step(cur: &mut Cursor<'_>, acc: &mut Accumulator, any: bool) -> Step {
    if !any || !digit_after_point(cur) {
        return Step::End;
    }
    cur.bump();
    cur.skip_spaces();
    let frac = chinese_digits(cur);
    let frac = if frac.is_empty() {
        match arabic_literal(cur) {
            Some((i, _)) => i,
            None => return Step::Stop,
        }
    } else {
        frac
    };
    let whole = std::mem::take(acc);
    let r = whole
        .finish()
        .and_then(|w| w.add(&Decimal::from_parts("0", frac.as_str())?));
    match r {
        Ok(v) => {
            acc.pending = Some(v);
            acc.pending_single = false;
            Step::Chinese
        }
        Err(e) => Step::Fail(e),
    }
}
