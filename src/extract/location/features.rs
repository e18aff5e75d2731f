//! Places named by a feature word: a known place followed by a landmark or facility
//! word (北京 + 工人体育场), and a single unknown word that jieba tags as a name and
//! that ends in a feature char (a village, town, mountain or temple: 某某村, 某某山).

use crate::chars::CharSet;
use crate::extract::{Found, Hit, LocationHit};
use crate::lexicon::Lexicon;
use crate::model::LocationKind;
use crate::segment::{Document, Token};
use std::sync::LazyLock;

use super::{
    BEFORE_PLACE, FEATURE_LAST_CHARS, FEATURE_SUFFIX_SET, FEATURE_SUFFIXES, GENERIC_FEATURE_WORDS,
    is_not_place, words,
};

/// Whether the token is a place by itself: a gazetteer name or a word jieba tags `ns`.
#[inline]
fn is_place_token(t: &Token<'_>) -> bool {
    // The tag as a byte pattern: compared in line, where `==` called `memcmp` on every
    // token.
    (t.place || matches!(t.tag.as_bytes(), [b'n', b's']))
        && t.char_len() >= 2
        && !is_not_place(t.word)
}

/// Whether the token names a place by itself, not a feature of the place before it:
/// a gazetteer name, or a longer word jieba tags as a place (安宁河), but not a feature
/// word (广场) nor a two-char one such as 西路 or 北路.
fn is_place_of_its_own(t: &Token<'_>) -> bool {
    is_place_token(t) && !FEATURE_SUFFIX_SET.contains(t.word) && (t.place || t.char_len() >= 3)
}

/// A place name followed by a feature word: 北京 + 工人体育场, 西湖 + 公园, 玉泉 + 山.
/// The name may be a place, or a word jieba tags as a name (nr, nz) for a single-char
/// feature written inside one token (栋梁河). A chain of places (省 + 县 + 乡) is not
/// one feature: each division is a place of its own, and the feature starts at the
/// last place before it.
pub(super) fn find_features(doc: &Document<'_>, lexicon: &Lexicon, found: &mut Found) {
    for (i, t) in doc.tokens.iter().enumerate() {
        if !is_place_token(t) {
            continue;
        }
        // Up to three naming tokens (成都 + 天府/国际/机场), then a token that is or
        // ends with a feature word.
        for (k, next) in doc
            .tokens
            .get(i + 1..)
            .unwrap_or_default()
            .iter()
            .take(4)
            .enumerate()
        {
            // A place of its own is no feature of the place before it, whatever it
            // ends with (加州 | 旧金山, 广东 | 湛江, 韩国 | 济州岛); a two-char word
            // jieba tags as a place is still a feature word (南京 + 西路).
            if is_place_of_its_own(next) || is_named_feature(doc, lexicon, i + 1 + k) {
                break;
            }
            // 西昌市 + 太和/镇: a division below the place, its name and suffix cut
            // apart, is a place of its own.
            if k == 0
                && next.char_len() == 2
                && matches!(next.tag, "n" | "nz" | "ns" | "nr" | "j")
                && let Some(division) = doc
                    .tokens
                    .get(i + 2)
                    .filter(|d| matches!(d.word, "镇" | "乡" | "村"))
            {
                found.locations.push(LocationHit {
                    hit: Hit::new(next.start, division.end),
                    kind: LocationKind::Other,
                });
                break;
            }
            // The last-char test first: most words end in no feature suffix.
            let feature = next
                .word
                .chars()
                .next_back()
                .is_some_and(|c| FEATURE_LAST_CHARS.contains(c))
                && FEATURE_SUFFIXES.iter().any(|f| {
                    next.word.ends_with(f)
                        && (f.chars().count() >= 2 || next.char_len() >= 2 || k == 0)
                })
                && !is_generic_feature_word(next.word)
                && !(next.char_len() == 4 && is_nature_idiom(next.word))
                && !matches!(next.word, "铁路" | "公路");
            if feature {
                // A feature word right after is the larger feature (公园 + 球场).
                let end = doc
                    .tokens
                    .get(i + k + 2)
                    .filter(|after| {
                        FEATURE_SUFFIX_SET.contains(after.word) && after.char_len() >= 2
                    })
                    .map_or(next.end, |after| after.end);
                found.locations.push(LocationHit {
                    hit: Hit::new(t.start, end),
                    kind: LocationKind::Other,
                });
                break;
            }
            // The next place starts its own feature (安徽省 | 某县 | 某某乡).
            if is_place_token(next)
                || !matches!(next.tag, "n" | "nz" | "ns" | "nr" | "vn" | "j")
                || next.is_punct()
            {
                break;
            }
        }
    }
}

