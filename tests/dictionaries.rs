//! The embedded dictionaries: they load, and the gazetteer finds what it should
//! (and not the ordinary words that look like short place names).

use xinwen::{Extractor, LocationKind};

fn extractor() -> Extractor {
    Extractor::new().expect("the embedded dictionaries parse")
}

/// The places found in `text`, with their kinds, in text order.
fn places(extractor: &Extractor, text: &str) -> Vec<(String, LocationKind)> {
    let extraction = extractor.extract(text);
    let mut found: Vec<(usize, String, LocationKind)> = extraction
        .locations
        .iter()
        .flat_map(|l| {
            l.mentions
                .iter()
                .map(move |m| (m.span.char_start, m.text.clone(), l.kind))
        })
        .collect();
    found.sort_by_key(|(start, _, _)| *start);
    found
        .into_iter()
        .map(|(_, text, kind)| (text, kind))
        .collect()
}

fn names(found: &[(String, LocationKind)]) -> Vec<&str> {
    found.iter().map(|(name, _)| name.as_str()).collect()
}

#[test]
fn every_embedded_dictionary_parses() {
    let extractor = extractor();
    // The gazetteer holds thousands of divisions plus their derived short forms.
    let debug = format!("{extractor:?}");
    assert!(debug.contains("locations"), "{debug}");
}

#[test]
fn a_county_is_found_with_its_kind() {
    let found = places(&extractor(), "这家工厂位于中牟县，去年新增员工三百人。");
    assert_eq!(names(&found), ["中牟县"]);
    assert_eq!(found[0].1, LocationKind::County);
}

#[test]
fn a_district_of_a_prefecture_city_is_found() {
    let found = places(&extractor(), "新店开在郑州市金水区的一条老街上。");
    assert!(names(&found).contains(&"金水区"), "{found:?}");
}

#[test]
fn a_short_form_is_derived_from_the_suffixed_name() {
    let found = places(&extractor(), "今年河南的粮食产量再创新高。");
    assert_eq!(names(&found), ["河南"]);
    assert_eq!(found[0].1, LocationKind::Province);
}

#[test]
fn an_autonomous_prefecture_is_found_by_its_usual_short_name() {
    let found = places(&extractor(), "游客今年春天纷纷前往延边赏花。");
    assert_eq!(names(&found), ["延边"]);
}

#[test]
fn a_short_form_shared_with_a_county_keeps_the_province_kind() {
    // 海南 is the short form of 海南省 and of 海南区 (a district of Wuhai).
    let found = places(&extractor(), "海南的游客数量持续增长。");
    assert_eq!(found, [("海南".to_string(), LocationKind::Province)]);
}

#[test]
fn stopword_short_forms_are_not_places() {
    // 中方 (中方县), 和平 (和平区), 合作 (合作市), 公安 (公安县): ordinary words.
    let extractor = extractor();
    for text in [
        "中方愿同各方一道维护地区和平。",
        "两家公司签署合作协议，公安机关到场见证。",
        "这是一座拥有百年历史的古城。",
    ] {
        let found = places(&extractor, text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

#[test]
fn the_full_name_of_a_stopword_division_is_still_a_place() {
    let found = places(&extractor(), "他住在天津市和平区。");
    assert!(names(&found).contains(&"和平区"), "{found:?}");
}

#[test]
fn countries_world_cities_and_regions_are_found() {
    let found = places(
        &extractor(),
        "东南亚市场增长很快，公司计划明年在伦敦和新加坡设立办公室。",
    );
    assert_eq!(names(&found), ["东南亚", "伦敦", "新加坡"]);
}

#[test]
fn a_well_known_organization_is_found_by_its_short_name() {
    let extraction = extractor().extract("国家发改委和工信部联合发布通知。");
    let orgs: Vec<&str> = extraction
        .organizations
        .iter()
        .flat_map(|o| o.mentions.iter().map(|m| m.text.as_str()))
        .collect();
    assert!(orgs.contains(&"国家发改委"), "{orgs:?}");
    assert!(orgs.contains(&"工信部"), "{orgs:?}");
}

#[test]
fn well_known_venues_are_places() {
    let x = extractor();
    let found = places(&x, "座谈会在人民大会堂举行，代表们随后去了中关村。");
    assert_eq!(names(&found), ["人民大会堂", "中关村"]);
}

#[test]
fn world_cities_after_their_country_are_places() {
    let found = places(
        &extractor(),
        "会议在瑞士洛桑举行，代表团随后飞往约旦首都安曼。",
    );
    assert_eq!(names(&found), ["瑞士", "洛桑", "约旦", "安曼"]);
}

#[test]
fn states_and_provinces_abroad_are_places() {
    let found = places(
        &extractor(),
        "暴风雪袭击了美国宾夕法尼亚州，乌克兰顿涅茨克州的战事仍在持续。",
    );
    assert_eq!(
        names(&found),
        ["美国", "宾夕法尼亚州", "乌克兰", "顿涅茨克州"]
    );
}

#[test]
fn a_japanese_prefecture_is_a_place_but_its_surname_short_form_is_not() {
    let x = extractor();
    let found = places(&x, "日本宫崎县附近海域发生地震。");
    assert_eq!(names(&found), ["日本", "宫崎县"]);
    assert!(places(&x, "这项政策为农户提供了三重保障。").is_empty());
}

#[test]
fn landmarks_without_a_place_before_them_are_places() {
    let found = places(
        &extractor(),
        "假期里，故宫和颐和园游客如织，埃菲尔铁塔前也排起了长队。",
    );
    assert_eq!(names(&found), ["故宫", "颐和园", "埃菲尔铁塔"]);
}

#[test]
fn a_direction_alone_is_no_place() {
    let found = places(&extractor(), "冷空气影响我国东部，中部地区也将降温。");
    assert_eq!(names(&found), ["中部地区"]);
}

#[test]
fn foreign_ministers_titles_are_titles() {
    let extraction = extractor().extract("日本外相与沙特王储举行会谈，交警支队支队长到场。");
    let titles: Vec<&str> = extraction.titles.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(titles, ["外相", "王储", "支队长"]);
}
