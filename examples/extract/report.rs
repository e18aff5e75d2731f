//! The readable report of one article.

use std::io::Write;

use xinwen::Extraction;

pub fn write(out: &mut impl Write, name: &str, x: &Extraction) -> std::io::Result<()> {
    writeln!(out, "== {name}")?;
    if let Some(p) = &x.published {
        writeln!(out, "published: {p}")?;
    }
    writeln!(out, "\nPeople")?;
    for p in &x.persons {
        let roles: Vec<String> = p
            .roles
            .iter()
            .map(|r| {
                let role = match &r.organization {
                    Some(o) => format!("{o} {}", r.title),
                    None => r.title.clone(),
                };
                if r.former {
                    format!("{role} (former)")
                } else {
                    role
                }
            })
            .collect();
        writeln!(
            out,
            "  {} ({} mentions){}{}",
            p.name,
            p.mentions.len(),
            if roles.is_empty() { "" } else { ": " },
            roles.join("; ")
        )?;
    }
    writeln!(out, "\nOrganizations")?;
    for o in &x.organizations {
        let aliases = if o.aliases.is_empty() {
            String::new()
        } else {
            format!(", also {}", o.aliases.join(", "))
        };
        writeln!(
            out,
            "  {} [{:?}] ({} mentions{aliases})",
            o.name,
            o.kind,
            o.mentions.len()
        )?;
    }
    writeln!(out, "\nFigures")?;
    for f in &x.figures {
        let mut line = format!("  {:<12} {:<10} = {}", f.text, f.kind.as_str(), f.exact);
        if let Some(u) = &f.unit {
            line += &format!(" {u}");
        }
        if let Some(q) = f.qualifier {
            line += &format!(" ({q:?})");
        }
        if let Some(s) = &f.subject {
            line += &format!("  subject: {s}");
        }
        if let Some(h) = &f.holder {
            line += &format!("  holder: {h}");
        }
        writeln!(out, "{line}")?;
    }
    writeln!(out, "\nDates")?;
    for d in &x.dates {
        let value = d
            .value
            .as_deref()
            .unwrap_or(if d.vague { "(vague)" } else { "?" });
        let mut line = format!("  {:<20} {value}", d.text);
        if d.relative {
            line += "  (relative)";
        }
        if let Some(p) = d.part_of_day {
            line += &format!("  ({p:?})");
        }
        if d.published {
            line += "  (published)";
        }
        writeln!(out, "{line}")?;
    }
    writeln!(out, "\nPlaces")?;
    for l in &x.locations {
        writeln!(
            out,
            "  {} [{:?}] ({} mentions)",
            l.name,
            l.kind,
            l.mentions.len()
        )?;
    }
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
