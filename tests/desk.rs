//! The caseworker's desk, natively: which questions it shows and why some do not count, that
//! each column says what the engine says for the same facts, and the intake file.

use tegenprestatie_check::catalog;
use tegenprestatie_check::contract;
use tegenprestatie_check::date::Date;
use tegenprestatie_check::decision::Status;
use tegenprestatie_check::facts::Fact;
use tegenprestatie_check::flow::desk::{reduce, Desk, DeskAction, Group, Moot, Outcome};
use tegenprestatie_check::flow::intake::{self, IntakeError};
use tegenprestatie_check::flow::questions::{Field, Gate, Question};
use tegenprestatie_check::flow::state::{Env, Lang};

fn env() -> Env {
    Env {
        catalog: catalog::bundled(),
        today: Date::parse("2026-11-23").unwrap(),
    }
}

fn desk(env: &Env, columns: &[&str], answers: &[(Field, &str)]) -> Desk {
    let mut d = Desk::default();
    for id in columns {
        d = reduce(&d, DeskAction::Add(id.to_string()), env);
    }
    for (field, value) in answers {
        d = reduce(&d, DeskAction::Set(*field, value.to_string()), env);
    }
    d
}

fn fact(f: Fact) -> Field {
    Field::Fact(f)
}

/// A client who does 20 hours of volunteer work a week.
fn volunteer() -> Vec<(Field, &'static str)> {
    vec![
        (fact(Fact::Age), "34"),
        (fact(Fact::Benefit), "participatiewet"),
        (fact(Fact::FullyPermanentlyIncapacitated), "no"),
        (fact(Fact::SingleParentExemption), "no"),
        (Field::Gate(Gate::Volunteers), "yes"),
        (fact(Fact::VolunteerHoursPerWeek), "20"),
        (fact(Fact::VolunteerMonths), "12"),
        (fact(Fact::MonthsOnBenefit), "24"),
    ]
}

fn status(env: &Env, d: &Desk, id: &str) -> Status {
    match d.outcome(env, id) {
        Outcome::Decided { decision, .. } => decision.status,
        other => panic!("no decision for {id}: {other:?}"),
    }
}

#[test]
fn twenty_hours_of_volunteer_work_exempt_in_helmond_but_fulfil_the_duty_in_rotterdam() {
    let env = env();
    let d = desk(&env, &["helmond", "rotterdam"], &volunteer());
    assert_eq!(status(&env, &d, "helmond"), Status::Exempt);
    assert_eq!(status(&env, &d, "rotterdam"), Status::Fulfilled);
}

/// The desk reads what was typed ("34", "yes", "20") into the same facts as the contract reads
/// from JSON, so each column is the contract's decision for that person.
#[test]
fn each_column_decides_as_the_contract_does_for_the_same_person() {
    let env = env();
    let d = desk(
        &env,
        &["helmond", "rotterdam", "oldenzaal", "schagen"],
        &volunteer(),
    );
    let person = serde_json::json!({
        "age": 34, "benefit": "participatiewet",
        "fully_permanently_incapacitated": false, "single_parent_exemption": false,
        "volunteer_hours_per_week": 20, "volunteer_months": 12, "months_on_benefit": 24,
    });
    for id in &d.municipalities {
        let engine = contract::check(&env.catalog, id, &person, env.today).unwrap();
        let Outcome::Decided { decision, .. } = d.outcome(&env, id) else {
            panic!("{id} decided nothing");
        };
        assert_eq!(decision.status, engine.status, "{id}");
        assert_eq!(decision.bounds, engine.bounds, "{id}");
        let ids = |g: &[tegenprestatie_check::decision::Ground]| {
            g.iter().map(|g| g.rule.id.clone()).collect::<Vec<_>>()
        };
        assert_eq!(ids(&decision.grounds), ids(&engine.grounds), "{id}");
    }
}

#[test]
fn the_desk_holds_four_municipalities_each_once_and_known_ones_only() {
    let env = env();
    let d = desk(
        &env,
        &[
            "helmond",
            "helmond",
            "atlantis",
            "rotterdam",
            "oldenzaal",
            "urk",
            "schagen",
        ],
        &[],
    );
    assert_eq!(
        d.municipalities,
        ["helmond", "rotterdam", "oldenzaal", "urk"]
    );
    let d = reduce(&d, DeskAction::Remove("rotterdam".into()), &env);
    assert_eq!(d.municipalities, ["helmond", "oldenzaal", "urk"]);
}

