//! Legal claims, read from `tests/claims/*.toml`, one test each.
//!
//! Each claim names a municipality, a person's answers and the outcome the sources require:
//! the status, the rules that must be among the grounds, and the bounds of an assignment.
//! They run through the public JSON contract, as the app, the JS API and the CLI use it, by
//! the same runner as the workbench's example cases (`workbench::cases`).

mod common;

use libtest_mimic::{Arguments, Failed, Trial};
use tegenprestatie_check::catalog;
use tegenprestatie_check::workbench::cases;

fn main() {
    let args = Arguments::from_args();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/claims");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/claims exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let mut trials = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("readable claims file");
        let claims = cases::parse(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        assert!(!claims.is_empty(), "{}: no [[claim]]", file.display());
        for claim in claims {
            let name = cases::title(&claim).to_string();
            assert!(!name.is_empty(), "every claim says something");
            trials.push(Trial::test(name, move || {
                // A claim without its own `date` is about the test day, never the clock.
                cases::run(&catalog::bundled(), &claim, common::day())
                    .map_err(|e| Failed::from(e.en))
            }));
        }
    }
    libtest_mimic::run(&args, trials).exit();
}
