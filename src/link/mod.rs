//! Linking: groups mentions into persons, organizations and places; joins persons to
//! their titles and organizations; resolves short names; gives figures their holder.

use crate::hash::{FastMap, FastSet};

use crate::calendar::DateTime;
use crate::extract::{Found, Hit, OrganizationHit};
use crate::lexicon::Lexicon;
use crate::model::{
    Byline, DateMention, Evidence, Extraction, Figure, Location, Mention, Organization, Person,
    Relation, Role,
};
use crate::segment::Document;

mod absorbed;
mod after;
mod coreference;
mod ends;
mod figure_frames;
#[cfg(test)]
mod frame_tests;
mod holders;
mod items;
mod linker;
mod relations;
mod subjects;
mod topics;
mod unnamed;
mod words;

/// Group hits into named entities (first-seen order), using `key` to name each group.
fn group<K: Clone + Eq + std::hash::Hash, T>(
    hits: impl IntoIterator<Item = (K, T)>,
) -> Vec<(K, Vec<T>)> {
    let mut order: Vec<(K, Vec<T>)> = Vec::new();
    let mut index: FastMap<K, usize> = FastMap::default();
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

/// How the organizations of a document are named: a generic reference (公司) by its
/// referent, a bare name by its place-prefixed form, a short name by its full name.
struct Names {
    aliases: Vec<crate::model::Alias>,
    alias_of: FastMap<String, String>,
    prefixed: FastMap<String, String>,
    referents: FastMap<Hit, Hit>,
    /// The article's own company, for a generic word the extractor did not take.
    own: Option<Hit>,
}

impl Names {
    fn new(doc: &Document<'_>, lexicon: &Lexicon, found: &Found) -> Self {
        let aliases = crate::extract::organization::aliases(doc, found);
        let alias_of: FastMap<String, String> = aliases
            .iter()
            .map(|a| (a.short.clone(), a.full.clone()))
            .collect();
        let mut names: Vec<&str> = found
            .organizations
            .iter()
            .map(|o| doc.slice(o.hit.start, o.hit.end))
            .collect();
        names.sort_unstable();
        names.dedup();
        let prefixed =
            coreference::place_prefixed_names(&names, |p| lexicon.locations.contains_key(p));
        let own = coreference::salient(doc, found);
        Names {
            aliases,
            alias_of,
            prefixed,
            referents: coreference::referents(doc, found, own),
            own,
        }
    }

    /// An organization as the text names it: a generic reference (公司) by its referent.
    fn named(&self, doc: &Document<'_>, o: Hit) -> String {
        self.named_in(doc, o).to_string()
    }

    /// [`Names::named`], borrowed from the text.
    fn named_in<'t>(&self, doc: &Document<'t>, o: Hit) -> &'t str {
        let o = self.referents.get(&o).copied().unwrap_or_else(|| {
            let generic = coreference::is_generic(doc.slice(o.start, o.end));
            generic.then_some(self.own).flatten().unwrap_or(o)
        });
        doc.slice(o.start, o.end)
    }

    /// The name an organization is grouped under: its place-prefixed or full name.
    fn canonical<'s>(&'s self, name: &'s str) -> &'s str {
        let name = self.prefixed.get(name).map_or(name, String::as_str);
        self.alias_of.get(name).map_or(name, String::as_str)
    }
}

/// Build the public [`Extraction`] from everything found, on top of `finished` (the
/// mentions of kinds that need no linking, already in their public form).
/// Kept out of line (it runs once per document) so that a profile shows the linking
/// stage as one figure.
#[inline(never)]
pub(crate) fn assemble(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    found: Found,
    mut figures: Vec<Figure>,
    dates: Vec<DateMention>,
    published: Option<DateTime>,
    finished: Extraction,
) -> Extraction {
    let mut names = Names::new(doc, lexicon, &found);
    let bylines = bylines(doc, &found);
    let (relations, mut roles) = link_relations(doc, lexicon, &found, &bylines, &names);
    let persons = persons(doc, &found, &mut roles);
    let organizations = organizations(doc, lexicon, &found, &names);
    let locations = locations(doc, &found);
    holders::assign_holders(doc, &found, &mut figures, |o| names.named(doc, o));
    subjects::fill_subjects(doc, &found, &mut figures);
    // The linked kinds replace their fields; every other field keeps what its recogniser
    // finished.
    let mut extraction = finished;
    extraction.persons = persons;
    extraction.organizations = organizations;
    extraction.titles = found
        .titles
        .iter()
        .map(|t| doc.mention(t.start, t.end))
        .collect::<Vec<Mention>>();
    extraction.locations = locations;
    extraction.figures = figures;
    extraction.dates = dates;
    extraction.relations = relations;
    extraction.aliases = std::mem::take(&mut names.aliases);
    extraction.bylines = bylines;
    extraction.published = published.map(|d| d.to_string());
    extraction
}

/// The bylines found, as written.
fn bylines(doc: &Document<'_>, found: &Found) -> Vec<Byline> {
    found
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
                .or_else(|| unnamed::byline_outlet(doc, found, b.hit.start, b.role))
                .map(|o| doc.slice(o.start, o.end).to_string()),
            span: doc.span(b.hit.start, b.hit.end),
        })
        .collect()
}

