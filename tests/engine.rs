//! The engine's own claims, on small ordinances built for the purpose: when the law settles a
//! verdict, and how judgements of the college that belong together are settled together.

mod common;
use tegenprestatie_check::answers::Answers;
use tegenprestatie_check::catalog::{self, Catalog};
use tegenprestatie_check::date::Date;
use tegenprestatie_check::decision::Status;
use tegenprestatie_check::facts::Fact;
use tegenprestatie_check::model::{Judgement, Ordinance, Text};

const EXAMPLE: &str = include_str!("fixtures/example.toml");

fn person() -> Answers {
    Answers::new(40, Date::parse("2026-06-01").unwrap())
}

fn load(ordinance: Ordinance) -> Catalog {
    catalog::bundled()
        .with_ordinances(vec![ordinance])
        .expect("a valid ordinance")
}

fn text(nl: &str) -> Text {
    Text {
        nl: nl.into(),
        en: nl.into(),
    }
}

/// The example's volunteering exemption, but as the college's judgement, under `question`,
/// told by `answered_by`; `id` tells the copies apart.
fn judged(base: &Ordinance, id: &str, question: &str, answered_by: Option<Fact>) -> Ordinance {
    let mut o = base.clone();
    let mut rule = base.rules[0].clone();
    rule.id = id.into();
    rule.judgement = Some(Judgement {
        question: text(question),
        ask: None,
        answered_by,
    });
    o.rules = vec![rule];
    o
}

#[test]
fn only_the_laws_exemptions_settle_a_verdict_by_law_not_the_ordinances() {
    let catalog = load(toml::from_str(EXAMPLE).unwrap());
    let (set, _) = catalog.find("voorbeeld").unwrap();
    // The ordinance exempts four hours of volunteering: exempt, but not by law.
    let mut volunteer = person();
    volunteer.set(Fact::VolunteerHoursPerWeek, 4.0);
    let v = set.decide(&volunteer).unwrap();
    assert_eq!(v.status, Status::Exempt);
    assert!(!set.settled_by_law(&v));
    // Art. 9 lid 5: fully and permanently unable to work.
    let mut unable = volunteer;
    unable.set_bool(Fact::FullyPermanentlyIncapacitated, true);
    let v = set.decide(&unable).unwrap();
    assert_eq!(v.status, Status::Exempt);
    assert!(set.settled_by_law(&v));
    // Art. 9 lid 1: under 18 the duty does not apply.
    let v = set
        .decide(&Answers::new(17, Date::parse("2026-06-01").unwrap()))
        .unwrap();
    assert_eq!(v.status, Status::NotApplicable);
    assert!(set.settled_by_law(&v));
    // An obligation is never settled by law.
    let v = set.decide(&person()).unwrap();
    assert_eq!(v.status, Status::Obligated);
    assert!(!set.settled_by_law(&v));
}

/// Two rules under one judgement are one question to the college, whether they share the
/// question or the answer that tells it; under different judgements, two questions.
#[test]
fn rules_that_share_a_judgement_are_one_branch() {
    let base: Ordinance = toml::from_str(EXAMPLE).unwrap();
    let branches = |a: Ordinance, b: Ordinance| {
        let mut o = a.clone();
        o.rules.extend(b.rules);
        let catalog = load(o);
        let (set, _) = catalog.find("voorbeeld").unwrap();
        let mut p = person();
        p.set(Fact::VolunteerHoursPerWeek, 10.0);
        let v = set.decide(&p).unwrap();
        assert_eq!(v.status, Status::Discretionary);
        set.branches(&v)
            .iter()
            .map(|b| b.rules.count_ones())
            .collect::<Vec<_>>()
    };
    let same_question = branches(
        judged(&base, "a", "Telt het werk?", None),
        judged(&base, "b", "Telt het werk?", None),
    );
    assert_eq!(same_question, vec![2]);
    let same_answer = branches(
        judged(
            &base,
            "a",
            "Telt het werk?",
            Some(Fact::CaregivingNecessary),
        ),
        judged(
            &base,
            "b",
            "Is het nuttig?",
            Some(Fact::CaregivingNecessary),
        ),
    );
    assert_eq!(same_answer, vec![2]);
    let different = branches(
        judged(&base, "a", "Telt het werk?", None),
        judged(&base, "b", "Is het nuttig?", None),
    );
    assert_eq!(different, vec![1, 1]);
}

