#![no_main]
//! The `url_fragment` door: see `tegenprestatie_check::doors::url_fragment`.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| tegenprestatie_check::doors::url_fragment(data));
