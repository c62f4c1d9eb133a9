//! tegenprestatie-check: does the Dutch tegenprestatie apply to me, how much, and why?
//!
//! The pure core (`model`, `validate`, `answers`, `engine`, `decision`, `catalog`) takes answers
//! and a municipality and returns a decision with the rules behind it. The JSON contract
//! (`contract`) and the JS API (`js_api`, wasm only) are adapters at the edge; so are the CLI
//! (`src/bin/tegenprestatie.rs`) and the Yew app (`src/bin/app.rs`, `src/app/`).

pub mod answers;
pub mod catalog;
pub mod contract;
pub mod decision;
pub mod engine;
pub mod flow;
pub mod model;
pub mod validate;

#[cfg(target_arch = "wasm32")]
pub mod js_api;

#[cfg(target_arch = "wasm32")]
pub mod app;
