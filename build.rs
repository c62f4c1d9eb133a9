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
#[path = "src/sort.rs"]
mod sort;
#[allow(dead_code)]
#[path = "src/validate.rs"]
mod validate;

#[allow(dead_code)]
#[path = "src/i18n/mod.rs"]
mod i18n;

fn fail(message: &str) -> ! {
    eprintln!("\nerror: the bundled ordinances are not valid\n{message}\n");
    std::process::exit(1);
}

fn parse(path: &Path) -> model::Ordinance {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| fail(&format!("{}: cannot read: {e}", path.display())));
    toml::from_str(&text).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())))
}

/// The bundle with every ordinance's English texts left empty (read again from its file, each
/// `{ nl, en }` table's `en` blanked).
fn without_english(bundle: model::Bundle) -> model::Bundle {
    fn blank(v: &mut toml::Value) {
        match v {
            toml::Value::Table(t) => {
                if t.get("nl").is_some_and(toml::Value::is_str)
                    && t.get("en").is_some_and(toml::Value::is_str)
                {
                    t.insert("en".into(), toml::Value::String(String::new()));
                }
                for (_, v) in t.iter_mut() {
                    blank(v);
                }
            }
            toml::Value::Array(a) => a.iter_mut().for_each(blank),
            _ => {}
        }
    }
    let strip = |o: model::Ordinance| -> model::Ordinance {
        let path = format!("ordinances/{}.toml", o.id);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| fail(&format!("{path}: {e}")));
        let mut value: toml::Value =
            toml::from_str(&text).unwrap_or_else(|e| fail(&format!("{path}: {e}")));
        blank(&mut value);
        value
            .try_into()
            .unwrap_or_else(|e| fail(&format!("{path}: {e}")))
    };
    model::Bundle {
        statutes: bundle.statutes.into_iter().map(strip).collect(),
        ordinances: bundle.ordinances.into_iter().map(strip).collect(),
        directory: bundle.directory,
    }
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
    // The recipient's app (feature english-pack) fetches English with its pack, the ordinances'
    // English texts included: its bundle leaves them out.
    let bundle = if std::env::var_os("CARGO_FEATURE_ENGLISH_PACK").is_some() {
        without_english(bundle)
    } else {
        bundle
    };
    // The recipient's app (feature ordinance-files) keeps each ordinance's header only and
    // fetches the whole of it when a person chooses one of its municipalities:
    // `OUT_DIR/ordinances/ord-<id>-<hash>.bin`, which scripts/out-files.mjs puts beside it.
    let (bundle, bodies) = if std::env::var_os("CARGO_FEATURE_ORDINANCE_FILES").is_some() {
        let dir = out.join("ordinances");
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("OUT_DIR is writable");
        let mut names = Vec::new();
        for o in &bundle.ordinances {
            let bytes = codec::write_ordinance(o);
            let name = codec::body_name(&o.id, &bytes);
            std::fs::write(dir.join(&name), bytes).expect("OUT_DIR is writable");
            names.push(name);
        }
        std::fs::write(dir.join("list.txt"), names.join("\n") + "\n").expect("OUT_DIR is writable");
        let headers = bundle.ordinances.iter().map(codec::header_of).collect();
        (
            model::Bundle {
                ordinances: headers,
                ..bundle
            },
            names,
        )
    } else {
        (bundle, Vec::new())
    };
    std::fs::write(out.join("bundle.bin"), codec::write_index(&bundle, &bodies))
        .expect("OUT_DIR is writable");
    std::fs::write(
        out.join("terms.rs"),
        terms::generate(Path::new("law/termijnen.toml")),
    )
    .expect("OUT_DIR is writable");
    std::fs::write(
        out.join("locales.rs"),
        locales::generate(Path::new("locales"), &out),
    )
    .expect("OUT_DIR is writable");
}

/// The language files (`locales/<lang>/*.ftl`): each read and checked against the Dutch (every
/// message there, no other, the same variables, every plural form of the language), a broken
/// one failing the build; written as the list of languages, the packs' version and the Dutch
/// texts built in (English too for every module but the recipient's app, which fetches it).
mod locales {
    use super::i18n;
    use std::path::{Path, PathBuf};

    fn fail(message: &str) -> ! {
        eprintln!("\nerror: the language files are not valid\n{message}\n");
        std::process::exit(1);
    }

