//! Clauses that state an office without naming its holder: the holder is the person the
//! text is about. A name that opens a sentence stays the topic of the clauses after it
//! until another name is written (林某，男，1975年出生，现任公司副总经理; 王某先生已提交
//! 辞职报告，申请辞去公司董事职务); a pronoun stands for the name before it (聘任其为公司
//! 总裁; 她此前担任该行行长).

use crate::extract::{Found, Hit};
use crate::segment::Document;

use super::after::Subject;
use super::words::WORDS;
use super::words::ends_with;

/// Marks that end a clause; a topic's clauses start right after one.
const CLAUSE_ENDS: &[char] = &['，', ',', '；', ';', '。'];

/// Marks a topic is not carried over: a colon or a quote opens someone's words, a
/// question or exclamation or a new line ends the passage ([`mark`] reads them).
#[cfg(test)]
const TOPIC_ENDS: &[char] = &['：', ':', '“', '"', '！', '？', '!', '?', '\n'];

/// Most bytes a topic is carried over (about 100 chars).
const MAX_TOPIC_BYTES: usize = 300;

/// What may stand before a name that opens a sentence: white space, bullets, list
/// numbers (1、王某，男，…).
fn is_sentence_lead(c: char) -> bool {
    c.is_whitespace()
        || c.is_ascii_digit()
        || ('０'..='９').contains(&c)
        || "、.．)）■●◆□◇▲△★☆".contains(c)
}

/// The subjects of clauses that name none: (topic, clause start) for each clause after a
/// name that opens a sentence, and (the name before, pronoun) for 他/她 opening a clause
/// and 其 after a verb of appointing. Clauses that hold another name are left out. A
/// name inside a sentence is a topic up to the sentence's end when a biography follows
/// it (新任总经理赵某先生，1975年出生，…) or when it is the subject of an office verb
/// (`stated`: 王某辞去董事长职务，辞职后仍担任公司董事).
pub(super) fn subjects(
    doc: &Document<'_>,
    found: &Found,
    stated: &crate::hash::FastSet<Hit>,
) -> Vec<Subject> {
    let mut out = Vec::new();
    let mut marks = Marks::default();
    for (k, person) in found.persons.iter().enumerate() {
        let next = found.persons.get(k + 1).map_or(doc.text.len(), |n| n.start);
        let end = person.end.saturating_add(MAX_TOPIC_BYTES).min(next);
        let mut end = end.min(doc.text.len());
        while !doc.text.is_char_boundary(end) {
            end -= 1;
        }
        let span = doc.slice(person.end, end);
        let span = span.get(..marks.read(span)).unwrap_or(span);
        if opens_sentence(doc, *person) {
            clause_starts(&marks, span.len(), person.end, next, doc, *person, &mut out);
        } else if biography_follows(span) || stated.contains(person) {
            let sentence = span.find('。').unwrap_or(span.len());
            clause_starts(&marks, sentence, person.end, next, doc, *person, &mut out);
        }
        pronouns(&marks, span, person.end, *person, &mut out);
    }
    out
}

/// The clause ends and pronouns of the text after a name up to its first topic end,
/// read in one pass (a scan per kind of mark cost more than the rest of linking).
#[derive(Default)]
struct Marks {
    /// Byte index (in the text read) and char of each clause end ([`CLAUSE_ENDS`]).
    clause_ends: Vec<(usize, char)>,
    /// Byte index and char of each 他, 她 and 其.
    pronouns: Vec<(usize, char)>,
}

/// What a char is to [`subjects`]; the same chars as [`CLAUSE_ENDS`] and `TOPIC_ENDS`
/// (checked by a test).
enum Mark {
    ClauseEnd,
    TopicEnd,
    Pronoun,
    Other,
}

fn mark(c: char) -> Mark {
    match c {
        '，' | ',' | '；' | ';' | '。' => Mark::ClauseEnd,
        '：' | ':' | '“' | '"' | '！' | '？' | '!' | '?' | '\n' => Mark::TopicEnd,
        '他' | '她' | '其' => Mark::Pronoun,
        _ => Mark::Other,
    }
}

impl Marks {
    /// Read `span` up to its first topic end, whose byte index is returned (the span's
    /// length when it has none).
    fn read(&mut self, span: &str) -> usize {
        self.clause_ends.clear();
        self.pronouns.clear();
        for (i, c) in span.char_indices() {
            match mark(c) {
                Mark::ClauseEnd => self.clause_ends.push((i, c)),
                Mark::Pronoun => self.pronouns.push((i, c)),
                Mark::TopicEnd => return i,
                Mark::Other => {}
            }
        }
        span.len()
    }
}

