//! Places: the gazetteer (administrative divisions with and without their suffix,
//! countries, world cities, regions), matched on token boundaries.

mod abbreviations;
mod address;
mod features;
mod glued;
mod titles;
mod words;

pub(crate) use features::is_named_feature;

use crate::chars::CharSet;
use crate::extract::{Found, Hit, LocationHit, SortedHits};
use crate::lexicon::Lexicon;
use crate::model::LocationKind;
use crate::segment::Document;
use std::sync::LazyLock;

use crate::word_set::{CharBloom, WordSet};

/// Ends of facility and landmark names, and of geographic features: a place name (or a
/// name jieba tags as one) followed by one of them is a place (北京 + 工人体育场,
/// 玉泉 + 山). Longest first.
pub(crate) static FEATURE_SUFFIXES: LazyLock<&[&str]> =
    LazyLock::new(|| words::words("feature_suffix"));

/// [`FEATURE_SUFFIXES`] as a set, for the tokens asked whether they are one.
pub(crate) static FEATURE_SUFFIX_SET: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(*FEATURE_SUFFIXES));

/// Common nouns that end in a feature char but name no feature (道路, 线路, 思路): a
/// word ending in one is no named road or feature (铺平道路, 旅游线路). 铁路 and 公路
/// end named lines too (京九铁路), so only the generic 高速 forms are listed.
pub(crate) static GENERIC_FEATURE_WORDS: LazyLock<&[&str]> =
    LazyLock::new(|| words::words("generic_feature"));

/// The last chars of [`FEATURE_SUFFIXES`]: a word ending in none of them ends in no
/// feature suffix, which is cheaper to test first on the many words looked at.
pub(crate) static FEATURE_LAST_CHARS: LazyLock<CharSet> = LazyLock::new(|| {
    let last_chars: String = FEATURE_SUFFIXES
        .iter()
        .filter_map(|f| f.chars().next_back())
        .collect();
    CharSet::new(&last_chars)
});

/// The leading [`FEATURE_SUFFIXES`] of two chars or more (facilities and landmarks).
pub(crate) static LONG_FEATURE_SUFFIXES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    FEATURE_SUFFIXES
        .iter()
        .copied()
        .take_while(|f| f.chars().count() >= 2)
        .collect()
});

/// Words jieba tags as places (`ns`) that name no place in news.
static NOT_PLACES: LazyLock<&[&str]> = LazyLock::new(|| words::words("not_place"));

/// [`NOT_PLACES`] as a set: the place rules ask it of every place-like token, and
/// comparing the word with each entry was a measurable share of their time.
static NOT_PLACE_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(*NOT_PLACES));

/// Whether `word` is one of [`NOT_PLACES`].
fn is_not_place(word: &str) -> bool {
    NOT_PLACE_SET.contains(word)
}

/// Words before 地区 that make it a kind of area, not a named region (落后地区,
/// 周边地区, 贫困地区), unlike 华东地区 or 阿里地区.
static GENERIC_AREA_MODIFIERS: LazyLock<&[&str]> = LazyLock::new(|| words::words("area_modifier"));

/// Whether the word is a kind of area: a generic modifier and 地区 (贫困地区).
fn is_generic_area(word: &str) -> bool {
    word.strip_suffix("地区")
        .is_some_and(|m| GENERIC_AREA_MODIFIERS.contains(&m))
}

/// Endings of common nouns for kinds of places (大城市, 各乡镇, 老城区): a word jieba
/// tags as a place that ends so is a kind, not a name.
static GENERIC_PLACE_ENDINGS: LazyLock<&[&str]> = LazyLock::new(|| words::words("place_ending"));

/// Find every place in the document. Never inlined: profiles then show the place
/// rules' cost as one figure.
#[inline(never)]
pub(crate) fn extract(doc: &Document<'_>, lexicon: &Lexicon, found: &mut Found) {
    find_gazetteer_and_tagged(doc, lexicon, found);
    features::find_features(doc, lexicon, found);
    features::find_named_features(doc, lexicon, found);
    abbreviations::extract(doc, found);
    drop_time_zones(doc, found);
    drop_given_names_after_titles(doc, lexicon, found);
    titles::drop_places_in_names_and_titles(doc, lexicon, found);
    found.locations.sort_by_key(|l| l.hit);
    crate::extract::keep_longest(&mut found.locations, |h| h.hit);
    address::join_addresses(doc, found);
    drop_titles_inside_places(found);
}

/// A title word inside a place name (王子 in 王子公园球场) is part of the name.
fn drop_titles_inside_places(found: &mut Found) {
    let places = SortedHits::new(found.locations.iter().map(|l| l.hit));
    let spans: crate::hash::FastSet<Hit> = found.locations.iter().map(|l| l.hit).collect();
    found
        .titles
        .retain(|t| !places.covers(t) || spans.contains(t));
}

