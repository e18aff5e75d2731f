//! The `extract` example end to end, as a user runs it: bad files (not UTF-8, missing,
//! a directory) and bad JSON Lines input give the documented messages and exit codes,
//! and `--threads 2` writes exactly what `--threads 1` writes.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

use serde_json::Value;

/// The example binary next to this test binary (`cargo test` builds examples into
/// `target/<profile>/examples`); built with cargo, same profile, when missing.
fn binary() -> &'static Path {
    static BINARY: OnceLock<PathBuf> = OnceLock::new();
    BINARY.get_or_init(|| {
        let exe = std::env::current_exe().expect("the test binary's path");
        // target/<profile>/deps/cli-HASH → target/<profile>
        let profile_dir = exe
            .parent()
            .and_then(Path::parent)
            .expect("target/<profile>")
            .to_path_buf();
        let name = if cfg!(windows) {
            "extract.exe"
        } else {
            "extract"
        };
        let path = profile_dir.join("examples").join(name);
        if !path.exists() {
            let mut build = Command::new(env!("CARGO"));
            build
                .args(["build", "--quiet", "--example", "extract"])
                .current_dir(env!("CARGO_MANIFEST_DIR"));
            if profile_dir.file_name().is_some_and(|n| n == "release") {
                build.arg("--release");
            }
            let status = build.status().expect("cargo runs");
            assert!(status.success(), "building the extract example failed");
        }
        path
    })
}

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(binary())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the example starts");
    let mut input = child.stdin.take().expect("stdin is piped");
    let bytes = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&bytes);
    });
    let output = child.wait_with_output().expect("the example finishes");
    writer.join().expect("stdin writer");
    output
}

