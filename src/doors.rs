//! Every door through which input from outside enters the crate, as one function per door that
//! takes raw bytes, goes through the door as the product does, and asserts what must hold of
//! whatever comes out: a clear error, or answers the engine decides lawfully.
//!
//! The fuzz targets in `fuzz/` call these functions (`scripts/fuzz.sh`), and `tests/doors.rs`
//! runs them over the committed corpus and every crash ever found, on the stable toolchain, so a
//! regression shows up in the default test command without a fuzzer. A panic here is a bug: in
//! the door, in the engine, or in what is asserted.

use std::sync::{Arc, OnceLock};

use crate::answers::Answers;
use crate::caseload_file;
use crate::catalog::{self, Catalog};
use crate::contract::{self, DecisionView};
use crate::date::Date;
use crate::decision::{citation_label, Decision, Status};
use crate::engine::resolve;
use crate::facts::{Fact, Kind, Origin, SCHEMA};
use crate::flow::intake;
use crate::flow::record;
use crate::flow::share;
use crate::flow::state::{self, Action, Env, Lang};
use crate::model::Ordinance;
use crate::validate::HOURS_LIMIT_BZ5171;

/// The day every door is tried on (the fuzzer must be repeatable).
pub fn today() -> Date {
    Date::new(2026, 11, 23).expect("a real day")
}

fn env() -> &'static Env {
    static ENV: OnceLock<Env> = OnceLock::new();
    ENV.get_or_init(|| Env {
        catalog: catalog::bundled(),
        today: today(),
    })
}

/// What the law and every lawful ordinance guarantee of a decision for these answers: only the
/// law says the duty does not apply (under 18, AOW age, no benefit); art. 9 lid 5 and 7 always
/// exempt; a decided status has grounds; bounds only for an assignment, `min <= max`, under 32
/// hours a week.
pub fn assert_lawful(catalog: &Catalog, answers: &Answers, d: &Decision<'_>) {
    let id = &d.municipality.id;
    let mut resolved = *answers;
    resolve(&mut resolved, catalog.pension_ages());
    let age = resolved.get(Fact::Age);
    let pension = resolved.flag(Fact::ReachedPensionAge) == Some(true);
    let no_benefit = resolved.choice(Fact::Benefit) == Some("none");
    if age < 18.0 || pension || no_benefit {
        assert_eq!(d.status, Status::NotApplicable, "{id}: {answers:?}");
    } else {
        assert_ne!(d.status, Status::NotApplicable, "{id}: {answers:?}");
        let incapacitated = resolved.flag(Fact::FullyPermanentlyIncapacitated) == Some(true);
        let ioaw_ioaz = matches!(resolved.choice(Fact::Benefit), Some("ioaw" | "ioaz"));
        if resolved.flag(Fact::SingleParentExemption) == Some(true) || (incapacitated && !ioaw_ioaz)
        {
            // Art. 9 lid 7 for every benefit; lid 5 for the Participatiewet's.
            assert_eq!(d.status, Status::Exempt, "{id}: art. 9 lid 5/7 {answers:?}");
        } else if incapacitated {
            // IOAW/IOAZ: the sources give no lid 5 of their own; the college weighs it.
            assert_ne!(d.status, Status::Obligated, "{id}: IOAW/IOAZ {answers:?}");
        }
        assert!(!d.grounds.is_empty(), "{id}: no grounds for {answers:?}");
    }
    for g in &d.grounds {
        assert!(
            !citation_label(&g.rule.citation, "").trim().is_empty()
                && !g.rule.source_text.trim().is_empty(),
            "{id}: ground {} without its citation or text",
            g.rule.id
        );
    }
    let assignable = matches!(d.status, Status::Obligated | Status::Discretionary);
    assert_eq!(
        d.bounds.is_some(),
        assignable,
        "{id}: bounds only to assign"
    );
    if let Some((bounds, _)) = d.bounds {
        for range in [
            bounds.hours_per_week,
            bounds.duration_months,
            bounds.duration_weeks,
            bounds.total_hours,
        ] {
            if let (Some(min), Some(max)) = (range.min, range.max) {
                assert!(min <= max, "{id}: min {min} above max {max}");
            }
        }
        let hours = bounds.hours_per_week;
        for h in [hours.min, hours.max].into_iter().flatten() {
            assert!(h < HOURS_LIMIT_BZ5171, "{id}: {h} hours a week");
        }
    }
}

/// The municipalities that can decide differently: every one an ordinance serves, and of the
/// many the statute alone serves, one for each day of merger (the rules are the same; only the
/// two years after a merger differ).
pub fn distinct_municipalities(catalog: &Catalog) -> Vec<&crate::model::Municipality> {
    let mut seen: Vec<Option<&str>> = Vec::new();
    catalog
        .municipalities()
        .filter(|(m, o)| {
            if o.detail != crate::model::Detail::NotKnown {
                return true;
            }
            let merged = m.merged.as_ref().map(|g| g.on.as_str());
            let new = !seen.contains(&merged);
            seen.push(merged);
            new
        })
        .map(|(m, _)| m)
        .collect()
}

