//! What a figure measures when the figure extractor found no subject: for a count, the
//! words right after its measure word up to the clause's end (两名替补, 六次杀入决赛,
//! 750万人挨饿); for money and percentages, the word right before it past a link word
//! (斥资100万元, 满载率为85%).

use super::figure_frames;
use super::words::WORDS;
use super::words::is_in;
use crate::extract::{Found, Hit, SortedHits};
use crate::model::{Figure, FigureKind};
use crate::segment::{Document, Token};

/// Most chars of a subject read after a count (中国古代大师作品).
const MAX_AFTER_CHARS: usize = 8;

/// Whether a token is a word of the text (not punctuation, not a number).
fn is_word(t: &Token<'_>) -> bool {
    !t.is_punct() && !matches!(t.tag, "m" | "x" | "t") && t.word.chars().all(crate::chars::is_han)
}

/// Give each count, money figure and percentage without a subject the words around it.
pub(super) fn fill_subjects(doc: &Document<'_>, found: &Found, figures: &mut [Figure]) {
    let names = SortedHits::new(
        found
            .persons
            .iter()
            .copied()
            .chain(found.organizations.iter().map(|o| o.hit))
            .chain(found.locations.iter().map(|l| l.hit)),
    );
    let named = |t: &Token<'_>| names.overlaps_any(&Hit::new(t.start, t.end));
    // The end and the index of the last figure with a subject (read back, not cloned).
    let mut previous: Option<(usize, usize)> = None;
    for i in 0..figures.len() {
        let (before, rest) = figures.split_at_mut(i);
        let Some(f) = rest.first_mut() else { break };
        if let Some(s) = new_subject(doc, f, &named) {
            f.subject = Some(s.to_string());
        } else if f.subject.is_none() {
            let last = previous.and_then(|(end, j)| {
                let subject = before.get(j)?.subject.as_deref()?;
                Some((end, subject))
            });
            f.subject = carried(doc, last, f.span.byte_start).map(str::to_string);
        }
        if f.subject.is_some() {
            previous = Some((f.span.byte_end, i));
        }
    }
}

/// What follows the last comma of `text` (all of it when it has none), as
/// `text.rsplit(['，', ',']).next()`, read byte by byte: ， is EF BC 8C.
fn after_last_comma(text: &str) -> &str {
    let bytes = text.as_bytes();
    let cut = bytes.iter().enumerate().rev().find_map(|(i, b)| match b {
        b',' => Some(i + 1),
        0x8C => {
            let lead = i.checked_sub(2)?;
            (bytes.get(lead..i) == Some(&[0xEF, 0xBC])).then_some(i + 1)
        }
        _ => None,
    });
    cut.and_then(|c| text.get(c..)).unwrap_or(text)
}

/// The subject of the figure before, for a figure whose clause only compares it to
/// another time (营收为10亿元，同比增长20% → 营收; 占52%，比上年提高了3个百分点).
fn carried<'s>(
    doc: &Document<'_>,
    previous: Option<(usize, &'s str)>,
    start: usize,
) -> Option<&'s str> {
    let (end, subject) = previous?;
    let gap = doc.slice(end, start);
    if gap.is_empty() || super::ends::has_sentence_end(gap) {
        return None;
    }
    let clause = after_last_comma(gap);
    WORDS
        .continuations
        .iter()
        .any(|c| clause.starts_with(c))
        .then_some(subject)
}

