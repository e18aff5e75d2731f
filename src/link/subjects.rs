//! What a figure measures when the figure extractor found no subject: for a count, the
//! words right after its measure word up to the clause's end (两名替补, 六次杀入决赛,
//! 750万人挨饿); for money and percentages, the word right before it past a link word
//! (斥资100万元, 满载率为85%).

use crate::extract::{Found, Hit, SortedHits};
use crate::model::{Figure, FigureKind};
use crate::segment::{Document, Token};

/// Most chars of a subject read after a count (中国古代大师作品).
const MAX_AFTER_CHARS: usize = 8;

/// Words that end the words after a count: a new clause or a preposition (３名学生与…).
const STOPS_AFTER: &[&str] = &[
    "的", "和", "与", "及", "在", "从", "向", "对", "被", "把", "将", "为", "是", "了", "等",
];

/// Link words between a subject and its figure (满载率为85%, 斥资约100万元).
const LINKS_BEFORE: &[&str] = &[
    "为", "在", "大概", "约", "达", "达到", "至", "到", "了", "共", "可能", "高达", "仅", "是",
    "近", "逾", "超过", "有", "共计", "合计", "累计", "大约",
];

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
    for f in figures.iter_mut().filter(|f| f.subject.is_none()) {
        let subject = match f.kind {
            FigureKind::Count => words_after(doc, f.span.byte_end),
            FigureKind::Money | FigureKind::Percentage => {
                word_before(doc, f.span.byte_start, &named)
            }
            _ => None,
        };
        f.subject = subject.map(str::to_string);
    }
}

/// The words after a count up to punctuation, a stop word or eight chars.
fn words_after<'a>(doc: &Document<'a>, at: usize) -> Option<&'a str> {
    let first = doc.token_starting_at(at)?;
    let mut end = at;
    for t in doc.tokens.get(first..).unwrap_or_default() {
        if !is_word(t) || STOPS_AFTER.contains(&t.word) {
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
        if !LINKS_BEFORE.contains(&t.word) && !t.word.starts_with('每') {
            return (is_word(t) && t.char_len() >= 2 && !named(t)).then_some(t.word);
        }
        i = i.checked_sub(1)?;
    }
    None
}