fn row(env: &Env, d: &Desk, q: Question) -> Option<tegenprestatie_check::flow::desk::Row> {
    d.rows(env)
        .into_iter()
        .flat_map(|(_, rows)| rows)
        .find(|r| r.question == q)
}

#[test]
fn a_follow_up_after_no_stays_on_screen_marked_with_its_reason() {
    let env = env();
    let mut answers = volunteer();
    answers.push((Field::Gate(Gate::GivesCare), "no"));
    let d = desk(&env, &["oldenzaal"], &answers);
    let care = row(&env, &d, Question::CareNecessary).expect("Oldenzaal asks about care");
    assert_eq!(care.moot, Some(Moot::GateClosed(Gate::GivesCare)));
    let d = reduce(
        &d,
        DeskAction::Set(Field::Gate(Gate::GivesCare), "yes".into()),
        &env,
    );
    assert_eq!(row(&env, &d, Question::CareNecessary).unwrap().moot, None);
}

#[test]
fn once_the_law_settles_it_everywhere_the_ordinances_questions_are_moot() {
    let env = env();
    let d = desk(&env, &["helmond", "rotterdam"], &[(fact(Fact::Age), "17")]);
    assert_eq!(status(&env, &d, "helmond"), Status::NotApplicable);
    let ladder_or_volunteer = row(&env, &d, Question::Volunteer).unwrap();
    assert_eq!(ladder_or_volunteer.moot, Some(Moot::SettledByLaw));
    assert_eq!(
        row(&env, &d, Question::Benefit).unwrap().moot,
        None,
        "the law's own questions stay"
    );
    let d = reduce(&d, DeskAction::Set(fact(Fact::Age), "18".into()), &env);
    assert_eq!(row(&env, &d, Question::Volunteer).unwrap().moot, None);
}

#[test]
fn a_question_only_some_columns_use_says_which() {
    let env = env();
    let d = desk(&env, &["schagen", "rotterdam"], &[]);
    let target = row(&env, &d, Question::TargetGroup).expect("Schagen asks the target group");
    assert_eq!(target.only_for, ["schagen"]);
    let groups: Vec<Group> = d.rows(&env).into_iter().map(|(g, _)| g).collect();
    assert_eq!(groups.first(), Some(&Group::Person));
    assert_eq!(groups.last(), Some(&Group::TargetGroup));
}

#[test]
fn the_birth_date_gives_the_age_and_an_impossible_one_is_a_problem() {
    let env = env();
    let d = desk(
        &env,
        &["rotterdam"],
        &[(fact(Fact::BirthDate), "24-11-1990")],
    );
    assert_eq!(d.age(&env), Some(35), "one day before the 36th birthday");
    let d = reduce(
        &d,
        DeskAction::Set(fact(Fact::BirthDate), "2030-01-01".into()),
        &env,
    );
    assert_eq!(d.age(&env), None);
    assert!(d.problem(&env, fact(Fact::BirthDate)).is_some());
    assert!(matches!(d.outcome(&env, "rotterdam"), Outcome::NeedsAge));
}

#[test]
fn open_questions_are_counted_and_left_unknown_not_guessed() {
    let env = env();
    let d = desk(&env, &["oldenzaal"], &[(fact(Fact::Age), "40")]);
    let Outcome::Decided { decision, open } = d.outcome(&env, "oldenzaal") else {
        panic!("the age is enough for an outcome");
    };
    assert!(
        open >= 3,
        "benefit, care, volunteering, ladder … are open: {open}"
    );
    // Oldenzaal's ladder step is unknown, so the college decides how far from work they are.
    assert_eq!(decision.status, Status::Discretionary);
    let d = reduce(
        &d,
        DeskAction::Set(fact(Fact::ParticipationLadderStep), "2".into()),
        &env,
    );
    let Outcome::Decided { open: fewer, .. } = d.outcome(&env, "oldenzaal") else {
        panic!()
    };
    assert_eq!(fewer, open - 1);
}

#[test]
fn new_intake_clears_everything_but_the_language() {
    let env = env();
    let mut d = desk(&env, &["helmond"], &volunteer());
    d = reduce(&d, DeskAction::SetLang(Lang::En), &env);
    d = reduce(&d, DeskAction::SetNote("Belt terug".into()), &env);
    d = reduce(&d, DeskAction::New, &env);
    assert_eq!(
        d,
        Desk {
            lang: Lang::En,
            ..Desk::default()
        }
    );
}