/// Words after a place that make it the name of a clock (北京时间, 美国东部时间,
/// 莫斯科时间): a time zone, not a mention of the place.
static TIME_ZONE_WORDS: LazyLock<&[&str]> = LazyLock::new(|| words::words("time_zone"));

/// The first chars of [`TIME_ZONE_WORDS`] (no word is empty): what follows most places
/// starts with none of them, and is then compared with no word.
static TIME_ZONE_FIRSTS: LazyLock<CharBloom> = LazyLock::new(|| {
    let mut firsts = CharBloom::default();
    TIME_ZONE_WORDS.iter().for_each(|w| firsts.add_first(w));
    firsts
});

/// Drop the places that name a time zone (北京时间周日晚上8点).
fn drop_time_zones(doc: &Document<'_>, found: &mut Found) {
    found.locations.retain(|l| {
        let after = doc.slice(l.hit.end, doc.text.len());
        !(TIME_ZONE_FIRSTS.may_start(after) && TIME_ZONE_WORDS.iter().any(|w| after.starts_with(w)))
    });
}

/// A two-char place name right after a title and a surname is the given name of a
/// person (局长 + 高 + 志丹, 志丹 being a county): drop the place.
fn drop_given_names_after_titles(doc: &Document<'_>, lexicon: &Lexicon, found: &mut Found) {
    let title_ends: crate::hash::FastSet<usize> = found.titles.iter().map(|t| t.end).collect();
    found.locations.retain(|l| {
        let Some(i) = doc.token_starting_at(l.hit.start) else {
            return true;
        };
        let given = doc
            .tokens
            .get(i)
            .is_some_and(|t| t.end == l.hit.end && t.char_len() == 2);
        let surname_after_title = i
            .checked_sub(1)
            .and_then(|p| doc.tokens.get(p))
            .is_some_and(|p| {
                p.char_len() == 1
                    && lexicon.surname_of(p.word) == Some(p.word)
                    && title_ends.contains(&p.start)
            });
        !(given && surname_after_title)
    });
}

/// Chars that end place names (省, 县, 山, 河…).
static PLACE_END_CHARS: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::new("省市县区镇乡村州盟旗山河江湖海岛港湾峡岭峰洲原川谷庄寨堡屯"));

/// Words right before a place (在, 赴, 来自) and right after one (一带, 境内).
static BEFORE_PLACE: LazyLock<&[&str]> = LazyLock::new(|| words::words("before_place"));
static AFTER_PLACE: LazyLock<&[&str]> = LazyLock::new(|| words::words("after_place"));

/// A word jieba tags as a place (`ns`) but the gazetteer lacks is taken when its form
/// or its context says place: 栋梁河, 在延安, 岭南一带. jieba's `ns` also holds words
/// such as 深度 and 维度.
fn tagged_place_is_likely(doc: &Document<'_>, i: usize) -> bool {
    let Some(t) = doc.tokens.get(i) else {
        return false;
    };
    let ends_like_place = t
        .word
        .chars()
        .last()
        .is_some_and(|c| PLACE_END_CHARS.contains(c));
    let before = i
        .checked_sub(1)
        .and_then(|j| doc.tokens.get(j))
        .is_some_and(|p| BEFORE_PLACE.contains(&p.word));
    let after = doc
        .tokens
        .get(i + 1)
        .is_some_and(|n| AFTER_PLACE.contains(&n.word));
    ends_like_place && t.char_len() >= 3 || before || after
}

/// Places from the gazetteer on token edges, and words jieba tags as places.
fn find_gazetteer_and_tagged(doc: &Document<'_>, lexicon: &Lexicon, found: &mut Found) {
    let mut inside_words = Vec::new();
    for (start, end, _, kind) in lexicon.location_matcher.find_iter(doc) {
        if doc.on_token_edges(start, end) || covers_place_token(doc, start, end) {
            found.locations.push(LocationHit {
                hit: Hit::new(start, end),
                kind: *kind,
            });
        } else {
            inside_words.push((start, end, *kind));
        }
    }
    // The scan keeps leftmost-longest matches, so a name can hide behind one that starts
    // earlier and overlaps it (都安 in 首都安曼 hides 安曼): a token that is a
    // gazetteer name is a place whatever the scan kept.
    let scanned = SortedHits::new(found.locations.iter().map(|l| l.hit));
    for t in &doc.tokens {
        let hit = Hit::new(t.start, t.end);
        // `t.place` says whether the word is a key of the gazetteer: no hash lookup for
        // the other tokens.
        if t.place
            && let Some(kind) = lexicon.locations.get(t.word)
            && t.char_len() >= 2
            && !scanned.overlaps_any(&hit)
        {
            found.locations.push(LocationHit { hit, kind: *kind });
        }
    }
    glued::find_places_in_glued_words(doc, lexicon, &inside_words, found);
    // One sorted index, not a scan of every place per token (quadratic on long texts).
    let gazetteer = SortedHits::new(found.locations.iter().map(|l| l.hit));
    for (i, t) in doc.tokens.iter().enumerate() {
        // Gazetteer places cover whole tokens, except those inside a glued word
        // (法国巴黎), which then is no place of its own.
        if matches!(t.tag.as_bytes(), [b'n', b's'])
            && !gazetteer.overlaps_any(&Hit::new(t.start, t.end))
            && t.char_len() >= 2
            && !is_not_place(t.word)
            && !GENERIC_PLACE_ENDINGS.iter().any(|e| t.word.ends_with(e))
            && !is_generic_area(t.word)
            && !t.word.starts_with('各')
            && tagged_place_is_likely(doc, i)
        {
            let kind = if t.word.ends_with('省') {
                LocationKind::Province
            } else if t.word.ends_with('市') {
                LocationKind::City
            } else if t.word.ends_with('县') || t.word.ends_with('区') {
                LocationKind::County
            } else {
                LocationKind::Other
            };
            found.locations.push(LocationHit {
                hit: Hit::new(t.start, t.end),
                kind,
            });
        }
    }
}

