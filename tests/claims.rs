//! Legal claims, read from `tests/claims/*.toml`, one test each.
//!
//! Each claim names a municipality, a person's answers and the outcome the sources require:
//! the status, the rules that must be among the grounds, and the bounds of an assignment.
//! They run through the public JSON contract, as the app, the JS API and the CLI use it.

mod common;

use libtest_mimic::{Arguments, Failed, Trial};
use serde_json::Value;
use tegenprestatie_check::catalog;
use tegenprestatie_check::contract::{self, DecisionView};

fn expect_range(decision: &Value, field: &str, expected: &toml::Value) -> Result<(), Failed> {
    let pair = expected
        .as_array()
        .filter(|a| a.len() == 2)
        .ok_or_else(|| format!("`{field}` in the claim must be [min, max]"))?;
    for (end, want) in ["min", "max"].iter().zip(pair) {
        let got = &decision[field][end];
        let ok = match want {
            toml::Value::String(s) if s == "open" => got.is_null(),
            toml::Value::Integer(i) => got.as_f64() == Some(*i as f64),
            toml::Value::Float(f) => got.as_f64() == Some(*f),
            other => return Err(format!("bad expectation {other:?} for {field}.{end}").into()),
        };
        if !ok {
            return Err(format!("{field}.{end}: expected {want:?}, got {got}").into());
        }
    }
    Ok(())
}

/// Every key a claim may have; any other (a typo like `ground`) would silently check nothing.
const KEYS: [&str; 16] = [
    "says",
    "gemeente",
    "answers",
    "status",
    "grounds",
    "not_grounds",
    "hours",
    "months",
    "weeks",
    "total_hours",
    "pension_reached",
    "branches",
    "permanent",
    "according_to_ability",
    "per_year",
    "times",
];

fn run(claim: &toml::Table) -> Result<(), Failed> {
    if let Some(unknown) = claim.keys().find(|k| !KEYS.contains(&k.as_str())) {
        return Err(format!("unknown key `{unknown}` in the claim; known are {KEYS:?}").into());
    }
    let gemeente = claim["gemeente"]
        .as_str()
        .ok_or("gemeente must be a string")?;
    let answers = serde_json::to_value(&claim["answers"]).map_err(|e| e.to_string())?;
    // A claim without its own `date` is about the test day, never the clock.
    let catalog = catalog::bundled();
    let decision =
        contract::check(&catalog, gemeente, &answers, common::day()).map_err(|e| e.to_string())?;
    let view = serde_json::to_value(DecisionView::new(&decision)).map_err(|e| e.to_string())?;

    let status = claim["status"].as_str().ok_or("status must be a string")?;
    if view["status"] != status {
        let fired: Vec<&Value> = view["trace"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| &t["rule"])
            .collect();
        return Err(format!(
            "expected status {status}, got {} (rules fired: {fired:?})",
            view["status"]
        )
        .into());
    }
    let grounds: Vec<&str> = view["grounds"]
        .as_array()
        .ok_or("grounds missing")?
        .iter()
        .filter_map(|g| g["rule"].as_str())
        .collect();
    if status != "not_applicable" && grounds.is_empty() {
        return Err("a decided status must have grounds".into());
    }
    if let Some(expected) = claim.get("grounds").and_then(|g| g.as_array()) {
        for rule in expected.iter().filter_map(|r| r.as_str()) {
            if !grounds.contains(&rule) {
                return Err(format!("expected rule {rule} among the grounds {grounds:?}").into());
            }
        }
    }
    for (key, field) in [
        ("hours", "hours_per_week"),
        ("months", "duration_months"),
        ("weeks", "duration_weeks"),
        ("total_hours", "total_hours"),
    ] {
        if let Some(expected) = claim.get(key) {
            expect_range(&view, field, expected)?;
        }
    }
    if let Some(reached) = claim.get("pension_reached") {
        let got = &view["pension_age"]["reached"];
        let ok = match reached {
            toml::Value::String(s) if s == "hinges" => got.is_null(),
            toml::Value::Boolean(b) => got.as_bool() == Some(*b),
            other => return Err(format!("bad expectation {other:?} for pension_reached").into()),
        };
        if !ok {
            return Err(format!("pension_age.reached: expected {reached:?}, got {got}").into());
        }
    }
    if let Some(expected) = claim.get("branches").and_then(|b| b.as_array()) {
        let branches = view["branches"].as_array().ok_or("branches missing")?;
        // The claim lists branches in the order a person reads them (a decision list).
        let mut last = None;
        for want in expected {
            let rule = want["rule"].as_str().ok_or("a branch names its rule")?;
            let (at, branch) = branches
                .iter()
                .enumerate()
                .find(|(_, b)| {
                    b["rules"]
                        .as_array()
                        .is_some_and(|r| r.iter().any(|r| r == rule))
                })
                .ok_or_else(|| format!("no branch for {rule} among {branches:?}"))?;
            if last.is_some_and(|l| at <= l) {
                return Err(format!("branch {rule} comes too early in {branches:?}").into());
            }
            last = Some(at);
            for side in ["if_yes", "if_no"] {
                if let Some(status) = want.get(side).and_then(|s| s.as_str()) {
                    if branch[side]["status"] != status {
                        return Err(format!(
                            "branch {rule} {side}: expected {status}, got {}",
                            branch[side]["status"]
                        )
                        .into());
                    }
                }
            }
        }
    }
    if let Some(absent) = claim.get("not_grounds").and_then(|g| g.as_array()) {
        for rule in absent.iter().filter_map(|r| r.as_str()) {
            if grounds.contains(&rule) {
                return Err(
                    format!("rule {rule} must not be among the grounds {grounds:?}").into(),
                );
            }
        }
    }
    for flag in ["permanent", "according_to_ability", "per_year"] {
        if let Some(want) = claim.get(flag).and_then(|v| v.as_bool()) {
            if view[flag] != want {
                return Err(format!("{flag}: expected {want}, got {}", view[flag]).into());
            }
        }
    }
    if let Some(times) = claim.get("times").and_then(|v| v.as_integer()) {
        if view["times"].as_i64() != Some(times) {
            return Err(format!("times: expected {times}, got {}", view["times"]).into());
        }
    }
    Ok(())
}

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
        let table: toml::Table =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let claims = table["claim"]
            .as_array()
            .expect("[[claim]] entries")
            .clone();
        for claim in claims {
            let claim = claim.as_table().expect("a claim is a table").clone();
            let name = claim["says"]
                .as_str()
                .expect("every claim says something")
                .to_string();
            trials.push(Trial::test(name, move || run(&claim)));
        }
    }
    libtest_mimic::run(&args, trials).exit();
}
