#![no_main]
//! The `workbench_text` door: see `tegenprestatie_check::doors::workbench_text`.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| tegenprestatie_check::doors::workbench_text(data));
