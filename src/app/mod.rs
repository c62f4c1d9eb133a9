//! The Yew single-page app (wasm only).

pub fn start() {}
