//! Shared by the native tests: a fixed reference day (tests never read the clock) and answers
//! drawn at random, with every number an ordinance compares near one of its thresholds.
#![allow(dead_code)]

use tegenprestatie_check::answers::Answers;
use tegenprestatie_check::catalog::Catalog;
use tegenprestatie_check::date::Date;
use tegenprestatie_check::facts::{Fact, Kind, Origin, SCHEMA};
use tegenprestatie_check::model::{Condition, Ordinance};

/// The reference day of every test that does not name its own.
pub fn day() -> Date {
    Date::parse("2026-06-01").expect("a valid date")
}

/// The bundled statute versions and ordinances as plain values again.
pub fn bundle() -> tegenprestatie_check::model::Bundle {
    let catalog = tegenprestatie_check::catalog::bundled();
    tegenprestatie_check::model::Bundle {
        statutes: catalog.statutes().iter().map(|s| (**s).clone()).collect(),
        ordinances: catalog
            .rule_sets()
            .iter()
            .map(|s| {
                // What the catalogue fills in from the list of municipalities is not in a file.
                let mut o = s.ordinance().clone();
                for m in &mut o.municipalities {
                    (m.cbs_code, m.province) = (None, None);
                }
                o
            })
            .collect(),
        directory: catalog.directory().clone(),
    }
}

/// A day a rule set answers for: the test day if it is in force then, else its last day (an
/// ordinance that ended, like Weesp's of 2015).
pub fn day_for_set(set: &tegenprestatie_check::engine::RuleSet) -> Date {
    let (from, to) = set.valid();
    match to {
        _ if set.in_force_on(Some(day())).is_ok() => day(),
        Some(to) => to,
        None => from,
    }
}

/// A day a municipality's ordinance answers for: the test day if it does, else the last day
/// it can (the ordinance's end, or the end of the two years after a merger).
pub fn day_for(catalog: &Catalog, id: &str) -> Date {
    let (set, m) = catalog.find(id).expect("a listed municipality");
    let until = catalog.merger_window(m).map(|(_, until)| until);
    let last = day_for_set(set);
    match until {
        Some(until) if until < last => until,
        _ => last,
    }
}

/// The answers moved to another reference day.
pub fn on(mut a: Answers, date: Date) -> Answers {
    a.set(Fact::Date, date.as_fact());
    a
}

/// `n` random cases, or a tenth of them under `scripts/mutants.sh` (`TEST_SCALE=10`), which runs
/// the tests once per mutant: the claims and the fixed cases still run in full.
pub fn scaled(n: usize) -> usize {
    let divisor = std::env::var("TEST_SCALE")
        .ok()
        .and_then(|s| s.parse::<usize>().ok())
        .filter(|d| *d > 0)
        .unwrap_or(1);
    (n / divisor).max(1)
}

/// Answers for a person of `age` on the test day.
pub fn person(age: u8) -> Answers {
    Answers::new(age, day())
}

pub use tegenprestatie_check::doors::Rng;

/// Every constant a rule set compares each fact with.
pub fn thresholds(ordinances: &[&Ordinance]) -> Vec<(Fact, f64)> {
    fn walk(c: &Condition, out: &mut Vec<(Fact, f64)>) {
        match c {
            Condition::All(p) | Condition::Any(p) => p.iter().for_each(|c| walk(c, out)),
            Condition::Not(inner) => walk(inner, out),
            Condition::AtLeast(f, n)
            | Condition::Above(f, n)
            | Condition::Below(f, n)
            | Condition::AtMost(f, n) => out.push((*f, *n)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for o in ordinances {
        for r in &o.rules {
            if let Some(c) = &r.when {
                walk(c, &mut out);
            }
        }
        for v in o.assignment.iter().flat_map(|a| &a.variants) {
            walk(&v.when, &mut out);
        }
    }
    out
}

/// Random answers: each answer fact set or left at its default; numbers near the thresholds
/// (on them, just under, just over) or anywhere in range; unknown where the fact allows it.
pub fn random_answers(rng: &mut Rng, thresholds: &[(Fact, f64)]) -> Answers {
    let mut a = person(rng.below(131) as u8);
    if rng.one_in(3) {
        // Around the AOW age, where the table decides.
        a.set(Fact::Age, 64.0 + rng.below(5) as f64);
    }
    for spec in SCHEMA.iter().filter(|s| s.origin == Origin::Answer) {
        if matches!(spec.fact, Fact::Date | Fact::Age | Fact::BirthDate) || rng.one_in(2) {
            continue;
        }
        if spec.nullable && rng.one_in(4) {
            a.set(spec.fact, f64::NAN);
            continue;
        }
        let value = match spec.kind {
            Kind::Bool => rng.below(2) as f64,
            Kind::Choice(options) => rng.below(options.len() as u64) as f64,
            Kind::Number { min, max, whole } => {
                let near: Vec<f64> = thresholds
                    .iter()
                    .filter(|(f, _)| *f == spec.fact)
                    .map(|(_, n)| *n)
                    .collect();
                let v = if !near.is_empty() && !rng.one_in(4) {
                    rng.pick(&near) + rng.pick(&[-1.0, -0.5, 0.0, 0.0, 0.5, 1.0])
                } else if whole {
                    (min + rng.below((max - min) as u64 + 1) as f64).floor()
                } else {
                    min + (max - min) * (rng.below(10_001) as f64 / 10_000.0)
                };
                let v = v.clamp(min, max);
                if whole {
                    v.round()
                } else {
                    v
                }
            }
            Kind::Date => continue,
        };
        a.set(spec.fact, value);
    }
    if rng.one_in(8) {
        let birth = Date(day().0 - rng.below(365 * 80) as i32);
        a.set_date(Fact::BirthDate, Some(birth));
    }
    a
}

/// The ids of every municipality in a catalogue.
pub fn ids(catalog: &Catalog) -> Vec<String> {
    catalog
        .municipalities()
        .map(|(m, _)| m.id.clone())
        .collect()
}

/// A bundled ordinance that has a bounds variant (its own bounds for some people).
pub fn with_a_bounds_variant() -> tegenprestatie_check::model::Ordinance {
    tegenprestatie_check::catalog::bundled()
        .rule_sets()
        .iter()
        .map(|set| set.ordinance().clone())
        .find(|o| {
            o.assignment
                .as_ref()
                .is_some_and(|a| !a.variants.is_empty())
        })
        .expect("an ordinance with a bounds variant")
}