#[test]
fn an_intake_file_reads_back_as_the_same_desk() {
    let env = env();
    let mut d = desk(&env, &["helmond", "rotterdam"], &volunteer());
    d = reduce(
        &d,
        DeskAction::Set(fact(Fact::ParticipationLadderStep), "unknown".into()),
        &env,
    );
    d = reduce(
        &d,
        DeskAction::Set(fact(Fact::CaregivingHoursPerWeek), "7,5".into()),
        &env,
    );
    d = reduce(
        &d,
        DeskAction::Set(fact(Fact::Date), "01-12-2026".into()),
        &env,
    );
    d = reduce(&d, DeskAction::SetStart("04-01-2027".into()), &env);
    d = reduce(
        &d,
        DeskAction::SetNote("Wil graag bij de voedselbank.\n\"Maandag\" kan niet.".into()),
        &env,
    );
    let file = intake::write(&d, &env).expect("no problems");
    let back = intake::read(&file, &env, Lang::Nl).expect("it reads back");
    assert_eq!(back, d);
    let value: serde_json::Value = serde_json::from_str(&file).unwrap();
    assert_eq!(
        value["answers"]["participation_ladder_step"],
        serde_json::Value::Null
    );
    assert_eq!(value["answers"]["caregiving_hours_per_week"], 7.5);
    assert_eq!(value["follow_up"]["volunteers"], true);
}

#[test]
fn a_desk_with_a_wrong_answer_is_not_saved() {
    let env = env();
    let d = desk(
        &env,
        &["helmond"],
        &[(fact(Fact::VolunteerHoursPerWeek), "veel")],
    );
    let problems = intake::write(&d, &env).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].0, fact(Fact::VolunteerHoursPerWeek));
}

#[test]
fn a_bad_intake_file_says_what_is_wrong() {
    let env = env();
    let head = r#""format": "tegenprestatie-check/intake", "version": 1"#;
    let cases: Vec<(String, IntakeError)> = vec![
        ("{".into(), IntakeError::NotJson(String::new())),
        ("[]".into(), IntakeError::NotAnIntake),
        (r#"{"age": 34}"#.into(), IntakeError::NotAnIntake),
        (
            r#"{"format": "tegenprestatie-check/intake", "version": 2}"#.into(),
            IntakeError::NewerVersion(2),
        ),
        (
            format!(r#"{{{head}, "extra": 1}}"#),
            IntakeError::UnknownKey("extra".into()),
        ),
        (
            format!(r#"{{{head}, "municipalities": ["atlantis"]}}"#),
            IntakeError::UnknownMunicipality("atlantis".into()),
        ),
        (
            format!(r#"{{{head}, "municipalities": ["urk","urk","urk","urk","urk"]}}"#),
            IntakeError::Municipalities,
        ),
        (
            format!(r#"{{{head}, "answers": {{"age": 200}}}}"#),
            IntakeError::Answer {
                key: "age".into(),
                message: "must be a whole number from 0 to 130, got 200".into(),
            },
        ),
        (
            format!(r#"{{{head}, "answers": {{"shoe_size": 42}}}}"#),
            IntakeError::Answer {
                key: "shoe_size".into(),
                message: String::new(),
            },
        ),
        (
            format!(
                r#"{{{head}, "answers": {{"age": 30, "birth_date": "1990-01-01", "date": "2026-11-23"}}}}"#
            ),
            IntakeError::AgeMismatch,
        ),
        (
            format!(r#"{{{head}, "follow_up": {{"gives_care": "ja"}}}}"#),
            IntakeError::FollowUp("gives_care".into()),
        ),
        (
            format!(r#"{{{head}, "start_date": "04-01-2027"}}"#),
            IntakeError::StartDate,
        ),
        (format!(r#"{{{head}, "note": 5}}"#), IntakeError::Note),
        (
            "x".repeat(intake::MAX_BYTES + 1),
            IntakeError::TooLarge(intake::MAX_BYTES + 1),
        ),
    ];
    for (text, expected) in cases {
        let got = intake::read(&text, &env, Lang::Nl).expect_err(&text[..text.len().min(80)]);
        // Messages from the parsers are compared by kind; our own errors exactly.
        match (&got, &expected) {
            (IntakeError::NotJson(m), IntakeError::NotJson(_)) => {
                assert!(m.contains("line 1 column"), "the parser says where: {m}")
            }
            (IntakeError::Answer { key, message }, IntakeError::Answer { key: k, message: m }) => {
                assert_eq!(key, k);
                if !m.is_empty() {
                    assert_eq!(message, m);
                }
            }
            _ => assert_eq!(got, expected),
        }
    }
    // An empty intake is a valid one.
    let empty = intake::read(&format!("{{{head}}}"), &env, Lang::Nl).unwrap();
    assert_eq!(empty, Desk::default());
}
