//! Example cases: a person's answers and the outcome an ordinance must give them, in the form of
//! `tests/claims/*.toml` (`[[claim]]` with `says`, `gemeente`, `answers`, `status`, …). The
//! legal claims test (`tests/claims.rs`) and the workbench's own cases run through [`run`].

use serde_json::Value;

use crate::catalog::Catalog;
use crate::contract::{self, DecisionView};
use crate::date::Date;
use crate::number;

/// Every key a case may have; any other (a typo like `ground`) would silently check nothing.
pub const KEYS: [&str; 17] = [
    "says",
    "gemeente",
    "answers",
    "status",
    "refused",
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

/// Why a case did not hold, in English and in Dutch.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    pub en: String,
    pub nl: String,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.en)
    }
}

fn fail(en: impl Into<String>, nl: impl Into<String>) -> Failure {
    Failure {
        en: en.into(),
        nl: nl.into(),
    }
}

/// A case file's cases, in order; a file that is not TOML or has no `[[claim]]` list is an error
/// with its line.
pub fn parse(text: &str) -> Result<Vec<toml::Table>, Failure> {
    if text.trim().is_empty() {
        return Ok(Vec::new());
    }
    let table: toml::Table = toml::from_str(text).map_err(|e| {
        let line = e
            .span()
            .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
        let at = line.map(|l| format!(" (line {l})")).unwrap_or_default();
        let bij = line
            .map(|l| format!(" (tekstregel {l})"))
            .unwrap_or_default();
        fail(
            format!("the cases are not valid TOML{at}: {}", e.message()),
            format!(
                "de testgevallen zijn geen geldige TOML{bij}: {}",
                e.message()
            ),
        )
    })?;
    if let Some(other) = table.keys().find(|k| *k != "claim") {
        return Err(fail(
            format!("unknown key `{other}`: write each case as [[claim]]"),
            format!("onbekende sleutel `{other}`: schrijf elk testgeval als [[claim]]"),
        ));
    }
    match table.get("claim") {
        None => Ok(Vec::new()),
        Some(toml::Value::Array(cases)) => cases
            .iter()
            .map(|c| {
                c.as_table().cloned().ok_or_else(|| {
                    fail(
                        "each case is a [[claim]] table",
                        "elk testgeval is een tabel [[claim]]",
                    )
                })
            })
            .collect(),
        Some(_) => Err(fail(
            "write each case as [[claim]]",
            "schrijf elk testgeval als [[claim]]",
        )),
    }
}

/// What a case says it shows (its `says`), for lists.
pub fn title(case: &toml::Table) -> &str {
    case.get("says").and_then(|s| s.as_str()).unwrap_or("")
}

/// Status keys in Dutch, for messages.
fn status_nl(key: &str) -> &str {
    match key {
        "not_applicable" => "geldt niet",
        "exempt" => "vrijgesteld",
        "fulfilled" => "telt als tegenprestatie",
        "discretionary" => "college beslist",
        "obligated" => "verplicht",
        other => other,
    }
}

fn expect_range(decision: &Value, field: &str, expected: &toml::Value) -> Result<(), Failure> {
    let pair = expected
        .as_array()
        .filter(|a| a.len() == 2)
        .ok_or_else(|| {
            fail(
                format!("`{field}` in the case must be [min, max]"),
                format!("`{field}` in het testgeval moet [min, max] zijn"),
            )
        })?;
    for (end, want) in ["min", "max"].iter().zip(pair) {
        let got = &decision[field][end];
        let ok = match want {
            toml::Value::String(s) if s == "open" => got.is_null(),
            toml::Value::Integer(i) => got.as_f64() == Some(*i as f64),
            toml::Value::Float(f) => got.as_f64() == Some(*f),
            other => {
                return Err(fail(
                    format!("bad expectation {} for {field}.{end}", shown(other)),
                    format!(
                        "{field}.{end}: verwacht een getal of \"open\", niet {}",
                        shown(other)
                    ),
                ))
            }
        };
        if !ok {
            let got = match got.as_f64() {
                Some(v) => number::format(v, '.'),
                None if got.is_null() => "open".to_string(),
                None => got.to_string(),
            };
            return Err(fail(
                format!("{field}.{end}: expected {}, got {got}", shown(want)),
                format!(
                    "{field}.{end}: verwacht {}, maar de uitkomst is {got}",
                    shown(want)
                ),
            ));
        }
    }
    Ok(())
}