/// Feature chars that hardly ever end a given name: villages, towns, temples, roads.
static SETTLEMENT_CHARS: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::new("村镇乡寨屯庄堡寺庙窟坝沟岙峪湾港路街巷"));
/// Feature chars that also end given names (某山, 某峰, 某江): taken on a word led by a
/// surname only with place context around it.
static NATURE_CHARS: LazyLock<CharSet> = LazyLock::new(|| CharSet::new("山峰岭江河湖岛泉洲峡"));

/// Whether the word ends in a common noun such as 道路 or 线路.
fn is_generic_feature_word(word: &str) -> bool {
    GENERIC_FEATURE_WORDS.iter().any(|g| word.ends_with(g))
}

/// The feature char ending a named-feature word, when the word reads as a place.
fn named_feature_char(t: &Token<'_>) -> Option<char> {
    // The last char first: it rules out most name-tagged words (张伟, 北京市).
    let last = t.word.chars().next_back()?;
    let named = has_name_tag(t)
        && (SETTLEMENT_CHARS.contains(last) || NATURE_CHARS.contains(last))
        && t.char_len() >= 3
        && !is_not_place(t.word)
        && !t.word.starts_with('各')
        && !is_generic_feature_word(t.word);
    named.then_some(last)
}

/// Whether the token at `i` is a named feature (坂上村, 青龙寺, 某某峰): a name-tagged
/// word of three or more chars ending in a feature char. A three-char word led by a
/// surname and ending in a char given names use (山, 峰, 江) needs context: a word of
/// going or being before it, or a word of position after it.
#[inline]
pub(crate) fn is_named_feature(doc: &Document<'_>, lexicon: &Lexicon, i: usize) -> bool {
    // The tag test in line, the rest out of line: this runs on every token, and few
    // carry a name's tag.
    doc.tokens.get(i).is_some_and(has_name_tag) && is_named_feature_at(doc, lexicon, i)
}

/// Whether `t` carries a tag a named feature is tagged with (nr, nrt, nrfg, nz, ns).
#[inline]
fn has_name_tag(t: &Token<'_>) -> bool {
    // The tag as byte patterns: comparing the tag as strings called `memcmp` each time.
    matches!(
        t.tag.as_bytes(),
        [b'n', b'r'] | [b'n', b'r', b't'] | [b'n', b'r', b'f', b'g'] | [b'n', b'z'] | [b'n', b's']
    )
}

/// [`is_named_feature`] past its tag test.
fn is_named_feature_at(doc: &Document<'_>, lexicon: &Lexicon, i: usize) -> bool {
    let Some(t) = doc.tokens.get(i) else {
        return false;
    };
    let Some(last) = named_feature_char(t) else {
        return false;
    };
    // 一条致富路, 修通一条富民路: a road counted with 条 is a kind of road, not a name.
    let counted = i
        .checked_sub(1)
        .and_then(|j| doc.tokens.get(j))
        .is_some_and(|p| p.word.ends_with('条'));
    if last == '路' && counted {
        return false;
    }
    if t.char_len() == 4 && is_nature_idiom(t.word) {
        return false;
    }
    if lexicon.surname_of(t.word).is_some()
        && t.char_len() == 3
        && person_cue_around(doc, lexicon, i)
    {
        return false;
    }
    if SETTLEMENT_CHARS.contains(last) || t.char_len() >= 4 {
        return true;
    }
    if lexicon.surname_of(t.word).is_none() {
        return true;
    }
    let before = i
        .checked_sub(1)
        .and_then(|j| doc.tokens.get(j))
        .is_some_and(|p| BEFORE_PLACE.contains(&p.word) || is_place_token(p));
    let after = doc
        .tokens
        .get(i + 1)
        .is_some_and(|n| words::words("after_feature").contains(&n.word));
    before || after
}

/// Chars of the landscape that four-char idioms pair up (绿水青山, 万水千山, 五湖四海,
/// 人山人海): a name never has two of them in its second and fourth places.
static IDIOM_NATURE_CHARS: LazyLock<CharSet> = LazyLock::new(|| CharSet::new("山水湖海江河"));

/// Whether a four-char word pairs landscape chars as an idiom does (绿水青山).
fn is_nature_idiom(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    matches!(chars.as_slice(), [_, b, _, d] if IDIOM_NATURE_CHARS.contains(*b) && IDIOM_NATURE_CHARS.contains(*d))
}

