//! The ordinances bundled into the program at build time (validated by `build.rs`).

use std::sync::OnceLock;

use crate::answers::Answers;
use crate::decision::Decision;
use crate::engine;
use crate::model::{Bundle, Municipality, Ordinance};

const BUNDLE_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/bundle.json"));

/// The statutory layer and every bundled ordinance.
pub fn bundle() -> &'static Bundle {
    static BUNDLE: OnceLock<Bundle> = OnceLock::new();
    BUNDLE.get_or_init(|| {
        // build.rs wrote this JSON from the same types after validating it; a test parses it.
        serde_json::from_str(BUNDLE_JSON).expect("build.rs writes a bundle that parses")
    })
}

/// The ordinance a municipality uses, by the municipality's id.
pub fn find(municipality_id: &str) -> Option<(&'static Ordinance, &'static Municipality)> {
    bundle().ordinances.iter().find_map(|o| {
        o.municipalities
            .iter()
            .find(|m| m.id == municipality_id)
            .map(|m| (o, m))
    })
}

/// Every municipality with its ordinance, sorted by name.
pub fn municipalities() -> Vec<(&'static Municipality, &'static Ordinance)> {
    let mut all: Vec<_> = bundle()
        .ordinances
        .iter()
        .flat_map(|o| o.municipalities.iter().map(move |m| (m, o)))
        .collect();
    all.sort_by(|a, b| a.0.name.cmp(&b.0.name));
    all
}

/// Decides for a municipality by id; `None` if no bundled ordinance serves it.
pub fn decide(municipality_id: &str, answers: &Answers) -> Option<Decision<'static>> {
    let (ordinance, municipality) = find(municipality_id)?;
    Some(engine::evaluate(
        &bundle().statute,
        ordinance,
        municipality,
        answers,
    ))
}