/// Runs one case against a catalogue: `Ok` when the outcome is what it says; `today` is the
/// reference day when its answers give no `date`.
pub fn run(catalog: &Catalog, case: &toml::Table, today: Date) -> Result<(), Failure> {
    if let Some(unknown) = case.keys().find(|k| !KEYS.contains(&k.as_str())) {
        return Err(fail(
            format!("unknown key `{unknown}` in the case; known are {KEYS:?}"),
            format!(
                "onbekende sleutel `{unknown}` in het testgeval; bekend zijn: {}",
                KEYS.join(", ")
            ),
        ));
    }
    let gemeente = case
        .get("gemeente")
        .and_then(|g| g.as_str())
        .ok_or_else(|| {
            fail(
                "gemeente must be a string",
                "gemeente ontbreekt: geef de id van de gemeente",
            )
        })?;
    let answers = case
        .get("answers")
        .map(serde_json::to_value)
        .transpose()
        .map_err(|e| fail(e.to_string(), e.to_string()))?
        .unwrap_or(Value::Object(Default::default()));
    let checked = contract::check(catalog, gemeente, &answers, today);
    // A case may say the check must refuse, by the refusal's code (`law_changed`, `merged`,
    // `not_in_force`): on a day no known rules cover, no answer is the right outcome.
    if let Some(code) = case.get("refused") {
        let code = code.as_str().unwrap_or_default();
        return match checked {
            Err(e) if e.code() == code => Ok(()),
            Err(e) => Err(fail(
                format!("expected the refusal {code}, got {}: {e}", e.code()),
                format!("verwacht weigering {code}, maar het is {}: {e}", e.code()),
            )),
            Ok(d) => Err(fail(
                format!(
                    "expected the refusal {code}, got the status {}",
                    d.status.key()
                ),
                format!(
                    "verwacht weigering {code}, maar de uitkomst is {}",
                    status_nl(d.status.key())
                ),
            )),
        };
    }
    let decision = checked.map_err(|e| {
        let nl = match &e {
            contract::CheckError::UnknownMunicipality(id, known) => format!(
                "gemeente `{id}` staat niet in deze verordening; wel: {}",
                known.join(", ")
            ),
            contract::CheckError::Input(i) => format!("antwoord `{}`: {}", i.field, i.message),
            contract::CheckError::NotInForce { .. } => {
                format!("de verordening geldt niet op deze datum ({e})")
            }
            contract::CheckError::LawChanged { from, .. } => {
                format!(
                    "de wet is veranderd op {}: deze check kent de regels van die dag niet",
                    from.dutch()
                )
            }
            contract::CheckError::Merged { into, until, .. } => format!(
                "de gemeente is opgegaan in {into}; haar verordening gold tot uiterlijk {}",
                until.dutch()
            ),
        };
        fail(e.to_string(), nl)
    })?;
    let view = serde_json::to_value(DecisionView::new(&decision))
        .map_err(|e| fail(e.to_string(), e.to_string()))?;

    let status = case
        .get("status")
        .and_then(|s| s.as_str())
        .ok_or_else(|| fail("status must be a string", "status ontbreekt"))?;
    if view["status"] != status {
        let got = view["status"].as_str().unwrap_or("");
        let fired: Vec<&str> = view["trace"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|t| t["rule"].as_str())
            .collect();
        return Err(fail(
            format!("expected status {status}, got {got} (rules fired: {fired:?})"),
            format!(
                "verwacht: {}, maar de uitkomst is: {} (regels die gelden: {})",
                status_nl(status),
                status_nl(got),
                if fired.is_empty() {
                    "geen".to_string()
                } else {
                    fired.join(", ")
                }
            ),
        ));
    }
    let grounds: Vec<&str> = view["grounds"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|g| g["rule"].as_str())
        .collect();
    if status != "not_applicable" && grounds.is_empty() {
        return Err(fail(
            "a decided status must have grounds",
            "een uitkomst moet een grond hebben",
        ));
    }
    for rule in strings(case, "grounds") {
        if !grounds.contains(&rule) {
            return Err(fail(
                format!("expected rule {rule} among the grounds {grounds:?}"),
                format!(
                    "verwacht dat regel {rule} een grond is; de gronden zijn: {}",
                    grounds.join(", ")
                ),
            ));
        }
    }
    for (key, field) in [
        ("hours", "hours_per_week"),
        ("months", "duration_months"),
        ("weeks", "duration_weeks"),
        ("total_hours", "total_hours"),
    ] {
        if let Some(expected) = case.get(key) {
            expect_range(&view, field, expected)?;
        }
    }
    if let Some(reached) = case.get("pension_reached") {
        let got = &view["pension_age"]["reached"];
        let ok = match reached {
            toml::Value::String(s) if s == "hinges" => got.is_null(),
            toml::Value::Boolean(b) => got.as_bool() == Some(*b),
            other => {
                return Err(fail(
                    format!("bad expectation {other:?} for pension_reached"),
                    format!(
                        "pension_reached is true, false of \"hinges\", niet {}",
                        shown(other)
                    ),
                ))
            }
        };
        if !ok {
            return Err(fail(
                format!("pension_age.reached: expected {reached:?}, got {got}"),
                format!(
                    "AOW-leeftijd bereikt: verwacht {}, maar de uitkomst is {got}",
                    shown(reached)
                ),
            ));
        }
    }
    if let Some(expected) = case.get("branches").and_then(|b| b.as_array()) {
        branches(&view, expected)?;
    }
    for rule in strings(case, "not_grounds") {
        if grounds.contains(&rule) {
            return Err(fail(
                format!("rule {rule} must not be among the grounds {grounds:?}"),
                format!("regel {rule} mag geen grond zijn, maar is het wel"),
            ));
        }
    }
    for flag in ["permanent", "according_to_ability", "per_year"] {
        if let Some(want) = case.get(flag).and_then(|v| v.as_bool()) {
            if view[flag] != want {
                return Err(fail(
                    format!("{flag}: expected {want}, got {}", view[flag]),
                    format!(
                        "{flag}: verwacht {want}, maar de uitkomst is {}",
                        view[flag]
                    ),
                ));
            }
        }
    }
    if let Some(times) = case.get("times").and_then(|v| v.as_integer()) {
        if view["times"].as_i64() != Some(times) {
            return Err(fail(
                format!("times: expected {times}, got {}", view["times"]),
                format!(
                    "times: verwacht {times}, maar de uitkomst is {}",
                    view["times"]
                ),
            ));
        }
    }
    Ok(())
}