/// Decides these answers in every municipality of `catalog` that can decide differently and
/// asserts each is lawful.
fn decide_everywhere(catalog: &Catalog, answers: &Answers) {
    for m in distinct_municipalities(catalog) {
        match catalog
            .decide(&m.id, answers)
            .expect("a listed municipality")
        {
            Ok(d) => assert_lawful(catalog, answers, &d),
            Err(_) => assert!(answers.reference_date().is_some(), "a date to refuse on"),
        }
    }
}

/// The JS API's and the CLI's answers (`contract::answers_from_str`): an error names a known
/// field (or none), and answers that are read back are decided lawfully everywhere and write
/// out to JSON that reads back the same.
pub fn answers_json(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    match contract::answers_from_str(&text, today()) {
        Err(e) => {
            assert!(!e.message.is_empty());
            assert!(
                e.field.is_empty()
                    || Fact::from_key(&e.field).is_some()
                    || serde_json::from_str::<serde_json::Value>(&text)
                        .is_ok_and(|v| v.get(&e.field).is_some()),
                "an error names a known field, the unknown one given, or none: {e}"
            );
        }
        Ok(answers) => {
            let again = contract::answers_from_json(&contract::answers_to_json(&answers), today())
                .expect("written answers read back");
            let same = |a: f64, b: f64| a == b || (a.is_nan() && b.is_nan());
            assert!(
                again
                    .slots()
                    .iter()
                    .zip(answers.slots())
                    .all(|(a, b)| same(*a, *b)),
                "answers survive a round trip: {answers:?} became {again:?}"
            );
            let catalog = &env().catalog;
            decide_everywhere(catalog, &answers);
            // The contract writes each decision out with its status.
            for m in distinct_municipalities(catalog) {
                if let Some(Ok(d)) = catalog.decide(&m.id, &answers) {
                    let json = serde_json::to_value(DecisionView::new(&d)).expect("writes out");
                    assert_eq!(json["status"], d.status.key(), "{}: the status", m.id);
                }
            }
        }
    }
}

pub use crate::rng::Rng;

impl Rng {
    /// A person with every answer drawn from its kind's range and a few values that matter.
    fn answers(&mut self) -> Answers {
        let mut a = Answers::new(self.pick(&[16, 18, 30, 60, 66, 67, 70]), today());
        for spec in SCHEMA.iter().filter(|s| s.origin == Origin::Answer) {
            if matches!(spec.fact, Fact::Age | Fact::Date) {
                continue;
            }
            let value = match spec.kind {
                _ if spec.nullable && self.one_in(5) => f64::NAN,
                Kind::Bool => self.below(2) as f64,
                Kind::Choice(options) => self.below(options.len() as u64) as f64,
                Kind::Number { min, max, whole } => {
                    let n = self.pick(&[min, max, 0.0, 1.0, 2.0, 3.5, 6.0, 8.0, 12.0, 20.0, 31.5]);
                    let n = n.clamp(min, max);
                    if whole {
                        n.trunc()
                    } else {
                        n
                    }
                }
                Kind::Date => continue,
            };
            a.set(spec.fact, value);
        }
        a
    }
}

/// A municipality's own ordinance file, TOML or JSON (`{` first), as a host page or the CLI
/// supplies it: read, validated and compiled through the one door (`Catalog::with_ordinances`);
/// a refusal lists its problems; an accepted ordinance survives the bundle's binary form and
/// decides random people lawfully.
pub fn ordinance_file(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let parsed: Result<Ordinance, String> = if text.trim_start().starts_with('{') {
        contract::ordinance_from_json(&text)
    } else {
        toml::from_str(&text).map_err(|e| e.to_string())
    };
    let Ok(ordinance) = parsed else { return };
    let loaded = match env().catalog.with_ordinances(vec![ordinance.clone()]) {
        Err(problems) => {
            assert!(!problems.is_empty(), "a refusal says why");
            return;
        }
        Ok(loaded) => loaded,
    };
    assert_eq!(
        crate::codec::read_ordinance(&crate::codec::write_ordinance(&ordinance)).as_ref(),
        Some(&ordinance),
        "an accepted ordinance survives the binary form"
    );
    let seed = data.iter().fold(0xcbf29ce484222325u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x100000001b3)
    });
    let mut rng = Rng(seed);
    for _ in 0..16 {
        decide_everywhere(&loaded, &rng.answers());
    }
}

