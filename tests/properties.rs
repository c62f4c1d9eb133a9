//! Properties that hold for every municipality and any answers, and the compiled engine's
//! agreement with the reference interpreter.

mod common;

use proptest::prelude::*;
use tegenprestatie_check::answers::Answers;
use tegenprestatie_check::catalog::{self, Catalog};
use tegenprestatie_check::contract::{self, DecisionView};
use tegenprestatie_check::decision::{Ground, Status};
use tegenprestatie_check::engine::caseload::Caseload;
use tegenprestatie_check::engine::{reference, resolve, Verdict};
use tegenprestatie_check::facts::Fact;
use tegenprestatie_check::validate::HOURS_LIMIT_BZ5171;

use common::{person, random_answers, thresholds, Rng};

fn decide_all(catalog: &Catalog, a: &Answers) {
    for (m, _) in catalog.municipalities() {
        let d = catalog
            .decide(&m.id, a)
            .expect("listed municipality decides")
            .expect("in force on the test day");
        let mut resolved = *a;
        resolve(&mut resolved, catalog.pension_ages());
        let age = resolved.get(Fact::Age);
        let pension = resolved.flag(Fact::ReachedPensionAge) == Some(true);
        let no_benefit = resolved.choice(Fact::Benefit) == Some("none");
        let id = &m.id;
        if age < 18.0 || pension || no_benefit {
            assert_eq!(d.status, Status::NotApplicable, "{id}: {a:?}");
        } else {
            let incapacitated = resolved.flag(Fact::FullyPermanentlyIncapacitated) == Some(true);
            let ioaw_ioaz = matches!(resolved.choice(Fact::Benefit), Some("ioaw" | "ioaz"));
            if resolved.flag(Fact::SingleParentExemption) == Some(true)
                || (incapacitated && !ioaw_ioaz)
            {
                // Art. 9 lid 7 for every benefit; lid 5 for the Participatiewet's.
                assert_eq!(d.status, Status::Exempt, "{id}: art. 9 lid 5/7 {a:?}");
            } else if incapacitated {
                // IOAW/IOAZ: the sources give no lid 5 of their own; the college weighs it.
                assert_ne!(
                    d.status,
                    Status::Obligated,
                    "{id}: incapacitated on IOAW/IOAZ is never plainly obligated {a:?}"
                );
            }
        }
        if d.status != Status::NotApplicable {
            assert!(!d.grounds.is_empty(), "{id}: no grounds");
        }
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
            assert!(bounds.hours_per_week.max.unwrap_or(0.0) < HOURS_LIMIT_BZ5171);
            assert!(bounds.hours_per_week.min.unwrap_or(0.0) < HOURS_LIMIT_BZ5171);
        }
        let assignable = matches!(d.status, Status::Obligated | Status::Discretionary);
        assert_eq!(
            d.bounds.is_some(),
            assignable,
            "{id}: bounds only when assignable"
        );
        // The contract's output serializes for every decision.
        assert!(serde_json::to_value(DecisionView::new(&d)).is_ok());
    }
}

#[test]
fn every_municipality_decides_any_answers_lawfully() {
    let catalog = catalog::bundled();
    let all: Vec<_> = catalog.rule_sets().iter().map(|s| s.ordinance()).collect();
    let mut limits = thresholds(&all);
    limits.extend(thresholds(&[catalog.statute()]));
    let mut rng = Rng(7);
    for _ in 0..3_000 {
        decide_all(&catalog, &random_answers(&mut rng, &limits));
    }
}