/// Whether a biography opens the clause after the name (`after`, the text right after
/// it): 男 or 女, a birth (1975年出生, 1968年生, 出生于), a nationality (中国国籍).
fn biography_follows(after: &str) -> bool {
    let after = WORDS
        .topic_honorifics
        .iter()
        .find_map(|h| after.strip_prefix(h))
        .unwrap_or(after);
    let Some(rest) = after.strip_prefix(['，', ',']) else {
        return false;
    };
    let clause = rest
        .find(CLAUSE_ENDS)
        .and_then(|i| rest.get(..i))
        .unwrap_or(rest);
    matches!(clause, "男" | "女")
        || clause.contains("出生")
        || clause.contains("国籍")
        || (clause.ends_with("年生") && clause.starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether the person mention opens a sentence (after 。；, a colon, a new line or a list
/// number: 王某简历：王某，男，…).
fn opens_sentence(doc: &Document<'_>, person: Hit) -> bool {
    let before = doc.slice(0, person.start);
    let lead = before.trim_end_matches(is_sentence_lead);
    lead.is_empty() || lead.ends_with(['。', '；', ';', '\n', '！', '？', '：', ':'])
}

/// Push a subject for each clause start in the first `len` bytes of the span read into
/// `marks` (which begins at byte `base`) whose clause ends before the next person at
/// `next`.
fn clause_starts(
    marks: &Marks,
    len: usize,
    base: usize,
    next: usize,
    doc: &Document<'_>,
    person: Hit,
    out: &mut Vec<Subject>,
) {
    for (j, &(i, c)) in marks.clause_ends.iter().enumerate() {
        if i >= len {
            break;
        }
        let at = base + i + c.len_utf8();
        // The next clause end of the span, else the first one after it.
        let clause_end = match marks.clause_ends.get(j + 1) {
            Some(&(e, _)) => base + e,
            // Only whether the clause ends after `next` matters: the text is read up to
            // `next` (not on to the next clause end, which may be far), and a clause that
            // ends at `next` or at the text's end ends there.
            None => match doc.slice(at, next).find(CLAUSE_ENDS) {
                Some(e) => at + e,
                None if next >= doc.text.len()
                    || doc.slice(next, doc.text.len()).starts_with(CLAUSE_ENDS) =>
                {
                    next
                }
                None => next.saturating_add(1),
            },
        };
        if clause_end > next {
            break;
        }
        out.push(Subject {
            person,
            anchor: Hit::new(at, at),
        });
    }
}

/// Push a subject for each pronoun in `span` (read into `marks`; it begins at byte
/// `base`) that stands for `person`: 他/她 opening a clause, 其 right after a verb of
/// appointing.
fn pronouns(marks: &Marks, span: &str, base: usize, person: Hit, out: &mut Vec<Subject>) {
    for &(i, c) in &marks.pronouns {
        let before = span.get(..i).unwrap_or_default();
        let after = span.get(i + c.len_utf8()..).unwrap_or_default();
        let stands = match c {
            '他' | '她' => !after.starts_with('们') && before.ends_with(CLAUSE_ENDS),
            '其' => WORDS.appointing.iter().any(|v| ends_with(before, v)),
            _ => false,
        };
        if stands {
            let at = base + i;
            out.push(Subject {
                person,
                anchor: Hit::new(at, at + c.len_utf8()),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{CLAUSE_ENDS, Mark, Marks, TOPIC_ENDS, mark};

    #[test]
    fn marks_are_the_listed_chars() {
        for c in (0..=0xFFFF).filter_map(char::from_u32) {
            let want = if CLAUSE_ENDS.contains(&c) {
                "clause"
            } else if TOPIC_ENDS.contains(&c) {
                "topic"
            } else if matches!(c, '他' | '她' | '其') {
                "pronoun"
            } else {
                "other"
            };
            let got = match mark(c) {
                Mark::ClauseEnd => "clause",
                Mark::TopicEnd => "topic",
                Mark::Pronoun => "pronoun",
                Mark::Other => "other",
            };
            assert_eq!(got, want, "{c}");
        }
    }

    #[test]
    fn marks_are_read_up_to_the_topic_end() {
        let mut marks = Marks::default();
        let span = "，男，聘任其为总裁。她说：他们";
        let end = marks.read(span);
        assert_eq!(span.get(..end), Some("，男，聘任其为总裁。她说"));
        let ends: Vec<char> = marks.clause_ends.iter().map(|&(_, c)| c).collect();
        assert_eq!(ends, ['，', '，', '。']);
        let pronouns: Vec<char> = marks.pronouns.iter().map(|&(_, c)| c).collect();
        assert_eq!(pronouns, ['其', '她']);
    }
}
