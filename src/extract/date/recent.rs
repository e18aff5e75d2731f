//! The dates read so far in a paragraph ([`Recent`]): the item before an expression
//! in a list (2023年3月、4月 → 2023-04; 9月10日、11日 → 09-11) and the latest date,
//! which 当天, 次日, 次月 and 同年 refer to; from them it builds each expression's
//! [`Context`].

use super::Found;
use super::context::{Anchor, Context};
use super::day::nth_day_number;
use super::moment::{Moment, Value};

/// How far back (in chars) the date that 次日, 当天 or 同年 refers to may stand; it
/// never reaches across a line break (a new paragraph).
const ANCHOR_REACH_CHARS: usize = 200;

/// Longest separator between two items of a list, in chars (" 以及 ").
const LIST_GAP_CHARS: usize = 4;

/// What joins the items of a list; a sentence end does not.
const LIST_SEPARATORS: &[&str] = &[
    "以及", "、", "，", ",", "和", "及", "与", "或", " ", "\u{3000}",
];

/// A date and the byte offset where its expression ends.
#[derive(Debug, Clone, Copy)]
struct Placed {
    moment: Moment,
    end: usize,
}

/// The dates read so far in the current paragraph.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Recent {
    year: Option<Placed>,
    month: Option<Placed>,
    day: Option<Placed>,
    first_day: Option<Placed>,
    /// The latest dated value, for 去年同期.
    value: Option<(Value, usize)>,
    /// The last expression read, for the next item of a list.
    previous: Option<Placed>,
}

impl Recent {
    /// A new paragraph starts: nothing before it is referred to.
    pub fn paragraph_break(&mut self) {
        *self = Recent::default();
    }

    /// The context for an expression starting at byte `pos` of `text`. The scan asks
    /// at ever later positions of one text, and a date out of reach stays out of reach
    /// (the gap only grows): it is dropped here, so that it is not measured again at
    /// every later position (2023年……一个 hundreds of chars on).
    pub fn context(&mut self, text: &str, pos: usize, base: &Context) -> Context {
        let mut reach = Reach {
            text,
            pos,
            last: None,
        };
        let mut near = |p: &mut Option<Placed>| {
            if p.is_some_and(|p| !reach.within(p.end)) {
                *p = None;
            }
            p.map(|p| p.moment)
        };
        let anchor = Anchor {
            year: near(&mut self.year),
            month: near(&mut self.month),
            day: near(&mut self.day),
            first_day: near(&mut self.first_day),
            value: None,
        };
        if self.value.is_some_and(|(_, end)| !reach.within(end)) {
            self.value = None;
        }
        Context {
            reference: base.reference,
            anchor: Anchor {
                value: self.value.map(|(v, _)| v),
                ..anchor
            },
            list: self
                .previous
                .filter(|p| list_gap(text, p.end, pos))
                .map(|p| p.moment),
        }
    }

    /// An expression was read that is no list item (每年9月).
    pub fn forget_list(&mut self) {
        self.previous = None;
    }

    /// Note an expression read from `text`: the next list item and later 次日, 同年
    /// may refer to it.
    pub fn record(&mut self, found: &Found, text: &str) {
        let end = found.hit.end;
        let value = found.resolved.as_ref();
        let placed = |moment: Moment| Some(Placed { moment, end });
        self.previous = match value {
            Some(Value::Point(m) | Value::Span(_, m)) => placed(*m),
            _ => None,
        };
        if !found.dated {
            return;
        }
        // 去年同期 names the period it counts from again, a year back: the next
        // 同期 still counts from that period.
        let same_period = text
            .get(found.hit.start..end)
            .is_some_and(|t| t.ends_with("同期"));
        if !same_period {
            self.value = value.map(|v| (*v, end));
        }
        match value {
            Some(Value::Point(m)) if m.year.is_some() => {
                self.year = placed(Moment {
                    year: m.year,
                    ..Moment::default()
                });
                if let Some(month) = m.month {
                    self.month = placed(Moment::month(m.year, month));
                    if m.day.is_some() {
                        let day = m.date_only();
                        self.day = placed(day);
                        self.first_day = text
                            .get(found.hit.start..found.hit.end)
                            .and_then(nth_day_number)
                            .and_then(|n| day.shift_days(1 - i64::from(n)))
                            .and_then(placed);
                    }
                }
            }
            // A span names its year (2024年上半年) and month (9月20日至22日) when its
            // two ends share them; a range of days written out ends on a day, which
            // 次日 follows (9月20日至22日…次日 → 23日), but a named period (第三季度,
            // 下旬) names no single day.
            Some(Value::Span(a, b)) if a.year.is_some() && a.year == b.year => {
                self.year = placed(Moment {
                    year: b.year,
                    ..Moment::default()
                });
                if let Some(month) = b.month.filter(|m| a.month == Some(*m)) {
                    self.month = placed(Moment::month(b.year, month));
                }
                if found.ranged && a.day.is_some() && b.day.is_some() {
                    self.day = placed(b.date_only());
                    self.first_day = None;
                }
            }
            _ => {}
        }
    }
}