fn ids(grounds: &[Ground<'_>]) -> Vec<(String, bool)> {
    grounds
        .iter()
        .map(|g| {
            (
                g.rule.id.clone(),
                g.outcome == tegenprestatie_check::decision::Outcome::Definite,
            )
        })
        .collect()
}

/// The compiled engine agrees with the reference interpreter on the status, the bounds, the
/// grounds and the trace, for 100,000 random answer sets in every municipality, with the numbers
/// drawn around each ordinance's own thresholds.
#[test]
fn the_compiled_engine_agrees_with_the_reference_interpreter() {
    const CASES: usize = 100_000;
    let catalog = catalog::bundled();
    let mut checked = 0usize;
    for (s, set) in catalog.rule_sets().iter().enumerate() {
        let limits = thresholds(&[set.statute(), set.ordinance()]);
        let municipality = &set.ordinance().municipalities[0];
        let mut rng = Rng(1000 + s as u64);
        for _ in 0..CASES {
            let a = random_answers(&mut rng, &limits);
            let fast = set.decide(&a).expect("in force on the test day");
            let fast = set.explain(&fast, municipality);
            let mut resolved = a;
            resolve(&mut resolved, set.pension_ages());
            let slow = reference::evaluate(set.statute(), set.ordinance(), &resolved);
            assert_eq!(fast.status, slow.status, "{}: {a:?}", set.ordinance().id);
            assert_eq!(
                fast.bounds.map(|(_, id)| id),
                slow.bounds.map(|(_, id)| id),
                "{}: bounds for {a:?}",
                set.ordinance().id
            );
            assert_eq!(
                ids(&fast.grounds),
                ids(&slow.grounds),
                "{}: grounds",
                set.ordinance().id
            );
            assert_eq!(
                ids(&fast.trace),
                ids(&slow.trace),
                "{}: trace",
                set.ordinance().id
            );
            checked += 1;
        }
    }
    // Every municipality's ordinance was checked (some share one).
    assert_eq!(checked, CASES * catalog.rule_sets().len());
}

/// A caseload decided in one go (facts by column, leaf bits for many people at once) gives
/// every person the verdict one decision at a time gives, in every municipality; people whose
/// reference day is before the ordinance's version get the same refusal.
#[test]
fn a_caseload_is_decided_exactly_as_each_person_alone() {
    const PEOPLE: usize = 5_000;
    let catalog = catalog::bundled();
    for (s, set) in catalog.rule_sets().iter().enumerate() {
        let limits = thresholds(&[set.statute(), set.ordinance()]);
        let mut rng = Rng(7000 + s as u64);
        let mut people: Vec<Answers> = (0..PEOPLE)
            .map(|_| random_answers(&mut rng, &limits))
            .collect();
        // Some people on a day before any ordinance here applied.
        for a in people.iter_mut().step_by(97) {
            a.set_date(
                Fact::Date,
                tegenprestatie_check::date::Date::parse("2010-01-01"),
            );
        }
        let caseload = Caseload::new(&people, set.pension_ages());
        let mut verdicts = Vec::new();
        set.decide_caseload(&caseload, &mut verdicts);
        assert_eq!(verdicts.len(), PEOPLE);
        for (a, verdict) in people.iter().zip(&verdicts) {
            assert_eq!(verdict, &set.decide(a), "{}: {a:?}", set.ordinance().id);
        }
        assert!(verdicts.iter().any(Result::is_err) && verdicts.iter().any(Result::is_ok));
    }
}

/// The branches of a discretionary verdict are a decision list the engine agrees with: where
/// answers tell the judgements (`answered_by`), answering this one yes and every other no gives
/// exactly the branch's `yes`; answering it and those before it no (the later ones left open)
/// gives its `no`. A branch never leaves its own judgement open, and the strongest effect
/// comes first.
#[test]
fn each_branch_is_the_decision_once_the_college_has_judged() {
    let catalog = catalog::bundled();
    let mut answered = 0usize;
    for (s, set) in catalog.rule_sets().iter().enumerate() {
        let limits = thresholds(&[set.statute(), set.ordinance()]);
        let mut rng = Rng(5000 + s as u64);
        for _ in 0..20_000 {
            let a = random_answers(&mut rng, &limits);
            let verdict = set.decide(&a).expect("in force");
            let branches = set.branches(&verdict);
            assert_eq!(
                branches.is_empty(),
                verdict.status != Status::Discretionary,
                "{}: branches for {a:?}",
                set.ordinance().id
            );
            let fact_of = |b: &tegenprestatie_check::engine::BranchVerdicts| {
                set.rule(b.first)
                    .and_then(|(_, r)| r.judgement.as_ref())
                    .and_then(|j| j.answered_by)
            };
            let facts: Vec<_> = branches.iter().map(fact_of).collect();
            // The engine, told the college's answers, decides what the branch says.
            let agrees = |told: &Answers, side: &Verdict, what: String| {
                let decided = set.decide(told).expect("in force");
                assert_eq!(
                    (decided.status, decided.grounds, decided.bounds),
                    (side.status, side.grounds, side.bounds),
                    "{}: {what} for {a:?}",
                    set.ordinance().id
                );
            };
            for (k, b) in branches.iter().enumerate() {
                for side in [&b.yes, &b.no] {
                    assert_eq!(side.open & b.rules, 0, "a branch settles its judgement");
                }
                assert_eq!(
                    b.no.open & branches[..k].iter().fold(0, |m, e| m | e.rules),
                    0
                );
                // yes: this one yes, all others no.
                if facts.iter().all(Option::is_some) {
                    let mut told = a;
                    for (j, f) in facts.iter().enumerate() {
                        told.set(f.expect("told"), if j == k { 1.0 } else { 0.0 });
                    }
                    agrees(&told, &b.yes, format!("branch {k} yes"));
                    answered += 1;
                }
                // no: this one and the earlier ones no, the later ones still open.
                if facts[..=k].iter().all(Option::is_some)
                    && facts[k + 1..].iter().all(Option::is_none)
                {
                    let mut told = a;
                    for f in &facts[..=k] {
                        told.set(f.expect("told"), 0.0);
                    }
                    agrees(&told, &b.no, format!("branch {k} no"));
                    answered += 1;
                }
            }
        }
    }
    assert!(answered > 1000, "only {answered} answered branches checked");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn contract_never_panics_on_arbitrary_json(
        keys in proptest::collection::vec(
            proptest::sample::select(contract::fields().collect::<Vec<_>>()), 0..8),
        values in proptest::collection::vec(prop_oneof![
            Just(serde_json::Value::Null),
            any::<bool>().prop_map(serde_json::Value::from),
            any::<f64>().prop_map(|f| serde_json::json!(f)),
            any::<i64>().prop_map(serde_json::Value::from),
            "[a-z_]{0,12}".prop_map(serde_json::Value::from),
            "[0-9]{4}-[0-9]{2}-[0-9]{2}".prop_map(serde_json::Value::from),
        ], 8),
        id in "[a-z-]{0,20}",
    ) {
        let mut map = serde_json::Map::new();
        for (k, v) in keys.iter().zip(values) {
            map.insert((*k).to_string(), v);
        }
        let input = serde_json::Value::Object(map);
        let catalog = catalog::bundled();
        match contract::check(&catalog, &id, &input, common::day()) {
            Ok(d) => { let _ = serde_json::to_string(&DecisionView::new(&d)); }
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }
}

#[test]
fn every_status_is_reachable_somewhere() {
    use std::collections::HashSet;
    let catalog = catalog::bundled();
    let mut seen = HashSet::new();
    let mut volunteer = person(40);
    volunteer.set(Fact::VolunteerHoursPerWeek, 20.0);
    let mut exempt = person(40);
    exempt.set_bool(Fact::FullyPermanentlyIncapacitated, true);
    for a in [person(17), person(40), volunteer, exempt] {
        for (m, _) in catalog.municipalities() {
            seen.insert(catalog.decide(&m.id, &a).unwrap().unwrap().status);
        }
    }
    for status in Status::ALL {
        assert!(seen.contains(&status), "no path to {status:?}");
    }
}

#[test]
fn thirty_municipalities_are_bundled_each_with_a_version_and_source() {
    let catalog = catalog::bundled();
    let all: Vec<_> = catalog.municipalities().collect();
    assert_eq!(all.len(), 30);
    for (m, o) in all {
        assert!(!o.sources.is_empty(), "{}", m.id);
        assert!(o.version.year >= 2014, "{}", m.id);
        assert!(
            tegenprestatie_check::date::Date::parse(&o.version.valid_from).is_some(),
            "{}",
            m.id
        );
    }
}
