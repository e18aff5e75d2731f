//! What a figure measures, from the tokens of its clause: the noun phrase right after
//! it (16个地市, 240P的智算中心) or else the one right before it (总资产3500亿元).

use super::rule_words::RULE_WORDS;
use super::units::{measure_word_at, physical_unit_at};
use crate::model::{Figure, FigureKind};
use crate::segment::{Document, Token};

/// How many link words and per-unit phrases may stand between a subject and its figure
/// (营收同比下降至30亿元).
const MAX_LINKS: usize = 3;

/// Whether `word` is an acronym that names what a figure measures (GDP, CPI, PMI, M2):
/// capital letters, digits after the first, two to six chars.
fn acronym(word: &str) -> bool {
    let mut chars = word.chars();
    (2..=6).contains(&word.len())
        && chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

/// Nouns of time: a subject does not reach back over one (上季度亏损 → 亏损).
fn time_noun(word: &str) -> bool {
    RULE_WORDS.time_nouns.ends(word)
}

/// A per-unit phrase ending at token `i` (每股, 每平方米, 每 吨, and with `per_time`
/// 每月, 每年): how many tokens.
fn per_unit_tokens(doc: &Document<'_>, i: usize, per_time: bool) -> Option<usize> {
    let t = doc.tokens.get(i)?;
    let is_unit = |w: &str| {
        physical_unit_at(w).is_some_and(|(form, _)| form == w)
            || measure_word_at(w).is_some_and(|m| m == w)
            || per_time && matches!(w, "年" | "月" | "天" | "日" | "周" | "季度")
    };
    if let Some(unit) = t.word.strip_prefix('每') {
        return is_unit(unit).then_some(1);
    }
    let per = i.checked_sub(1).and_then(|j| doc.tokens.get(j))?;
    (per.word == "每" && is_unit(t.word)).then_some(2)
}

/// Whether `t` can end a subject: a noun, a nominal verb or an acronym.
fn head_like(doc: &Document<'_>, i: usize) -> bool {
    let Some(t) = doc.tokens.get(i) else {
        return false;
    };
    if nounish(t) || acronym(t.word) {
        return true;
    }
    // 营业/n 收入/v: a nominal verb after a noun, or one of the verbs news counts.
    t.tag.starts_with('v')
        && RULE_WORDS.nominal_verbs.contains(t.word)
        && i.checked_sub(1)
            .and_then(|j| doc.tokens.get(j))
            .is_none_or(|p| {
                nounish(p) || p.is_punct() || matches!(p.tag, "t" | "r" | "p" | "d" | "m" | "mq")
            })
}

fn nounish(t: &Token<'_>) -> bool {
    matches!(t.tag, "n" | "nz" | "ng" | "vn" | "an" | "j" | "nt" | "b")
}

fn is_noun(t: &Token<'_>) -> bool {
    t.tag.starts_with('n') || t.tag == "vn" || t.tag == "j"
}

/// The figure's subject, as written. A count names its subject after it (26只子基金);
/// an amount, a share or a rate before it (投资300亿欧元建厂: 投资, not 建厂), unless
/// 的 joins it to the noun after (5000亿元的投资).
pub(crate) fn find(doc: &Document<'_>, figure: &Figure) -> Option<String> {
    let (start, end) = (figure.span.byte_start, figure.span.byte_end);
    let de_after = doc.slice(end, doc.text.len()).starts_with('的');
    // 售价低于2.5万美元的新车型: a noun right before the amount is its subject even with
    // 的 after it.
    let noun_right_before = doc
        .token_ending_at(start)
        .and_then(|i| doc.tokens.get(i))
        .is_some_and(|t| nounish(t) && t.tag != "nt");
    // 收购某公司51%股权: a share of the stake after it.
    let stake = figure.kind == FigureKind::Percentage
        && ["股权", "股份"]
            .iter()
            .any(|w| doc.slice(end, doc.text.len()).starts_with(w));
    if stake {
        return forward(doc, end).or_else(|| backward(doc, start));
    }
    if figure.kind == FigureKind::Count {
        count_phrase(doc, end)
            .or_else(|| forward(doc, end))
            .or_else(|| backward(doc, start))
    } else if de_after && (!noun_right_before || figure.kind == FigureKind::Percentage) {
        // 某公司25%的股份: a share of the noun after it, the one before is its owner.
        forward(doc, end).or_else(|| backward(doc, start))
    } else {
        backward(doc, start).or_else(|| forward(doc, end))
    }
}

fn forward(doc: &Document<'_>, end: usize) -> Option<String> {
    let mut i = doc.token_starting_at(end)?;
    let mut after_de = false;
    if doc.tokens.get(i).is_some_and(|t| t.word == "的") {
        after_de = true;
        i += 1;
    }
    let first = i;
    let mut last = None;
    while let Some(t) = doc.tokens.get(i) {
        if i - first >= 4 {
            break;
        }
        let next_is_end = doc.tokens.get(i + 1).is_none_or(|n| n.is_punct());
        if nounish(t) && t.tag != "nt"
            || (after_de && t.tag == "v" && last.is_some() && next_is_end)
        {
            last = Some(i);
            i += 1;
        } else {
            break;
        }
    }
    let last = last?;
    let (s, e) = (doc.tokens.get(first)?.start, doc.tokens.get(last)?.end);
    Some(doc.slice(s, e).to_string()).filter(|s| !s.is_empty())
}

/// 人均GDP1.27万美元: jieba glues the acronym to the digits, so the figure starts inside
/// a Latin token whose letters are the head. The token's index and where the head ends.
fn glued_acronym(doc: &Document<'_>, start: usize) -> Option<(usize, usize)> {
    let i = doc.token_containing(start)?;
    let t = doc.tokens.get(i)?;
    let letters = doc.text.get(t.start..start)?;
    (t.start < start && acronym(letters)).then_some((i, start))
}

fn backward(doc: &Document<'_>, start: usize) -> Option<String> {
    let (i, head_end) = match glued_acronym(doc, start) {
        Some(glued) => glued,
        None => {
            let mut i = doc.token_ending_at(start)?;
            for _ in 0..MAX_LINKS {
                // 资本金高/a 达/v 13亿元: jieba splits 高达.
                let split_link = doc.tokens.get(i).is_some_and(|t| t.word == "高")
                    && doc.tokens.get(i + 1).is_some_and(|t| t.word == "达");
                if split_link
                    || doc
                        .tokens
                        .get(i)
                        .is_some_and(|t| RULE_WORDS.subject_links.contains(t.word))
                {
                    i = i.checked_sub(1)?;
                } else if let Some(n) = per_unit_tokens(doc, i, true) {
                    i = i.checked_sub(n)?;
                } else {
                    break;
                }
            }
            // 拟以/将以 3.6亿元收购: the amount is a price, not a noun's (jieba may glue
            // 以 to the adverb before it and tag the pair a noun).
            let price = doc
                .tokens
                .get(i)
                .is_some_and(|t| t.word.ends_with('以') && t.char_len() <= 2);
            if price || !head_like(doc, i) {
                return None;
            }
            (i, doc.tokens.get(i)?.end)
        }
    };
    let mut first = i;
    let mut measures_verb = false;
    while first > 0 && i - first < 3 {
        let Some(t) = doc.tokens.get(first - 1) else {
            break;
        };
        // 交付/v 量/n, 成交/v 额: a one-char measure noun takes the verb it measures.
        let measured_verb = first == i
            && t.tag.starts_with('v')
            && doc
                .tokens
                .get(i)
                .is_some_and(|h| h.char_len() == 1 && "量额率数价值费".contains(h.word));
        let extends = nounish(t)
            || RULE_WORDS.nominal_verbs.contains(t.word) && t.tag.starts_with('v')
            || measured_verb;
        if !extends || t.tag == "nt" || time_noun(t.word) || RULE_WORDS.name_ends.ends(t.word) {
            break;
        }
        measures_verb |= measured_verb;
        first -= 1;
    }
    // 每股收益, 每股净资产: a per-unit phrase before the head is part of the subject
    // (每年 before it is when, not what).
    if let Some(n) = first
        .checked_sub(1)
        .and_then(|j| per_unit_tokens(doc, j, false))
    {
        first = first.saturating_sub(n);
    }
    let before = |k: usize| k.checked_sub(1).and_then(|j| doc.tokens.get(j));
    // 第一大股东管理资产: a noun after 第一大 is a phrase of its own.
    if first < i
        && before(first).is_some_and(|t| t.tag == "a")
        && before(first.saturating_sub(1)).is_some_and(|t| t.tag == "m")
        && first >= 1
    {
        first += 1;
    }
    let lead = doc.tokens.get(first)?;
    let prior = before(first);
    if first < i && matches!(lead.tag, "vn" | "v") && !measures_verb {
        if prior.is_some_and(|p| p.word == "在") && lead.char_len() == 1 {
            // 在投项目, 在建工程: 在 + verb is part of the noun.
            first -= 1;
        } else if !prior.is_some_and(is_noun) {
            // 管理子基金26只: the verb governs the noun, it is not part of it.
            first += 1;
        }
    } else if let Some(p) = prior {
        // 大模型公司: a one-char adjective belongs to the noun unless it follows a numeral.
        if p.tag == "a"
            && p.char_len() == 1
            && first >= 1
            && before(first - 1).is_none_or(|t| t.tag != "m")
        {
            first -= 1;
        }
    }
    let (s, e) = (doc.tokens.get(first)?.start, head_end);
    Some(doc.slice(s, e).to_string()).filter(|s| !s.is_empty())
}

/// Most chars of the phrase a count measures (住在农村的贫困家庭).
const MAX_COUNT_PHRASE_CHARS: usize = 12;

/// Whether a token can be the head of what a count measures. jieba tags some nouns as
/// time words or verbs (青年/t) and Latin words as `eng` (8名WAR3选手).
fn count_head(t: &Token<'_>) -> bool {
    (nounish(t) && t.tag != "nt")
        || matches!(t.tag, "t" | "eng")
        || RULE_WORDS.verb_tagged_nouns.contains(t.word)
}

/// The noun phrase a count measures, after its measure word, modifiers included:
/// 8名新锐选手, 10名品学兼优的学生, 800万个住在农村的家庭, 2支来访的球队,
/// 22人的正式名单 (→ 正式名单). A verb or an idiom before 的 modifies the head after it;
/// a verb before the first noun does too (20个备选项目). The phrase ends at punctuation,
/// another number, a preposition or twelve chars, and must end on a noun.
fn count_phrase(doc: &Document<'_>, end: usize) -> Option<String> {
    let (mut i, first, mut head_end) = match doc.token_starting_at(end) {
        Some(mut i) => {
            if doc.tokens.get(i).is_some_and(|t| t.word == "的") {
                i += 1;
            }
            (i, doc.tokens.get(i)?.start, None)
        }
        None => {
            // 4个区的: jieba glues the measure word to the noun (个区/n): the rest of
            // the token is the head.
            let i = doc.token_containing(end)?;
            let t = doc.tokens.get(i)?;
            if !t.tag.starts_with('n') || t.tag == "nr" {
                return None;
            }
            (i + 1, end, Some(t.end))
        }
    };
    let mut seen_noun = head_end.is_some();
    while let Some(t) = doc.tokens.get(i) {
        let too_long = doc.slice(first, t.end).chars().count() > MAX_COUNT_PHRASE_CHARS;
        let number = t.tag == "m" || t.word.chars().next().is_some_and(char::is_numeric);
        // 住在农村的家庭: 在 after a verb is inside a relative clause.
        let after_verb = i
            .checked_sub(1)
            .and_then(|j| doc.tokens.get(j))
            .is_some_and(|p| p.tag.starts_with('v') && p.start >= first);
        let stop = (RULE_WORDS.count_stops.contains(t.word) || t.tag == "p")
            && !(t.word == "在" && after_verb);
        // 11个省、市、自治区: an enumeration comma joins the counted nouns.
        let joins = t.word == "、"
            && i > 0
            && doc.tokens.get(i + 1).is_some_and(|n| {
                !n.is_punct() && n.tag != "m" && !n.word.starts_with(char::is_numeric)
            });
        if joins {
            i += 1;
            continue;
        }
        if t.is_punct() || number || too_long || stop || t.tag == "nr" {
            break;
        }
        // 青年/t is a noun tagged as a time word, 前往/t a verb: only one ending the
        // clause is the head.
        let clause_end = doc.tokens.get(i + 1).is_none_or(|n| n.is_punct());
        if count_head(t) && (t.tag != "t" || clause_end) {
            head_end = Some(t.end);
            seen_noun = true;
        } else if t.tag.starts_with('v') && seen_noun {
            // 选手/v 为: a noun tagged as a verb, right before a preposition.
            let next = doc.tokens.get(i + 1);
            if !next.is_some_and(|n| n.tag == "p" || n.word == "的") || t.char_len() < 2 {
                break;
            }
            if next.is_some_and(|n| n.tag == "p") {
                head_end = Some(t.end);
            }
        } else if t.word == "的" {
            seen_noun = false;
        } else if seen_noun && !matches!(t.tag, "a" | "b" | "ad" | "i" | "l") {
            break;
        }
        i += 1;
    }
    let e = head_end?;
    Some(doc.slice(first, e).to_string()).filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_count_or_a_share_measures_the_noun_phrase_after_it() {
        let table = [
            (
                "赛会邀请了8名CS顶尖选手为冠军展开争夺。",
                "8名",
                "CS顶尖选手",
            ),
            (
                "学校挑选了12名成绩优异的学生参加夏令营。",
                "12名",
                "成绩优异的学生",
            ),
            (
                "全县有300万个住在山区的家庭用上了自来水。",
                "300万个",
                "住在山区的家庭",
            ),
            ("教练组公布了23人的最终名单。", "23人", "最终名单"),
            ("专家组对30多个备选方案进行了评审。", "30多个", "备选方案"),
            ("参会代表来自9个省、市、自治区。", "9个", "省、市、自治区"),
            ("本轮共有36名选手参加决赛。", "36名", "选手"),
            ("星海集团购入南州银行15%的股份。", "15%", "股份"),
        ];
        crate::test_support::assert_figure_subjects(&table);
    }
}
