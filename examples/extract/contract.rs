//! The JSON Lines contract of `../shared/eval/README.md`: one flat object per document,
//! written straight from borrowed data (no intermediate JSON tree) by [`Output::write`]:
//! the keys and numbers in line, the strings and enums through `serde_json`, the bytes
//! those of `serde_json`'s compact form of the same fields (a derived `Serialize` spent
//! a third of its time escaping the constant keys).

use serde::Serialize;
use serde_json::Value;
use std::io::{self, Write};
use xinwen::{
    Alias, Extraction, FigureKind, LocationKind, OrganizationKind, PartOfDay, Qualifier, Relation,
};

/// One entity of the contract; fields that do not apply are left out.
struct Entity<'a> {
    kind: &'static str,
    start: usize,
    end: usize,
    text: &'a str,
    name: Option<&'a str>,
    organization_kind: Option<OrganizationKind>,
    location_kind: Option<LocationKind>,
    value: Option<Val<'a>>,
    exact: Option<&'a str>,
    unit: Option<&'a str>,
    value_max: Option<f64>,
    qualifier: Option<Qualifier>,
    subject: Option<&'a str>,
    holder: Option<&'a str>,
    relative: bool,
    vague: bool,
    part_of_day: Option<PartOfDay>,
    role: Option<&'static str>,
}

/// A figure's number or a date's ISO string.
enum Val<'a> {
    Number(f64),
    Text(&'a str),
}

impl<'a> Entity<'a> {
    fn new(kind: &'static str, span: xinwen::Span, text: &'a str) -> Self {
        Entity {
            kind,
            start: span.char_start,
            end: span.char_end,
            text,
            name: None,
            organization_kind: None,
            location_kind: None,
            value: None,
            exact: None,
            unit: None,
            value_max: None,
            qualifier: None,
            subject: None,
            holder: None,
            relative: false,
            vague: false,
            part_of_day: None,
            role: None,
        }
    }
}

/// The contract's output line for one document.
pub struct Output<'a> {
    id: &'a Value,
    entities: Vec<Entity<'a>>,
    relations: &'a [Relation],
    aliases: &'a [Alias],
    published: Option<&'a str>,
}

/// The contract's output object for one document.
pub fn to_contract<'a>(id: &'a Value, x: &'a Extraction) -> Output<'a> {
    // Sized once: an entity is large, and growing the vector moved them all again.
    let count = x.entity_count();
    let mut entities = Vec::with_capacity(count);
    for p in &x.persons {
        for m in &p.mentions {
            entities.push(Entity::new("person", m.span, &m.text));
        }
    }
    for t in &x.titles {
        entities.push(Entity::new("title", t.span, &t.text));
    }
    for o in &x.organizations {
        for m in &o.mentions {
            entities.push(Entity {
                name: Some(&o.name),
                organization_kind: Some(o.kind),
                ..Entity::new("organization", m.span, &m.text)
            });
        }
    }
    for l in &x.locations {
        for m in &l.mentions {
            entities.push(Entity {
                location_kind: Some(l.kind),
                ..Entity::new("location", m.span, &m.text)
            });
        }
    }
    for f in &x.figures {
        // A change in percentage points is a percentage among the contract's types; its
        // unit keeps it apart from a share.
        let (kind, unit) = match f.kind {
            FigureKind::PercentagePoint => ("percentage", Some("percentage_point")),
            k => (k.as_str(), f.unit.as_deref()),
        };
        entities.push(Entity {
            value: Some(Val::Number(f.value)),
            exact: Some(&f.exact),
            unit,
            value_max: f.value_max,
            qualifier: f.qualifier,
            subject: f.subject.as_deref(),
            holder: f.holder.as_deref(),
            ..Entity::new(kind, f.span, &f.text)
        });
    }
    for d in &x.dates {
        entities.push(Entity {
            value: d.value.as_deref().map(Val::Text),
            relative: d.relative,
            vague: d.vague,
            part_of_day: d.part_of_day,
            role: d.published.then_some("published"),
            ..Entity::new("date", d.span, &d.text)
        });
    }
    // Stable, like `sort_by_key`, but it sorts (key, index) pairs and then moves each
    // large entity once.
    entities.sort_by_cached_key(|e| (e.start, e.end));
    Output {
        id,
        entities,
        relations: &x.relations,
        aliases: &x.aliases,
        published: x.published.as_deref(),
    }
}

