//! The readable report of one article: who, which organizations, the figures with
//! what they measure and the clause they stand in, dates, places and bylines, in words a
//! reader of the article would use (no raw enum names).

use std::io::Write;

use xinwen::{
    DateMention, Extraction, Figure, FigureKind, Location, LocationKind, Organization,
    OrganizationKind, PartOfDay, Person, Qualifier,
};

/// What the report shows beyond the default.
pub struct View<'a> {
    /// The article's text, for the clause each figure stands in.
    pub text: &'a str,
    /// The reference date given on the command line, if any.
    pub reference_date: Option<String>,
    /// Show plain numbers too (第一, 一个), not only money, counts, percentages, compute.
    pub all_figures: bool,
}

/// Write the report of one article.
pub fn write(
    out: &mut impl Write,
    name: &str,
    x: &Extraction,
    view: &View<'_>,
) -> std::io::Result<()> {
    writeln!(out, "== {name}")?;
    if let Some(p) = &x.published {
        writeln!(
            out,
            "Published: {} (from the dateline)",
            p.replace('T', " ")
        )?;
    }
    match &view.reference_date {
        Some(r) => writeln!(
            out,
            "Reference date: {r} (given; relative dates resolved against it)"
        )?,
        None if x.published.is_none() => writeln!(
            out,
            "No dateline found: give --reference-date YYYY-MM-DD to resolve years and relative dates"
        )?,
        None => {}
    }
    write_people(out, &x.persons)?;
    write_organizations(out, &x.organizations)?;
    write_figures(out, &x.figures, view)?;
    write_dates(out, &x.dates)?;
    write_places(out, &x.locations)?;
    if !x.bylines.is_empty() {
        writeln!(out, "\nBylines")?;
        for b in &x.bylines {
            let org = b
                .organization
                .as_deref()
                .map(|o| format!(" ({o})"))
                .unwrap_or_default();
            writeln!(out, "  {}: {}{org}", b.role, b.names.join(", "))?;
        }
    }
    Ok(())
}

/// "1 mention", "5 mentions".
fn mentions(n: usize) -> String {
    if n == 1 {
        "1 mention".to_string()
    } else {
        format!("{n} mentions")
    }
}

/// A section heading with its count, and "(none)" under an empty one.
fn heading(out: &mut impl Write, title: &str, n: usize) -> std::io::Result<()> {
    writeln!(out, "\n{title} ({n})")?;
    if n == 0 {
        writeln!(out, "  (none)")?;
    }
    Ok(())
}

/// People with their roles, the titles of one organization together:
/// `张东红 — 河南人才集团 党委书记、董事长; 河南投资集团 副总经理 (1 mention)`.
fn write_people(out: &mut impl Write, persons: &[Person]) -> std::io::Result<()> {
    heading(out, "People", persons.len())?;
    for p in persons {
        // (organization, titles) in the order the text gives them.
        let mut groups: Vec<(Option<&str>, Vec<String>)> = Vec::new();
        for r in &p.roles {
            let title = if r.former {
                format!("former {}", r.title)
            } else {
                r.title.clone()
            };
            let org = r.organization.as_deref();
            match groups.iter_mut().find(|(o, _)| *o == org) {
                Some((_, titles)) => titles.push(title),
                None => groups.push((org, vec![title])),
            }
        }
        let roles: Vec<String> = groups
            .iter()
            .map(|(org, titles)| match org {
                Some(o) => format!("{o} {}", titles.join("、")),
                None => titles.join("、"),
            })
            .collect();
        let roles = if roles.is_empty() {
            "no role stated".to_string()
        } else {
            roles.join("; ")
        };
        writeln!(
            out,
            "  {} — {roles} ({})",
            p.name,
            mentions(p.mentions.len())
        )?;
    }
    Ok(())
}

/// An organization kind in words, English and Chinese.
fn organization_kind(kind: OrganizationKind) -> &'static str {
    match kind {
        OrganizationKind::Company => "company 企业",
        OrganizationKind::Financial => "financial 金融机构",
        OrganizationKind::Fund => "investment firm 投资机构",
        OrganizationKind::Government => "government 政府机关",
        OrganizationKind::Party => "party organ 党组织",
        OrganizationKind::Academic => "academic 院校科研",
        OrganizationKind::Media => "media 媒体",
        OrganizationKind::Association => "association 社会团体",
        OrganizationKind::Medical => "medical 医疗机构",
        OrganizationKind::Team => "team 球队",
        _ => "organization 机构",
    }
}

fn write_organizations(out: &mut impl Write, orgs: &[Organization]) -> std::io::Result<()> {
    heading(out, "Organizations", orgs.len())?;
    for o in orgs {
        let aliases = if o.aliases.is_empty() {
            String::new()
        } else {
            format!(", also called {}", o.aliases.join(", "))
        };
        writeln!(
            out,
            "  {} — {}{aliases} ({})",
            o.name,
            organization_kind(o.kind),
            mentions(o.mentions.len())
        )?;
    }
    Ok(())
}

