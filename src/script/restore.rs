//! Puts the text as written back into an [`Extraction`] read from the Simplified form of
//! a Traditional text: every mention's text is the original's slice at its span, and
//! every name, title, subject or holder is the original's text where the Simplified
//! string was found (张东红 → 張東紅).

use std::collections::HashMap;

use crate::model::{Extraction, Mention, Span, Unit};

/// Maps Simplified strings of the analysed text back to the original's.
struct Back<'t> {
    original: &'t str,
    analysed: &'t str,
    /// Simplified string → the original's text at its first mention.
    known: HashMap<String, String>,
}

impl<'t> Back<'t> {
    /// The original's text at `span`, remembered for names without a span.
    fn at(&mut self, span: &Span) -> Option<String> {
        let original = self.original.get(span.bytes())?.to_string();
        let analysed = self.analysed.get(span.bytes())?;
        // Unchanged names too: a name looked up later is then never searched for.
        self.known
            .entry(analysed.to_string())
            .or_insert_with(|| original.clone());
        Some(original)
    }

    fn mention(&mut self, m: &mut Mention) {
        if let Some(text) = self.at(&m.span) {
            m.text = text;
        }
    }

    /// The original form of `s`: as first mentioned, else where it occurs in `near` (a
    /// byte range around the figure or byline it belongs to), else anywhere.
    fn string(&mut self, s: &mut String, near: Option<std::ops::Range<usize>>) {
        if let Some(original) = self.known.get(s.as_str()) {
            s.clone_from(original);
            return;
        }
        let found = near
            .and_then(|r| {
                let at = self.analysed.get(r.clone())?.find(s.as_str())?;
                Some(r.start + at)
            })
            // Only names the extractors did not mention come here (a figure's subject
            // outside its sentence, a coreference target): rare, and memoised below.
            .or_else(|| self.analysed.find(s.as_str()));
        // Not found: kept as it is, and not searched for again.
        let original = found
            .and_then(|at| self.original.get(at..at.checked_add(s.len())?))
            .map_or_else(|| s.clone(), str::to_string);
        self.known.insert(std::mem::take(s), original.clone());
        *s = original;
    }

    fn option(&mut self, s: &mut Option<String>, near: Option<std::ops::Range<usize>>) {
        if let Some(s) = s {
            self.string(s, near);
        }
    }

    /// The sentence around `span`: where a figure's subject and unit are written.
    fn sentence(&self, span: &Span) -> std::ops::Range<usize> {
        let ends = |c: char| matches!(c, '。' | '！' | '？' | '；' | '\n');
        let start = self
            .analysed
            .get(..span.byte_start)
            .and_then(|head| head.rfind(ends))
            .unwrap_or(0);
        let end = self
            .analysed
            .get(span.byte_end..)
            .and_then(|tail| tail.find(ends))
            .map_or(self.analysed.len(), |i| span.byte_end + i);
        start..end
    }
}

/// Replace every string of `x`, found in `analysed` (the Simplified form of `original`,
/// of the same length), with the original's text.
pub(crate) fn restore(x: &mut Extraction, original: &str, analysed: &str) {
    let mut back = Back {
        original,
        analysed,
        known: HashMap::new(),
    };
    // Mentions first: their spans teach the names that have none.
    for p in &mut x.persons {
        p.mentions.iter_mut().for_each(|m| back.mention(m));
    }
    for o in &mut x.organizations {
        o.mentions.iter_mut().for_each(|m| back.mention(m));
    }
    x.titles.iter_mut().for_each(|m| back.mention(m));
    for l in &mut x.locations {
        l.mentions.iter_mut().for_each(|m| back.mention(m));
    }
    for d in &mut x.dates {
        if let Some(text) = back.at(&d.span) {
            d.text = text;
        }
    }
    for f in &mut x.figures {
        if let Some(text) = back.at(&f.span) {
            f.text = text;
        }
    }
    for f in &mut x.figures {
        let sentence = back.sentence(&f.span);
        // A measure word (个) is written in the figure; an ISO code (CNY) is not found.
        if let Some(Unit::Measure(u) | Unit::Physical(u)) = &mut f.unit
            && !u.is_ascii()
        {
            back.string(u, Some(f.span.bytes()));
        }
        back.option(&mut f.subject, Some(sentence.clone()));
        back.option(&mut f.holder, Some(sentence));
    }
    for b in &mut x.bylines {
        let near = Some(b.span.bytes());
        back.string(&mut b.role, near.clone());
        b.names
            .iter_mut()
            .for_each(|n| back.string(n, near.clone()));
        back.option(&mut b.organization, near);
    }
    restore_names(x, &mut back);
}

/// The names, titles and organizations that have no span of their own.
fn restore_names(x: &mut Extraction, back: &mut Back<'_>) {
    for p in &mut x.persons {
        back.string(&mut p.name, None);
        for r in &mut p.roles {
            back.string(&mut r.title, None);
            back.option(&mut r.organization, None);
        }
    }
    for o in &mut x.organizations {
        back.string(&mut o.name, None);
        o.aliases.iter_mut().for_each(|a| back.string(a, None));
    }
    for l in &mut x.locations {
        back.string(&mut l.name, None);
    }
    for r in &mut x.relations {
        back.string(&mut r.person, None);
        back.string(&mut r.title, None);
        back.option(&mut r.organization, None);
    }
    for a in &mut x.aliases {
        back.string(&mut a.full, None);
        back.string(&mut a.short, None);
    }
}
