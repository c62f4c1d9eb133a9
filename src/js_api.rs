//! The JS API for municipalities' own pages and tools, a thin facade over the contract (built
//! as its own module, `api.js`, so the recipient's app carries no JSON parser):
//!
//! - `evaluate(gemeente, answers, { ordinance?, date? })`: the full decision object;
//! - `summary(gemeente, answers, { ordinance?, date? })`: status, bounds and grounds only;
//! - `municipalities()`;
//! - `validate(ordinance)`: the problems in a JSON ordinance (an empty list when valid);
//! - `compile(ordinance)`: the validated ordinance, or an exception naming every problem;
//! - `encode(ordinance)`: the same, in the binary form the embedded check reads;
//! - `benchmark(gemeente, answers, runs)`: the engine alone, for measuring.
//!
//! Whatever the host passes is first turned into JSON text by the browser's `JSON.stringify`
//! (a circular object throws there) and read by `serde_json` (which refuses nesting deeper than
//! 128), so no input can trap the wasm instance; every failure is a JS exception with the
//! contract's message.

use std::sync::Arc;

use serde::Serialize;
use serde_json::Value;
use wasm_bindgen::prelude::*;

use crate::catalog::{self, Catalog};
use crate::contract::{self, DecisionView};
use crate::date::Date;
use crate::decision::Status;
use crate::model::{Ordinance, Range};

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}

/// The largest JSON text read: answers and options are a few hundred bytes, the largest
/// bundled ordinance about 60 KB.
const MAX_JSON_BYTES: usize = 4 * 1024 * 1024;

/// Any JS value as JSON, through the browser's own `JSON.stringify` (which throws on a cycle
/// or on nesting too deep for its stack; both become this function's error).
fn json_of(value: &JsValue, what: &str) -> Result<Value, JsError> {
    if value.is_undefined() {
        return Ok(Value::Null);
    }
    let text = js_sys::JSON::stringify(value)
        .map_err(|_| {
            JsError::new(&format!(
                "{what} cannot be read as JSON (is it circular, or nested too deeply?)"
            ))
        })?
        .as_string()
        .unwrap_or_default();
    if text.len() > MAX_JSON_BYTES {
        return Err(JsError::new(&format!(
            "{what} is {} bytes as JSON; at most {MAX_JSON_BYTES} are read",
            text.len()
        )));
    }
    serde_json::from_str(&text).map_err(|e| JsError::new(&format!("{what}: {e}")))
}

fn today() -> Date {
    crate::app::today()
}

fn municipality_id(gemeente: &JsValue) -> Result<String, JsError> {
    gemeente
        .as_string()
        .ok_or_else(|| JsError::new("the municipality must be a string id such as \"rotterdam\""))
}

fn ordinance_of(value: Value) -> Result<Ordinance, JsError> {
    let value = match value {
        // A JSON text is accepted as well as an object.
        Value::String(text) => serde_json::from_str(&text)
            .map_err(|e| JsError::new(&format!("the ordinance is not valid JSON: {e}")))?,
        other => other,
    };
    serde_json::from_value(value)
        .map_err(|e| JsError::new(&format!("the ordinance is not valid: {e}")))
}

fn problems_error(problems: &[crate::validate::Problem]) -> JsError {
    let lines: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    JsError::new(&format!(
        "the ordinance has {} problem(s):\n{}",
        problems.len(),
        lines.join("\n")
    ))
}

/// The catalogue and the reference day that `options` ask for.
fn setting(options: &JsValue) -> Result<(Arc<Catalog>, Option<Date>), JsError> {
    let options = json_of(options, "the options")?;
    let options = match options {
        Value::Null => serde_json::Map::new(),
        Value::Object(map) => map,
        _ => {
            return Err(JsError::new(
                "the options must be an object { ordinance?, date? }",
            ))
        }
    };
    if let Some(key) = options
        .keys()
        .find(|k| !["ordinance", "date"].contains(&k.as_str()))
    {
        return Err(JsError::new(&format!(
            "option `{key}` is not known; allowed are ordinance, date"
        )));
    }
    let date = match options.get("date") {
        None | Some(Value::Null) => None,
        Some(v) => Some(v.as_str().and_then(Date::parse).ok_or_else(|| {
            JsError::new(&format!(
                "option `date` must be a date as YYYY-MM-DD, got {v}"
            ))
        })?),
    };
    let catalog = match options.get("ordinance") {
        None | Some(Value::Null) => catalog::bundled(),
        Some(o) => {
            let ordinance = ordinance_of(o.clone())?;
            Arc::new(
                catalog::bundled()
                    .with_ordinances(vec![ordinance])
                    .map_err(|p| problems_error(&p))?,
            )
        }
    };
    Ok((catalog, date))
}

/// A refusal as a JS `Error` with the contract's `code`; a law change carries `date`, `from`,
/// `name`, `act` and `url`, a merged municipality `into`, `into_id`, `on` and `until`.
fn refusal_error(e: &contract::CheckError) -> JsValue {
    let error = js_sys::Error::new(&e.to_string());
    let set = |key: &str, value: JsValue| {
        // Setting a property on a fresh Error object cannot fail.
        let _ = js_sys::Reflect::set(&error, &JsValue::from_str(key), &value);
    };
    set("code", JsValue::from_str(e.code()));
    match e {
        contract::CheckError::LawChanged {
            date,
            from,
            name,
            act,
            url,
        } => {
            set("date", JsValue::from_str(&date.iso()));
            set("from", JsValue::from_str(&from.iso()));
            set("name", JsValue::from_str(name));
            set("act", JsValue::from_str(act));
            set("url", JsValue::from_str(url));
        }
        contract::CheckError::Merged {
            into,
            into_id,
            on,
            until,
            date,
            ..
        } => {
            set("date", JsValue::from_str(&date.iso()));
            set("into", JsValue::from_str(into));
            set(
                "into_id",
                into_id.as_deref().map_or(JsValue::NULL, JsValue::from_str),
            );
            set("on", JsValue::from_str(&on.iso()));
            set("until", JsValue::from_str(&until.iso()));
        }
        _ => {}
    }
    error.into()
}