/// A scratch directory for this test process.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("xinwen-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn a_file_that_is_not_utf8_is_named_with_its_byte_offset_and_prints_nothing() {
    let dir = scratch("utf8");
    let bad = dir.join("bad-latin1.txt");
    let mut bytes = "王建国表示".as_bytes().to_vec(); // 15 valid bytes
    bytes.extend_from_slice(b"\xe9t\xe9 2023");
    std::fs::write(&bad, &bytes).expect("write");
    let good = dir.join("good.txt");
    std::fs::write(&good, "星河科技有限公司董事长王建国表示，营收增长。").expect("write");

    let alone = run(&[bad.to_str().expect("utf-8 path")], b"");
    assert_eq!(alone.status.code(), Some(2));
    let err = text(&alone.stderr);
    assert!(
        err.contains("bad-latin1.txt") && err.contains("15"),
        "stderr: {err}"
    );
    assert!(alone.stdout.is_empty(), "stdout: {}", text(&alone.stdout));

    // Next to a good file: the good one is reported, nothing for the bad one, exit 2.
    for flag in [None, Some("--json")] {
        let mut args: Vec<&str> = flag.into_iter().collect();
        args.extend([bad.to_str().expect("path"), good.to_str().expect("path")]);
        let both = run(&args, b"");
        assert_eq!(both.status.code(), Some(2));
        let out = text(&both.stdout);
        assert!(
            !out.contains("bad-latin1"),
            "stdout mentions the bad file: {out}"
        );
        assert!(
            out.contains("王建国"),
            "the good file is still reported: {out}"
        );
    }
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_missing_file_and_a_directory_are_named_with_exit_code_2() {
    let dir = scratch("missing");
    let missing = dir.join("no-such-article.txt");
    for path in [missing.as_path(), dir.as_path()] {
        let path = path.to_str().expect("utf-8 path");
        let output = run(&[path], b"");
        assert_eq!(output.status.code(), Some(2), "{path}");
        assert!(
            text(&output.stderr).contains(path),
            "stderr: {}",
            text(&output.stderr)
        );
        assert!(output.stdout.is_empty(), "stdout: {}", text(&output.stdout));
    }
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn jsonl_bad_lines_become_error_lines_in_place_and_exit_1() {
    let mut input = Vec::new();
    input.extend_from_slice("{\"id\": \"a\", \"text\": \"董事长王建国表示。\"}\n".as_bytes());
    input.extend_from_slice(b"{not json\n");
    input.extend_from_slice(b"{\"id\": \"c\", \"text\": \"\xff\xfe\"}\n");
    input.extend_from_slice("{\"id\": \"d\", \"text\": \"星河科技有限公司营收增长。\", \"reference_date\": \"2024-09-28\"}\n".as_bytes());
    input.extend_from_slice(b"[1, 2]\n");
    input.extend_from_slice("{\"id\": 6, \"text\": \"\"}".as_bytes()); // no final newline
    let output = run(&["--jsonl"], &input);
    assert_eq!(
        output.status.code(),
        Some(1),
        "stderr: {}",
        text(&output.stderr)
    );
    let lines: Vec<Value> = text(&output.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("every output line is JSON"))
        .collect();
    assert_eq!(lines.len(), 6, "one output line per input line");
    assert_eq!(lines[0]["id"], "a");
    assert!(lines[0].get("error").is_none());
    for (index, number) in [(1, 2), (2, 3), (4, 5)] {
        let line = &lines[index];
        assert_eq!(line["id"], Value::Null, "{line}");
        assert_eq!(line["line"], number, "{line}");
        assert!(
            line["error"].as_str().is_some_and(|e| !e.is_empty()),
            "{line}"
        );
    }
    assert!(
        lines[2]["error"]
            .as_str()
            .is_some_and(|e| e.contains("UTF-8")),
        "{}",
        lines[2]
    );
    assert_eq!(lines[3]["id"], "d");
    assert!(lines[3].get("error").is_none());
    assert_eq!(lines[5]["id"], 6);
    assert_eq!(lines[5]["entities"], Value::Array(Vec::new()));
}

#[test]
fn jsonl_on_two_threads_writes_what_one_thread_writes() {
    let mut input = String::new();
    for i in 0..1200 {
        match i % 97 {
            13 => input.push_str("not json at all\n"),
            41 => input.push('\n'),
            _ => input.push_str(&format!(
                "{{\"id\": {i}, \"text\": \"星河科技有限公司董事长王建国{i}表示，{i}年营收超{i}亿元。记者 李晓梅\"}}\n"
            )),
        }
    }
    let one = run(&["--jsonl", "--threads", "1"], input.as_bytes());
    let two = run(&["--jsonl", "--threads", "2"], input.as_bytes());
    assert_eq!(one.status.code(), Some(1));
    assert_eq!(two.status.code(), one.status.code());
    assert!(!one.stdout.is_empty());
    assert!(
        one.stdout == two.stdout,
        "--threads 2 output differs from --threads 1"
    );
    let ids: Vec<Value> = text(&one.stdout)
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).expect("JSON")["id"].clone())
        .collect();
    // Blank lines are skipped; every other line has its output in input order.
    let expected: Vec<Value> = (0..1200)
        .filter(|i| i % 97 != 41)
        .map(|i| {
            if i % 97 == 13 {
                Value::Null
            } else {
                Value::from(i)
            }
        })
        .collect();
    assert_eq!(ids, expected);
}

#[test]
fn two_runs_of_the_binary_print_the_same_facts() {
    // Hash-map order differs between processes; nothing in the output may depend on it.
    let article = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data/article.txt");
    let first = run(&["--json", article], b"");
    let second = run(&["--json", article], b"");
    assert!(first.status.success(), "{}", text(&first.stderr));
    assert!(!first.stdout.is_empty());
    assert_eq!(text(&first.stdout), text(&second.stdout));
}

/// A short article of our own with no dateline: relative dates need a reference date.
const NO_DATELINE: &str = "昨日，远山科技股份有限公司董事长郑海川表示，公司去年实现营业收入约50亿元，同比增长12%，新开门店第一家位于成都。";

