//! The shape of a name: a Chinese name (surname + one or two given chars) or a
//! transliterated foreign name (only chars typical of transliteration, parts joined by
//! `·`), and the words that have a name's shape but are not names.

use super::given::plausible_given_name;
use crate::chars::CharSet;
use crate::lexicon::Lexicon;
use std::sync::LazyLock;

/// Chars that never stand in a given name: particles and pronouns, so that 王的 or
/// 李他 is never taken for a name.
static NEVER_IN_GIVEN_NAME: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::new("的了是着过吗呢吧啊么之所以该此他她它我你您们"));

/// Chars that do not end a given name: prepositions, conjunctions and frequent verbs
/// (王说, 李在), though they may stand inside one (王为民, 张和平).
static NOT_LAST_IN_GIVEN_NAME: LazyLock<CharSet> = LazyLock::new(|| {
    CharSet::new(
        "在和与及为等对向从将把被说称表也都就还而但因其这那各每无到去上下里内外时年月日个位名于要只大已仍亦却皆又再即便乃则",
    )
});

/// Chars that do not end a given name: a place or group after a surname-shaped char
/// (海城人, 张家村) rather than a name.
static NOT_NAME_END: LazyLock<CharSet> = LazyLock::new(|| {
    CharSet::new(
        "人者村镇县市省区路街乡屯庄寨家会任地型季赛式性化界率沟湖泉堡茶港湾岛寺庙塔店厂馆办杯队院",
    )
});

/// Whether `word` is one of the name-shaped words the first version rejected (`not_name`
/// in person_words.txt); asked by the organization extractor too, of every token tagged
/// as a name (a set test: a scan of the list compared dozens of words each time).
pub(crate) fn is_listed_not_name(word: &str) -> bool {
    super::words::WORDS.not_names.contains(word)
}

pub(crate) use crate::chars::is_han;

/// The first char of `word`, a three-byte char (all of CJK) decoded in line: the person
/// rules ask it of every token.
#[inline]
pub(super) fn first_char(word: &str) -> Option<char> {
    if let &[lead @ 0xE0..=0xEF, second, third, ..] = word.as_bytes() {
        return char::from_u32(
            u32::from(lead & 0x0F) << 12 | u32::from(second & 0x3F) << 6 | u32::from(third & 0x3F),
        );
    }
    word.chars().next()
}

/// The last char of `word`, as [`first_char`]: a lead byte three bytes from the end
/// starts the last char (in valid UTF-8 no shorter char follows it there).
#[inline]
pub(super) fn last_char(word: &str) -> Option<char> {
    if let &[.., lead @ 0xE0..=0xEF, second, third] = word.as_bytes() {
        return char::from_u32(
            u32::from(lead & 0x0F) << 12 | u32::from(second & 0x3F) << 6 | u32::from(third & 0x3F),
        );
    }
    word.chars().next_back()
}

/// Whether `word` is listed as not a name, or is a known place. The list's own set
/// first: its length and first-char tests turn most spans away before any hashing.
pub(crate) fn is_not_name(lexicon: &Lexicon, word: &str) -> bool {
    is_listed_not_name(word)
        || lexicon.not_names.contains(word)
        || lexicon.locations.contains_key(word)
}

/// Whether `name` looks like a Chinese personal name: a surname and one or two given
/// chars that can stand in a name.
pub(crate) fn is_chinese_name(lexicon: &Lexicon, name: &str) -> bool {
    chinese_name_shape(lexicon, name, false)
}

/// Whether `name` looks like a Chinese personal name where the context already says it
/// is a person (a title or 记者 before it, 表示 or 教授 after it): a given name that is
/// also a place (记者王文峰, 李长春表示) is then a name when both its chars are common
/// in given names; 平罗马 before a cue stays no name (罗, 马 are seldom given chars).
/// A two-char given name may end in 和 there (张春和表示: "and" cannot stand before
/// the verb), not elsewhere (王立和那里 is 王立 + 和那里).
pub(crate) fn is_chinese_name_cued(lexicon: &Lexicon, name: &str) -> bool {
    chinese_name_shape(lexicon, name, true)
}

/// Whether `name` is a Chinese name right after a title (记者王文峰, 董事长李长春): a title
/// is a cue, unless the surname char is also a verb or preposition that a title is
/// often followed by (市长谈武汉, 书记赴长春 are no persons).
pub(crate) fn is_chinese_name_after_title(lexicon: &Lexicon, name: &str) -> bool {
    let verb_like = name
        .chars()
        .next()
        .is_some_and(|c| VERB_LIKE_SURNAMES.contains(c));
    chinese_name_shape(lexicon, name, !verb_like)
}

