//! Validates every bundled ordinance and bundles them for the library.
//!
//! A malformed or unlawful ordinance fails the build here, with a message that points at the
//! file and the rule, so it never reaches a user. The bundle is written in the compact binary
//! form of `codec.rs` (`bundle.bin`), so the app links no TOML or JSON parser for it; the
//! library reads it back and loads it through the same door as a supplied ordinance
//! (`Catalog::load`).

use std::path::{Path, PathBuf};

#[allow(dead_code)]
#[path = "src/codec.rs"]
mod codec;
#[allow(dead_code)]
#[path = "src/date.rs"]
mod date;
#[allow(dead_code)]
#[path = "src/facts.rs"]
mod facts;
#[allow(dead_code)]
#[path = "src/model.rs"]
mod model;
#[allow(dead_code)]
#[path = "src/number.rs"]
mod number;
#[allow(dead_code)]
#[path = "src/places.rs"]
mod places;
#[allow(dead_code)]
#[path = "src/validate.rs"]
mod validate;

fn fail(message: &str) -> ! {
    eprintln!("\nerror: the bundled ordinances are not valid\n{message}\n");
    std::process::exit(1);
}

fn parse(path: &Path) -> model::Ordinance {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| fail(&format!("{}: cannot read: {e}", path.display())));
    toml::from_str(&text).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())))
}

/// Every municipality a bundled ordinance serves is one of the list, by id and name, and a
/// merged one merged on the day the list says.
fn bundled_places(ordinances: &[model::Ordinance], directory: &model::Directory) -> Vec<String> {
    let mut problems = Vec::new();
    for o in ordinances {
        for m in &o.municipalities {
            let file = format!("ordinances/{}.toml: municipality `{}`", o.id, m.id);
            let Some(place) = directory.by_id(&m.id) else {
                problems.push(format!("{file} is not in data/gemeenten-2026.csv or data/gemeenten-changes.csv (the id is the slug of the name)"));
                continue;
            };
            if place.name != m.name {
                problems.push(format!(
                    "{file}: the name is `{}` in the list of municipalities",
                    place.name
                ));
            }
            let listed = place.merged.as_ref().map(|p| p.on.as_str());
            let here = m.merged.as_ref().map(|p| p.on.as_str());
            if listed != here {
                problems.push(format!(
                    "{file}: merged on {} here, on {} in data/gemeenten-changes.csv",
                    here.unwrap_or("(never)"),
                    listed.unwrap_or("(never)")
                ));
            }
        }
    }
    problems
}

fn main() {
    let dir = PathBuf::from("ordinances");
    println!("cargo:rerun-if-changed=ordinances");
    println!("cargo:rerun-if-changed=src/model.rs");
    println!("cargo:rerun-if-changed=src/validate.rs");
    println!("cargo:rerun-if-changed=src/facts.rs");
    println!("cargo:rerun-if-changed=src/date.rs");
    println!("cargo:rerun-if-changed=src/codec.rs");
    println!("cargo:rerun-if-changed=src/places.rs");
    println!("cargo:rerun-if-changed=data");

    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| fail(&format!("{}: {e}", dir.display())))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();

    let mut statutes = Vec::new();
    let mut ordinances = Vec::new();
    let mut problems = Vec::new();
    for file in &files {
        println!("cargo:rerun-if-changed={}", file.display());
        let ordinance = parse(file);
        let stem = file
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        if stem != ordinance.id {
            problems.push(format!(
                "{}: id `{}` must equal the file name `{stem}`",
                file.display(),
                ordinance.id
            ));
        }
        if ordinance.detail == model::Detail::Statute {
            statutes.push(ordinance);
        } else {
            ordinances.push(ordinance);
        }
    }
    // The statute's versions in order of their first day (the validator checks that they
    // follow each other without a gap or an overlap).
    statutes.sort_by(|a, b| a.version.valid_from.cmp(&b.version.valid_from));
    let read = |path: &str| {
        std::fs::read_to_string(path).unwrap_or_else(|e| fail(&format!("{path}: cannot read: {e}")))
    };
    let directory = places::read(
        &read("data/gemeenten-2026.csv"),
        &read("data/gemeenten-changes.csv"),
        &read("data/gemeenten-namen.csv"),
    )
    .unwrap_or_else(|problems| fail(&problems.join("\n")));
    problems.extend(bundled_places(&ordinances, &directory));
    let bundle = model::Bundle {
        statutes,
        ordinances,
        directory,
    };
    // Ids equal file names (checked above), so a problem's place leads to its file.
    problems.extend(validate::validate_bundle(&bundle).into_iter().map(|p| {
        let (id, rest) = p.place.split_once(" / ").unwrap_or((&p.place, ""));
        let rest = if rest.is_empty() {
            String::new()
        } else {
            format!("{rest}: ")
        };
        format!("ordinances/{id}.toml: {rest}{}", p.message)
    }));
    if !problems.is_empty() {
        fail(&problems.join("\n"));
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut bytes = Vec::new();
    codec::Codec::write(&bundle, &mut bytes);
    std::fs::write(out.join("bundle.bin"), bytes).expect("OUT_DIR is writable");
    std::fs::write(
        out.join("terms.rs"),
        terms::generate(Path::new("law/termijnen.toml")),
    )
    .expect("OUT_DIR is writable");
}

