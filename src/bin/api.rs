//! The JS API module's entry point (built by Trunk for wasm32 with the `js-api` feature): the
//! exports are `tegenprestatie_check::js_api`'s. Natively it does nothing.

#[cfg(target_arch = "wasm32")]
pub use tegenprestatie_check::js_api::*;

fn main() {}
