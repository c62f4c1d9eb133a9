//! The intake file: the desk saved as JSON on the caseworker's own device, and read back.
//!
//! ```json
//! { "format": "tegenprestatie-check/intake", "version": 1,
//!   "municipalities": ["helmond", "rotterdam"],
//!   "answers": { "date": "2026-11-23", "age": 34, "benefit": "participatiewet" },
//!   "follow_up": { "gives_care": true },
//!   "start_date": "2027-01-04", "note": "…" }
//! ```
//!
//! `answers` are the contract's answers (each checked by the contract's own reader), only those
//! given: an intake may leave questions open. `follow_up` holds the yes/no questions that open
//! follow-up questions. Reading checks everything and says what is wrong; it never guesses.

use serde_json::{json, Map, Value};

use super::desk::{Desk, MAX_COLUMNS, MAX_NOTE};
use super::questions::{Field, Gate, UNKNOWN};
use super::state::{Env, Lang, Problem};
use crate::contract::answer_from_json;
use crate::date::Date;
use crate::facts::{Fact, Kind};

pub const FORMAT: &str = "tegenprestatie-check/intake";
pub const VERSION: u64 = 1;
/// The largest intake file read, in bytes (a full one is about 2 KB plus the note).
pub const MAX_BYTES: usize = 256 * 1024;

/// Why an intake file cannot be opened.
#[derive(Debug, Clone, PartialEq)]
pub enum IntakeError {
    TooLarge(usize),
    /// Not JSON at all; the parser's words.
    NotJson(String),
    /// JSON, but not an intake file of this check.
    NotAnIntake,
    /// Written by a newer version of the check.
    NewerVersion(u64),
    UnknownKey(String),
    /// `municipalities` is not a list of ids, or is longer than the desk holds.
    Municipalities,
    UnknownMunicipality(String),
    /// An answer the contract rejects: its key and the contract's message.
    Answer {
        key: String,
        message: String,
    },
    /// The age does not match the birth date on the reference date.
    AgeMismatch,
    FollowUp(String),
    StartDate,
    Note,
}

/// The desk as an intake file. Fields with a problem are refused (`Err` lists them), so a
/// file never holds an answer the desk would not accept.
pub fn write(desk: &Desk, env: &Env) -> Result<String, Vec<(Field, Problem)>> {
    let problems = desk.problems(env);
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut answers = Map::new();
    let mut follow_up = Map::new();
    for (field, raw) in &desk.draft {
        let raw = raw.trim();
        if raw.is_empty() {
            continue;
        }
        match field {
            Field::Municipality => {}
            Field::Gate(g) => {
                follow_up.insert(g.key().into(), Value::Bool(raw == "yes"));
            }
            Field::Fact(f) => {
                let value = match f.kind() {
                    _ if raw == UNKNOWN => Value::Null,
                    Kind::Bool => Value::Bool(raw == "yes"),
                    Kind::Choice(_) => Value::from(raw),
                    Kind::Date => Date::read(raw).map_or(Value::Null, |d| Value::from(d.iso())),
                    Kind::Number { whole: true, .. } => {
                        crate::number::parse(raw).map_or(Value::Null, |n| Value::from(n as i64))
                    }
                    Kind::Number { .. } => crate::number::parse(raw)
                        .and_then(serde_json::Number::from_f64)
                        .map_or(Value::Null, Value::Number),
                };
                answers.insert(f.key().into(), value);
            }
        }
    }
    let file = json!({
        "format": FORMAT,
        "version": VERSION,
        "municipalities": desk.municipalities,
        "answers": answers,
        "follow_up": follow_up,
        "start_date": desk.start_date().map(Date::iso),
        "note": desk.note,
    });
    Ok(serde_json::to_string_pretty(&file).unwrap_or_default())
}

/// A number as the desk shows it: "7,5" in Dutch, "7.5" in English.
fn number_text(n: f64, lang: Lang) -> String {
    crate::number::format(n, if lang == Lang::Nl { ',' } else { '.' })
}