/// Surname chars that are also verbs or prepositions right after a title (谈, 赴, 向).
const VERB_LIKE_SURNAMES: &str = "谈赴向于到在和与同从对给将也称";

/// The checks of [`is_chinese_name`]; `cued` lets a plausible given name that is
/// also a place through.
fn chinese_name_shape(lexicon: &Lexicon, name: &str, cued: bool) -> bool {
    let Some(surname) = lexicon.surname_of(name) else {
        return false;
    };
    let given = name.get(surname.len()..).unwrap_or_default();
    let given_chars = given.chars().count();
    (1..=2).contains(&given_chars)
        && name.chars().all(is_han)
        && !given.chars().any(|c| NEVER_IN_GIVEN_NAME.contains(c))
        && !given.chars().last().is_some_and(|c| {
            (NOT_NAME_END.contains(c) && !cued_name_end(given, c, cued))
                || (NOT_LAST_IN_GIVEN_NAME.contains(c) && !(cued && given_chars == 2 && c == '和'))
        })
        && !is_not_name(lexicon, name)
        && lexicon.person_cues.get(given).is_none_or(|k| k != "honorific")
        // 和监事, 平罗马: a function char before a title or a place.
        && !(given_chars == 2 && (lexicon.is_title(given) || place_given(lexicon, given, cued)))
}

/// Chars of [`NOT_NAME_END`] that end given names too (志家, 清泉, 四季): after a
/// title or before a speech verb (董事长林志家表示) the name keeps them when both given
/// chars are common in names. Not 会: 李明会表示 is 李明 + "will".
static CUED_NAME_END: LazyLock<CharSet> = LazyLock::new(|| CharSet::new("家泉季镇"));

/// Whether the place-like last char `c` of a two-char `given` ends a cued name.
fn cued_name_end(given: &str, c: char, cued: bool) -> bool {
    cued && CUED_NAME_END.contains(c) && given.chars().count() == 2 && plausible_given_name(given)
}

/// Whether a two-char `given` is a place that vetoes the name: always without a cue,
/// with one only when its chars are seldom in names (罗马, not 文峰).
fn place_given(lexicon: &Lexicon, given: &str, cued: bool) -> bool {
    lexicon.locations.contains_key(given) && !(cued && plausible_given_name(given))
}

/// Whether `name` is made of transliteration chars only (parts may be joined by `·`
/// or `-`), two chars or more per part.
pub(crate) fn is_transliterated(lexicon: &Lexicon, name: &str) -> bool {
    let mut parts = 0;
    for part in name.split(['·', '•', '-', '－', '・']) {
        parts += 1;
        let chars = part.chars().count();
        if !((2..=6).contains(&chars) || (parts > 1 && chars == 1)) {
            return false;
        }
        if !part
            .chars()
            .all(|c| lexicon.transliteration_chars.contains(&c))
        {
            return false;
        }
    }
    parts >= 1 && !is_not_name(lexicon, name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dict::Vocabulary;

    fn lexicon() -> Lexicon {
        Lexicon::new(&Vocabulary::embedded().unwrap())
    }

    #[test]
    fn chinese_names_need_a_surname_and_plausible_given_chars() {
        let l = lexicon();
        assert!(is_chinese_name(&l, "王建国"));
        assert!(is_chinese_name(&l, "欧阳明"));
        assert!(!is_chinese_name(&l, "王说"));
        assert!(!is_chinese_name(&l, "张家村"));
        assert!(!is_chinese_name(&l, "王建国家"));
    }

    #[test]
    fn a_cue_lets_place_shaped_given_names_and_a_final_he_through() {
        let l = lexicon();
        let table = [
            ("李长春", false, true),
            ("张春和", false, true),
            ("平罗马", false, false),
            ("王立和那", false, false),
            ("林志家", false, true),
            ("李明会", false, false),
            ("张家村", false, false),
        ];
        for (name, plain, cued) in table {
            assert_eq!(is_chinese_name(&l, name), plain, "{name}");
            assert_eq!(is_chinese_name_cued(&l, name), cued, "{name}");
        }
    }

    #[test]
    fn transliterated_names_use_typical_chars() {
        let l = lexicon();
        assert!(is_transliterated(&l, "卡特琳娜"));
        assert!(is_transliterated(&l, "安娜·卡特"));
        assert!(!is_transliterated(&l, "电脑"));
    }
}