/// Relations from bylines and from the text, without repeats, and each person's roles.
fn link_relations(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    found: &Found,
    bylines: &[Byline],
    names: &Names,
) -> (Vec<Relation>, FastMap<String, Vec<Role>>) {
    let mut relations: Vec<Relation> = Vec::new();
    // One relation per fact, whichever frames state it.
    let mut seen: FastSet<(String, String, Option<String>, bool)> = FastSet::default();
    let mut roles: FastMap<String, Vec<Role>> = FastMap::default();
    let mut add = |r: Relation| {
        let key = (
            r.person.clone(),
            r.title.clone(),
            r.organization.clone(),
            r.former,
        );
        if seen.insert(key) {
            roles.entry(r.person.clone()).or_default().push(Role {
                title: r.title.clone(),
                organization: r.organization.clone(),
                former: r.former,
            });
            relations.push(r);
        }
    };
    let byline_people: FastSet<Hit> = found
        .bylines
        .iter()
        .flat_map(|b| b.names.iter().copied())
        .collect();
    for b in bylines {
        for name in &b.names {
            add(Relation {
                person: name.clone(),
                title: b.role.clone(),
                organization: b.organization.clone(),
                former: false,
                evidence: Evidence::Byline,
            });
        }
    }
    let stated: Vec<Relation> = relations::relations(doc, lexicon, found)
        .into_iter()
        .filter(|r| !byline_people.contains(&r.person))
        .map(|r| {
            let title = doc.slice(r.title.start, r.title.end);
            // 王某将兼任董事长, 会议由董事长王某主持 in a company's announcement: an
            // office only a company has, with no organization written, is the article's
            // company's.
            let organization = r.organization.or_else(|| {
                names.own.filter(|o| {
                    linker::is_company_office(title)
                        || linker::is_own_bank_office(title, doc.slice(o.start, o.end))
                })
            });
            Relation {
                person: doc.slice(r.person.start, r.person.end).to_string(),
                title: title.to_string(),
                organization: organization.map(|o| names.named(doc, relations::employer(doc, o))),
                former: r.former,
                evidence: r.evidence,
            }
        })
        .collect();
    // (kept, past) of each relation, read while the sets borrow the relations' strings.
    let marks: Vec<(bool, bool)> = {
        // 收到董事长王某的辞职报告…王某辞去公司董事长职务: the office read with its
        // organization elsewhere in the text is that one, not a second office of none.
        let placed: FastSet<(&str, &str)> = stated
            .iter()
            .filter(|r| r.organization.is_some())
            .map(|r| (r.person.as_str(), r.title.as_str()))
            .collect();
        // 此前任职于某银行，担任总经理: one fact read by two frames is past when either
        // reads it so.
        let past: FastSet<(&str, &str, Option<&str>)> = stated
            .iter()
            .filter(|r| r.former)
            .map(|r| {
                (
                    r.person.as_str(),
                    r.title.as_str(),
                    r.organization.as_deref(),
                )
            })
            .collect();
        stated
            .iter()
            .map(|r| {
                let (person, title) = (r.person.as_str(), r.title.as_str());
                let kept = r.organization.is_some() || !placed.contains(&(person, title));
                (
                    kept,
                    past.contains(&(person, title, r.organization.as_deref())),
                )
            })
            .collect()
    };
    for (mut r, (kept, former)) in stated.into_iter().zip(marks) {
        if kept {
            r.former |= former;
            add(r);
        }
    }
    (relations, roles)
}

/// Persons grouped by name, with their roles.
fn persons(
    doc: &Document<'_>,
    found: &Found,
    roles: &mut FastMap<String, Vec<Role>>,
) -> Vec<Person> {
    // Grouped by the name as written (borrowed): a String only per person, not per mention.
    group(
        found
            .persons
            .iter()
            .map(|h| (doc.slice(h.start, h.end), doc.mention(h.start, h.end))),
    )
    .into_iter()
    .map(|(name, mentions)| Person {
        roles: roles.remove(name).unwrap_or_default(),
        name: name.to_string(),
        mentions,
    })
    .collect()
}

/// Organizations grouped under their canonical names, with the other names as aliases.
fn organizations(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    found: &Found,
    names: &Names,
) -> Vec<Organization> {
    group(found.organizations.iter().map(|o: &OrganizationHit| {
        (
            names.canonical(names.named_in(doc, o.hit)),
            (o.kind, doc.mention(o.hit.start, o.hit.end)),
        )
    }))
    .into_iter()
    .map(|(name, hits)| {
        let mut aliases: Vec<String> = Vec::new();
        for (_, m) in &hits {
            if m.text != name && !coreference::is_generic(&m.text) && !aliases.contains(&m.text) {
                aliases.push(m.text.clone());
            }
        }
        let kind = lexicon
            .organizations
            .get(name)
            .copied()
            .or_else(|| hits.first().map(|(k, _)| *k))
            .unwrap_or(crate::model::OrganizationKind::Other);
        Organization {
            name: name.to_string(),
            kind,
            aliases,
            mentions: hits.into_iter().map(|(_, m)| m).collect(),
        }
    })
    .collect()
}

/// Locations grouped by name.
fn locations(doc: &Document<'_>, found: &Found) -> Vec<Location> {
    group(found.locations.iter().map(|l| {
        (
            doc.slice(l.hit.start, l.hit.end),
            (l.kind, doc.mention(l.hit.start, l.hit.end)),
        )
    }))
    .into_iter()
    .map(|(name, hits)| Location {
        kind: hits
            .first()
            .map(|(k, _)| *k)
            .unwrap_or(crate::model::LocationKind::Other),
        name: name.to_string(),
        mentions: hits.into_iter().map(|(_, m)| m).collect(),
    })
    .collect()
}

#[cfg(test)]
pub(crate) use crate::test_support::TEST_EXTRACTOR;
