//! One-char place abbreviations, taken only where the context says place: a pair of
//! country or region abbreviations before a word of relations (中美关系, 京沪铁路,
//! 中日两国), and a city or country abbreviation right after a verb of travel or stay
//! (来京, 访华, 赴沪, 驻港).

use crate::chars::CharSet;
use crate::extract::{Found, Hit, LocationHit};
use crate::model::LocationKind;
use crate::segment::Document;
use std::sync::LazyLock;

use super::words;

/// One-char abbreviations of countries and continents.
static COUNTRY_CHARS: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::new("中美日俄英法德韩朝印巴缅越泰菲澳意荷葡希埃蒙老柬欧亚非"));
/// One-char abbreviations of Chinese provinces and cities.
static REGION_CHARS: LazyLock<CharSet> = LazyLock::new(|| {
    CharSet::new("京沪津渝港澳台粤闽浙苏皖鲁豫鄂湘赣川黔滇桂琼冀晋陕甘蜀辽吉黑穗深广")
});

/// Words after a pair of abbreviations that make the pair two places.
static PAIR_CONTEXT: LazyLock<&[&str]> = LazyLock::new(|| words::words("pair_context"));

/// Lines named by the two places they join (京沪高速铁路, 京广线): one place.
static LINE_WORDS: LazyLock<&[&str]> = LazyLock::new(|| words::words("line_word"));

/// Verbs of travel or stay before a one-char abbreviation (来京, 访华).
static TRAVEL_VERBS: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::new("来赴抵访离返驻侵旅在进回留"));
/// The chars that open either pattern (an abbreviation or a travel verb): one bitmap
/// load rejects most tokens, as this runs on every token start.
static OPENING_CHARS: LazyLock<CharSet> = LazyLock::new(|| {
    CharSet::new(concat!(
        "中美日俄英法德韩朝印巴缅越泰菲澳意荷葡希埃蒙老柬欧亚非",
        "京沪津渝港澳台粤闽浙苏皖鲁豫鄂湘赣川黔滇桂琼冀晋陕甘蜀辽吉黑穗深广",
        "来赴抵访离返驻侵旅在进回留"
    ))
});
/// Abbreviations taken after a travel verb, with the verbs each accepts (在台 is 在台上
/// more often than Taiwan; 来日 is 来日方长).
const TRAVEL_PLACES: &[(char, &str)] = &[
    ('京', "来赴抵访离返驻在进回留"),
    ('沪', "来赴抵访离返驻在回留"),
    ('津', "来赴抵访离返驻"),
    ('渝', "来赴抵访离返驻在"),
    ('华', "来赴抵访离返驻在侵旅留"),
    ('港', "来赴抵访离返驻"),
    ('澳', "来赴抵访离返驻"),
    ('台', "来赴抵访离返驻"),
    ('美', "赴抵访离返驻旅留"),
    ('日', "赴抵访离驻侵旅留"),
    ('英', "赴抵访离驻旅留"),
    ('法', "赴抵访离驻旅留"),
    ('俄', "赴抵访离驻旅留"),
    ('韩', "赴抵访离驻旅留"),
];
/// Chars after the abbreviation that make it part of a longer word (美国, 华为, 京剧,
/// 在美丽的).
static NOT_AFTER: LazyLock<CharSet> = LazyLock::new(|| {
    CharSet::new(
        "国洲方元人籍商侨裔为本内丽好术食容感德语勇雄剧腔胡城市区式军文夏北南东西中侨资企股",
    )
});

/// Find the abbreviations in the document. Both patterns start a token, so only the
/// first three chars at each token start are looked at, not every char of the text.
pub(super) fn extract(doc: &Document<'_>, found: &mut Found) {
    let opening = &*OPENING_CHARS;
    for t in &doc.tokens {
        let Some(c) = first_cjk_char(t.word) else {
            continue;
        };
        if !opening.contains(c) {
            continue;
        }
        let (abbreviation, travel) = (is_abbreviation(c), TRAVEL_VERBS.contains(c));
        if !abbreviation && !travel {
            continue;
        }
        let mut window = [(0, '\0'); 3];
        let mut filled = 0;
        let rest = doc.slice(t.start, doc.text.len());
        for (slot, (i, c)) in window.iter_mut().zip(rest.char_indices()) {
            *slot = (t.start + i, c);
            filled += 1;
        }
        let chars = window.get(..filled).unwrap_or_default();
        if abbreviation {
            pair(doc, chars, 0, found);
        }
        if travel {
            after_travel_verb(doc, chars, 0, t.start, c, found);
        }
    }
}

