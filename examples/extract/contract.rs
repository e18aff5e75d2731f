//! The JSON Lines contract of `../shared/eval/README.md`: one flat object per document.

use serde_json::{Value, json};
use xinwen::{Extraction, FigureKind, Qualifier};

fn qualifier(q: Qualifier) -> &'static str {
    match q {
        Qualifier::MoreThan => "more_than",
        Qualifier::Approximately => "approximately",
        Qualifier::LessThan => "less_than",
        _ => "other",
    }
}

/// The contract's output object for one document.
pub fn to_contract(id: &Value, x: &Extraction) -> Value {
    let mut entities: Vec<(usize, usize, Value)> = Vec::new();
    let mut push = |start: usize, end: usize, v: Value| entities.push((start, end, v));
    for p in &x.persons {
        for m in &p.mentions {
            push(
                m.span.char_start,
                m.span.char_end,
                json!({"type": "person", "start": m.span.char_start, "end": m.span.char_end, "text": m.text}),
            );
        }
    }
    for t in &x.titles {
        push(
            t.span.char_start,
            t.span.char_end,
            json!({"type": "title", "start": t.span.char_start, "end": t.span.char_end, "text": t.text}),
        );
    }
    for o in &x.organizations {
        for m in &o.mentions {
            push(
                m.span.char_start,
                m.span.char_end,
                json!({"type": "organization", "start": m.span.char_start, "end": m.span.char_end, "text": m.text, "name": o.name, "kind": o.kind}),
            );
        }
    }
    for l in &x.locations {
        for m in &l.mentions {
            push(
                m.span.char_start,
                m.span.char_end,
                json!({"type": "location", "start": m.span.char_start, "end": m.span.char_end, "text": m.text, "kind": l.kind}),
            );
        }
    }
    for f in &x.figures {
        let kind = match f.kind {
            FigureKind::PercentagePoint => "number",
            k => k.as_str(),
        };
        let mut v = json!({"type": kind, "start": f.span.char_start, "end": f.span.char_end, "text": f.text, "value": f.value, "exact": f.exact});
        if f.kind == FigureKind::PercentagePoint {
            v["unit"] = json!("percentage_point");
        }
        if let Some(u) = &f.unit {
            v["unit"] = json!(u);
        }
        if let Some(m) = f.value_max {
            v["value_max"] = json!(m);
        }
        if let Some(q) = f.qualifier {
            v["qualifier"] = json!(qualifier(q));
        }
        if let Some(s) = &f.subject {
            v["subject"] = json!(s);
        }
        if let Some(h) = &f.holder {
            v["holder"] = json!(h);
        }
        push(f.span.char_start, f.span.char_end, v);
    }
    for d in &x.dates {
        let mut v = json!({"type": "date", "start": d.span.char_start, "end": d.span.char_end, "text": d.text, "value": d.value});
        if d.relative {
            v["relative"] = json!(true);
        }
        if d.vague {
            v["vague"] = json!(true);
        }
        if let Some(p) = d.part_of_day {
            v["part_of_day"] = json!(p);
        }
        if d.published {
            v["role"] = json!("published");
        }
        push(d.span.char_start, d.span.char_end, v);
    }
    entities.sort_by_key(|(s, e, _)| (*s, *e));
    json!({
        "id": id,
        "entities": entities.into_iter().map(|(_, _, v)| v).collect::<Vec<_>>(),
        "relations": x.relations,
        "aliases": x.aliases,
        "published": x.published,
    })
}