/// "Any of these" with a negated part holds when that part is false, for a rule and for the
/// bounds variant it chooses: bounds of its own for anyone without a limitation, or with four
/// hours of volunteering.
#[test]
fn any_of_with_a_negated_part_holds_when_that_part_is_false() {
    let when: tegenprestatie_check::model::Condition = toml::from_str::<toml::Table>(
        r#"when = { any = [{ not = { is = ["has_disability", true] } }, { at_least = ["volunteer_hours_per_week", 4] }] }"#,
    )
    .unwrap()["when"]
        .clone()
        .try_into()
        .unwrap();
    let mut o = common::with_a_bounds_variant();
    o.assignment.as_mut().unwrap().variants[0].when = when;
    let id = o.municipalities[0].id.clone();
    let catalog = load(o);
    let (set, _) = catalog.find(&id).unwrap();
    let bounds = |disability: bool, hours: f64| {
        let mut p = person();
        p.set_bool(Fact::HasDisability, disability);
        p.set(Fact::VolunteerHoursPerWeek, hours);
        p.set(Fact::PartTimeWorkHoursPerWeek, 0.0);
        let v = set.decide(&p).unwrap();
        (v.status, v.bounds)
    };
    use tegenprestatie_check::engine::BoundsChoice::{General, Variant};
    assert_eq!(bounds(false, 0.0), (Status::Obligated, Some(Variant(0))));
    assert_eq!(bounds(true, 0.0), (Status::Obligated, Some(General)));
    assert_eq!(bounds(true, 1.0).1, Some(General));
}

/// A condition that requires a fact and its opposite never holds; one that accepts either
/// always does.
#[test]
fn a_fact_and_its_opposite_never_hold_together_and_one_of_them_always_does() {
    let condition = |text: &str| -> tegenprestatie_check::model::Condition {
        toml::from_str::<toml::Table>(&format!("when = {text}")).unwrap()["when"]
            .clone()
            .try_into()
            .unwrap()
    };
    let status = |when: &str, disability: bool| {
        let mut o: Ordinance = toml::from_str(EXAMPLE).unwrap();
        o.rules[0].when = Some(condition(when));
        let catalog = load(o);
        let (set, _) = catalog.find("voorbeeld").unwrap();
        let mut p = person();
        p.set_bool(Fact::HasDisability, disability);
        set.decide(&p).unwrap().status
    };
    let both = r#"{ all = [{ is = ["has_disability", true] }, { not = { is = ["has_disability", true] } }] }"#;
    let either = r#"{ any = [{ is = ["has_disability", true] }, { not = { is = ["has_disability", true] } }] }"#;
    for disability in [false, true] {
        assert_eq!(status(both, disability), Status::Obligated);
        assert_eq!(status(either, disability), Status::Exempt);
    }
}