/// [`within_reach`] from the ends of the anchors to one position, each end decided
/// once: the anchors mostly end together (9月20日 gives year, month and day).
struct Reach<'a> {
    text: &'a str,
    pos: usize,
    last: Option<(usize, bool)>,
}

impl Reach<'_> {
    fn within(&mut self, end: usize) -> bool {
        match self.last {
            Some((last, near)) if last == end => near,
            _ => {
                let near = within_reach(self.text, end, self.pos);
                self.last = Some((end, near));
                near
            }
        }
    }
}

/// Whether `text[from..to]` holds no line break and at most [`ANCHOR_REACH_CHARS`].
fn within_reach(text: &str, from: usize, to: usize) -> bool {
    // A char is 1 to 4 bytes: decide by length where that settles it.
    let Some(between) = text.get(from..to) else {
        return false;
    };
    if between.len() > ANCHOR_REACH_CHARS * 4 || between.contains('\n') {
        return false;
    }
    between.len() <= ANCHOR_REACH_CHARS || between.chars().count() <= ANCHOR_REACH_CHARS
}

/// Whether `text[from..to]` is only a list separator (、, ，, 和, 以及, spaces).
fn list_gap(text: &str, from: usize, to: usize) -> bool {
    let Some(mut gap) = text.get(from..to) else {
        return false;
    };
    // nth, not count: the gap may be the rest of a long paragraph.
    if gap.is_empty() || gap.chars().nth(LIST_GAP_CHARS).is_some() {
        return false;
    }
    let mut separators = 0;
    while !gap.is_empty() {
        let Some(sep) = LIST_SEPARATORS.iter().find(|s| gap.starts_with(*s)) else {
            return false;
        };
        gap = gap.get(sep.len()..).unwrap_or("");
        if !sep.trim().is_empty() {
            separators += 1;
        }
    }
    separators == 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Hit;

    #[test]
    fn list_gaps_are_one_separator() {
        let text = "A、B和C 以及 DE。F";
        let at = |s: &str| text.find(s).unwrap_or(0);
        assert!(list_gap(text, at("A") + 1, at("B")));
        assert!(list_gap(text, at("B") + 1, at("C")));
        assert!(list_gap(text, at("C") + 1, at("D")));
        assert!(!list_gap(text, at("D"), at("F")));
        assert!(!list_gap(text, at("A"), at("A")));
    }

    fn found(value: Value, end: usize, ranged: bool) -> Found {
        Found {
            hit: Hit::new(0, end),
            value: value.render(),
            relative: false,
            vague: false,
            part_of_day: None,
            resolved: Some(value),
            dated: true,
            ranged,
        }
    }

    #[test]
    fn anchors_stop_at_a_line_break_and_far_back() {
        let far = format!("9月20日{}次日", "字".repeat(ANCHOR_REACH_CHARS + 1));
        let mut recent = Recent::default();
        let day = Moment::day(Some(2024), 9, 20);
        recent.record(&found(Value::Point(day), "9月20日".len(), false), "9月20日");
        let ctx = Context::default();
        // Each from the same dates: a context drops what is out of reach.
        let day_at = |text: &str, pos: usize| {
            let mut fresh = recent;
            fresh.context(text, pos, &ctx).anchor.day
        };
        let same = "9月20日，次日";
        let pos = same.len() - "次日".len();
        assert_eq!(day_at(same, pos), Some(day));
        let next = "9月20日\n次日";
        let pos = next.len() - "次日".len();
        assert_eq!(day_at(next, pos), None);
        let pos = far.len() - "次日".len();
        assert_eq!(day_at(&far, pos), None);
    }

    #[test]
    fn spans_anchor_only_what_their_ends_share() {
        let (first, last) = (
            Moment::day(Some(2024), 7, 1),
            Moment::day(Some(2024), 9, 30),
        );
        let mut recent = Recent::default();
        recent.record(&found(Value::Span(first, last), 0, false), "");
        let ctx = recent.context("", 0, &Context::default());
        assert_eq!(
            ctx.anchor.year,
            Some(Moment {
                year: Some(2024),
                ..Moment::default()
            })
        );
        assert_eq!(ctx.anchor.month, None);
        assert_eq!(ctx.anchor.day, None);
        // A range of days written out: 次日 after it is the day after its end.
        let first = Moment::day(Some(2024), 9, 20);
        let last = Moment::day(Some(2024), 9, 22);
        recent.record(&found(Value::Span(first, last), 0, true), "");
        let ctx = recent.context("", 0, &Context::default());
        assert_eq!(ctx.anchor.month, Some(Moment::month(Some(2024), 9)));
        assert_eq!(ctx.anchor.day, Some(last));
    }
}