/// `value` as `serde_json` writes it (a string escaped, an enum by its serde name, a
/// float as `serde_json` formats it).
fn json<W: Write>(w: &mut W, value: &(impl Serialize + ?Sized)) -> io::Result<()> {
    serde_json::to_writer(w, value).map_err(io::Error::from)
}

/// `text` as a JSON string, as `serde_json` writes it. Most texts (Chinese words)
/// hold no char JSON escapes (controls, `"`, backslash): those are written as they are,
/// without `serde_json`'s byte-by-byte escaping; the others go through it.
fn json_str<W: Write>(w: &mut W, text: &str) -> io::Result<()> {
    if text.bytes().any(|b| b < 0x20 || b == b'"' || b == b'\\') {
        return json(w, text);
    }
    w.write_all(b"\"")?;
    w.write_all(text.as_bytes())?;
    w.write_all(b"\"")
}

/// `n` in decimal, as `serde_json` writes it (`write!` went through the formatting
/// machinery, most of the cost of an entity).
fn write_number<W: Write>(w: &mut W, mut n: usize) -> io::Result<()> {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        if let Some(d) = digits.get_mut(at) {
            // `n % 10` is below ten: the cast keeps it.
            *d = b'0' + (n % 10) as u8;
        }
        n /= 10;
        if n == 0 {
            break;
        }
    }
    w.write_all(digits.get(at..).unwrap_or_default())
}

impl Output<'_> {
    /// Write the object in `serde_json`'s compact form: fields in declaration order, the
    /// absent ones of each entity left out.
    pub fn write<W: Write>(&self, w: &mut W) -> io::Result<()> {
        w.write_all(b"{\"id\":")?;
        json(w, self.id)?;
        w.write_all(b",\"entities\":[")?;
        for (i, e) in self.entities.iter().enumerate() {
            if i > 0 {
                w.write_all(b",")?;
            }
            e.write(w)?;
        }
        w.write_all(b"],\"relations\":")?;
        json(w, self.relations)?;
        w.write_all(b",\"aliases\":")?;
        json(w, self.aliases)?;
        w.write_all(b",\"published\":")?;
        json(w, &self.published)?;
        w.write_all(b"}")
    }
}

impl Entity<'_> {
    fn write<W: Write>(&self, w: &mut W) -> io::Result<()> {
        // The kinds are lower-case ASCII words: nothing to escape.
        w.write_all(b"{\"type\":\"")?;
        w.write_all(self.kind.as_bytes())?;
        w.write_all(b"\",\"start\":")?;
        write_number(w, self.start)?;
        w.write_all(b",\"end\":")?;
        write_number(w, self.end)?;
        w.write_all(b",\"text\":")?;
        json_str(w, self.text)?;
        if let Some(name) = self.name {
            w.write_all(b",\"name\":")?;
            json_str(w, name)?;
        }
        if let Some(kind) = &self.organization_kind {
            w.write_all(b",\"organization_kind\":")?;
            json(w, kind)?;
        }
        if let Some(kind) = &self.location_kind {
            w.write_all(b",\"location_kind\":")?;
            json(w, kind)?;
        }
        match &self.value {
            Some(Val::Number(v)) => {
                w.write_all(b",\"value\":")?;
                json(w, v)?;
            }
            Some(Val::Text(t)) => {
                w.write_all(b",\"value\":")?;
                json_str(w, t)?;
            }
            None => {}
        }
        for (key, text) in [
            (&b",\"exact\":"[..], self.exact),
            (b",\"unit\":", self.unit),
        ] {
            if let Some(text) = text {
                w.write_all(key)?;
                json_str(w, text)?;
            }
        }
        if let Some(max) = &self.value_max {
            w.write_all(b",\"value_max\":")?;
            json(w, max)?;
        }
        if let Some(q) = &self.qualifier {
            w.write_all(b",\"qualifier\":")?;
            json(w, q)?;
        }
        for (key, text) in [
            (&b",\"subject\":"[..], self.subject),
            (b",\"holder\":", self.holder),
        ] {
            if let Some(text) = text {
                w.write_all(key)?;
                json_str(w, text)?;
            }
        }
        if self.relative {
            w.write_all(b",\"relative\":true")?;
        }
        if self.vague {
            w.write_all(b",\"vague\":true")?;
        }
        if let Some(part) = &self.part_of_day {
            w.write_all(b",\"part_of_day\":")?;
            json(w, part)?;
        }
        if let Some(role) = self.role {
            w.write_all(b",\"role\":")?;
            json_str(w, role)?;
        }
        w.write_all(b"}")
    }
}