/// The objection term and the holidays (`law/termijnen.toml`), validated and written as Rust
/// constants for `src/letters/law.rs`: no parser in the letters' module.
mod terms {
    use serde::Deserialize;
    use std::collections::BTreeSet;
    use std::path::Path;

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct File {
        objection: Objection,
        holidays: Vec<Holiday>,
        quotes: Vec<Quote>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Objection {
        weeks: u32,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Holiday {
        name: String,
        #[serde(default)]
        date: Option<String>,
        #[serde(default)]
        easter: Option<i32>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Quote {
        id: String,
        instrument: String,
        #[serde(default)]
        artikel: Option<String>,
        #[serde(default)]
        lid: Option<String>,
        url: String,
        text: String,
    }

    pub fn generate(path: &Path) -> String {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(path)
            .unwrap_or_else(|e| super::fail(&format!("{}: {e}", path.display())));
        let file: File = toml::from_str(&text)
            .unwrap_or_else(|e| super::fail(&format!("{}: {e}", path.display())));
        let mut problems = Vec::new();
        if !(1..=52).contains(&file.objection.weeks) {
            problems.push("objection.weeks must be 1 to 52".to_string());
        }
        let mut names = BTreeSet::new();
        let mut out = String::from("// Written by build.rs from law/termijnen.toml.\n");
        out.push_str(&format!(
            "pub const OBJECTION_WEEKS: i32 = {};\n",
            file.objection.weeks
        ));
        out.push_str("pub const HOLIDAYS: &[Holiday] = &[\n");
        for h in &file.holidays {
            if !names.insert(h.name.clone()) {
                problems.push(format!("holiday `{}` twice", h.name));
            }
            let rule = match (&h.date, h.easter) {
                (Some(date), None) => {
                    let parsed = date
                        .split_once('-')
                        .and_then(|(m, d)| Some((m.parse::<u32>().ok()?, d.parse::<u32>().ok()?)))
                        .filter(|&(m, d)| super::date::Date::new(2024, m, d).is_some());
                    match parsed {
                        Some((m, d)) => format!("HolidayRule::Fixed {{ month: {m}, day: {d} }}"),
                        None => {
                            problems.push(format!("holiday `{}`: date must be MM-DD", h.name));
                            continue;
                        }
                    }
                }
                (None, Some(days)) if (-60..=60).contains(&days) => {
                    format!("HolidayRule::Easter {{ days: {days} }}")
                }
                _ => {
                    problems.push(format!(
                        "holiday `{}`: give either `date` (MM-DD) or `easter` (-60 to 60 days)",
                        h.name
                    ));
                    continue;
                }
            };
            out.push_str(&format!(
                "    Holiday {{ name: {:?}, rule: {rule} }},\n",
                h.name
            ));
        }
        out.push_str("];\n");
        let mut ids = BTreeSet::new();
        for q in &file.quotes {
            let valid_id = !q.id.is_empty()
                && q.id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
            if !valid_id || !ids.insert(q.id.clone()) {
                problems.push(format!(
                    "quote id `{}` must be unique, a-z, 0-9 and _",
                    q.id
                ));
                continue;
            }
            if q.text.trim().len() < 20 || !q.url.starts_with("https://") || q.instrument.is_empty()
            {
                problems.push(format!(
                    "quote `{}` needs its instrument, its words and an https address",
                    q.id
                ));
            }
            let opt = |o: &Option<String>| match o {
                Some(s) => format!("Some({s:?})"),
                None => "None".to_string(),
            };
            out.push_str(&format!(
                "pub const {}: Quote = Quote {{ instrument: {:?}, artikel: {}, lid: {}, url: {:?}, text: {:?} }};\n",
                q.id.to_ascii_uppercase(),
                q.instrument,
                opt(&q.artikel),
                opt(&q.lid),
                q.url,
                q.text
            ));
        }
        if !problems.is_empty() {
            super::fail(&format!("{}: {}", path.display(), problems.join("; ")));
        }
        out
    }
}
