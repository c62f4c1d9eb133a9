#![no_main]
//! The `letter_form` door: see `tegenprestatie_check::doors::letter_form`.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| tegenprestatie_check::doors::letter_form(data));