/// Whether a name-shaped word led by a surname stands where a person does: a title
/// right before it, a speech cue or a home right after it (村支书王大村说,
/// 演员李春街表示, 前往李清江家中).
/// A village or street does not speak, so 王大村 is then a person, not a place.
fn person_cue_around(doc: &Document<'_>, lexicon: &Lexicon, i: usize) -> bool {
    let title_before = i
        .checked_sub(1)
        .and_then(|j| doc.tokens.get(j))
        .is_some_and(|p| lexicon.is_title(p.word));
    // Speech, not acts: people visit a place (前往张家山考察). 前往辛业江家中: a home
    // is a person's.
    let cue_after = doc.tokens.get(i + 1).is_some_and(|n| {
        lexicon
            .person_cues
            .get(n.word)
            .is_some_and(|k| k == "speech" || k == "honorific")
            || matches!(n.word, "家中" | "家里" | "家门")
    });
    title_before || cue_after
}

/// Single words jieba tags as names that end in a feature char: 坂上村, 青龙寺.
pub(super) fn find_named_features(doc: &Document<'_>, lexicon: &Lexicon, found: &mut Found) {
    for (i, t) in doc.tokens.iter().enumerate() {
        if is_named_feature(doc, lexicon, i) {
            found.locations.push(LocationHit {
                hit: Hit::new(t.start, t.end),
                kind: LocationKind::Other,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::Extractor;

    fn places(text: &str) -> Vec<String> {
        crate::extract::texts_of(text, crate::EntityType::Location)
    }

    #[test]
    fn a_chain_of_divisions_is_one_place_each() {
        assert_eq!(
            places("他出生在河南省中牟县官渡镇。"),
            ["河南省", "中牟县", "官渡镇"]
        );
    }

    #[test]
    fn a_place_ending_like_a_feature_after_a_place_is_a_place_of_its_own() {
        assert_eq!(
            places("美国加州旧金山的房价居高不下。"),
            ["美国", "加州", "旧金山"]
        );
        assert_eq!(places("台风在广东湛江登陆。"), ["广东", "湛江"]);
    }

    #[test]
    fn a_town_cut_from_its_suffix_after_its_county_is_a_place() {
        assert_eq!(places("沿着西昌市太和镇的公路前行。"), ["西昌市", "太和镇"]);
    }

    #[test]
    fn a_common_noun_ending_like_a_road_is_no_place() {
        assert!(places("这次改革为企业上市铺平道路。").is_empty());
        assert!(
            places("挪威峡湾旅游线路很受欢迎。")
                .iter()
                .all(|p| p != "峡湾旅游线路")
        );
    }

    #[test]
    fn words_shaped_like_places_that_are_none() {
        for text in [
            // A circuit, a way of doing, a road counted with 条.
            "这家企业主营集成电路设计。",
            "工程师检查了控制回路。",
            "村民们走上了一条致富路。",
            "乡里修通了一条富民路。",
            // Idioms pairing landscape chars.
            "清江两岸绿水青山，游人如织。",
            "他走遍了万水千山。",
            // A name ending like a village or a street, with a person cue.
            "村支书韩大村说，今年的收成不错。",
            "演员宋春街表示，这部戏拍了半年。",
            "当晚，同事们前往贺明江家中探望。",
            // A round number to break through (突破3000点大关), a kind of town.
            "沪指一举突破3000点大关。",
            "全国小城镇建设步伐加快。",
        ] {
            assert!(places(text).is_empty(), "{text}: {:?}", places(text));
        }
    }

    #[test]
    fn a_name_ending_like_a_village_with_a_person_cue_is_a_person() {
        for (text, name) in [
            ("村支书韩大村说，今年的收成不错。", "韩大村"),
            ("演员宋春街表示，这部戏拍了半年。", "宋春街"),
        ] {
            let persons = crate::extract::texts_of(text, crate::EntityType::Person);
            assert_eq!(persons, [name], "{text}");
        }
    }

    #[test]
    fn real_roads_streets_and_villages_stay_places() {
        for (text, expected) in [
            ("他住在朝阳区建国路88号。", vec!["朝阳区建国路"]),
            ("游客沿着长安街步行。", vec!["长安街"]),
            ("村民们回到了杨家庄。", vec!["杨家庄"]),
        ] {
            assert_eq!(places(text), expected, "{text}");
        }
    }

    #[test]
    fn a_named_peak_is_a_place() {
        assert_eq!(places("攀登乔戈里峰很难。"), ["乔戈里峰"]);
    }

    #[test]
    fn a_person_named_like_a_mountain_stays_a_person() {
        let x = Extractor::new()
            .unwrap()
            .extract("李青山说，今年收成不错。");
        assert!(x.locations.is_empty());
    }
}
