#![no_main]
//! The `language_pack` door: see `tegenprestatie_check::doors::language_pack`.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| tegenprestatie_check::doors::language_pack(data));
