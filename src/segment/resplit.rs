//! Token re-splits for titles jieba glues to the words around them:
//! - the head of a division glued across the title: 新北市/ns 长侯友/n 宜 and
//!   广东省/ns 长/a 黄强/nr lose the title 市长/省长, since 市 joins the place and 长 the
//!   name after it. Re-split, the place keeps its name (新北), the title is one word
//!   (市长) and the name starts on its own (侯友);
//! - a title glued to the 兼 ('and concurrently') after it: 副/b 总裁兼/j 首席财务官
//!   loses 副总裁; re-split, 总裁 | 兼 leaves 副 + 总裁 to the title rules.

use super::{Token, split_tokens_from};
use crate::lexicon::Lexicon;

/// Division levels whose head is the level + 长 (市长, 县长, 镇长…).
const LEVELS: &[char] = &['省', '市', '县', '区', '州', '镇', '乡', '旗'];

/// Longest name, in chars, glued after 长 (长欧阳明 → 欧阳明).
const MAX_NAME_CHARS: usize = 3;

/// The split of a place token `p` and the token `n` after it: where the level char
/// starts in `p`, and where the name starts in `n` (None: `n` is 长 alone).
fn division_head_split(
    lexicon: &Lexicon,
    p: &Token<'_>,
    n: &Token<'_>,
    after: Option<&Token<'_>>,
) -> Option<(usize, Option<usize>)> {
    let rest = n.word.strip_prefix('长')?;
    if p.end != n.start || !(p.tag.starts_with("ns") || p.place) {
        return None;
    }
    let level = p.word.chars().next_back().filter(|c| LEVELS.contains(c))?;
    let level_at = p.word.len() - level.len_utf8();
    // The place without its level keeps two chars or more (新北市, not 北市).
    p.word.get(..level_at)?.chars().nth(1)?;
    if rest.is_empty() {
        // 长 alone: a name has to follow (四川省/ns 长/a 黄强/nr), not a figure
        // (该区长/a 12公里).
        let name = after.is_some_and(|a| a.start == n.end && a.tag.starts_with("nr"));
        return name.then_some((level_at, None));
    }
    // 长 + name (长侯友/n, 长王浩/nr): never a place or a word of its own kind
    // (长春市/ns, 长期/d), and what follows 长 starts with a surname.
    let nominal = matches!(n.tag, "n" | "nr" | "nrt" | "nrfg" | "nz");
    let short = rest.chars().count() <= MAX_NAME_CHARS;
    (nominal
        && short
        && !n.place
        && !lexicon.locations.contains_key(n.word)
        && lexicon.surname_of(rest).is_some())
    .then_some((level_at, Some('长'.len_utf8())))
}

/// Re-split the glued words of the module doc: the division heads, then the titles
/// glued to 兼. One pass finds the first candidate of each (most documents have none);
/// the 兼 words are looked for again only when division heads were split.
pub(super) fn split_glued_words(tokens: &mut Vec<Token<'_>>, lexicon: &Lexicon) {
    let (mut first_head, mut first_jian) = (None, None);
    for (i, t) in tokens.iter().enumerate() {
        if first_jian.is_none() && jian_split(lexicon, t).is_some() {
            first_jian = Some(i);
        }
        if first_head.is_none() && starts_division_head(lexicon, tokens, i) {
            first_head = Some(i);
        }
        if first_head.is_some() && first_jian.is_some() {
            break;
        }
    }
    if let Some(first) = first_head {
        split_division_heads(tokens, lexicon, first);
        first_jian = tokens.iter().position(|t| jian_split(lexicon, t).is_some());
    }
    if let Some(first) = first_jian {
        split_titles_from_jian(tokens, lexicon, first);
    }
}

/// Whether tokens `i` and `i + 1` are a place and a glued 长 (see [`division_head_split`]).
#[inline]
fn starts_division_head(lexicon: &Lexicon, tokens: &[Token<'_>], i: usize) -> bool {
    // 长 (E9 95 BF) opens few words: a byte comparison rules out most pairs before the call.
    matches!((tokens.get(i), tokens.get(i + 1)), (Some(p), Some(n))
        if matches!(n.word.as_bytes(), [0xE9, 0x95, 0xBF, ..])
            && division_head_split(lexicon, p, n, tokens.get(i + 2)).is_some())
}

/// Where a title glued to 兼 (总裁兼/j, 社长兼/l) splits: the length of the title.
#[inline]
fn jian_split(lexicon: &Lexicon, t: &Token<'_>) -> Option<usize> {
    // Asked of every token: the bytes of 兼 (E5 85 BC) first, a char pattern cost more.
    if !matches!(t.word.as_bytes(), [.., 0xE5, 0x85, 0xBC]) {
        return None;
    }
    let title = t.word.strip_suffix('兼')?;
    (!title.is_empty() && lexicon.is_title(title)).then_some(title.len())
}

/// Split every title + 兼 word (see the module doc) into the title and 兼, from the
/// first one, `first`.
fn split_titles_from_jian(tokens: &mut Vec<Token<'_>>, lexicon: &Lexicon, first: usize) {
    split_tokens_from(
        tokens,
        first,
        |t| jian_split(lexicon, t),
        ["n", "c"],
        |_| false,
    );
}

/// Re-split every place + 长 + name run (see the module doc) into place, title and name,
/// from the first one, at `first`.
fn split_division_heads(tokens: &mut Vec<Token<'_>>, lexicon: &Lexicon, first: usize) {
    let rest = tokens.split_off(first);
    let mut i = 0;
    while let Some(p) = rest.get(i).copied() {
        let n = rest.get(i + 1);
        let split = n.and_then(|n| division_head_split(lexicon, &p, n, rest.get(i + 2)));
        match (split, n) {
            (Some((level_at, name_at)), Some(&n)) => {
                push_split(tokens, lexicon, &p, &n, level_at, name_at);
                i += 2;
            }
            _ => {
                tokens.push(p);
                i += 1;
            }
        }
    }
}

/// Push the place, the title and the name (if glued to 长) that `p` and `n` make.
fn push_split<'a>(
    out: &mut Vec<Token<'a>>,
    lexicon: &Lexicon,
    p: &Token<'a>,
    n: &Token<'a>,
    level_at: usize,
    name_at: Option<usize>,
) {
    let title_start = p.start + level_at;
    let title_end = n.start + name_at.unwrap_or(n.word.len());
    let (Some(place), Some(title)) = (
        p.word.get(..level_at),
        p.word.get(level_at..).and_then(head_of),
    ) else {
        out.extend([*p, *n]);
        return;
    };
    out.push(Token {
        word: place,
        tag: "ns",
        start: p.start,
        end: title_start,
        known: true,
        place: lexicon.locations.contains_key(place),
    });
    out.push(Token {
        word: title,
        tag: "n",
        start: title_start,
        end: title_end,
        known: true,
        place: false,
    });
    if let Some(name) = name_at.and_then(|at| n.word.get(at..)) {
        out.push(Token {
            word: name,
            tag: "nr",
            start: title_end,
            end: n.end,
            known: false,
            place: false,
        });
    }
}

/// The title heading a division of `level` (市 → 市长), as static text: its chars are
/// in two tokens, each of which borrows only its own word.
fn head_of(level: &str) -> Option<&'static str> {
    HEADS
        .iter()
        .find(|h| h.strip_suffix('长') == Some(level))
        .copied()
}

/// Every level + 长 title, as static text (the tokens borrow the document).
const HEADS: &[&str] = &[
    "省长", "市长", "县长", "区长", "州长", "镇长", "乡长", "旗长",
];