/// The URL fragment (and the remembered answers, which use the same text): whatever it holds,
/// the state it opens encodes to a fragment that opens the same state, and the check goes on
/// from it; answers it completes are decided lawfully.
pub fn url_fragment(data: &[u8]) {
    let env = env();
    let text = String::from_utf8_lossy(data);
    let Some(state) = share::decode(&text, env) else {
        return;
    };
    let again = share::decode(&share::encode(&state), env).expect("an encoded state opens");
    assert_eq!(again, state, "a state survives its own link");
    let next = state::reduce(&state, Action::Next, env);
    let _ = state::reduce(&next, Action::Back, env);
    if let Some(answers) = next.answers(env) {
        if let Some(id) = next.municipality(env) {
            if let Ok(d) = env
                .catalog
                .decide(id, &answers)
                .expect("a known municipality")
            {
                assert_lawful(&env.catalog, &answers, &d);
            }
        }
    }
}

/// The caseworker's intake file (`flow::intake::read`): a refusal names what is wrong; a desk it
/// opens has a record for every column and, when saved again, reads back the same.
pub fn intake_file(data: &[u8]) {
    let env = env();
    let text = String::from_utf8_lossy(data);
    let Ok(desk) = intake::read(&text, env, Lang::Nl) else {
        return;
    };
    let record = record::record(&desk, env);
    assert!(!record.text(Lang::Nl).is_empty());
    let _ = record.text(Lang::En);
    if let Ok(saved) = intake::write(&desk, env) {
        assert_eq!(
            intake::read(&saved, env, Lang::Nl).as_ref(),
            Ok(&desk),
            "a saved intake reads back the same"
        );
    }
}

/// The caseload CSV (`caseload_file::read`): a file it refuses says why; every row is a person
/// or an error with its row, in the file's order; each person is decided lawfully (in one
/// municipality per row, in turn: a caseload is large).
pub fn caseload_csv(data: &[u8]) {
    let catalog: Arc<Catalog> = env().catalog.clone();
    let Ok(rows) = caseload_file::read(data, today()) else {
        return;
    };
    let ids: Vec<&str> = catalog
        .municipalities()
        .map(|(m, _)| m.id.as_str())
        .collect();
    let mut last = 1;
    for row in rows {
        let row = match row {
            Ok(person) => {
                let id = ids[person.row as usize % ids.len()];
                match catalog
                    .decide(id, &person.answers)
                    .expect("a listed municipality")
                {
                    Ok(d) => assert_lawful(&catalog, &person.answers, &d),
                    Err(_) => assert!(person.answers.reference_date().is_some()),
                }
                person.row
            }
            Err(e) => {
                assert!(!e.message.is_empty(), "a row error says why");
                e.row
            }
        };
        // Rows of empty cells are skipped, so a number may be left out, never given twice.
        assert!(row > last, "rows are numbered in turn after the header");
        last = row;
    }
}

/// The workbench's two text boxes (`workbench::check` for a draft, `workbench::cases` for its
/// example cases), given the same text: a draft's problems name a line inside the text (or
/// none), an accepted draft survives its own JSON export, and every case is run or refused with
/// a reason in Dutch.
pub fn workbench_text(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let base = &env().catalog;
    let checked = crate::workbench::check(&text, base);
    // Lines as a text box shows them: one more than the line breaks (an empty last line too).
    let lines = text.matches('\n').count() + 1;
    for p in &checked.problems {
        assert!(!p.nl.is_empty() && !p.en.is_empty(), "a problem says what");
        if let Some(line) = p.line {
            assert!((1..=lines).contains(&line), "line {line} of {lines}: {p:?}");
        }
    }
    assert_eq!(checked.catalog.is_some(), checked.problems.is_empty());
    if let (Some(ordinance), Some(_)) = (&checked.ordinance, &checked.catalog) {
        let json = crate::workbench::to_json(ordinance);
        let again = crate::workbench::check(&json, base);
        assert_eq!(
            again.problems,
            vec![],
            "an accepted draft's export is accepted"
        );
        assert_eq!(
            again.ordinance.as_ref(),
            Some(ordinance),
            "the export is the draft"
        );
    }
    if let Ok(cases) = crate::workbench::cases::parse(&text) {
        for case in &cases {
            if let Err(f) = crate::workbench::cases::run(base, case, today()) {
                assert!(
                    !f.nl.is_empty() && !f.en.is_empty(),
                    "a failed case says why"
                );
            }
        }
    }
}

