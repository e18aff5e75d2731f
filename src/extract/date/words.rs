//! The word tables of date expressions that are data, not rules:
//! `dictionaries/date_words.txt` (relative years, months and days with their offsets,
//! and the vague words), embedded and read once, with the line number of any bad line.

use crate::dict::lines;
use crate::error::Error;
use crate::model::PartOfDay;
use std::sync::LazyLock;

/// The embedded table: its name in errors and its text.
const DATE_WORDS: (&str, &str) = (
    "date_words.txt",
    include_str!("../../../dictionaries/date_words.txt"),
);

/// The tables of `date_words.txt`, each in file order.
#[derive(Debug, Default)]
pub(super) struct DateWords {
    /// Relative years and their offset from the reference year (去年 -1).
    pub years: Vec<(&'static str, i64)>,
    /// Relative months and their offset (下月 1).
    pub months: Vec<(&'static str, i64)>,
    /// Relative days, their offset and the part of the day they name (昨晚 -1 evening).
    pub days: Vec<(&'static str, i64, Option<PartOfDay>)>,
    /// Words that name no definite time (目前).
    pub vague: Vec<&'static str>,
    /// Nouns after which N点 counts points, not hours (提出5点要求).
    pub counted: Vec<&'static str>,
    /// Words that put a date without a year ahead of the reference (将, 预计).
    pub future: Vec<&'static str>,
    /// Words after which 前8个月 is the period of the year so far (累计, 营收).
    pub after_period: Vec<&'static str>,
    /// Words that make 前N个月 an amount of time (前, 以来, 里).
    pub amount_of_time: Vec<&'static str>,
}

/// The embedded tables. The text is compiled in and checked by a test, so a bad
/// line is a build defect, not an input error.
pub(super) static WORDS: LazyLock<DateWords> = LazyLock::new(|| {
    parse(DATE_WORDS.0, DATE_WORDS.1).unwrap_or_else(|e| panic!("embedded table: {e}"))
});

fn part_of_day(name: &str) -> Option<PartOfDay> {
    Some(match name {
        "early_morning" => PartOfDay::EarlyMorning,
        "morning" => PartOfDay::Morning,
        "noon" => PartOfDay::Noon,
        "afternoon" => PartOfDay::Afternoon,
        "evening" => PartOfDay::Evening,
        "night" => PartOfDay::Night,
        _ => return None,
    })
}

/// Read a date word table (the format is in its header).
pub(super) fn parse(source: &str, text: &'static str) -> Result<DateWords, Error> {
    let mut words = DateWords::default();
    for line in lines(text) {
        let bad = |message: &str| Error::Dictionary {
            source_name: source.to_string(),
            line: line.number,
            message: message.to_string(),
        };
        let offset = |field: Option<&&str>| -> Result<i64, Error> {
            field
                .and_then(|f| f.parse().ok())
                .filter(|n: &i64| n.abs() <= 100)
                .ok_or_else(|| bad("expected an offset between -100 and 100"))
        };
        match line.fields[..] {
            ["year", word, _] => words.years.push((word, offset(line.fields.get(2))?)),
            ["month", word, _] => words.months.push((word, offset(line.fields.get(2))?)),
            ["day", word, _] => words.days.push((word, offset(line.fields.get(2))?, None)),
            ["day", word, _, part] => {
                let part = part_of_day(part).ok_or_else(|| bad("unknown part of the day"))?;
                words
                    .days
                    .push((word, offset(line.fields.get(2))?, Some(part)));
            }
            ["vague", word] => words.vague.push(word),
            ["count", word] => words.counted.push(word),
            ["future", word] => words.future.push(word),
            ["after_period", word] => words.after_period.push(word),
            ["amount_of_time", word] => words.amount_of_time.push(word),
            _ => {
                return Err(bad("expected `year|month|day WORD OFFSET [PART]`, \
                     `vague|count|future|after_period|amount_of_time WORD`"));
            }
        }
    }
    Ok(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_table_loads() {
        let words = parse(DATE_WORDS.0, DATE_WORDS.1);
        assert!(words.is_ok(), "{words:?}");
        let words = words.unwrap_or_default();
        assert!(words.years.contains(&("去年", -1)));
        assert!(words.days.contains(&("昨晚", -1, Some(PartOfDay::Evening))));
        assert!(words.vague.contains(&"目前"));
        assert!(words.after_period.contains(&"累计") && words.amount_of_time.contains(&"以来"));
    }

    #[test]
    fn bad_lines_are_reported_with_their_number() {
        for (text, line) in [
            ("# header\nyear 去年 -1\nyear 明年 x\n", 3),
            ("day 昨晚 -1 dusk\n", 1),
            ("\nweek 上周 -1\n", 2),
            ("month 下月 1000\n", 1),
        ] {
            match parse("t.txt", text) {
                Err(Error::Dictionary { line: got, .. }) => assert_eq!(got, line, "{text}"),
                other => panic!("{text}: {other:?}"),
            }
        }
    }
}
