//! The speed reference for `extract --jsonl`: reads the same JSON Lines documents and
//! only tags them with plain jieba-rs (`Jieba::new()`, `tag(text, true)`), writing the
//! number of words per document. Compare whole-process times side by side:
//!
//! ```text
//! time target/release/examples/jieba_tag < corpus.jsonl > /dev/null
//! time target/release/examples/extract --jsonl < corpus.jsonl > /dev/null
//! ```
use std::io::{BufRead, BufWriter, Write};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let jieba = jieba_rs::Jieba::new();
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for line in std::io::stdin().lock().lines() {
        let line = line?;
        let doc: serde_json::Value = serde_json::from_str(&line)?;
        let text = doc.get("text").and_then(|t| t.as_str()).unwrap_or_default();
        writeln!(out, "{}", jieba.tag(text, true).len())?;
    }
    Ok(())
}