/// Reads an intake file into a desk (in `lang`), or says what is wrong with it.
pub fn read(text: &str, env: &Env, lang: Lang) -> Result<Desk, IntakeError> {
    if text.len() > MAX_BYTES {
        return Err(IntakeError::TooLarge(text.len()));
    }
    let value: Value =
        serde_json::from_str(text).map_err(|e| IntakeError::NotJson(e.to_string()))?;
    let Value::Object(map) = value else {
        return Err(IntakeError::NotAnIntake);
    };
    if map.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(IntakeError::NotAnIntake);
    }
    match map.get("version").and_then(Value::as_u64) {
        Some(VERSION) => {}
        Some(v) if v > VERSION => return Err(IntakeError::NewerVersion(v)),
        _ => return Err(IntakeError::NotAnIntake),
    }
    const KEYS: [&str; 7] = [
        "format",
        "version",
        "municipalities",
        "answers",
        "follow_up",
        "start_date",
        "note",
    ];
    if let Some(k) = map.keys().find(|k| !KEYS.contains(&k.as_str())) {
        return Err(IntakeError::UnknownKey(k.clone()));
    }
    let mut desk = Desk {
        lang,
        ..Desk::default()
    };
    let ids = match map.get("municipalities") {
        None => Vec::new(),
        Some(Value::Array(ids)) if ids.len() <= MAX_COLUMNS => ids.clone(),
        Some(_) => return Err(IntakeError::Municipalities),
    };
    for id in ids {
        let Value::String(id) = id else {
            return Err(IntakeError::Municipalities);
        };
        let (_, m) = env
            .catalog
            .find(&id)
            .ok_or_else(|| IntakeError::UnknownMunicipality(id.chars().take(64).collect()))?;
        if !desk.municipalities.contains(&m.id) {
            desk.municipalities.push(m.id.clone());
        }
    }
    match map.get("answers") {
        None | Some(Value::Null) => {}
        Some(Value::Object(answers)) => {
            for (key, v) in answers {
                let bad = |e: crate::contract::InputError| IntakeError::Answer {
                    key: key.chars().take(64).collect(),
                    message: e.message,
                };
                let n = answer_from_json(key, v).map_err(bad)?;
                let fact = Fact::from_key(key).ok_or(IntakeError::NotAnIntake)?;
                let raw = match (n, fact.kind()) {
                    (None, _) => UNKNOWN.to_string(),
                    (Some(n), Kind::Bool) => if n != 0.0 { "yes" } else { "no" }.to_string(),
                    (Some(_), Kind::Choice(_)) => v.as_str().unwrap_or_default().to_string(),
                    // Shown in Dutch notation, as the caseworker types it.
                    (Some(n), Kind::Date) => {
                        Date::from_fact(n).map(Date::dutch).unwrap_or_default()
                    }
                    (Some(n), Kind::Number { .. }) => number_text(n, lang),
                };
                desk.draft.insert(Field::Fact(fact), raw);
            }
        }
        Some(_) => {
            return Err(IntakeError::Answer {
                key: String::new(),
                message: "must be an object".into(),
            })
        }
    }
    match map.get("follow_up") {
        None | Some(Value::Null) => {}
        Some(Value::Object(gates)) => {
            for (key, v) in gates {
                let gate = Gate::ALL
                    .into_iter()
                    .find(|g| g.key() == key)
                    .ok_or_else(|| IntakeError::FollowUp(key.chars().take(64).collect()))?;
                let yes = v
                    .as_bool()
                    .ok_or_else(|| IntakeError::FollowUp(key.clone()))?;
                desk.draft
                    .insert(Field::Gate(gate), if yes { "yes" } else { "no" }.into());
            }
        }
        Some(_) => return Err(IntakeError::FollowUp(String::new())),
    }
    match map.get("start_date") {
        None | Some(Value::Null) => {}
        Some(Value::String(s)) => match Date::parse(s) {
            Some(d) => desk.start = d.dutch(),
            None => return Err(IntakeError::StartDate),
        },
        Some(_) => return Err(IntakeError::StartDate),
    }
    match map.get("note") {
        None | Some(Value::Null) => {}
        Some(Value::String(s)) if s.chars().count() <= MAX_NOTE => desk.note = s.clone(),
        Some(_) => return Err(IntakeError::Note),
    }
    // A birth date after the reference date, or an age that does not match it.
    let birth = desk
        .draft
        .get(&Field::Fact(Fact::BirthDate))
        .and_then(|b| Date::read(b));
    if let Some(birth) = birth {
        let on = desk.reference(env);
        if birth > on {
            return Err(IntakeError::Answer {
                key: "birth_date".into(),
                message: format!("{birth} is after the date of the check ({on})"),
            });
        }
        let typed = desk
            .draft
            .get(&Field::Fact(Fact::Age))
            .and_then(|a| crate::number::parse(a));
        if typed.is_some_and(|a| a != f64::from(birth.years_until(on))) {
            return Err(IntakeError::AgeMismatch);
        }
    }
    Ok(desk)
}
