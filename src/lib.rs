//! tegenprestatie-check: does the Dutch tegenprestatie apply to me, how much, and why?
//!
//! The pure core (`facts`, `date`, `law`, `model`, `validate`, `answers`, `engine`, `decision`,
//! `catalog`) takes answers and a rule set and returns a decision with the rules behind it. The JSON contract
//! (`contract`) and the JS API (`js_api`, wasm only) are adapters at the edge; so are the CLI
//! (`src/bin/tegenprestatie.rs`) and the Yew app (`src/bin/app.rs`, `src/app/`).

pub mod answers;
pub mod caseload_file;
pub mod catalog;
pub mod codec;
pub mod contract;
pub mod date;
pub mod decision;
/// Every input door as a function of bytes, for the fuzzer and the corpus tests.
#[cfg(not(target_arch = "wasm32"))]
pub mod doors;
pub mod engine;
pub mod facts;
pub mod flow;
pub mod i18n;
pub mod law;
pub mod letters;
pub mod model;
pub mod number;
pub mod places;
pub mod rng;
pub mod schedule;
pub mod search;
pub mod sort;
pub mod validate;
pub mod workbench;

/// The JS API module (`api.js`): only with the `js-api` feature, so the app does not carry it.
#[cfg(all(target_arch = "wasm32", feature = "js-api"))]
pub mod js_api;

#[cfg(target_arch = "wasm32")]
pub mod app;

/// Every browser module's allocator (talc: smaller than the default dlmalloc, and faster).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
