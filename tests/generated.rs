//! Invariants over generated ordinances, not only the bundled ones: a random lawful ordinance is
//! accepted, compiles, decides every random answer set without panicking, agrees with the
//! reference interpreter, keeps `min <= max` and under 32 hours, and never overrides art. 9 lid 5
//! and 7; an ordinance with one unlawful change is refused by the validator.

mod common;

use tegenprestatie_check::answers::Answers;
use tegenprestatie_check::catalog::{self, Catalog};
use tegenprestatie_check::decision::Status;
use tegenprestatie_check::engine::{reference, resolve};
use tegenprestatie_check::facts::{Fact, Kind, SCHEMA};
use tegenprestatie_check::model::{Condition, Effect, Literal, Ordinance, Range};
use tegenprestatie_check::validate::HOURS_LIMIT_BZ5171;

use common::{random_answers, scaled, thresholds, Rng};

const ANSWERS_EACH: usize = 300;

/// Facts a generated condition may test: not dates, and not the law's own facts (an ordinance
/// cannot make the duty apply where art. 9 takes it away).
fn testable(rng: &mut Rng) -> Fact {
    loop {
        let spec = &SCHEMA[rng.below(SCHEMA.len() as u64) as usize];
        if !matches!(spec.kind, Kind::Date) && !spec.statutory {
            return spec.fact;
        }
    }
}

fn comparison(rng: &mut Rng) -> Condition {
    let fact = testable(rng);
    match fact.kind() {
        Kind::Bool => Condition::Is(fact, Literal::Bool(rng.one_in(2))),
        Kind::Choice(options) => Condition::Is(fact, Literal::Text(rng.pick(options).into())),
        Kind::Number { .. } if fact.spec().nullable && rng.one_in(6) => Condition::Unknown(fact),
        Kind::Number { min, max, .. } => {
            let n = rng.pick(&[min, 0.0, 1.0, 2.0, 3.5, 4.0, 6.0, 8.0, 12.0, 20.0, max]);
            match rng.below(4) {
                0 => Condition::AtLeast(fact, n),
                1 => Condition::Above(fact, n),
                2 => Condition::Below(fact, n),
                _ => Condition::AtMost(fact, n),
            }
        }
        Kind::Date => unreachable!("dates are not testable"),
    }
}

/// A condition up to three levels deep (`not` adds one): plain comparisons, composites and
/// deeper programs.
fn condition(rng: &mut Rng, depth: u32) -> Condition {
    if depth >= 3 || rng.one_in(2) {
        return comparison(rng);
    }
    let parts = (0..2 + rng.below(2))
        .map(|_| condition(rng, depth + 1))
        .collect();
    match rng.below(5) {
        0 => Condition::Not(Box::new(condition(rng, depth + 1))),
        1 | 2 => Condition::All(parts),
        _ => Condition::Any(parts),
    }
}

fn range(rng: &mut Rng, choices: &[f64]) -> Range {
    let mut ends = [rng.pick(choices), rng.pick(choices)];
    ends.sort_by(f64::total_cmp);
    Range {
        min: (!rng.one_in(3)).then_some(ends[0]),
        max: (!rng.one_in(3)).then_some(ends[1]),
    }
}

/// A lawful ordinance built from a bundled one's parts, with random rules and bounds.
fn lawful(rng: &mut Rng, template: &Ordinance, judged: &Ordinance) -> Ordinance {
    let mut o = template.clone();
    o.id = "gegenereerd".into();
    o.municipalities.truncate(1);
    o.municipalities[0].id = "gegenereerd".into();
    o.municipalities[0].name = "Gegenereerd".into();
    let rule = o.rules[0].clone();
    let judgement = judged.rules.iter().find_map(|r| r.judgement.clone());
    o.rules = (0..1 + rng.below(6))
        .map(|i| {
            let mut r = rule.clone();
            r.id = format!("regel-{i}");
            r.effect = rng.pick(&[Effect::Obligated, Effect::Fulfilled, Effect::Exempt]);
            r.when = (!rng.one_in(8)).then(|| condition(rng, 0));
            r.judgement = if rng.one_in(3) {
                judgement.clone()
            } else {
                None
            };
            r
        })
        .collect();
    if let Some(a) = o.assignment.as_mut() {
        a.bounds.hours_per_week = range(rng, &[1.0, 2.0, 4.0, 8.0, 12.0, 16.0, 24.0, 31.0]);
        a.bounds.duration_months = range(rng, &[1.0, 2.0, 3.0, 6.0, 12.0]);
        for v in &mut a.variants {
            v.when = condition(rng, 1);
            v.bounds.hours_per_week = range(rng, &[0.0, 2.0, 8.0, 20.0]);
        }
    }
    o
}

/// The same ordinance with one unlawful change, what that change is, and words the validator's
/// refusal must contain.
fn unlawful(rng: &mut Rng, mut o: Ordinance) -> (Ordinance, &'static str, &'static str) {
    let which = rng.below(5);
    let rule = &mut o.rules[0];
    let what = match which {
        0 => {
            rule.effect = Effect::NotApplicable;
            (
                "an ordinance says the duty does not apply",
                "is for the law alone",
            )
        }
        1 => {
            rule.effect = Effect::Obligated;
            rule.judgement = None;
            rule.when = Some(Condition::Is(
                Fact::FullyPermanentlyIncapacitated,
                Literal::Bool(true),
            ));
            (
                "obligated where art. 9 lid 5 exempts",
                "contradicts the law",
            )
        }
        2 => {
            rule.source_text.clear();
            ("a rule without its quoted source", "source_text is empty")
        }
        3 => {
            rule.when = Some(Condition::AtLeast(Fact::HasDisability, 1.0));
            ("a bound on a yes/no fact", "is not a number")
        }
        _ => {
            let a = o
                .assignment
                .as_mut()
                .expect("the template has an assignment");
            a.bounds.hours_per_week = Range {
                min: Some(8.0),
                max: Some(HOURS_LIMIT_BZ5171),
            };
            ("32 hours a week", "BZ5171")
        }
    };
    (o, what.0, what.1)
}

