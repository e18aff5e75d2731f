//! Linking: groups mentions into persons, organizations and places; joins persons to
//! their titles and organizations; resolves short names; gives figures their holder.

use std::collections::{HashMap, HashSet};

use crate::calendar::DateTime;
use crate::extract::{Found, Hit, OrganizationHit};
use crate::lexicon::Lexicon;
use crate::model::{
    Byline, DateMention, Extraction, Figure, Location, Mention, Organization, Person, Relation,
    Role,
};
use crate::segment::Document;

/// What stands between the items of a title chain: 、 兼 和 及 and white space.
fn is_list_separator(s: &str) -> bool {
    let s = s.trim();
    s.is_empty() || matches!(s, "、" | "兼" | "和" | "及" | "与" | "并兼任" | "兼任")
}

/// Text between two items of a chain, with white space only meaning "adjacent".
fn between<'a>(doc: &Document<'a>, end: usize, start: usize) -> Option<&'a str> {
    (end <= start).then(|| doc.slice(end, start))
}

/// An item of the text left of a person: a title or an organization.
#[derive(Debug, Clone, Copy)]
enum Item {
    Title(Hit),
    Organization(Hit),
}

impl Item {
    fn hit(&self) -> Hit {
        match self {
            Item::Title(h) | Item::Organization(h) => *h,
        }
    }
}

/// Relations stated by ORG TITLE (、TITLE)* NAME chains, read right to left from each
/// person mention: each title takes the nearest organization to its left in the chain.
fn chain_relations(doc: &Document<'_>, found: &Found) -> Vec<(Hit, Relation)> {
    let mut items: Vec<Item> = found
        .titles
        .iter()
        .map(|t| Item::Title(*t))
        .chain(
            found
                .organizations
                .iter()
                .map(|o| Item::Organization(o.hit)),
        )
        .collect();
    items.sort_by_key(|i| (i.hit().start, i.hit().end));
    let mut out = Vec::new();
    for person in &found.persons {
        let name = doc.slice(person.start, person.end).to_string();
        // Items ending right before the person, walking left.
        let mut at = person.start;
        let mut pending_titles: Vec<Hit> = Vec::new();
        let mut idx = items.partition_point(|i| i.hit().end <= at);
        let mut steps = 0;
        while idx > 0 && steps < 12 {
            steps += 1;
            let item = items[idx - 1];
            let gap = match between(doc, item.hit().end, at) {
                Some(g) => g,
                None => break,
            };
            let adjacent = gap.trim().is_empty();
            match item {
                Item::Title(t) => {
                    let ok = if pending_titles.is_empty() {
                        adjacent
                    } else {
                        is_list_separator(gap)
                    };
                    // After an organization closed a group, a comma may start the next group.
                    let after_group = !pending_titles.is_empty() || at == person.start;
                    if !(ok || (matches!(gap.trim(), "," | "，") && !after_group)) {
                        break;
                    }
                    pending_titles.push(t);
                }
                Item::Organization(o) => {
                    if pending_titles.is_empty() || !adjacent {
                        break;
                    }
                    let org = doc.slice(o.start, o.end).to_string();
                    for t in pending_titles.drain(..).rev() {
                        out.push((
                            *person,
                            Relation {
                                person: name.clone(),
                                title: doc.slice(t.start, t.end).to_string(),
                                organization: Some(org.clone()),
                            },
                        ));
                    }
                }
            }
            at = item.hit().start;
            idx -= 1;
        }
        for t in pending_titles.into_iter().rev() {
            out.push((
                *person,
                Relation {
                    person: name.clone(),
                    title: doc.slice(t.start, t.end).to_string(),
                    organization: None,
                },
            ));
        }
    }
    out
}

/// Group hits into named entities (first-seen order), using `key` to name each group.
fn group<K: Clone + Eq + std::hash::Hash, T>(
    hits: impl IntoIterator<Item = (K, T)>,
) -> Vec<(K, Vec<T>)> {
    let mut order: Vec<(K, Vec<T>)> = Vec::new();
    let mut index: HashMap<K, usize> = HashMap::new();
    for (k, t) in hits {
        match index.get(&k) {
            Some(&i) => order[i].1.push(t),
            None => {
                index.insert(k.clone(), order.len());
                order.push((k, vec![t]));
            }
        }
    }
    order
}

