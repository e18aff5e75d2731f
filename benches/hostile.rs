//! Time per MB on one paragraph without any punctuation, at 1, 10 and 50 MB: the
//! per-MB time must stay flat (linear total time). The text is generated from varied,
//! made-up names, organizations, titles and figures so that grouping, propagation and
//! linking see many distinct entities, as a long scraped page would give them.
//!
//! `cargo bench --bench hostile` (all sizes) or `cargo bench --bench hostile -- 1MB`.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use xinwen::Extractor;

const SURNAMES: &[&str] = &[
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "欧阳", "司马",
];
const GIVEN: &[&str] = &[
    "建", "国", "晓", "梅", "伟", "芳", "海", "涛", "明", "华", "东", "红", "文", "静", "志", "强",
];
const CORES: &[&str] = &[
    "星河", "银河", "远航", "晨光", "青松", "瀚海", "云帆", "天工", "长风", "恒信", "金桥", "博远",
];
const FIELDS: &[&str] = &[
    "科技", "数据", "智能", "能源", "材料", "医药", "物流", "传媒",
];
const SUFFIXES: &[&str] = &["有限公司", "集团", "股份有限公司", "研究院", "银行"];
const TITLES: &[&str] = &[
    "董事长",
    "总经理",
    "副总裁",
    "首席执行官",
    "院长",
    "行长",
    "总工程师",
];
const PLACES: &[&str] = &["北京市", "河南省", "郑州", "上海", "深圳市", "杭州", "成都"];
const VERBS: &[&str] = &["表示", "指出", "介绍", "透露", "认为"];

/// A small deterministic generator, so every run measures the same text.
struct Lcg(u64);

impl Lcg {
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        items[(self.0 >> 33) as usize % items.len()]
    }

    fn number(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 40) % 10_000
    }
}

/// `bytes` of clauses run together with no punctuation at all.
pub fn paragraph(bytes: usize) -> String {
    let mut rng = Lcg(42);
    let mut text = String::with_capacity(bytes + 256);
    while text.len() < bytes {
        let organization = format!(
            "{}{}{}{}",
            rng.pick(PLACES),
            rng.pick(CORES),
            rng.pick(FIELDS),
            rng.pick(SUFFIXES)
        );
        let person = format!(
            "{}{}{}",
            rng.pick(SURNAMES),
            rng.pick(GIVEN),
            rng.pick(GIVEN)
        );
        text.push_str(&format!(
            "{organization}{}{person}{}去年营收超{}亿元同比增长{}%员工{}人",
            rng.pick(TITLES),
            rng.pick(VERBS),
            rng.number(),
            rng.number() % 100,
            rng.number()
        ));
    }
    text
}

fn per_megabyte(c: &mut Criterion) {
    let extractor = Extractor::new().expect("embedded dictionaries");
    let mut group = c.benchmark_group("no_punctuation_paragraph");
    group.sample_size(10);
    for megabytes in [1usize, 10, 50] {
        let text = paragraph(megabytes * 1_000_000);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(
            BenchmarkId::from_parameter(format!("{megabytes}MB")),
            &text,
            |b, text| b.iter(|| extractor.extract(text)),
        );
    }
    group.finish();
}

criterion_group!(benches, per_megabyte);
criterion_main!(benches);