fn decide_with<T>(
    gemeente: &JsValue,
    answers: &JsValue,
    options: &JsValue,
    view: impl FnOnce(&crate::decision::Decision<'_>) -> Result<T, JsError>,
) -> Result<T, JsValue> {
    let id = municipality_id(gemeente)?;
    let (catalog, date) = setting(options)?;
    let answers = json_of(answers, "the answers")?;
    let answers = contract::answers_from_json_on(&answers, today(), date)
        .map_err(|e| JsError::new(&e.to_string()))?;
    let decision = contract::decide(&catalog, &id, &answers).map_err(|e| refusal_error(&e))?;
    Ok(view(&decision)?)
}

/// Decides for a municipality id and an answers object; returns the decision object.
#[wasm_bindgen]
pub fn evaluate(gemeente: JsValue, answers: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    decide_with(&gemeente, &answers, &options, |d| {
        to_js(&DecisionView::new(d))
    })
}

/// Decides `runs` times inside the wasm with nothing converted to JS, and returns how many of
/// those decisions said "obligated" (so none can be skipped). For measuring the engine alone
/// against `evaluate` and `summary` (the README's figures); not needed for anything else.
#[wasm_bindgen]
pub fn benchmark(gemeente: JsValue, answers: JsValue, runs: u32) -> Result<u32, JsError> {
    let id = municipality_id(&gemeente)?;
    let catalog = catalog::bundled();
    let answers = json_of(&answers, "the answers")?;
    let answers =
        contract::answers_from_json(&answers, today()).map_err(|e| JsError::new(&e.to_string()))?;
    let (set, _) = catalog
        .find(&id)
        .ok_or_else(|| JsError::new(&format!("unknown municipality `{id}`")))?;
    let mut obligated = 0;
    for _ in 0..runs {
        let verdict = set
            .decide(std::hint::black_box(&answers))
            .map_err(|_| JsError::new("the ordinance is not in force on that day"))?;
        obligated += u32::from(verdict.status == Status::Obligated);
    }
    Ok(obligated)
}

/// The short form of a decision: what a list or a table needs.
#[derive(Serialize)]
struct Summary<'a> {
    status: &'static str,
    hours_per_week: Range,
    duration_months: Range,
    grounds: Vec<&'a str>,
    college_decides: bool,
    branches: Vec<contract::BranchView<'a>>,
}

/// Decides and returns only `{ status, hours_per_week, duration_months, grounds, college_decides,
/// branches }`.
#[wasm_bindgen]
pub fn summary(gemeente: JsValue, answers: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    decide_with(&gemeente, &answers, &options, |d| {
        let bounds = d.bounds.map(|(b, _)| b);
        to_js(&Summary {
            status: d.status.key(),
            hours_per_week: bounds.map(|b| b.hours_per_week).unwrap_or_default(),
            duration_months: bounds.map(|b| b.duration_months).unwrap_or_default(),
            grounds: d.grounds.iter().map(|g| g.rule.id.as_str()).collect(),
            college_decides: d.status == Status::Discretionary,
            branches: d.branches.iter().map(contract::BranchView::new).collect(),
        })
    })
}

/// Every bundled municipality with its ordinance (id, title, version, source, level of detail).
#[wasm_bindgen]
pub fn municipalities() -> Result<JsValue, JsError> {
    to_js(&contract::municipalities_view(&catalog::bundled()))
}

#[derive(Serialize)]
struct ProblemView {
    place: String,
    /// The key within the place (`hours_per_week.max`), or empty.
    field: String,
    message: String,
}

/// The problems in an ordinance (its JSON form, as an object or text); empty when it is valid.
#[wasm_bindgen]
pub fn validate(ordinance: JsValue) -> Result<JsValue, JsError> {
    let ordinance = ordinance_of(json_of(&ordinance, "the ordinance")?)?;
    let problems = match catalog::bundled().with_ordinances(vec![ordinance]) {
        Ok(_) => Vec::new(),
        Err(problems) => problems,
    };
    let view: Vec<ProblemView> = problems
        .into_iter()
        .map(|p| ProblemView {
            place: p.place,
            field: p.field,
            message: p.message,
        })
        .collect();
    to_js(&view)
}

/// The ordinance, validated, in the binary form the app reads (`mount`'s custom ordinance:
/// the app carries no JSON parser); throws naming every problem.
#[wasm_bindgen]
pub fn encode(ordinance: JsValue) -> Result<js_sys::Uint8Array, JsError> {
    let ordinance = ordinance_of(json_of(&ordinance, "the ordinance")?)?;
    catalog::bundled()
        .with_ordinances(vec![ordinance.clone()])
        .map_err(|p| problems_error(&p))?;
    Ok(js_sys::Uint8Array::from(
        crate::codec::write_ordinance(&ordinance).as_slice(),
    ))
}

/// The ordinance, validated and normalised; throws naming every problem.
#[wasm_bindgen]
pub fn compile(ordinance: JsValue) -> Result<JsValue, JsError> {
    let ordinance = ordinance_of(json_of(&ordinance, "the ordinance")?)?;
    catalog::bundled()
        .with_ordinances(vec![ordinance.clone()])
        .map_err(|p| problems_error(&p))?;
    to_js(&ordinance)
}
