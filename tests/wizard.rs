//! The guided check and the caseworker's desk reach the engine's decision: for random, consistent
//! facts about a person, answering every question the check asks (or every row the desk shows
//! that counts) from those facts ends in the same status, bounds and grounds as the engine gives
//! for the facts themselves, in every municipality.

mod common;

use tegenprestatie_check::answers::Answers;
use tegenprestatie_check::catalog;
use tegenprestatie_check::facts::{Fact, Kind};
use tegenprestatie_check::flow::desk::{self, Desk, DeskAction, Outcome};
use tegenprestatie_check::flow::questions::{Field, Gate, Input};
use tegenprestatie_check::flow::state::{self, Action, Env, Screen, State};
use tegenprestatie_check::number;

use common::{day, Rng};

const CASES_PER_MUNICIPALITY: usize = 1_700;

/// Facts as a person could tell them to the check: no hours without activity, no months without
/// hours, care judged necessary only where there is care, the AOW age from the law's table.
fn consistent_facts(rng: &mut Rng) -> Answers {
    let mut a = Answers::new(rng.pick(&[15, 17, 18, 19, 35, 50, 64, 66, 67, 68]), day());
    let benefit = rng.pick(&[0.0, 0.0, 0.0, 1.0, 2.0, 3.0, 4.0]);
    a.set(Fact::Benefit, benefit);
    for fact in [
        Fact::FullyPermanentlyIncapacitated,
        Fact::SingleParentExemption,
        Fact::UrgentReasons,
        Fact::PermanentlyUnable,
    ] {
        a.set_bool(fact, rng.one_in(8));
    }
    for fact in [
        Fact::HasDisability,
        Fact::ReintegrationTrajectory,
        Fact::SocialActivation,
        Fact::GroupTraining,
        Fact::WmoGuidance,
    ] {
        a.set_bool(fact, rng.one_in(4));
    }
    if rng.one_in(2) {
        a.set(
            Fact::CaregivingHoursPerWeek,
            rng.pick(&[1.0, 2.0, 4.0, 7.5, 8.0, 12.0, 20.0]),
        );
        a.set(
            Fact::CaregivingMonths,
            rng.pick(&[0.0, 2.0, 3.0, 4.0, 6.0, 12.0]),
        );
        a.set(Fact::CaregivingNecessary, rng.pick(&[f64::NAN, 0.0, 1.0]));
    }
    if rng.one_in(2) {
        a.set(
            Fact::VolunteerHoursPerWeek,
            rng.pick(&[1.0, 1.5, 2.0, 3.5, 4.0, 8.0, 12.0, 13.0, 20.0]),
        );
        a.set(
            Fact::VolunteerMonths,
            rng.pick(&[0.0, 1.0, 2.0, 3.0, 6.0, 12.0]),
        );
        a.set_bool(Fact::RespiteCareVolunteer, rng.one_in(4));
    }
    if rng.one_in(3) {
        a.set(
            Fact::PartTimeWorkHoursPerWeek,
            rng.pick(&[1.0, 8.0, 19.0, 20.0, 30.0]),
        );
    }
    a.set(
        Fact::MonthsOnBenefit,
        rng.pick(&[0.0, 4.0, 6.0, 10.0, 14.0, 30.0]),
    );
    a.set(
        Fact::ParticipationLadderStep,
        rng.pick(&[f64::NAN, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0]),
    );
    a.set(Fact::TargetGroup, rng.pick(&[f64::NAN, 0.0, 1.0, 2.0]));
    a
}

/// The facts on the day of `env`; where the AOW age hinges on the months that day (66 in 2020,
/// say), the person knows whether they have reached it.
fn on_day(facts: Answers, env: &Env, rng: &mut Rng) -> Answers {
    let mut facts = common::on(facts, env.today);
    let hinges = env
        .catalog
        .pension_ages()
        .check(env.today, None, facts.value(Fact::Age))
        .reached
        .is_none();
    if hinges {
        facts.set_bool(Fact::ReachedPensionAge, rng.one_in(2));
    }
    facts
}

/// What a person with these facts answers in `field`.
fn answer(facts: &Answers, field: Field) -> String {
    let gate = |fact| if facts.get(fact) > 0.0 { "yes" } else { "no" };
    let fact = match field {
        Field::Gate(Gate::GivesCare) => return gate(Fact::CaregivingHoursPerWeek).into(),
        Field::Gate(Gate::Volunteers) => return gate(Fact::VolunteerHoursPerWeek).into(),
        Field::Gate(Gate::HasPartTimeWork) => return gate(Fact::PartTimeWorkHoursPerWeek).into(),
        Field::Fact(fact) => fact,
        Field::Municipality => unreachable!("set before the walk"),
    };
    let v = facts.get(fact);
    if v.is_nan() {
        return "unknown".into();
    }
    match (fact.kind(), field.input()) {
        (Kind::Bool, _) => if v == 1.0 { "yes" } else { "no" }.into(),
        (Kind::Choice(options), _) => options[v as usize].into(),
        (_, Input::Choice { options, .. }) => options
            .iter()
            .find(|o| number::parse(o) == Some(v))
            .expect("a listed number")
            .to_string(),
        _ => number::format(v, '.'),
    }
}