/// Build the public [`Extraction`] from everything found.
pub(crate) fn assemble(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    found: Found,
    mut figures: Vec<Figure>,
    dates: Vec<DateMention>,
    published: Option<DateTime>,
) -> Extraction {
    let aliases = crate::extract::organization::aliases(doc, &found);
    let alias_of: HashMap<String, String> = aliases
        .iter()
        .map(|a| (a.short.clone(), a.full.clone()))
        .collect();
    let canonical = |name: &str| {
        alias_of
            .get(name)
            .cloned()
            .unwrap_or_else(|| name.to_string())
    };

    // Relations from chains and from bylines.
    let mut relations: Vec<Relation> = Vec::new();
    let mut seen: HashSet<Relation> = HashSet::new();
    let mut roles: HashMap<String, Vec<Role>> = HashMap::new();
    let mut add = |r: Relation| {
        if seen.insert(r.clone()) {
            roles.entry(r.person.clone()).or_default().push(Role {
                title: r.title.clone(),
                organization: r.organization.clone(),
            });
            relations.push(r);
        }
    };
    let bylines: Vec<Byline> = found
        .bylines
        .iter()
        .map(|b| Byline {
            role: doc.slice(b.role.start, b.role.end).to_string(),
            names: b
                .names
                .iter()
                .map(|n| doc.slice(n.start, n.end).to_string())
                .collect(),
            organization: b
                .organization
                .map(|o| doc.slice(o.start, o.end).to_string()),
            span: doc.span(b.hit.start, b.hit.end),
        })
        .collect();
    let byline_people: HashSet<Hit> = found
        .bylines
        .iter()
        .flat_map(|b| b.names.iter().copied())
        .collect();
    for b in &bylines {
        for name in &b.names {
            add(Relation {
                person: name.clone(),
                title: b.role.clone(),
                organization: b.organization.clone(),
            });
        }
    }
    for (hit, r) in chain_relations(doc, &found) {
        if byline_people.contains(&hit) {
            continue;
        }
        add(r);
    }

    let persons = group(found.persons.iter().map(|h| {
        (
            doc.slice(h.start, h.end).to_string(),
            doc.mention(h.start, h.end),
        )
    }))
    .into_iter()
    .map(|(name, mentions)| Person {
        roles: roles.remove(&name).unwrap_or_default(),
        name,
        mentions,
    })
    .collect();

    let organizations = group(found.organizations.iter().map(|o: &OrganizationHit| {
        (
            canonical(doc.slice(o.hit.start, o.hit.end)),
            (o.kind, doc.mention(o.hit.start, o.hit.end)),
        )
    }))
    .into_iter()
    .map(|(name, hits)| {
        let mut aliases: Vec<String> = Vec::new();
        for (_, m) in &hits {
            if m.text != name && !aliases.contains(&m.text) {
                aliases.push(m.text.clone());
            }
        }
        let kind = lexicon
            .organizations
            .get(&name)
            .copied()
            .or_else(|| hits.first().map(|(k, _)| *k))
            .unwrap_or(crate::model::OrganizationKind::Other);
        Organization {
            name,
            kind,
            aliases,
            mentions: hits.into_iter().map(|(_, m)| m).collect(),
        }
    })
    .collect();

    let locations = group(found.locations.iter().map(|l| {
        (
            doc.slice(l.hit.start, l.hit.end).to_string(),
            (l.kind, doc.mention(l.hit.start, l.hit.end)),
        )
    }))
    .into_iter()
    .map(|(name, hits)| Location {
        kind: hits
            .first()
            .map(|(k, _)| *k)
            .unwrap_or(crate::model::LocationKind::Other),
        name,
        mentions: hits.into_iter().map(|(_, m)| m).collect(),
    })
    .collect();

    assign_holders(doc, &found, &mut figures);

    Extraction {
        persons,
        organizations,
        titles: found
            .titles
            .iter()
            .map(|t| doc.mention(t.start, t.end))
            .collect::<Vec<Mention>>(),
        locations,
        figures,
        dates,
        relations,
        aliases,
        bylines,
        published: published.map(|d| d.to_string()),
    }
}

/// A figure's holder: the nearest organization before it in the same sentence, as written.
fn assign_holders(doc: &Document<'_>, found: &Found, figures: &mut [Figure]) {
    if figures.is_empty() {
        return;
    }
    // Sentence ends found once: a backward scan per figure is quadratic in a long
    // paragraph without them. (start, end) of each, in text order.
    let ends: Vec<(usize, usize)> = doc
        .text
        .char_indices()
        .filter(|(_, c)| matches!(c, '。' | '；' | '\n' | '！' | '？'))
        .map(|(i, c)| (i, i + c.len_utf8()))
        .collect();
    // Organizations are sorted and disjoint here, so their ends are sorted too.
    let organizations = &found.organizations;
    for f in figures.iter_mut() {
        let start = f.span.byte_start;
        let k = ends.partition_point(|&(_, end)| end <= start);
        let sentence_start = k
            .checked_sub(1)
            .and_then(|i| ends.get(i))
            .map_or(0, |&(s, _)| s);
        let k = organizations.partition_point(|o| o.hit.end <= start);
        f.holder = k
            .checked_sub(1)
            .and_then(|i| organizations.get(i))
            .filter(|o| o.hit.start >= sentence_start)
            .map(|o| doc.slice(o.hit.start, o.hit.end).to_string());
    }
}
