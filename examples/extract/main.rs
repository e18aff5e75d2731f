//! The main job: extract facts from Chinese news articles.
//!
//! ```text
//! cargo run --release --example extract -- [--json] ARTICLE.txt…   # a report (or JSON) per file; stdin without files
//! cargo run --release --example extract -- --jsonl [--threads N] < docs.jsonl > predictions.jsonl
//! ```
//!
//! `--jsonl` implements the JSON Lines contract of `../shared/eval/README.md`: one
//! `{"id", "text", "reference_date"?}` object a line in, one prediction a line out, same
//! order. A line that is not UTF-8 or not valid JSON gets `{"id": null, "line": N,
//! "error": "…"}` in its place; processing goes on and the exit code is 1.
//! A file that cannot be read, or is not UTF-8, is reported on stderr and the exit code is 2.

mod contract;
mod report;

use std::io::{BufRead, BufWriter, Read, Write};
use std::process::ExitCode;
use std::time::Instant;

use serde_json::{Value, json};
use xinwen::{DateTime, Extractor, Options};

const USAGE: &str = "usage: extract [--json | --jsonl [--threads N] [--progress]] [FILE...]";

struct Args {
    json: bool,
    jsonl: bool,
    threads: usize,
    progress: bool,
    files: Vec<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        json: false,
        jsonl: false,
        threads: 1,
        progress: false,
        files: Vec::new(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--json" => args.json = true,
            "--jsonl" => args.jsonl = true,
            "--progress" => args.progress = true,
            "--threads" => {
                let n = it.next().ok_or("--threads needs a number")?;
                args.threads = n
                    .parse()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or(format!("--threads {n:?}: not a positive number"))?;
            }
            "-h" | "--help" => return Err(USAGE.to_string()),
            s if s.starts_with("--") => return Err(format!("unknown option {s}\n{USAGE}")),
            _ => args.files.push(a),
        }
    }
    Ok(args)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let extractor = match Extractor::new() {
        Ok(x) => x,
        Err(e) => {
            eprintln!("extract: {e}");
            return ExitCode::from(2);
        }
    };
    if args.jsonl {
        return run_jsonl(&extractor, &args);
    }
    let mut status = ExitCode::SUCCESS;
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let inputs: Vec<Option<String>> = if args.files.is_empty() {
        vec![None]
    } else {
        args.files.iter().cloned().map(Some).collect()
    };
    for input in inputs {
        let name = input.clone().unwrap_or_else(|| "<stdin>".to_string());
        let text = match read_text(input.as_deref()) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("extract: {name}: {e}");
                status = ExitCode::from(2);
                continue;
            }
        };
        let facts = extractor.extract(&text);
        let written = if args.json {
            serde_json::to_string_pretty(&facts)
                .map_err(std::io::Error::other)
                .and_then(|s| writeln!(out, "{s}"))
        } else {
            report::write(&mut out, &name, &facts)
        };
        if written.is_err() {
            return ExitCode::from(2);
        }
    }
    let _ = out.flush();
    status
}

/// A file's (or stdin's) text; an error names the byte offset of invalid UTF-8.
fn read_text(path: Option<&str>) -> Result<String, String> {
    let bytes = match path {
        Some(p) => {
            let meta = std::fs::metadata(p).map_err(|e| e.to_string())?;
            if meta.is_dir() {
                return Err("is a directory".to_string());
            }
            std::fs::read(p).map_err(|e| e.to_string())?
        }
        None => {
            let mut b = Vec::new();
            std::io::stdin()
                .read_to_end(&mut b)
                .map_err(|e| e.to_string())?;
            b
        }
    };
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "not UTF-8: invalid byte at offset {}",
            e.utf8_error().valid_up_to()
        )
    })
}

/// One parsed input line: the document or the error line to print in its place.
enum Job {
    Doc {
        id: Value,
        text: String,
        options: Options,
    },
    Error(Value),
}

fn parse_line(number: usize, bytes: &[u8]) -> Job {
    let error = |msg: String| Job::Error(json!({"id": null, "line": number, "error": msg}));
    let line = match std::str::from_utf8(bytes) {
        Ok(l) => l,
        Err(e) => {
            return error(format!(
                "not UTF-8: invalid byte at offset {}",
                e.valid_up_to()
            ));
        }
    };
    let v: Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => return error(format!("not valid JSON: {e}")),
    };
    let Some(text) = v.get("text").and_then(Value::as_str) else {
        return error("no \"text\" string".to_string());
    };
    let mut options = Options::default();
    if let Some(r) = v.get("reference_date").and_then(Value::as_str) {
        match r.parse::<DateTime>() {
            Ok(d) => options = options.with_reference_date(d),
            Err(e) => return error(e.to_string()),
        }
    }
    Job::Doc {
        id: v.get("id").cloned().unwrap_or(Value::Null),
        text: text.to_string(),
        options,
    }
}

fn run_jsonl(extractor: &Extractor, args: &Args) -> ExitCode {
    const BATCH: usize = 512;
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let show_progress = args.progress;
    let started = Instant::now();
    let (mut docs, mut bytes_done) = (0usize, 0usize);
    let mut failed = false;
    let mut number = 0usize;
    let mut eof = false;
    while !eof {
        let mut jobs = Vec::with_capacity(BATCH);
        while jobs.len() < BATCH {
            let mut buf = Vec::new();
            match input.read_until(b'\n', &mut buf) {
                Ok(0) => {
                    eof = true;
                    break;
                }
                Ok(n) => bytes_done += n,
                Err(e) => {
                    eprintln!("extract: reading stdin: {e}");
                    return ExitCode::from(2);
                }
            }
            number += 1;
            while buf.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
                buf.pop();
            }
            if buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            jobs.push(parse_line(number, &buf));
        }
        let results = process(extractor, &jobs, args.threads);
        for r in results {
            failed |= r.get("error").is_some();
            if writeln!(out, "{r}").is_err() {
                return ExitCode::from(2);
            }
        }
        docs += jobs.len();
        if show_progress {
            let secs = started.elapsed().as_secs_f64().max(1e-9);
            eprint!(
                "\r{docs} documents, {:.1} MB, {:.2} MB/s",
                bytes_done as f64 / 1e6,
                bytes_done as f64 / 1e6 / secs
            );
        }
    }
    if show_progress {
        eprintln!();
    }
    if out.flush().is_err() {
        return ExitCode::from(2);
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Extract every job of a batch on `threads` threads; results in input order.
fn process(extractor: &Extractor, jobs: &[Job], threads: usize) -> Vec<Value> {
    let one = |job: &Job| match job {
        Job::Doc { id, text, options } => {
            contract::to_contract(id, &extractor.extract_with(text, options))
        }
        Job::Error(v) => v.clone(),
    };
    if threads <= 1 || jobs.len() < 2 {
        return jobs.iter().map(one).collect();
    }
    let chunk = jobs.len().div_ceil(threads);
    std::thread::scope(|s| {
        let handles: Vec<_> = jobs
            .chunks(chunk)
            .map(|c| s.spawn(move || c.iter().map(one).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    })
}