    fn files(dir: &Path) -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap_or_else(|e| fail(&format!("{}: {e}", dir.display())))
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        files
    }

    /// FNV-1a over every language file, by name: the packs' version changes with any text.
    fn fnv(parts: &[(String, Vec<u8>)]) -> u32 {
        i18n::fnv1a(parts.iter().flat_map(|(name, bytes)| {
            name.bytes()
                .chain([0])
                .chain(bytes.iter().copied())
                .chain([0])
        }))
    }

    fn bundle(lang: &str, files: &[PathBuf]) -> i18n::Bundle {
        let mut read = Vec::new();
        for f in files {
            println!("cargo:rerun-if-changed={}", f.display());
            let text = std::fs::read_to_string(f)
                .unwrap_or_else(|e| fail(&format!("{}: {e}", f.display())));
            match i18n::parse(&text) {
                Ok(entries) => read.push(entries),
                Err(errors) => fail(
                    &errors
                        .iter()
                        .map(|e| format!("{}:{}: {}", f.display(), e.line, e.message))
                        .collect::<Vec<_>>()
                        .join("\n"),
                ),
            }
        }
        let probe = i18n::Bundle::new(lang, i18n::plural::Rule::OneOther, read.clone())
            .unwrap_or_else(|e| fail(&format!("locales/{lang}: {e}")));
        let plural = probe
            .plain("language-plural")
            .unwrap_or_default()
            .to_string();
        let rule = i18n::plural::Rule::from_key(&plural).unwrap_or_else(|| {
            fail(&format!(
                "locales/{lang}/pack.ftl: language-plural `{plural}` names no plural rule"
            ))
        });
        i18n::Bundle::new(lang, rule, read)
            .unwrap_or_else(|e| fail(&format!("locales/{lang}: {e}")))
    }

    pub fn generate(root: &Path, out: &Path) -> String {
        println!("cargo:rerun-if-changed={}", root.display());
        let mut langs: Vec<String> = std::fs::read_dir(root)
            .unwrap_or_else(|e| fail(&format!("{}: {e}", root.display())))
            .filter_map(|e| e.ok())
            .filter(|e| e.path().is_dir())
            .filter_map(|e| e.file_name().into_string().ok())
            .collect();
        // Dutch first, English second, then by code.
        langs.sort_by_key(|l| (l != "nl", l != "en", l.clone()));
        if langs.first().map(String::as_str) != Some("nl") {
            fail("locales/nl is missing: the Dutch texts are the reference");
        }
        let mut hashed = Vec::new();
        let mut listed = String::new();
        let mut sources: Vec<(String, Vec<String>)> = Vec::new();
        let mut problems = Vec::new();
        let dutch_files = files(&root.join("nl"));
        let dutch = bundle("nl", &dutch_files);
        for lang in &langs {
            let dir = root.join(lang);
            let files = files(&dir);
            let b = bundle(lang, &files);
            if lang != "nl" {
                problems.extend(b.problems_against(&dutch));
            }
            let name = b.plain("language-name").unwrap_or_default();
            let rtl = match b.plain("language-dir") {
                Some("rtl") => true,
                Some("ltr") => false,
                other => fail(&format!(
                    "locales/{lang}/pack.ftl: language-dir {other:?} is not ltr or rtl"
                )),
            };
            listed.push_str(&format!(
                "    LanguageInfo {{ code: {lang:?}, name: {name:?}, rtl: {rtl} }},\n"
            ));
            let mut texts = Vec::new();
            for f in &files {
                let file = f
                    .file_name()
                    .and_then(|n| n.to_str())
                    .unwrap_or_default()
                    .to_string();
                hashed.push((
                    format!("{lang}/{file}"),
                    std::fs::read(f).unwrap_or_default(),
                ));
                texts.push(
                    std::fs::read_to_string(f)
                        .unwrap_or_else(|e| fail(&format!("{}: {e}", f.display()))),
                );
            }
            // Dutch is built in, and English where the module has it: their messages in the
            // binary form the app reads without the Fluent parser (no comments).
            if lang == "nl" || lang == "en" {
                std::fs::write(out.join(format!("{lang}.bin")), b.to_bytes())
                    .expect("OUT_DIR is writable");
            }
            sources.push((lang.clone(), texts));
        }
        if !problems.is_empty() {
            fail(&problems.join("\n"));
        }
        let version = format!("{}-{:08x}", env!("CARGO_PKG_VERSION"), fnv(&hashed));
        // Every language but Dutch as a pack, `OUT_DIR/packs/lang-<code>-<version>.bin`, which
        // scripts/out-files.mjs puts beside the app.
        let packs = out.join("packs");
        let _ = std::fs::remove_dir_all(&packs);
        std::fs::create_dir_all(&packs).expect("OUT_DIR is writable");
        let mut names = Vec::new();
        for (lang, texts) in sources.iter().filter(|(l, _)| l != "nl") {
            let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
            let name = format!("lang-{lang}-{version}.bin");
            std::fs::write(packs.join(&name), i18n::pack::write(lang, &version, &refs))
                .expect("OUT_DIR is writable");
            names.push(name);
        }
        std::fs::write(packs.join("list.txt"), names.join("\n") + "\n")
            .expect("OUT_DIR is writable");
        format!(
            "/// The version a fetched pack must carry: the app's version and the texts'.\npub const PACK_VERSION: &str = {version:?};\n\n/// Every language, Dutch first, each named in itself.\npub const LANGUAGES: &[LanguageInfo] = &[\n{listed}];\n\n/// The Dutch texts, built in (`i18n::binary`).\npub const DUTCH: &[u8] = include_bytes!(concat!(env!(\"OUT_DIR\"), \"/nl.bin\"));\n\n/// The English texts, built in everywhere but in the recipient's app (which fetches them).\n#[cfg(not(feature = \"english-pack\"))]\npub const ENGLISH: &[u8] = include_bytes!(concat!(env!(\"OUT_DIR\"), \"/en.bin\"));\n"
        )
    }
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
