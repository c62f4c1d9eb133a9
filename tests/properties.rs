//! Properties that hold for every municipality and any answers, and the compiled engine's
//! agreement with the reference interpreter.

mod common;

use proptest::prelude::*;
use tegenprestatie_check::answers::Answers;
use tegenprestatie_check::catalog::{self, Catalog};
use tegenprestatie_check::contract::{self, CheckError};
use tegenprestatie_check::decision::{Ground, Status};
use tegenprestatie_check::doors;
use tegenprestatie_check::engine::caseload::Caseload;
use tegenprestatie_check::engine::{reference, resolve, Verdict};
use tegenprestatie_check::facts::Fact;

use common::{person, random_answers, scaled, thresholds, Rng};

/// Every municipality decides these answers as the law and a lawful ordinance must
/// (`doors::assert_lawful`, which the fuzz targets check too).
fn decide_all(catalog: &Catalog, a: &Answers) {
    for m in doors::distinct_municipalities(catalog) {
        let a = &common::on(*a, common::day_for(catalog, &m.id));
        let d = catalog
            .decide(&m.id, a)
            .expect("listed municipality decides")
            .expect("in force on its day");
        doors::assert_lawful(catalog, a, &d);
    }
}

#[test]
fn every_municipality_decides_any_answers_lawfully() {
    let catalog = catalog::bundled();
    let all: Vec<_> = catalog.rule_sets().iter().map(|s| s.ordinance()).collect();
    let mut limits = thresholds(&all);
    limits.extend(thresholds(&[catalog.statute()]));
    let mut rng = Rng(7);
    for _ in 0..scaled(3_000) {
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
/// drawn around each ordinance's own thresholds; and for the statute alone, which serves every
/// municipality without a bundled ordinance (`ordinance_unknown`).
#[test]
fn the_compiled_engine_agrees_with_the_reference_interpreter() {
    let cases = scaled(100_000);
    let catalog = catalog::bundled();
    let statute_alone = catalog.find("amsterdam").map(|(set, _)| set);
    for (s, set) in catalog.rule_sets().iter().chain(statute_alone).enumerate() {
        let limits = thresholds(&[set.statute(), set.ordinance()]);
        let municipality = &set.ordinance().municipalities[0];
        let mut statuses = std::collections::HashSet::new();
        let mut rng = Rng(1000 + s as u64);
        for _ in 0..cases {
            let a = common::on(random_answers(&mut rng, &limits), common::day_for_set(set));
            let fast = set.decide(&a).expect("in force on its day");
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
            statuses.insert(fast.status);
        }
        // The random answers reach the ordinance's own outcomes, not only the law's.
        assert!(
            statuses.len() >= 3,
            "{}: only {statuses:?} reached",
            set.ordinance().id
        );
    }
}

/// A caseload decided in one go (facts by column, leaf bits for many people at once) gives
/// every person the verdict one decision at a time gives, in every municipality; people whose
/// reference day is before the ordinance's version get the same refusal.
#[test]
fn a_caseload_is_decided_exactly_as_each_person_alone() {
    const PEOPLE: usize = 5_000;
    let catalog = catalog::bundled();
    let statute_alone = catalog.find("amsterdam").map(|(set, _)| set);
    for (s, set) in catalog.rule_sets().iter().chain(statute_alone).enumerate() {
        let limits = thresholds(&[set.statute(), set.ordinance()]);
        let mut rng = Rng(7000 + s as u64);
        let mut people: Vec<Answers> = (0..PEOPLE)
            .map(|_| common::on(random_answers(&mut rng, &limits), common::day_for_set(set)))
            .collect();
        // Some people on a day before any ordinance here applied.
        for a in people.iter_mut().step_by(97) {
            a.set_date(
                Fact::Date,
                tegenprestatie_check::date::Date::parse("2010-01-01"),
            );
        }
        let caseload = Caseload::new(&people, set.pension_ages());
        assert_eq!((caseload.len(), caseload.is_empty()), (PEOPLE, false));
        let mut verdicts = Vec::new();
        set.decide_caseload(&caseload, &mut verdicts);
        assert_eq!(verdicts.len(), PEOPLE);
        for (a, verdict) in people.iter().zip(&verdicts) {
            assert_eq!(verdict, &set.decide(a), "{}: {a:?}", set.ordinance().id);
        }
        assert!(verdicts.iter().any(Result::is_err) && verdicts.iter().any(Result::is_ok));
    }
    // No people, no verdicts.
    let set = &catalog.rule_sets()[0];
    let empty = Caseload::new(&[], set.pension_ages());
    assert_eq!((empty.len(), empty.is_empty()), (0, true));
    let mut verdicts = vec![set.decide(&person(40))];
    set.decide_caseload(&empty, &mut verdicts);
    assert!(verdicts.is_empty(), "the verdicts are the caseload's: none");
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
        for _ in 0..scaled(20_000) {
            let a = common::on(random_answers(&mut rng, &limits), common::day_for_set(set));
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
    assert!(
        answered > scaled(1000),
        "only {answered} answered branches checked"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Any JSON object of answers, for a known or unknown municipality: a lawful decision, or an
    /// error that names what is wrong.
    #[test]
    fn the_contract_decides_lawfully_or_names_the_error(
        age in 0u32..=130,
        keys in proptest::collection::vec(
            proptest::sample::select(contract::fields().collect::<Vec<_>>()), 0..8),
        values in proptest::collection::vec(prop_oneof![
            Just(serde_json::Value::Null),
            any::<bool>().prop_map(serde_json::Value::from),
            any::<f64>().prop_map(|f| serde_json::json!(f)),
            (0u32..40).prop_map(serde_json::Value::from),
            any::<i64>().prop_map(serde_json::Value::from),
            "[a-z_]{0,12}".prop_map(serde_json::Value::from),
            "20[0-9]{2}-[01][0-9]-[0-3][0-9]".prop_map(serde_json::Value::from),
        ], 8),
        id in prop_oneof![
            3 => proptest::sample::select(common::ids(&catalog::bundled())),
            1 => "[a-z-]{0,20}",
        ],
    ) {
        let mut map = serde_json::Map::new();
        map.insert("age".into(), age.into());
        for (k, v) in keys.iter().zip(values) {
            map.insert((*k).to_string(), v);
        }
        let input = serde_json::Value::Object(map);
        let catalog = catalog::bundled();
        match contract::check(&catalog, &id, &input, common::day()) {
            Ok(d) => {
                let answers = contract::answers_from_json(&input, common::day()).unwrap();
                doors::assert_lawful(&catalog, &answers, &d);
            }
            Err(CheckError::UnknownMunicipality(unknown, known)) => {
                prop_assert_eq!(&unknown, &id);
                prop_assert!(!known.contains(&id));
            }
            Err(CheckError::Input(e)) => prop_assert!(
                input.get(&e.field).is_some() || e.field == "age",
                "the error names a field given: {}", e
            ),
            Err(CheckError::NotInForce { date, .. }) => prop_assert!(date.is_some()),
            // Refused only for a day the old rules do not cover.
            Err(CheckError::LawChanged { date, from, .. }) => prop_assert!(date >= from),
            Err(CheckError::Merged { date, until, .. }) => prop_assert!(date > until),
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
            let a = common::on(a, common::day_for(&catalog, &m.id));
            seen.insert(catalog.decide(&m.id, &a).unwrap().unwrap().status);
        }
    }
    for status in Status::ALL {
        assert!(seen.contains(&status), "no path to {status:?}");
    }
}

#[test]
fn every_municipality_is_served_and_thirty_by_a_bundled_ordinance_with_version_and_source() {
    let catalog = catalog::bundled();
    let all: Vec<_> = catalog.municipalities().collect();
    // The 342 of 2026 and the 84 former ones since 2015.
    assert_eq!(all.len(), 342 + 84);
    let bundled: Vec<_> = all
        .into_iter()
        .filter(|(_, o)| o.detail != tegenprestatie_check::model::Detail::NotKnown)
        .collect();
    assert_eq!(bundled.len(), 30);
    for (m, o) in bundled {
        assert!(!o.sources.is_empty(), "{}", m.id);
        assert!(o.version.year >= 2014, "{}", m.id);
        assert!(
            tegenprestatie_check::date::Date::parse(&o.version.valid_from).is_some(),
            "{}",
            m.id
        );
    }
}
