//! Throughput of `Extractor::extract` next to the jieba-rs `tag(text, true)` baseline
//! on the same text, in one criterion group so the ratio is read from one run.
//!
//! ```text
//! cargo bench --bench extract                              # the crate's example texts
//! XINWEN_BENCH_CORPUS=target/bench.jsonl cargo bench --bench extract
//! ```
//! `XINWEN_BENCH_CORPUS` may be JSON Lines (`{"text": …}` a line) or plain text; build a
//! 7.6 MB corpus of real news with `python3 ../shared/tools/make_bench_corpus.py target/bench --mb 8`.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// Documents to run: the corpus named by `XINWEN_BENCH_CORPUS`, else the example texts.
fn corpus() -> (String, Vec<String>) {
    if let Ok(path) = std::env::var("XINWEN_BENCH_CORPUS") {
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let docs: Vec<String> = if path.ends_with(".jsonl") {
            text.lines()
                .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
                .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
                .collect()
        } else {
            text.split("\n\n").map(str::to_string).collect()
        };
        return (path, docs);
    }
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data");
    let mut docs = Vec::new();
    for entry in std::fs::read_dir(dir)
        .expect("examples/data exists")
        .flatten()
    {
        if entry.path().extension().is_some_and(|e| e == "txt") {
            docs.push(std::fs::read_to_string(entry.path()).expect("readable example text"));
        }
    }
    ("examples/data".to_string(), docs)
}

fn throughput(c: &mut Criterion) {
    let extractor = xinwen::Extractor::new().expect("embedded dictionaries load");
    let jieba = jieba_rs::Jieba::new();
    let article = include_str!("../examples/data/article.txt");
    // Warm jieba's lazily loaded POS model outside the measurement.
    black_box(jieba.tag(article, true));

    let mut group = c.benchmark_group("article");
    group.throughput(Throughput::Bytes(article.len() as u64));
    group.bench_function("jieba_tag", |b| {
        b.iter(|| black_box(jieba.tag(black_box(article), true).len()))
    });
    group.bench_function("xinwen_extract", |b| {
        b.iter(|| black_box(extractor.extract(black_box(article))))
    });
    group.finish();

    let (name, docs) = corpus();
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut group = c.benchmark_group(format!("corpus {name}"));
    group.throughput(Throughput::Bytes(bytes as u64));
    if bytes > 1_000_000 {
        group.sample_size(10);
    }
    group.bench_function("jieba_tag", |b| {
        b.iter(|| docs.iter().map(|d| jieba.tag(d, true).len()).sum::<usize>())
    });
    group.bench_function("xinwen_extract", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| extractor.extract(d).figures.len())
                .sum::<usize>()
        })
    });
    #[cfg(feature = "parallel")]
    group.bench_function("xinwen_extract_batch", |b| {
        b.iter(|| extractor.extract_batch(&docs).len())
    });
    group.finish();
}

fn startup(c: &mut Criterion) {
    let mut group = c.benchmark_group("startup");
    group.sample_size(10);
    group.bench_function("jieba_new", |b| {
        b.iter(|| black_box(jieba_rs::Jieba::new()))
    });
    group.bench_function("extractor_new", |b| {
        b.iter(|| black_box(xinwen::Extractor::new()))
    });
    group.finish();
}

criterion_group!(benches, throughput, startup);
criterion_main!(benches);