fn report(args: &[&str]) -> String {
    let dir = scratch("report");
    // Tests run in parallel: each call writes a file of its own.
    static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let file = dir.join(format!("article-{n}.txt"));
    std::fs::write(&file, NO_DATELINE).expect("write");
    let mut all: Vec<&str> = args.to_vec();
    all.push(file.to_str().expect("utf-8 path"));
    let output = run(&all, b"");
    assert!(output.status.success(), "{}", text(&output.stderr));
    let _ = std::fs::remove_file(file);
    text(&output.stdout)
}

#[test]
fn reference_date_resolves_relative_dates_in_the_report_and_in_json() {
    let without = report(&[]);
    assert!(without.contains("--reference-date"), "a hint: {without}");
    assert!(!without.contains("2024-03-14"), "{without}");
    let with = report(&["--reference-date", "2024-03-15"]);
    assert!(with.contains("Reference date: 2024-03-15"), "{with}");
    assert!(with.contains("昨日 — 2024-03-14"), "{with}");
    assert!(with.contains("去年 — 2023"), "{with}");
    let json = report(&["--json", "--reference-date", "2024-03-15"]);
    let x: Value = serde_json::from_str(&json).expect("JSON");
    let values: Vec<&str> = x["dates"]
        .as_array()
        .expect("dates")
        .iter()
        .filter_map(|d| d["value"].as_str())
        .collect();
    assert!(values.contains(&"2024-03-14"), "{values:?}");
}

#[test]
fn a_bad_reference_date_is_named_with_exit_code_2() {
    let output = run(&["--reference-date", "2024-13-45"], "去年".as_bytes());
    assert_eq!(output.status.code(), Some(2));
    assert!(
        text(&output.stderr).contains("2024-13-45"),
        "{}",
        text(&output.stderr)
    );
    let missing = run(&["--reference-date"], b"");
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn the_report_shows_headline_figures_in_words_and_plain_numbers_only_with_all() {
    let default = report(&[]);
    assert!(
        default.contains("约50亿元 — money, about 5 billion CNY"),
        "{default}"
    );
    assert!(default.contains("subject: 营业收入"), "{default}");
    assert!(
        default.contains("「公司去年实现营业收入约50亿元」"),
        "the clause: {default}"
    );
    assert!(default.contains("12% — percentage, 12%"), "{default}");
    assert!(
        !default.contains("第一 —"),
        "plain numbers hidden: {default}"
    );
    assert!(default.contains("--all shows them"), "{default}");
    let all = report(&["--all"]);
    assert!(all.contains("第一 —"), "{all}");
    // No raw enum names, and a singular for one mention.
    for raw in ["Approximately", "Company]", "[City]", "(1 mentions)"] {
        assert!(!default.contains(raw), "{raw} in {default}");
    }
    assert!(default.contains("(1 mention)"), "{default}");
    assert!(default.contains("company 企业"), "{default}");
}

#[test]
fn help_lists_the_options_and_exits_0() {
    let output = run(&["--help"], b"");
    assert_eq!(output.status.code(), Some(0));
    let help = text(&output.stdout);
    for option in [
        "--reference-date",
        "--all",
        "--json",
        "--jsonl",
        "--threads",
    ] {
        assert!(help.contains(option), "{option} in {help}");
    }
}

#[test]
fn jsonl_takes_the_reference_date_option_for_lines_without_one() {
    let input = concat!(
        "{\"id\": 1, \"text\": \"去年营收增长。\"}\n",
        "{\"id\": 2, \"text\": \"去年营收增长。\", \"reference_date\": \"2020-06-01\"}\n"
    );
    let output = run(
        &["--jsonl", "--reference-date", "2024-03-15"],
        input.as_bytes(),
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    let values: Vec<Value> = text(&output.stdout)
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).expect("JSON")["entities"][0]["value"].clone())
        .collect();
    assert_eq!(values, [Value::from("2023"), Value::from("2019")]);
}