/// A subject found here for the figure: the predicate of a share of people (always),
/// else, when the extractor found none, the compared noun, the words after a count or
/// the word before the figure.
fn new_subject<'a>(
    doc: &Document<'a>,
    f: &Figure,
    named: &impl Fn(&Token<'_>) -> bool,
) -> Option<&'a str> {
    // 55%的人支持…: what the people do, whatever noun the extractor saw before it.
    if f.kind == FigureKind::Percentage
        && let Some(p) = figure_frames::population_predicate(doc, f.span.byte_end)
    {
        return Some(p);
    }
    if f.subject.is_some() {
        return None;
    }
    if matches!(
        f.kind,
        FigureKind::Money
            | FigureKind::Percentage
            | FigureKind::PercentagePoint
            | FigureKind::Count
    ) && let Some(c) = figure_frames::compared_noun(doc, f.span.byte_start)
    {
        return Some(c);
    }
    match f.kind {
        // 共接警1200起, 被开除8人: with nothing after it, the act counted before it.
        FigureKind::Count => {
            words_after(doc, f.span.byte_end).or_else(|| word_before(doc, f.span.byte_start, named))
        }
        FigureKind::Money | FigureKind::Percentage => {
            price_of(doc, f.span.byte_start, f.span.byte_end)
                .or_else(|| word_before(doc, f.span.byte_start, named))
        }
        _ => None,
    }
}

/// The words after a count up to punctuation, a stop word or eight chars.
fn words_after<'a>(doc: &Document<'a>, at: usize) -> Option<&'a str> {
    // 十个“五好家庭”: the quoted name after the count.
    if let Some(quoted) = doc.slice(at, doc.text.len()).strip_prefix('“') {
        let inner = quoted.split('”').next().unwrap_or_default();
        let plain = inner.chars().all(crate::chars::is_han);
        let short = (2..=MAX_AFTER_CHARS).contains(&inner.chars().count());
        return (plain && short && quoted.len() > inner.len()).then_some(inner);
    }
    let (first, mut end) = match doc.token_starting_at(at) {
        Some(i) => (i, at),
        None => {
            // 4个队的36名: jieba glues the measure word to the noun (个队/n).
            let i = doc.token_containing(at)?;
            let t = doc.tokens.get(i)?;
            if !t.tag.starts_with('n') || !is_word(t) {
                return None;
            }
            (i + 1, t.end)
        }
    };
    for t in doc.tokens.get(first..).unwrap_or_default() {
        if !is_word(t) || is_in(WORDS.stops_after, t.word) {
            break;
        }
        if doc.slice(at, t.end).chars().count() > MAX_AFTER_CHARS {
            break;
        }
        end = t.end;
    }
    (end > at).then(|| doc.slice(at, end))
}

/// The word before a figure, past link words: two chars or more, not a name.
fn word_before<'a>(
    doc: &Document<'a>,
    at: usize,
    named: &impl Fn(&Token<'_>) -> bool,
) -> Option<&'a str> {
    let mut i = doc.token_ending_at(at)?;
    for _ in 0..3 {
        let t = doc.tokens.get(i)?;
        // 每桶16美元: a rate names no subject; look past it.
        if is_in(WORDS.change_verbs, t.word) {
            return quantity_before(doc, i, named);
        }
        // 以3亿元收购: the amount is the price of the act after it (see `price_of`).
        if t.word.ends_with('以') && t.char_len() <= 2 {
            return None;
        }
        // 满载/v 率为/v 85%: jieba glues a measure noun to the link word after it.
        if let Some(head) = t.word.strip_suffix(['为', '达'])
            && head.chars().count() == 1
            && "率额量数价".contains(head)
        {
            let p = doc.tokens.get(i.checked_sub(1)?)?;
            let glued = is_word(p) && !named(p) && !p.is_punct();
            return glued.then(|| doc.slice(p.start, t.start + head.len()));
        }
        // 生产总值的5%: a share of the noun before 的.
        if t.word == "的" {
            let n = doc.tokens.get(i.checked_sub(1)?)?;
            let noun = n.tag.starts_with('n') && !matches!(n.tag, "nr" | "ns" | "nt" | "nrt");
            return (noun && is_word(n) && n.char_len() >= 2 && !named(n)).then_some(n.word);
        }
        // 每公里55人: the unit after 每 is a rate, not a subject.
        let per = i
            .checked_sub(1)
            .and_then(|j| doc.tokens.get(j))
            .is_some_and(|p| p.word == "每");
        if per {
            return None;
        }
        if !is_in(WORDS.links_before, t.word) && !t.word.starts_with('每') {
            // 其中6个: a word that points back names no subject.
            let pointer = matches!(t.word, "其中" | "其余" | "另外" | "此外" | "其他");
            return (is_word(t) && t.char_len() >= 2 && !named(t) && !pointer).then_some(t.word);
        }
        i = i.checked_sub(1)?;
    }
    None
}

