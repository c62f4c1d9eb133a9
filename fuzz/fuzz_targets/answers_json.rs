#![no_main]
//! The `answers_json` door: see `tegenprestatie_check::doors::answers_json`.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| tegenprestatie_check::doors::answers_json(data));