/// The letters (`letters::form` and `letters::compose`): the first line is the check's link (the
/// answers, as `url_fragment` reads it), then `key=value` lines for the letter's form (`naam=…`,
/// `besluitdatum=…`, `soort=weigering`, `grond=<key>` to leave a ground out, `bijlage=nee`) and
/// `vandaag=YYYY-MM-DD` for the day it is written. Every letter that fits is composed in both
/// languages: what the form keeps is cut at its length, the letter's only marks are the person's
/// own, its quotes have their words, the person's name heads it, and the last day to object is a
/// working day at most four days after the six weeks.
pub fn letter_form(data: &[u8]) {
    use crate::letters::form::{reduce, Action as FormAction, Field as FormField, Form, MAX_CHARS};
    use crate::letters::{self, DecisionKind, Input};
    let env = env();
    let text = String::from_utf8_lossy(data);
    let mut lines = text.split('\n');
    let Some(state) = share::decode(lines.next().unwrap_or_default(), env) else {
        return;
    };
    let (Some(id), Some(answers)) = (state.municipality(env), state.answers(env)) else {
        return;
    };
    let Ok(Ok(d)) = env.catalog.decide(id, &answers).ok_or(()) else {
        return;
    };
    let mut form = Form::prefilled(&[]);
    let mut day = today();
    for line in lines {
        let (key, value) = line.split_once('=').unwrap_or((line, ""));
        let action = match key {
            "soort" => FormAction::Kind(if value == "weigering" {
                DecisionKind::RefusesExemption
            } else {
                DecisionKind::Imposes
            }),
            "grond" => FormAction::Ground(value.to_string(), false),
            "bijlage" => FormAction::Annex(value != "nee"),
            "vandaag" => {
                day = Date::parse(value).unwrap_or(day);
                continue;
            }
            "wis" => FormAction::Clear,
            key => match FormField::from_key(key) {
                Some(field) => FormAction::Set(field, value.to_string()),
                None => continue,
            },
        };
        form = reduce(&form, action);
    }
    for field in FormField::ALL {
        assert!(form.text(field).chars().count() <= MAX_CHARS);
    }
    // The same form with every brace the person typed made a parenthesis: its letter shows
    // whether a mark of the letter's own was left unfilled.
    let mut plain = form.clone();
    for text in plain.raw.values_mut() {
        *text = text.replace('{', "(");
    }
    let (plain_details, plain_person) = plain.read();
    let (details, person) = form.read();
    let offered = letters::offered(&d, &answers);
    assert_eq!(offered.is_empty(), !letters::any_offered(&answers));
    let keys: Vec<String> = letters::grounds(&d, &details)
        .iter()
        .map(|g| g.key())
        .collect();
    for (i, k) in keys.iter().enumerate() {
        assert!(!keys[..i].contains(k), "ground {k} twice");
    }
    for kind in offered {
        let input = Input {
            kind,
            decision: &d,
            answers: &answers,
            details: &details,
            person: &person,
            today: day,
        };
        for lang in [Lang::Nl, Lang::En] {
            let letter = letters::compose(&input, lang);
            let plain_input = Input {
                details: &plain_details,
                person: &plain_person,
                ..input
            };
            let out = letters::compose(&plain_input, lang).to_text();
            assert!(!out.contains('{'), "an unfilled mark in {out}");
            for c in &letter.annex {
                assert!(!c.label.is_empty() && !c.text.trim().is_empty());
            }
            if !person.name.is_empty() {
                assert_eq!(letter.sender.first(), Some(&person.name));
            }
            assert!(!letters::guidance(&input, lang).is_empty());
        }
        if let Some(term) = input.term() {
            assert!(letters::term::day_off(term.last_day).is_none());
            assert!(term.last_day >= term.end && term.last_day.0 - term.end.0 <= 4);
        }
    }
}

/// The language pack door (`flow::texts::languages::load`, `i18n::pack::read`): bytes in, a pack
/// of this version whose every message the Dutch has, or a refusal with its Dutch message;
/// never a panic. The same bytes are read again under the version they name, so a seed of an
/// older build still reaches past the version check. A pack the door lets in has every text the
/// views read, and its counted messages give a text for any number.
pub fn language_pack(data: &[u8]) {
    use crate::flow::texts::languages::{self, PACK_VERSION};
    use crate::i18n::pack;
    let dutch = languages::dutch_bundle();
    let own = pack::header(data, "version")
        .unwrap_or(PACK_VERSION)
        .to_string();
    let code = pack::header(data, "lang").unwrap_or("en").to_string();
    for version in [PACK_VERSION, own.as_str()] {
        match pack::read(data, version, &code, dutch) {
            Ok(p) => {
                // Kept for the process: a pack that passed is rare among fuzzed inputs.
                let bundle: &'static crate::i18n::Bundle = Box::leak(Box::new(p.bundle));
                let (c, _) =
                    languages::read(bundle).expect("a pack the door let in has every text");
                for n in [0, 1, 2, 3, 5, 11, 12, 22, 101, 1_000_000] {
                    assert!(!c.found(n).is_empty() && !c.search_more(n).is_empty());
                }
                assert!(!c.next.is_empty() && !p.name.is_empty());
            }
            Err(e) => assert!(!e.message_nl().is_empty() && !e.to_string().is_empty()),
        }
    }
}