/// The gazetteer name starts a token and ends where jieba's place word ends, e.g.
/// 河南省 inside the single token 河南省郑州市 is not accepted, but 郑州 in 郑州/ns is.
fn covers_place_token(doc: &Document<'_>, start: usize, end: usize) -> bool {
    let Some(first) = doc.token_starting_at(start) else {
        return false;
    };
    // A place name made of several whole tokens followed by a single-char token tail
    // such as 市 in 郑州/市 is fine; inside a longer word (河南省委) it is not.
    doc.tokens.get(first).is_some_and(|t| t.end <= end) && doc.token_ending_at(end).is_some()
}

#[cfg(test)]
mod tests {

    fn places(text: &str) -> Vec<String> {
        crate::extract::texts_of(text, crate::EntityType::Location)
    }

    #[test]
    fn finds_divisions_with_and_without_suffix() {
        assert_eq!(
            places("他从河南省来到郑州，又去了上海。"),
            ["河南省", "郑州", "上海"]
        );
    }

    #[test]
    fn finds_regions_and_countries() {
        assert_eq!(places("华东地区的企业在美国设厂。"), ["华东地区", "美国"]);
    }

    #[test]
    fn a_place_inside_a_longer_word_is_not_a_place() {
        assert!(places("河南省委召开会议。").is_empty());
    }

    #[test]
    fn a_place_with_a_feature_word_is_a_place() {
        assert_eq!(places("比赛在北京工人体育场举行。"), ["北京工人体育场"]);
    }

    #[test]
    fn a_time_zone_is_no_place() {
        assert!(places("决赛将于北京时间周日凌晨3点开球。").is_empty());
        assert_eq!(places("美国东部时间上午9点半，纽约股市开盘。"), ["纽约"]);
    }

    #[test]
    fn a_title_word_inside_a_venue_is_part_of_the_venue() {
        let x = crate::Extractor::new()
            .unwrap()
            .extract("决赛在伦敦王子公园球场举行。");
        assert!(x.titles.is_empty(), "{:?}", x.titles);
        assert_eq!(x.locations.len(), 1);
    }

    #[test]
    fn a_given_name_after_a_title_and_surname_is_no_place() {
        assert!(places("体育局局长高志丹出席了会议。").is_empty());
    }

    #[test]
    fn tagged_places_need_a_place_form_or_context() {
        assert!(places("这次讨论很有深度。").is_empty());
    }

    #[test]
    fn common_nouns_of_places_are_no_places() {
        for text in [
            "这座小山村依山傍水，风景秀丽。",
            "她从小在山村长大，后来走出了大山。",
            "他在商海沉浮多年，终于站稳脚跟。",
            "对许多人来说，家是温暖的避风港。",
            "贫困地区的孩子需要更多帮助。",
            "节日期间周边地区的游客明显增多。",
            "游客沿着登山路缓缓而上，两国登山界加强合作。",
            "球队一开场就摆出猛虎下山的架势。",
            "这座纪念馆庄严宏伟。",
            "这样做会降低领导威信。",
            "我们去馆内参观，各乡镇要抓好落实。",
            "这座港口是对外开放的桥头堡。",
        ] {
            assert!(places(text).is_empty(), "{text}: {:?}", places(text));
        }
        assert_eq!(places("华东地区的订单增长较快。"), ["华东地区"]);
    }

    #[test]
    fn user_given_places_are_found() {
        let x = crate::Extractor::builder()
            .dictionary(crate::DictionaryKind::Location, "mine", "青石湾 other")
            .build()
            .unwrap()
            .extract("我们明天去青石湾看看。");
        assert_eq!(x.locations.len(), 1);
    }
}
