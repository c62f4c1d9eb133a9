//! Every input door over the fuzzers' committed inputs, on the stable toolchain: the seeds
//! (`fuzz/seeds/<door>/`, from the bundled ordinances, the claims and the contract's examples),
//! the corpus the fuzzer grew from them (`fuzz/corpus/<door>/`, minimised) and every crash it
//! ever found (`fuzz/crashes/<door>/`): the same functions
//! the fuzz targets call (`tegenprestatie_check::doors`), so a regression shows up here without
//! a fuzzer. One test per door; a failure names the file.

use std::fs;
use std::panic;
use std::path::Path;

use tegenprestatie_check::doors;

fn replay(door: &str, run: fn(&[u8])) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut files = Vec::new();
    let seeds = fs::read_dir(root.join("seeds").join(door)).map_or(0, |e| e.count());
    assert!(
        seeds >= 5,
        "{door}: the committed seeds are missing ({seeds})"
    );
    for dir in ["seeds", "corpus", "crashes"] {
        if let Ok(entries) = fs::read_dir(root.join(dir).join(door)) {
            files.extend(entries.map(|e| e.expect("a readable corpus entry").path()));
        }
    }
    files.sort();
    let mut failed = Vec::new();
    // Quiet while trying them all; then the first failure again, with its message.
    let hook = panic::take_hook();
    panic::set_hook(Box::new(|_| {}));
    for path in &files {
        let bytes = fs::read(path).expect("a readable corpus file");
        if panic::catch_unwind(|| run(&bytes)).is_err() {
            failed.push(path.display().to_string());
        }
    }
    panic::set_hook(hook);
    if let Some(first) = failed.first() {
        eprintln!(
            "{door}: {} of {} inputs fail: {failed:#?}",
            failed.len(),
            files.len()
        );
        run(&fs::read(first).expect("a readable corpus file"));
    }
    assert!(
        failed.is_empty(),
        "{door}: {} of {} inputs fail: {failed:#?}",
        failed.len(),
        files.len()
    );
}

#[test]
fn the_answers_reader_survives_its_corpus() {
    replay("answers_json", doors::answers_json);
}

#[test]
fn an_ordinance_file_survives_its_corpus() {
    replay("ordinance_file", doors::ordinance_file);
}

#[test]
fn the_url_fragment_survives_its_corpus() {
    replay("url_fragment", doors::url_fragment);
}

#[test]
fn the_intake_file_survives_its_corpus() {
    replay("intake_file", doors::intake_file);
}

#[test]
fn the_caseload_file_survives_its_corpus() {
    replay("caseload_csv", doors::caseload_csv);
}

#[test]
fn the_workbench_text_boxes_survive_their_corpus() {
    replay("workbench_text", doors::workbench_text);
}

#[test]
fn the_letters_form_survives_its_corpus() {
    replay("letter_form", doors::letter_form);
}

#[test]
fn a_language_pack_survives_its_corpus() {
    replay("language_pack", doors::language_pack);
}