/// A value of a case as written.
fn shown(v: &toml::Value) -> String {
    match v {
        toml::Value::String(s) => s.clone(),
        toml::Value::Integer(i) => i.to_string(),
        toml::Value::Float(f) => number::format(*f, '.'),
        toml::Value::Boolean(b) => b.to_string(),
        other => format!("{other:?}"),
    }
}

fn strings<'a>(case: &'a toml::Table, key: &str) -> impl Iterator<Item = &'a str> {
    case.get(key)
        .and_then(|g| g.as_array())
        .into_iter()
        .flatten()
        .filter_map(|r| r.as_str())
}

/// The case lists branches in the order a person reads them (a decision list).
fn branches(view: &Value, expected: &[toml::Value]) -> Result<(), Failure> {
    let none = Vec::new();
    let branches = view["branches"].as_array().unwrap_or(&none);
    let mut last = None;
    for want in expected {
        let rule = want
            .get("rule")
            .and_then(|r| r.as_str())
            .ok_or_else(|| fail("a branch names its rule", "een tak noemt zijn regel"))?;
        let (at, branch) = branches
            .iter()
            .enumerate()
            .find(|(_, b)| {
                b["rules"]
                    .as_array()
                    .is_some_and(|r| r.iter().any(|r| r == rule))
            })
            .ok_or_else(|| {
                fail(
                    format!("no branch for {rule} among {branches:?}"),
                    format!("het college beslist niet over regel {rule}"),
                )
            })?;
        if last.is_some_and(|l| at <= l) {
            return Err(fail(
                format!("branch {rule} comes too early in {branches:?}"),
                format!("de vraag over regel {rule} komt te vroeg"),
            ));
        }
        last = Some(at);
        for side in ["if_yes", "if_no"] {
            if let Some(status) = want.get(side).and_then(|s| s.as_str()) {
                if branch[side]["status"] != status {
                    let got = branch[side]["status"].as_str().unwrap_or("");
                    return Err(fail(
                        format!("branch {rule} {side}: expected {status}, got {got}"),
                        format!(
                            "vraag over {rule}, {}: verwacht {}, maar de uitkomst is {}",
                            if side == "if_yes" { "ja" } else { "nee" },
                            status_nl(status),
                            status_nl(got)
                        ),
                    ));
                }
            }
        }
    }
    Ok(())
}

/// A new case from a decision: the person's answers and what the rules now say of them (status,
/// grounds, hours and duration), as a `[[claim]]` block to append to a case file.
pub fn write(says: &str, gemeente: &str, answers: &Value, view: &Value) -> String {
    let mut out = String::from("[[claim]]\n");
    out.push_str(&format!("says = {}\n", quote(says)));
    out.push_str(&format!("gemeente = {}\n", quote(gemeente)));
    let cells: Vec<String> = answers
        .as_object()
        .into_iter()
        .flatten()
        .filter_map(|(k, v)| Some(format!("{k} = {}", toml_value(v)?)))
        .collect();
    out.push_str(&format!("answers = {{ {} }}\n", cells.join(", ")));
    let status = view["status"].as_str().unwrap_or("");
    out.push_str(&format!("status = {}\n", quote(status)));
    let grounds: Vec<String> = view["grounds"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|g| g["rule"].as_str())
        .map(quote)
        .collect();
    if !grounds.is_empty() {
        out.push_str(&format!("grounds = [{}]\n", grounds.join(", ")));
    }
    if matches!(status, "obligated" | "discretionary") {
        for (key, field) in [("hours", "hours_per_week"), ("months", "duration_months")] {
            let end = |e: &str| {
                view[field][e]
                    .as_f64()
                    .map_or_else(|| quote("open"), |v| number::format(v, '.'))
            };
            if view[field].is_object() {
                out.push_str(&format!("{key} = [{}, {}]\n", end("min"), end("max")));
            }
        }
    }
    out
}

/// A JSON answer as a TOML value; `null` (not known) has no TOML form and is left out, which
/// reads back as not known for every fact that may be unknown.
fn toml_value(v: &Value) -> Option<String> {
    match v {
        Value::Null => None,
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => n.as_f64().map(|f| number::format(f, '.')),
        Value::String(s) => Some(quote(s)),
        _ => None,
    }
}

fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
