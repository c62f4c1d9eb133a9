#![no_main]
//! The `intake_file` door: see `tegenprestatie_check::doors::intake_file`.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| tegenprestatie_check::doors::intake_file(data));