/// Whether a figure is shown by default: money, counts, percentages, compute.
fn is_headline_figure(f: &Figure) -> bool {
    f.kind != FigureKind::Number
}

fn write_figures(out: &mut impl Write, figures: &[Figure], view: &View<'_>) -> std::io::Result<()> {
    let shown: Vec<&Figure> = figures
        .iter()
        .filter(|f| view.all_figures || is_headline_figure(f))
        .collect();
    let hidden = figures.len() - shown.len();
    heading(out, "Figures", shown.len())?;
    for f in shown {
        writeln!(out, "  {} — {}", f.text, figure_value(f))?;
        let mut about = Vec::new();
        if let Some(s) = &f.subject {
            about.push(format!("subject: {s}"));
        }
        if let Some(h) = &f.holder {
            about.push(format!("held by: {h}"));
        }
        if !about.is_empty() {
            writeln!(out, "      {}", about.join(" · "))?;
        }
        if let Some(c) = clause_around(view.text, f.span.byte_start, f.span.byte_end) {
            writeln!(out, "      「{c}」")?;
        }
    }
    if hidden > 0 {
        let numbers = if hidden == 1 { "number" } else { "numbers" };
        writeln!(
            out,
            "  ({hidden} plain {numbers} not shown; --all shows them)"
        )?;
    }
    Ok(())
}

/// The figure's kind and value in words: `money, more than 30,000,000,000 CNY`.
fn figure_value(f: &Figure) -> String {
    let qualifier = match f.qualifier {
        Some(Qualifier::MoreThan) => "more than ",
        Some(Qualifier::Approximately) => "about ",
        Some(Qualifier::LessThan) => "less than ",
        _ => "",
    };
    let unit = unit_of(f);
    let scaled = matches!(f.kind, FigureKind::Money | FigureKind::Count) && f.value_max.is_none();
    let value = match f.value_max {
        None if scaled && f.value.abs() >= 1e6 => large(f.value),
        Some(max) => format!("{}–{}", number(f.value), number(max)),
        None if f.exact.contains('.') || f.exact.len() > 15 => number(f.value),
        None => group_thousands(&f.exact),
    };
    let (kind, shown) = match f.kind {
        FigureKind::Money => ("money", format!("{value} {}", unit.unwrap_or(""))),
        FigureKind::Count => ("count", format!("{value} {}", unit.unwrap_or(""))),
        FigureKind::Percentage => ("percentage", format!("{value}%")),
        FigureKind::PercentagePoint => ("change", format!("{value} percentage points")),
        FigureKind::Compute if unit == Some("FLOPS") => {
            ("compute", format!("{} FLOP/s", scientific(f.value)))
        }
        FigureKind::Compute => ("compute", format!("{value} {}", unit.unwrap_or(""))),
        _ => match unit {
            Some("ordinal") => ("ordinal", format!("No. {value}")),
            Some(u) => ("number", format!("{value} {u}")),
            None => ("number", value),
        },
    };
    format!("{kind}, {qualifier}{}", shown.trim_end())
}

/// The unit as text (a currency code, a measure word, FLOPS, ordinal).
fn unit_of(f: &Figure) -> Option<&str> {
    f.unit.as_deref()
}

/// A value with at most two decimals and no trailing zeros (16.6666 → 16.67).
fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        return group_thousands(&format!("{v:.0}"));
    }
    let s = format!("{v:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// A large amount in words: 4.37 trillion, 350 billion, 12.5 million.
fn large(v: f64) -> String {
    let (scale, word) = if v.abs() >= 1e12 {
        (1e12, "trillion")
    } else if v.abs() >= 1e9 {
        (1e9, "billion")
    } else {
        (1e6, "million")
    };
    format!("{} {word}", number(v / scale))
}

/// 2.4e17 for compute capacities.
fn scientific(v: f64) -> String {
    format!("{v:e}")
}

/// `350000000000` → `350,000,000,000` (the exact decimal string, integer part only).
fn group_thousands(exact: &str) -> String {
    let (sign, digits) = match exact.strip_prefix('-') {
        Some(d) => ("-", d),
        None => ("", exact),
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    if !int.bytes().all(|b| b.is_ascii_digit()) {
        return exact.to_string();
    }
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{frac}")
    }
}

/// Chars that end a clause.
fn ends_clause(c: char) -> bool {
    matches!(
        c,
        '，' | ',' | '。' | '；' | ';' | '！' | '!' | '？' | '?' | '\n' | '：' | '、'
    )
}

/// The clause a figure stands in (between the punctuation around it); a clause of a
/// few chars takes the one before it too. Cut to about 40 chars around the figure.
fn clause_around(text: &str, start: usize, end: usize) -> Option<String> {
    let before = text.get(..start)?;
    let after = text.get(end..)?;
    let mut from = before.rfind(ends_clause).map_or(0, |i| {
        i + before[i..].chars().next().map_or(1, char::len_utf8)
    });
    let to = end + after.find(ends_clause).unwrap_or(after.len());
    if text.get(from..to)?.chars().count() < 12 && from > 0 {
        let earlier = text.get(..from)?;
        let trimmed = earlier.trim_end_matches(|c: char| ends_clause(c) && c != '\n');
        if !trimmed.ends_with('\n') {
            from = trimmed.rfind(ends_clause).map_or(0, |i| {
                i + trimmed[i..].chars().next().map_or(1, char::len_utf8)
            });
        }
    }
    let head: Vec<char> = text.get(from..start)?.chars().collect();
    let tail: Vec<char> = text.get(end..to)?.chars().collect();
    let head: String = if head.len() > 20 {
        format!("…{}", head[head.len() - 20..].iter().collect::<String>())
    } else {
        head.iter().collect()
    };
    let tail: String = if tail.len() > 20 {
        format!("{}…", tail[..20].iter().collect::<String>())
    } else {
        tail.iter().collect()
    };
    let clause = format!("{head}{}{tail}", text.get(start..end)?);
    let clause = clause.trim();
    (!clause.is_empty()).then(|| clause.to_string())
}

/// A part of the day in words.
fn part_of_day(p: PartOfDay) -> &'static str {
    match p {
        PartOfDay::EarlyMorning => "early morning",
        PartOfDay::Morning => "morning",
        PartOfDay::Noon => "noon",
        PartOfDay::Afternoon => "afternoon",
        PartOfDay::Evening => "evening",
        PartOfDay::Night => "night",
        _ => "",
    }
}

