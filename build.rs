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

fn main() {
    let dir = PathBuf::from("ordinances");
    println!("cargo:rerun-if-changed=ordinances");
    println!("cargo:rerun-if-changed=src/model.rs");
    println!("cargo:rerun-if-changed=src/validate.rs");
    println!("cargo:rerun-if-changed=src/facts.rs");
    println!("cargo:rerun-if-changed=src/date.rs");
    println!("cargo:rerun-if-changed=src/codec.rs");

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
    let bundle = model::Bundle {
        statutes,
        ordinances,
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
}