/// Decides random people under a generated ordinance and checks the invariants; the statuses
/// reached, as a bitset (`1 << status`).
fn check_lawful(catalog: &Catalog, rng: &mut Rng) -> u32 {
    let mut reached = 0;
    let (set, _) = catalog
        .find("gegenereerd")
        .expect("the generated municipality");
    let limits = thresholds(&[set.statute(), set.ordinance()]);
    for _ in 0..ANSWERS_EACH {
        let a: Answers = random_answers(rng, &limits);
        let verdict = set.decide(&a).expect("in force on the test day");
        let mut resolved = a;
        resolve(&mut resolved, set.pension_ages());
        let slow = reference::evaluate(set.statute(), set.ordinance(), &resolved);
        if verdict.status != slow.status {
            let fast = set.explain(&verdict, &set.ordinance().municipalities[0]);
            let f: Vec<_> = fast
                .trace
                .iter()
                .map(|g| (g.rule.id.clone(), g.outcome))
                .collect();
            let r: Vec<_> = slow
                .trace
                .iter()
                .map(|g| (g.rule.id.clone(), g.outcome))
                .collect();
            for rule in &set.ordinance().rules {
                let a = f.iter().find(|x| x.0 == rule.id);
                let b = r.iter().find(|x| x.0 == rule.id);
                if a != b {
                    eprintln!(
                        "DIFF {} fast {:?} slow {:?}\n  when {:?}",
                        rule.id, a, b, rule.when
                    );
                }
            }
            eprintln!("answers {:?}", resolved);
        }
        assert_eq!(verdict.status, slow.status, "compiled and reference differ");
        reached |= 1 << verdict.status as u32;
        let decision = set.explain(&verdict, &set.ordinance().municipalities[0]);
        assert_eq!(
            decision.bounds.map(|(_, id)| id),
            slow.bounds.map(|(_, id)| id)
        );
        let ids = |grounds: &[tegenprestatie_check::decision::Ground<'_>]| {
            grounds
                .iter()
                .map(|g| (g.rule.id.clone(), g.outcome))
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(&decision.grounds), ids(&slow.grounds), "grounds");
        assert_eq!(ids(&decision.trace), ids(&slow.trace), "trace");
        if let Some((bounds, _)) = decision.bounds {
            let hours = bounds.hours_per_week;
            if let (Some(min), Some(max)) = (hours.min, hours.max) {
                assert!(min <= max);
            }
            assert!(hours.max.unwrap_or(0.0) < HOURS_LIMIT_BZ5171);
            assert!(hours.min.unwrap_or(0.0) < HOURS_LIMIT_BZ5171);
        }
        let bound = resolved.get(Fact::Age) >= 18.0
            && resolved.flag(Fact::ReachedPensionAge) != Some(true)
            && resolved.choice(Fact::Benefit) == Some("participatiewet");
        let lid_5_or_7 = resolved.flag(Fact::FullyPermanentlyIncapacitated) == Some(true)
            || resolved.flag(Fact::SingleParentExemption) == Some(true);
        if bound && lid_5_or_7 {
            assert_eq!(verdict.status, Status::Exempt, "art. 9 lid 5/7: {a:?}");
        }
    }
    reached
}

#[test]
fn generated_ordinances_keep_the_invariants_and_unlawful_ones_are_refused() {
    let bundled = catalog::bundled();
    let template = bundled
        .find("overbetuwe")
        .expect("bundled")
        .0
        .ordinance()
        .clone();
    let judged = bundled
        .find("wijdemeren")
        .expect("bundled")
        .0
        .ordinance()
        .clone();
    let mut rng = Rng(31_337);
    let (mut accepted, mut too_big, mut reached) = (0, 0, 0u32);
    let ordinances = scaled(1_000);
    for _ in 0..ordinances {
        let o = lawful(&mut rng, &template, &judged);
        match bundled.with_ordinances(vec![o.clone()]) {
            Ok(catalog) => {
                accepted += 1;
                reached |= check_lawful(&catalog, &mut rng);
                // One unlawful change to an ordinance the validator accepted: refused, for
                // that change.
                let (bad, what, words) = unlawful(&mut rng, o);
                match bundled.with_ordinances(vec![bad]) {
                    Ok(_) => panic!("the validator accepted {what}"),
                    Err(problems) => assert!(
                        problems.iter().any(|p| p.message.contains(words)),
                        "{what}: refused for other reasons: {problems:?}"
                    ),
                }
            }
            // The engine's fixed-size bitsets refuse, with this message, what they cannot hold.
            Err(problems) if problems.iter().all(|p| p.message.contains("more than 64")) => {
                too_big += 1;
            }
            Err(problems) => panic!(
                "a lawful ordinance was refused: {problems:?}\n{:?}",
                o.rules
            ),
        }
    }
    println!("{accepted} generated ordinances accepted; {too_big} too big");
    assert!(
        accepted >= ordinances * 9 / 10,
        "only {accepted} accepted, {too_big} too big"
    );
    // The generated ordinances reach every status an ordinance can give.
    for status in [
        Status::NotApplicable,
        Status::Exempt,
        Status::Fulfilled,
        Status::Discretionary,
        Status::Obligated,
    ] {
        assert!(reached & (1 << status as u32) != 0, "no {status:?} reached");
    }
}
