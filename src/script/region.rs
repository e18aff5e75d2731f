//! The currency of a place: a bare 元 (or `$`) in Hong Kong news is the Hong Kong dollar,
//! in Taiwan news the New Taiwan dollar, in Macau news the pataca. The region is decided
//! from the document (港幣, 新台幣, 香港, 台北, 立法會…) and applied to the finished
//! figures; mainland text, and text that does not say, keeps 元 as CNY.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

use crate::model::{Extraction, FigureKind};

/// Where a document is from, as far as its words tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Region {
    Mainland,
    HongKong,
    Taiwan,
    Macau,
}

impl Region {
    fn currency(self) -> &'static str {
        match self {
            Region::Mainland => "CNY",
            Region::HongKong => "HKD",
            Region::Taiwan => "TWD",
            Region::Macau => "MOP",
        }
    }
}

/// Words (in their Simplified form: the analysed text is normalised) that place a
/// document, with their weight: a currency name counts more than a place.
/// Source: general knowledge of the regions' places, institutions, outlets and
/// currencies, written for xinwen.
const CUES: &[(Region, u32, &[&str])] = &[
    (Region::Mainland, 3, &["人民币"]),
    (
        Region::Mainland,
        1,
        &[
            "北京",
            "上海",
            "天津",
            "重庆",
            "河北",
            "山西",
            "辽宁",
            "吉林",
            "黑龙江",
            "江苏",
            "浙江",
            "安徽",
            "福建",
            "江西",
            "山东",
            "河南",
            "湖北",
            "湖南",
            "广东",
            "海南",
            "四川",
            "贵州",
            "云南",
            "陕西",
            "甘肃",
            "青海",
            "内蒙古",
            "广西",
            "西藏",
            "宁夏",
            "新疆",
            "深圳",
            "广州",
            "郑州",
            "武汉",
            "杭州",
            "南京",
            "成都",
            "西安",
            "国务院",
            "省委",
            "市委",
            "证监会",
            "发改委",
        ],
    ),
    (Region::HongKong, 3, &["港币", "港元", "港圆", "HK$"]),
    (
        Region::HongKong,
        1,
        &[
            "香港",
            "港府",
            "港人",
            "新界",
            "九龙",
            "港岛",
            "特区政府",
            "立法会",
            "行政长官",
            "律政司",
            "政务司",
            "财政司",
            "廉政公署",
            "港股",
            "恒指",
            "港铁",
            "港交所",
            "沙田",
            "荃湾",
            "观塘",
            "旺角",
            "铜锣湾",
            "中环",
            "尖沙咀",
            "元朗",
            "屯门",
            "将军澳",
            "明报",
            "星岛日报",
            "东方日报",
            "香港01",
            "南华早报",
            "头条日报",
            "香港电台",
            "嘅",
            "咗",
            "佢",
            "唔",
            "冇",
            "啲",
            "嗰",
            "喺",
        ],
    ),
    (Region::Taiwan, 3, &["新台币", "台币", "NT$"]),
    (
        Region::Taiwan,
        1,
        &[
            "台湾",
            "台北",
            "新北",
            "桃园",
            "台中",
            "台南",
            "高雄",
            "基隆",
            "新竹",
            "嘉义",
            "屏东",
            "宜兰",
            "花莲",
            "彰化",
            "苗栗",
            "澎湖",
            "金门",
            "立法院",
            "行政院",
            "总统府",
            "民进党",
            "国民党",
            "民众党",
            "立委",
            "联合报",
            "自由时报",
            "中国时报",
            "东森新闻",
            "中央社",
            "民国",
        ],
    ),
    (Region::Macau, 3, &["澳门元", "澳门币", "葡币"]),
    (Region::Macau, 1, &["澳门", "氹仔", "路环"]),
];

/// Every cue word, for one leftmost-longest pass over the text (新台币 over 台币).
/// An automaton over every cue word, and the (region, weight) of each pattern.
type CueMatcher = (Option<AhoCorasick>, Vec<(Region, u32)>);

static CUE_MATCHER: LazyLock<CueMatcher> = LazyLock::new(|| {
    let mut words = Vec::new();
    let mut values = Vec::new();
    for (region, weight, list) in CUES {
        for word in *list {
            words.push(*word);
            values.push((*region, *weight));
        }
    }
    let matcher = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&words)
        .ok();
    (matcher, values)
});

/// The region the document's words point to most, if it outweighs the mainland.
/// `original` is the text as written: the Cantonese 蚊 (dollar) is read as 元 in `text`.
fn region_of(original: &str, text: &str) -> Region {
    let mut scores = [
        (Region::Mainland, 0u32),
        (Region::HongKong, 0),
        (Region::Taiwan, 0),
        (Region::Macau, 0),
    ];
    let mut add = |region: Region, points: u32| {
        if let Some((_, score)) = scores.iter_mut().find(|(r, _)| *r == region) {
            *score = score.saturating_add(points);
        }
    };
    let (matcher, values) = &*CUE_MATCHER;
    for m in matcher.iter().flat_map(|m| m.find_iter(text)) {
        if let Some(&(region, weight)) = values.get(m.pattern().as_usize()) {
            add(region, weight);
        }
    }
    let dollars = u32::try_from(original.matches('蚊').count()).unwrap_or(u32::MAX);
    add(Region::HongKong, dollars.saturating_mul(2));
    let mainland = scores.first().map_or(0, |(_, s)| *s);
    scores
        .iter()
        .skip(1)
        .filter(|(_, s)| *s > mainland)
        .max_by_key(|(_, s)| *s)
        .map_or(Region::Mainland, |(r, _)| *r)
}

/// Give the money figures of `x` (found in `analysed`, the normalised text) the currency
/// of the document's region: a bare 元/圆 (CNY by default) and a bare `$` (USD by
/// default) become HKD, TWD or MOP; an amount that names its currency (人民币, 美元,
/// US$) keeps it.
pub(crate) fn apply(x: &mut Extraction, original: &str, analysed: &str) {
    if !x.figures.iter().any(|f| f.kind == FigureKind::Money) {
        return;
    }
    let region = region_of(original, analysed);
    if region == Region::Mainland {
        return;
    }
    for f in x.figures.iter_mut().filter(|f| f.kind == FigureKind::Money) {
        let written = analysed.get(f.span.bytes()).unwrap_or_default();
        let before = analysed.get(..f.span.byte_start).unwrap_or_default();
        let bare = match f.unit.as_deref() {
            Some("CNY") => !["人民币", "RMB", "CNY", "¥", "￥"]
                .iter()
                .any(|c| written.contains(c)),
            Some("USD") => {
                written
                    .trim_start_matches(['超', '近', '约', '逾'])
                    .starts_with(['$', '＄'])
                    && !before.ends_with("US")
            }
            _ => false,
        };
        if bare {
            f.unit = Some(crate::model::Unit::Currency(region.currency().to_string()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_region_follows_the_document() {
        let cases = [
            ("河南投资集团在郑州投资300亿元。", Region::Mainland),
            ("香港特区政府宣布在新界拨款50亿元。", Region::HongKong),
            ("台北市政府编列预算20亿元，以新台币计。", Region::Taiwan),
            ("澳门政府派发现金分享，每人一万澳门元。", Region::Macau),
            ("公司营收3亿元。", Region::Mainland),
        ];
        for (text, region) in cases {
            assert_eq!(region_of(text, text), region, "{text}");
        }
        // 蚊 is the Cantonese dollar, read as 元 in the analysed text.
        assert_eq!(
            region_of("每人派三蚊五毫。", "每人派三元五角。"),
            Region::HongKong
        );
    }
}