/// Walks the check for `gemeente`, answering from `facts`; the answers it ends with.
fn walk(env: &Env, gemeente: &str, facts: &Answers) -> Answers {
    let mut state = state::reduce(
        &State::default(),
        Action::Set(Field::Municipality, gemeente.into()),
        env,
    );
    while let Screen::Question(q) = state.screen {
        for field in q.fields() {
            if *field != Field::Municipality {
                state = state::reduce(&state, Action::Set(*field, answer(facts, *field)), env);
            }
        }
        let before = state.screen;
        state = state::reduce(&state, Action::Next, env);
        assert_ne!(
            state.screen, before,
            "{gemeente}: stuck on {q:?}: {:?}",
            state.errors
        );
    }
    state.answers(env).expect("a complete walk has answers")
}

/// Fills in the desk for these municipalities side by side, answering from `facts` every row
/// that counts, until no new row opens; the desk it ends with.
fn fill_desk(env: &Env, columns: &[&str], facts: &Answers) -> Desk {
    let mut d = Desk::default();
    for id in columns {
        d = desk::reduce(&d, DeskAction::Add(id.to_string()), env);
    }
    loop {
        let before = d.clone();
        for (_, rows) in d.rows(env) {
            for row in rows.iter().filter(|r| r.moot.is_none()) {
                for field in row.question.fields() {
                    if !d.draft.contains_key(field) {
                        let value = answer(facts, *field);
                        d = desk::reduce(&d, DeskAction::Set(*field, value), env);
                    }
                }
            }
        }
        if d == before {
            return d;
        }
    }
}

#[test]
fn the_guided_check_reaches_the_engines_decision_for_any_consistent_facts() {
    let catalog = catalog::bundled();
    let mut cases = 0;
    for (s, municipality) in tegenprestatie_check::doors::distinct_municipalities(&catalog)
        .into_iter()
        .enumerate()
    {
        let id = municipality.id.as_str();
        // Each municipality on a day its rules hold (a merged one's, within the two years).
        let env = Env {
            catalog: catalog.clone(),
            today: common::day_for(&catalog, id),
        };
        let (set, _) = env.catalog.find(id).expect("listed");
        let mut rng = Rng(90_000 + s as u64);
        let mut statuses = std::collections::HashSet::new();
        for _ in 0..CASES_PER_MUNICIPALITY {
            let facts = on_day(consistent_facts(&mut rng), &env, &mut rng);
            let told = walk(&env, id, &facts);
            let engine = set.decide(&facts).expect("in force");
            let wizard = set.decide(&told).expect("in force");
            assert_eq!(wizard.status, engine.status, "{id}: status for {facts:?}");
            statuses.insert(wizard.status);
            assert_eq!(wizard.bounds, engine.bounds, "{id}: bounds for {facts:?}");
            if set.settled_by_law(&engine) {
                // The check stops asking once the law settles it; the ordinance's own grounds
                // the facts would add are not asked for.
                assert!(set.settled_by_law(&wizard), "{id}: law settles {facts:?}");
            } else {
                assert_eq!(
                    wizard.grounds, engine.grounds,
                    "{id}: grounds for {facts:?}"
                );
            }
            cases += 1;
        }
        // The walks end in the ordinance's own outcomes too, not only the law's.
        assert!(statuses.len() >= 3, "{id}: only {statuses:?}");
    }
    assert!(cases >= 50_000, "{cases} cases");
}

/// The desk, with a second municipality beside the first (so it also asks what only the other
/// one uses), answered from the same facts: each column is the engine's decision for the facts.
#[test]
fn the_desk_reaches_the_engines_decision_for_any_consistent_facts() {
    let catalog = catalog::bundled();
    let ids: Vec<&str> = catalog
        .municipalities()
        .map(|(m, _)| m.id.as_str())
        .collect();
    let mut cases = 0;
    for (s, id) in ids.iter().enumerate() {
        let env = Env {
            catalog: catalog.clone(),
            today: common::day_for(&catalog, id),
        };
        // The second column: a municipality whose rules hold on the same day.
        let others: Vec<&str> = ids
            .iter()
            .copied()
            .filter(|other| {
                let a = common::on(common::person(40), env.today);
                catalog
                    .verdict(other, &a)
                    .is_some_and(|(_, _, v)| v.is_ok())
            })
            .collect();
        let mut rng = Rng(70_000 + s as u64);
        let mut statuses = std::collections::HashSet::new();
        for _ in 0..CASES_PER_MUNICIPALITY {
            let facts = on_day(consistent_facts(&mut rng), &env, &mut rng);
            let other = rng.pick(&others);
            let d = fill_desk(&env, &[id, other], &facts);
            for column in &d.municipalities {
                let (set, _) = env.catalog.find(column).expect("listed");
                let engine = set.decide(&facts).expect("in force");
                let Outcome::Decided { decision, .. } = d.outcome(&env, column) else {
                    panic!("{column}: no decision for {facts:?}");
                };
                let verdict = set
                    .decide(&d.answers(&env, column).expect("an age"))
                    .unwrap();
                assert_eq!(decision.status, engine.status, "{column}: status {facts:?}");
                if column == id {
                    statuses.insert(decision.status);
                }
                assert_eq!(verdict.bounds, engine.bounds, "{column}: bounds {facts:?}");
                if set.settled_by_law(&engine) {
                    assert!(
                        set.settled_by_law(&verdict),
                        "{column}: law settles {facts:?}"
                    );
                } else {
                    assert_eq!(
                        verdict.grounds, engine.grounds,
                        "{column}: grounds {facts:?}"
                    );
                }
                cases += 1;
            }
        }
        assert!(statuses.len() >= 3, "{id}: only {statuses:?}");
    }
    assert!(cases >= 50_000, "{cases} columns");
}
