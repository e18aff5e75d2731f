//! The main job: extract facts from Chinese news articles.
//!
//! ```text
//! cargo run --release --example extract -- [--json] [--all] [--reference-date YYYY-MM-DD] ARTICLE.txt…
//! cargo run --release --example extract -- --jsonl [--threads N] < docs.jsonl > predictions.jsonl
//! ```
//!
//! Without `--json` each file gets a readable report (see [`USAGE`]).
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

const USAGE: &str = "\
usage: extract [--reference-date YYYY-MM-DD] [--all] [--json] [--person-model] [FILE...]
       extract --jsonl [--threads N] [--progress] [--reference-date YYYY-MM-DD] [--person-model] < docs.jsonl

Extracts people, titles, organizations, figures, dates and places from Chinese news.
Reads each FILE (stdin without files) and prints a readable report of it.

  --reference-date D  the article's publication date (YYYY-MM-DD, optionally with
                      THH:MM): years and relative dates (去年, 12月5日) are resolved
                      against it. Without it the dateline found in the text is used;
                      with neither, years stay unknown. With --jsonl, the date of the
                      lines that give no reference_date.
  --all               list plain numbers (第一, 一个) too, not only money, counts,
                      percentages and compute
  --json              print the full result as JSON instead of the report
  --no-person-model   do not run the statistical person tagger (on by default:
                      more persons found, ~10% more time; see models/README.md);
                      --person-model is accepted and changes nothing
  --jsonl             JSON Lines in and out (the evaluation contract)
  --threads N         with --jsonl: documents processed on N threads
  --progress          with --jsonl: documents and MB/s on stderr
  -h, --help          this text";

struct Args {
    json: bool,
    jsonl: bool,
    all: bool,
    threads: usize,
    progress: bool,
    reference_date: Option<DateTime>,
    person_model: bool,
    files: Vec<String>,
}

/// What `parse_args` found: arguments to run with, or the help text to print.
enum Parsed {
    Run(Args),
    Help,
}

fn parse_args() -> Result<Parsed, String> {
    let mut args = Args {
        json: false,
        jsonl: false,
        all: false,
        threads: 1,
        progress: false,
        reference_date: None,
        person_model: true,
        files: Vec::new(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--json" => args.json = true,
            "--jsonl" => args.jsonl = true,
            "--all" => args.all = true,
            "--person-model" => args.person_model = true,
            "--no-person-model" => args.person_model = false,
            "--progress" => args.progress = true,
            "--threads" => {
                let n = it.next().ok_or("--threads needs a number")?;
                args.threads = n
                    .parse()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or(format!("--threads {n:?}: not a positive number"))?;
            }
            "--reference-date" => {
                let d = it
                    .next()
                    .ok_or("--reference-date needs a date (YYYY-MM-DD)")?;
                let date = d
                    .parse::<DateTime>()
                    .map_err(|e| format!("--reference-date {d:?}: {e}"))?;
                args.reference_date = Some(date);
            }
            "-h" | "--help" => return Ok(Parsed::Help),
            s if s.starts_with("--") => return Err(format!("unknown option {s}\n{USAGE}")),
            _ => args.files.push(a),
        }
    }
    Ok(Parsed::Run(args))
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(Parsed::Run(a)) => a,
        Ok(Parsed::Help) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
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
    let options = default_options(&args);
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
        let facts = extractor.extract_with(&text, &options);
        let written = if args.json {
            serde_json::to_string_pretty(&facts)
                .map_err(std::io::Error::other)
                .and_then(|s| writeln!(out, "{s}"))
        } else {
            let view = report::View {
                text: &text,
                reference_date: args.reference_date.as_ref().map(ToString::to_string),
                all_figures: args.all,
            };
            report::write(&mut out, &name, &facts, &view)
        };
        if written.is_err() {
            return ExitCode::from(2);
        }
    }
    let _ = out.flush();
    status
}

/// The options of a document that gives none of its own: the `--reference-date`.
fn default_options(args: &Args) -> Options {
    let options = Options::default().with_person_model(args.person_model);
    match args.reference_date {
        Some(d) => options.with_reference_date(d),
        None => options,
    }
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

fn parse_line(number: usize, bytes: &[u8], defaults: &Options) -> Job {
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
    let mut options = defaults.clone();
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
    // Small batches keep memory flat: a batch's results are held until written.
    let batch_size = 32 * args.threads;
    let defaults = default_options(args);
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let show_progress = args.progress || std::io::IsTerminal::is_terminal(&std::io::stderr());
    let started = Instant::now();
    let (mut docs, mut bytes_done) = (0usize, 0usize);
    let mut failed = false;
    let mut number = 0usize;
    let mut eof = false;
    while !eof {
        let mut jobs = Vec::with_capacity(batch_size);
        while jobs.len() < batch_size {
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
            jobs.push(parse_line(number, &buf, &defaults));
        }
        let mut results = process(extractor, &jobs, args.threads).into_iter();
        for job in &jobs {
            let written = match job {
                Job::Doc { id, .. } => match results.next() {
                    Some(x) => contract::to_contract(id, &x).write(&mut out),
                    None => Ok(()),
                },
                Job::Error(v) => {
                    failed = true;
                    serde_json::to_writer(&mut out, v).map_err(std::io::Error::from)
                }
            };
            if written.and_then(|()| writeln!(out)).is_err() {
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

/// Extract every document of a batch on `threads` threads; results in input order.
fn process(extractor: &Extractor, jobs: &[Job], threads: usize) -> Vec<xinwen::Extraction> {
    let docs: Vec<(&str, Options)> = jobs
        .iter()
        .filter_map(|job| match job {
            Job::Doc { text, options, .. } => Some((text.as_str(), options.clone())),
            Job::Error(_) => None,
        })
        .collect();
    batch(extractor, &docs, threads)
}

#[cfg(feature = "parallel")]
fn batch(
    extractor: &Extractor,
    docs: &[(&str, Options)],
    threads: usize,
) -> Vec<xinwen::Extraction> {
    use std::sync::OnceLock;
    static POOL: OnceLock<Option<rayon::ThreadPool>> = OnceLock::new();
    let pool = POOL.get_or_init(|| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .ok()
    });
    match pool {
        Some(pool) if threads > 1 => pool.install(|| extractor.extract_batch_with(docs)),
        // One thread: the batch is segmented in a row, then extracted (same results).
        _ => extractor.extract_each_with(docs),
    }
}

#[cfg(not(feature = "parallel"))]
fn batch(
    extractor: &Extractor,
    docs: &[(&str, Options)],
    _threads: usize,
) -> Vec<xinwen::Extraction> {
    extractor.extract_each_with(docs)
}
