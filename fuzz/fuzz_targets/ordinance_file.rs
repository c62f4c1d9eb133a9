#![no_main]
//! The `ordinance_file` door: see `tegenprestatie_check::doors::ordinance_file`.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| tegenprestatie_check::doors::ordinance_file(data));