/// A date's value in words: `2024-09-27, evening`, `09-27 (year unknown)`.
fn date_value(d: &DateMention) -> String {
    let mut value = match d.value.as_deref() {
        Some(v) if v.starts_with("XXXX") => {
            format!("{} (year unknown)", v.trim_start_matches("XXXX-"))
        }
        Some(v) => v.replace('T', " "),
        None if d.relative => "relative, no reference date".to_string(),
        None => "not converted (lunar calendar or unknown)".to_string(),
    };
    if let Some(p) = d.part_of_day {
        value += &format!(", {}", part_of_day(p));
    }
    if d.relative && d.value.is_some() {
        value += " (relative)";
    }
    if d.published {
        return if value == d.text {
            "the dateline".to_string()
        } else {
            format!("{value}, the dateline")
        };
    }
    value
}

/// Dates with their values; vague expressions (近年来, 当前) on one line.
fn write_dates(out: &mut impl Write, dates: &[DateMention]) -> std::io::Result<()> {
    let (vague, definite): (Vec<&DateMention>, Vec<&DateMention>) =
        dates.iter().partition(|d| d.vague && d.value.is_none());
    heading(out, "Dates", definite.len())?;
    for d in &definite {
        writeln!(out, "  {} — {}", d.text, date_value(d))?;
    }
    if !vague.is_empty() {
        let mut words: Vec<&str> = Vec::new();
        for d in &vague {
            if !words.contains(&d.text.as_str()) {
                words.push(&d.text);
            }
        }
        writeln!(out, "  vague, no definite time: {}", words.join(", "))?;
    }
    Ok(())
}

/// A place kind in words, English and Chinese.
fn location_kind(kind: LocationKind) -> &'static str {
    match kind {
        LocationKind::Country => "country 国家",
        LocationKind::Province => "province 省级",
        LocationKind::City => "city 城市",
        LocationKind::County => "county or district 县区",
        LocationKind::Region => "region 地区",
        _ => "place 地点",
    }
}

/// Division suffixes that make a short and a full name one place (河南 / 河南省).
const DIVISION_SUFFIXES: &[&str] = &["省", "市", "县", "区"];

/// Places, a short name and its full name (河南, 河南省) on one line.
fn write_places(out: &mut impl Write, places: &[Location]) -> std::io::Result<()> {
    // Index of the place each one is shown under.
    let full_of = |l: &Location| {
        places.iter().position(|other| {
            DIVISION_SUFFIXES
                .iter()
                .any(|s| other.name.strip_suffix(s) == Some(l.name.as_str()))
        })
    };
    let shown: Vec<usize> = (0..places.len())
        .filter(|&i| full_of(&places[i]).is_none())
        .collect();
    heading(out, "Places", shown.len())?;
    for &i in &shown {
        let l = &places[i];
        let short: Vec<&Location> = places.iter().filter(|s| full_of(s) == Some(i)).collect();
        let count = l.mentions.len() + short.iter().map(|s| s.mentions.len()).sum::<usize>();
        let also = if short.is_empty() {
            String::new()
        } else {
            let names: Vec<&str> = short.iter().map(|s| s.name.as_str()).collect();
            format!(", also {}", names.join(", "))
        };
        writeln!(
            out,
            "  {} — {}{also} ({})",
            l.name,
            location_kind(l.kind),
            mentions(count)
        )?;
    }
    Ok(())
}
