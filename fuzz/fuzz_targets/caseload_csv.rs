#![no_main]
//! The `caseload_csv` door: see `tegenprestatie_check::doors::caseload_csv`.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| tegenprestatie_check::doors::caseload_csv(data));