/// Conditions nested two and three deep, sharing their comparisons, so the compiled engine's
/// composites, programs and "one of these options" meet each other: for every combination of
/// the facts they test (each yes, no or unknown; 0, 4 or 8 hours; every benefit and target
/// group), the status, bounds and grounds are the reference interpreter's.
#[test]
fn nested_conditions_that_share_comparisons_agree_with_the_reference_everywhere() {
    use tegenprestatie_check::engine::{reference, resolve};
    const NESTED: [&str; 13] = [
        r#"{ any = [{ all = [{ is = ["has_disability", true] }, { not = { is = ["wmo_guidance", true] } }] }, { is = ["group_training", true] }] }"#,
        r#"{ any = [{ all = [{ is = ["has_disability", true] }, { not = { is = ["social_activation", true] } }] }, { is = ["group_training", true] }] }"#,
        r#"{ all = [{ is = ["volunteer_hours_per_week", 8] }, { not = { is = ["wmo_guidance", true] } }] }"#,
        r#"{ all = [{ any = [{ is = ["benefit", "participatiewet"] }, { is = ["benefit", "ioaz"] }] }, { not = { is = ["has_disability", true] } }] }"#,
        r#"{ all = [{ any = [{ is = ["benefit", "ioaw"] }, { is = ["target_group", "blijver"] }] }, { is = ["wmo_guidance", true] }] }"#,
        r#"{ any = [{ all = [{ is = ["has_disability", true] }, { is = ["wmo_guidance", true] }] }, { is = ["group_training", true] }] }"#,
        r#"{ any = [{ all = [{ is = ["has_disability", true] }, { is = ["social_activation", true] }] }, { is = ["group_training", true] }] }"#,
        r#"{ all = [{ any = [{ is = ["has_disability", true] }, { is = ["wmo_guidance", true] }] }, { at_least = ["volunteer_hours_per_week", 4] }] }"#,
        r#"{ all = [{ any = [{ is = ["reintegration_trajectory", true] }, { is = ["wmo_guidance", true] }] }, { at_least = ["volunteer_hours_per_week", 4] }] }"#,
        r#"{ any = [{ all = [{ not = { is = ["has_disability", true] } }, { is = ["wmo_guidance", true] }] }, { unknown = "social_activation" }] }"#,
        r#"{ all = [{ any = [{ all = [{ is = ["group_training", true] }, { is = ["social_activation", true] }] }, { is = ["wmo_guidance", true] }] }, { not = { at_least = ["volunteer_hours_per_week", 8] } }] }"#,
        r#"{ not = { any = [{ is = ["reintegration_trajectory", true] }, { at_least = ["volunteer_hours_per_week", 8] }] } }"#,
        r#"{ any = [{ all = [{ is = ["has_disability", true] }, { is = ["wmo_guidance", true] }] }, { all = [{ is = ["social_activation", true] }, { not = { is = ["group_training", true] } }] }] }"#,
    ];
    let base: Ordinance = toml::from_str(EXAMPLE).unwrap();
    let effects = ["exempt", "fulfilled", "obligated"];
    let mut o = base.clone();
    o.rules = NESTED
        .iter()
        .enumerate()
        .map(|(i, when)| {
            let mut r = base.rules[0].clone();
            r.id = format!("geneste-regel-{i}");
            r.effect = toml::Value::String(effects[i % 3].into())
                .try_into()
                .unwrap();
            r.when = Some(
                toml::from_str::<toml::Table>(&format!("when = {when}")).unwrap()["when"]
                    .clone()
                    .try_into()
                    .unwrap(),
            );
            r
        })
        .collect();
    let catalog = load(o);
    let (set, municipality) = catalog.find("voorbeeld").unwrap();
    let facts = [
        Fact::HasDisability,
        Fact::WmoGuidance,
        Fact::GroupTraining,
        Fact::SocialActivation,
        Fact::ReintegrationTrajectory,
    ];
    let mut statuses = std::collections::HashSet::new();
    for combination in 0..3usize.pow(facts.len() as u32) * 3 * 5 * 4 {
        let mut p = person();
        let mut n = combination;
        for fact in facts {
            p.set(fact, [0.0, 1.0, f64::NAN][n % 3]);
            n /= 3;
        }
        p.set(Fact::VolunteerHoursPerWeek, [0.0, 4.0, 8.0][n % 3]);
        n /= 3;
        p.set(Fact::Benefit, (n % 5) as f64);
        n /= 5;
        p.set(Fact::TargetGroup, [0.0, 1.0, 2.0, f64::NAN][n % 4]);
        let fast = set.explain(&set.decide(&p).unwrap(), municipality);
        let mut resolved = p;
        resolve(&mut resolved, set.pension_ages());
        let slow = reference::evaluate(set.statute(), set.ordinance(), &resolved);
        let ids = |g: &[tegenprestatie_check::decision::Ground]| {
            g.iter()
                .map(|g| (g.rule.id.clone(), g.outcome))
                .collect::<Vec<_>>()
        };
        assert_eq!(fast.status, slow.status, "{p:?}");
        assert_eq!(fast.bounds.map(|b| b.1), slow.bounds.map(|b| b.1), "{p:?}");
        assert_eq!(ids(&fast.grounds), ids(&slow.grounds), "{p:?}");
        assert_eq!(ids(&fast.trace), ids(&slow.trace), "{p:?}");
        statuses.insert(fast.status);
    }
    assert!(statuses.len() >= 3, "{statuses:?}");
}