/// The act an amount pays for, written `以 AMOUNT VERB` (以3亿元收购了… → 收购): the
/// verb right after the amount, two chars or more.
fn price_of<'a>(doc: &Document<'a>, start: usize, end: usize) -> Option<&'a str> {
    let before = doc.tokens.get(doc.token_ending_at(start)?)?;
    let after = doc.tokens.get(doc.token_starting_at(end)?)?;
    // 拟以/将以: jieba may glue 以 to the adverb before it.
    let by = before.word.ends_with('以') && before.char_len() <= 2;
    (by && after.tag.starts_with('v') && after.char_len() >= 2).then_some(after.word)
}

/// The quantity that changes, before the change verb at token `verb` past an adverb
/// (油价一度回升到…): a common noun of two chars or more, not a name.
fn quantity_before<'a>(
    doc: &Document<'a>,
    verb: usize,
    named: &impl Fn(&Token<'_>) -> bool,
) -> Option<&'a str> {
    let mut i = verb.checked_sub(1)?;
    if doc
        .tokens
        .get(i)
        .is_some_and(|t| is_in(WORDS.adverbs, t.word))
    {
        i = i.checked_sub(1)?;
    }
    let t = doc.tokens.get(i)?;
    // CPI可能反弹至5%: an indicator's acronym is a quantity too.
    let acronym = t.word.len() >= 2 && t.word.chars().all(|c| c.is_ascii_alphanumeric());
    if acronym && t.word.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return Some(t.word);
    }
    let noun = t.tag.starts_with('n') && !matches!(t.tag, "nr" | "ns" | "nt" | "nrt");
    (noun && is_word(t) && t.char_len() >= 2 && !named(t)).then_some(t.word)
}

#[cfg(test)]
mod tests {
    use super::super::TEST_EXTRACTOR;

    #[test]
    fn the_text_after_the_last_comma_is_what_rsplit_gives() {
        for text in ["", "同比增长", "营收，同比", "a,b，c", "，", "甲,", "ｌ，"] {
            let want = text.rsplit(['，', ',']).next().unwrap_or(text);
            assert_eq!(super::after_last_comma(text), want, "{text}");
        }
    }

    #[test]
    fn a_change_verb_gives_the_quantity_that_changes() {
        let table = [
            ("受寒潮影响，菜价一度回升到每公斤12元。", "菜价"),
            ("该县去年财政收入增长12.5%，好于预期。", "财政收入"),
        ];
        for (text, subject) in table {
            let x = TEST_EXTRACTOR.extract(text);
            let f = x.figures.iter().find(|f| f.subject.is_some());
            assert_eq!(
                f.and_then(|f| f.subject.as_deref()),
                Some(subject),
                "{text}: {:?}",
                x.figures
            );
        }
    }
}

#[cfg(test)]
mod rule_tests {
    #[test]
    fn a_figure_without_a_noun_near_it_takes_the_word_its_clause_gives() {
        let table = [
            ("去年全市公安机关共接警5600起。", "5600起", "接警"),
            ("因违反纪律，该厂被开除12人。", "12人", "开除"),
            ("女性员工占35%，比例逐年上升。", "35%", "员工"),
            ("星海集团以12亿元收购了南州一家药企。", "12亿元", "收购"),
            ("该行去年营收为86亿元，同比增长12%。", "12%", "营收"),
            ("该线路高峰时段的利用率为92%，居全市首位。", "92%", "利用率"),
            ("该区共评出12个“文明社区”。", "12个", "文明社区"),
            ("星海物业管理着9个小区，其中4个是自建的。", "4个", "小区"),
        ];
        crate::test_support::assert_figure_subjects(&table);
    }
}