/// The first char of `word` when it is a CJK ideograph (U+4E00–U+9FFF, where every
/// opening char is), read from its three bytes: this runs on every token, and most
/// start otherwise (punctuation, digits, Latin) or are rejected by one bitmap load.
fn first_cjk_char(word: &str) -> Option<char> {
    match *word.as_bytes() {
        [b0 @ 0xE4..=0xE9, b1, b2, ..] => char::from_u32(
            (u32::from(b0 & 0x0F) << 12) | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F),
        ),
        _ => None,
    }
}

fn is_abbreviation(c: char) -> bool {
    COUNTRY_CHARS.contains(c) || REGION_CHARS.contains(c)
}

fn kind_of(c: char) -> LocationKind {
    if COUNTRY_CHARS.contains(c) {
        LocationKind::Country
    } else {
        LocationKind::Other
    }
}

/// 中美 + 关系: two places, one per char. The pair starts a word and its chars differ.
fn pair(doc: &Document<'_>, chars: &[(usize, char)], i: usize, found: &mut Found) {
    let (Some(&(first_at, first)), Some(&(second_at, second))) = (chars.get(i), chars.get(i + 1))
    else {
        return;
    };
    if first == second || !is_abbreviation(second) || doc.token_starting_at(first_at).is_none() {
        return;
    }
    let after = second_at + second.len_utf8();
    let rest = doc.slice(after, doc.text.len());
    if let Some(line) = LINE_WORDS.iter().find(|w| rest.starts_with(**w)) {
        found.locations.push(LocationHit {
            hit: Hit::new(first_at, after + line.len()),
            kind: LocationKind::Other,
        });
        return;
    }
    if !PAIR_CONTEXT.iter().any(|w| rest.starts_with(w)) {
        return;
    }
    for (at, c) in [(first_at, first), (second_at, second)] {
        found.locations.push(LocationHit {
            hit: Hit::new(at, at + c.len_utf8()),
            kind: kind_of(c),
        });
    }
}

/// 来 + 京, 访 + 华: the verb starts a word, the place char ends the word or is followed
/// by a char that does not extend it.
fn after_travel_verb(
    doc: &Document<'_>,
    chars: &[(usize, char)],
    i: usize,
    verb_at: usize,
    verb: char,
    found: &mut Found,
) {
    let Some(&(place_at, place)) = chars.get(i + 1) else {
        return;
    };
    let accepted = TRAVEL_PLACES
        .iter()
        .any(|(p, verbs)| *p == place && verbs.contains(verb));
    if !accepted || doc.token_starting_at(verb_at).is_none() {
        return;
    }
    if chars
        .get(i + 2)
        .is_some_and(|(_, next)| NOT_AFTER.contains(*next) || is_abbreviation(*next))
    {
        return;
    }
    found.locations.push(LocationHit {
        hit: Hit::new(place_at, place_at + place.len_utf8()),
        kind: kind_of(place),
    });
}

#[cfg(test)]
mod tests {

    fn places(text: &str) -> Vec<String> {
        crate::extract::texts_of(text, crate::EntityType::Location)
    }

    #[test]
    fn the_opening_chars_are_the_abbreviations_and_the_travel_verbs() {
        for c in ('\u{3400}'..='\u{9fff}').chain(['中', '京', '来', 'A']) {
            let either = super::is_abbreviation(c) || super::TRAVEL_VERBS.contains(c);
            assert_eq!(super::OPENING_CHARS.contains(c), either, "{c}");
        }
    }

    #[test]
    fn every_opening_char_is_a_cjk_ideograph_read_from_its_bytes() {
        for c in ('\u{0}'..='\u{FFFF}').filter(|c| super::OPENING_CHARS.contains(*c)) {
            let word = format!("{c}国");
            assert_eq!(super::first_cjk_char(&word), Some(c), "{c}");
        }
        assert_eq!(super::first_cjk_char("“中"), None);
        assert_eq!(super::first_cjk_char("A"), None);
    }

    #[test]
    fn a_pair_of_abbreviations_before_a_relation_word_is_two_places() {
        assert_eq!(places("两位学者讨论了中俄关系的走向。"), ["中", "俄"]);
        assert_eq!(places("中日两国的贸易往来频繁。"), ["中", "日"]);
    }

    #[test]
    fn a_line_between_two_abbreviated_places_is_one_place() {
        assert_eq!(places("这条京沪铁路已经运营多年。"), ["京沪铁路"]);
    }

    #[test]
    fn a_pair_without_a_relation_word_is_no_place() {
        assert!(places("他们中美好的回忆很多。").is_empty());
    }

    #[test]
    fn an_abbreviation_after_a_travel_verb_is_a_place() {
        assert_eq!(places("代表团昨天抵京，随后访华三天。"), ["京", "华"]);
    }

    #[test]
    fn an_abbreviation_inside_a_longer_word_is_no_place() {
        assert!(places("他在华为工作，也在京剧团唱戏。").is_empty());
        assert!(places("来日方长，不必着急。").is_empty());
    }
}