/// The engine's own limits, on both sides, for a supplied ordinance: conditions 60 levels deep
/// compile, 61 do not; a program whose stack would pass 64 values is refused rather than
/// decided wrongly.
#[test]
fn the_engines_limits_hold_on_both_sides() {
    use tegenprestatie_check::model::{Condition, Literal};
    let leaf = || Condition::Is(Fact::HasDisability, Literal::Bool(true));
    let with_condition = |when: Condition| {
        let mut o: Ordinance = toml::from_str(EXAMPLE).unwrap();
        o.rules[0].when = Some(when);
        catalog::bundled().with_ordinances(vec![o])
    };
    let nots = |n: usize| (0..n).fold(leaf(), |c, _| Condition::Not(Box::new(c)));
    // 58 times `not` (an even number: the leaf itself) is 59 levels; 59 and 60 are 60 and 61.
    let deep = with_condition(nots(58)).expect("59 levels compile");
    let (set, _) = deep.find("voorbeeld").unwrap();
    let mut p = person();
    p.set_bool(Fact::HasDisability, true);
    assert_eq!(set.decide(&p).unwrap().status, Status::Exempt);
    assert!(with_condition(nots(59)).is_ok(), "60 levels compile");
    let refused = with_condition(nots(60)).unwrap_err();
    assert!(
        refused[0].message.contains("nested deeper than 60"),
        "{refused:?}"
    );
    // The same with `all` and `any` of one part each.
    let nested = |n: usize, any: bool| {
        (0..n).fold(leaf(), |c, _| {
            if any {
                Condition::Any(vec![c])
            } else {
                Condition::All(vec![c])
            }
        })
    };
    for any in [false, true] {
        assert!(with_condition(nested(59, any)).is_ok(), "60 levels compile");
        let refused = with_condition(nested(60, any)).unwrap_err();
        assert!(
            refused[0].message.contains("nested deeper than 60"),
            "{refused:?}"
        );
    }
    // any [31 times the leaf, any [31 times the leaf, any [k times the leaf]]]: 62 + k values
    // on the stack at once.
    let any = |n: usize, rest: Option<Condition>| {
        Condition::Any((0..n).map(|_| leaf()).chain(rest).collect())
    };
    let wide = |k: usize| any(31, Some(any(31, Some(any(k, None)))));
    let fits = with_condition(wide(2)).expect("64 values fit");
    let (set, _) = fits.find("voorbeeld").unwrap();
    assert_eq!(set.decide(&p).unwrap().status, Status::Exempt);
    p.set_bool(Fact::HasDisability, false);
    assert_eq!(set.decide(&p).unwrap().status, Status::Obligated);
    let refused = with_condition(wide(3)).unwrap_err();
    assert!(refused[0].message.contains("nested deeper"), "{refused:?}");
}

/// A comparison with a number that is not one is refused by the engine itself, not only by
/// the validator before it.
#[test]
fn the_engine_refuses_a_comparison_with_nan() {
    use std::sync::Arc;
    use tegenprestatie_check::engine::RuleSet;
    use tegenprestatie_check::model::Condition;
    let bundled = catalog::bundled();
    let compile = |when: Condition| {
        let mut o: Ordinance = toml::from_str(EXAMPLE).unwrap();
        o.rules[0].when = Some(when);
        RuleSet::compile(
            Arc::new(bundled.statute().clone()),
            Arc::new(o),
            Arc::new(bundled.pension_ages().clone()),
            None,
        )
    };
    for when in [
        Condition::AtLeast(Fact::VolunteerHoursPerWeek, f64::NAN),
        Condition::AtMost(Fact::VolunteerHoursPerWeek, f64::NAN),
    ] {
        let err = compile(when).unwrap_err();
        assert!(err.message.contains("cannot be compared"), "{err:?}");
    }
    assert!(compile(Condition::AtLeast(Fact::VolunteerHoursPerWeek, 4.0)).is_ok());
}

/// `all` of nothing holds and `any` of nothing does not, whichever way the engine compiles
/// them (the validator refuses both in an ordinance; the engine must still not guess).
#[test]
fn all_of_nothing_holds_and_any_of_nothing_does_not() {
    use std::sync::Arc;
    use tegenprestatie_check::engine::RuleSet;
    use tegenprestatie_check::model::Condition;
    let bundled = catalog::bundled();
    let status = |when: Condition| {
        let mut o: Ordinance = toml::from_str(EXAMPLE).unwrap();
        o.rules[0].when = Some(when);
        let set = RuleSet::compile(
            Arc::new(bundled.statute().clone()),
            Arc::new(o),
            Arc::new(bundled.pension_ages().clone()),
            None,
        )
        .unwrap();
        set.decide(&person()).unwrap().status
    };
    assert_eq!(status(Condition::All(vec![])), Status::Exempt);
    assert_eq!(status(Condition::Any(vec![])), Status::Obligated);
    let nested = |c: Condition| Condition::Any(vec![Condition::All(vec![c])]);
    assert_eq!(status(nested(Condition::All(vec![]))), Status::Exempt);
    assert_eq!(status(nested(Condition::Any(vec![]))), Status::Obligated);
}
