//! The JS API for municipalities' own pages: `evaluate(gemeente, answers)` and
//! `municipalities()`. Errors become JS exceptions with the contract's messages.

use wasm_bindgen::prelude::*;

use crate::contract::{self, DecisionView};

fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}

/// Decides for a municipality id and an answers object; returns the decision object.
#[wasm_bindgen]
pub fn evaluate(gemeente: &str, answers: JsValue) -> Result<JsValue, JsError> {
    let answers: serde_json::Value = serde_wasm_bindgen::from_value(answers)
        .map_err(|e| JsError::new(&format!("the answers must be a plain object: {e}")))?;
    let decision = contract::check(gemeente, &answers).map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&DecisionView::new(&decision))
}

/// Every municipality with its ordinance (id, title, version, source, level of detail).
#[wasm_bindgen]
pub fn municipalities() -> Result<JsValue, JsError> {
    to_js(&contract::municipalities_view())
}
