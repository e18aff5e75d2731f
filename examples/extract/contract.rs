//! The JSON Lines contract of `../shared/eval/README.md`: one flat object per document,
//! serialised straight from borrowed data (no intermediate JSON tree).

use serde::Serialize;
use serde_json::Value;
use xinwen::{
    Alias, Extraction, FigureKind, LocationKind, OrganizationKind, PartOfDay, Qualifier, Relation,
};

/// One entity of the contract; fields that do not apply are left out.
#[derive(Serialize)]
struct Entity<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    start: usize,
    end: usize,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    organization_kind: Option<OrganizationKind>,
    #[serde(skip_serializing_if = "Option::is_none")]
    location_kind: Option<LocationKind>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value: Option<Val<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    exact: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unit: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value_max: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    qualifier: Option<Qualifier>,
    #[serde(skip_serializing_if = "Option::is_none")]
    subject: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    holder: Option<&'a str>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    relative: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    vague: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    part_of_day: Option<PartOfDay>,
    #[serde(skip_serializing_if = "Option::is_none")]
    role: Option<&'static str>,
}

/// A figure's number or a date's ISO string.
#[derive(Serialize)]
#[serde(untagged)]
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
#[derive(Serialize)]
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
    let count = x.persons.iter().map(|p| p.mentions.len()).sum::<usize>()
        + x.titles.len()
        + x.organizations
            .iter()
            .map(|o| o.mentions.len())
            .sum::<usize>()
        + x.locations.iter().map(|l| l.mentions.len()).sum::<usize>()
        + x.figures.len()
        + x.dates.len();
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
