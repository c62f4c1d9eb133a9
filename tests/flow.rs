//! The guided check's reducer, run natively: the path a person takes, and what it asks.

mod common;

use tegenprestatie_check::answers::Answers;
use tegenprestatie_check::catalog;
use tegenprestatie_check::date::Date;
use tegenprestatie_check::decision::Status;
use tegenprestatie_check::facts::Fact;
use tegenprestatie_check::flow::describe;
use tegenprestatie_check::flow::questions::{Field, Gate, Input, Question};
use tegenprestatie_check::flow::share;
use tegenprestatie_check::flow::state::{self, Action, Env, Lang, Problem, Screen, State};
use tegenprestatie_check::flow::texts::{problem_text, t};

/// The bundled rule sets on the test day.
fn env() -> Env {
    Env {
        catalog: catalog::bundled(),
        today: common::day(),
    }
}

fn reduce(s: &State, a: Action) -> State {
    state::reduce(s, a, &env())
}

fn status(id: &str, answers: &Answers) -> Status {
    catalog::bundled()
        .decide(id, answers)
        .expect("a known municipality")
        .expect("in force")
        .status
}

fn apply(state: State, actions: impl IntoIterator<Item = Action>) -> State {
    actions.into_iter().fold(state, |s, a| reduce(&s, a))
}

/// Answers every question the check asks with `answer(field)`, pressing Next each time, and
/// returns the state and the questions seen, in order.
fn walk(gemeente: &str, answer: impl Fn(Field) -> &'static str) -> (State, Vec<Question>) {
    let mut state = reduce(
        &State::default(),
        Action::Set(Field::Municipality, gemeente.into()),
    );
    let mut seen = Vec::new();
    while let Screen::Question(q) = state.screen {
        seen.push(q);
        for field in q.fields() {
            if *field != Field::Municipality {
                state = reduce(&state, Action::Set(*field, answer(*field).into()));
            }
        }
        let before = state.screen;
        state = reduce(&state, Action::Next);
        assert_ne!(state.screen, before, "stuck on {q:?}: {:?}", state.errors);
    }
    (state, seen)
}

fn plain(field: Field) -> &'static str {
    match field {
        Field::Fact(Fact::Age) => "35",
        Field::Fact(Fact::Benefit) => "participatiewet",
        Field::Fact(Fact::ParticipationLadderStep)
        | Field::Fact(Fact::TargetGroup)
        | Field::Fact(Fact::CaregivingNecessary) => "unknown",
        Field::Fact(Fact::CaregivingHoursPerWeek) | Field::Fact(Fact::VolunteerHoursPerWeek) => "4",
        Field::Fact(Fact::CaregivingMonths)
        | Field::Fact(Fact::VolunteerMonths)
        | Field::Fact(Fact::MonthsOnBenefit) => "6",
        Field::Fact(Fact::PartTimeWorkHoursPerWeek) => "10",
        _ => "no",
    }
}

#[test]
fn overbetuwe_asks_only_what_its_ordinance_uses() {
    let (state, seen) = walk("overbetuwe", plain);
    assert_eq!(state.screen, Screen::Review);
    assert!(
        !seen.contains(&Question::Ladder),
        "Overbetuwe ignores the ladder"
    );
    assert!(!seen.contains(&Question::TargetGroup));
    assert!(
        !seen.contains(&Question::CareAmount),
        "no care hours for someone who gives none"
    );
    assert!(seen.contains(&Question::PartTimeWork));
    assert_eq!(
        seen[..4],
        [
            Question::Municipality,
            Question::Age,
            Question::Benefit,
            Question::Incapacity
        ]
    );
}

#[test]
fn oldenzaal_asks_the_participation_ladder_and_schagen_the_target_group() {
    let (_, oldenzaal) = walk("oldenzaal", plain);
    assert!(oldenzaal.contains(&Question::Ladder));
    assert!(
        !oldenzaal.contains(&Question::Reintegration),
        "Oldenzaal's text does not use it"
    );
    let (_, schagen) = walk("schagen", plain);
    assert!(schagen.contains(&Question::TargetGroup));
    assert!(!schagen.contains(&Question::Ladder));
}

#[test]
fn a_carer_is_asked_how_much_and_whether_it_is_necessary_where_that_matters() {
    let carer = |f: Field| match f {
        Field::Gate(Gate::GivesCare) => "yes",
        other => plain(other),
    };
    let (_, wijdemeren) = walk("wijdemeren", carer);
    assert!(wijdemeren.contains(&Question::CareAmount));
    assert!(wijdemeren.contains(&Question::CareNecessary));
    let (_, helmond) = walk("helmond", carer);
    assert!(helmond.contains(&Question::CareAmount));
    assert!(
        !helmond.contains(&Question::CareNecessary),
        "Helmond counts hours, not necessity"
    );
}

#[test]
fn the_law_ends_the_check_early_for_someone_under_18() {
    let (state, seen) = walk("rotterdam", |f| {
        if f == Field::Fact(Fact::Age) {
            "17"
        } else {
            plain(f)
        }
    });
    // The age alone settles it: no question after it.
    assert_eq!(seen, vec![Question::Municipality, Question::Age]);
    let answers = state.answers(&env()).expect("complete");
    assert_eq!(status("rotterdam", &answers), Status::NotApplicable);
    let result = reduce(&state, Action::Next);
    assert_eq!(result.screen, Screen::Result);
}

/// Walks a check on a given day.
fn walk_on(
    today: &str,
    gemeente: &str,
    answer: impl Fn(Field) -> &'static str,
) -> (State, Vec<Question>) {
    let env = Env {
        catalog: catalog::bundled(),
        today: Date::parse(today).unwrap(),
    };
    let mut state = state::reduce(
        &State::default(),
        Action::Set(Field::Municipality, gemeente.into()),
        &env,
    );
    let mut seen = Vec::new();
    while let Screen::Question(q) = state.screen {
        seen.push(q);
        for field in q.fields() {
            if *field != Field::Municipality {
                state = state::reduce(&state, Action::Set(*field, answer(*field).into()), &env);
            }
        }
        state = state::reduce(&state, Action::Next, &env);
    }
    (state, seen)
}

#[test]
fn the_aow_question_is_asked_only_when_the_months_decide() {
    let aged = |age: &'static str| {
        move |f: Field| match f {
            Field::Fact(Fact::Age) => age,
            Field::Fact(Fact::ReachedPensionAge) => "no",
            other => plain(other),
        }
    };
    // 2028: the AOW age is 67 and 3 months, so at 67 only the months tell.
    let (_, at_67) = walk_on("2028-06-01", "overbetuwe", aged("67"));
    assert!(at_67.contains(&Question::PensionAge));
    let (_, at_66) = walk_on("2028-06-01", "overbetuwe", aged("66"));
    assert!(!at_66.contains(&Question::PensionAge), "66 is below it");
    // 2026: the AOW age is 67 exactly; at 67 the law settles it and the check ends early.
    let (_, in_2026) = walk_on("2026-06-01", "overbetuwe", aged("67"));
    assert!(!in_2026.contains(&Question::PensionAge));
    assert!(
        !in_2026.contains(&Question::Care),
        "the law ended the check"
    );
    let (_, at_40) = walk_on("2028-06-01", "overbetuwe", plain);
    assert!(!at_40.contains(&Question::PensionAge));
}

#[test]
fn a_wrong_entry_is_kept_and_named() {
    let s = apply(
        State::default(),
        [
            Action::Set(Field::Municipality, "hilversum".into()),
            Action::Next,
            Action::Set(Field::Fact(Fact::Age), "veertig".into()),
            Action::Next,
        ],
    );
    assert_eq!(s.screen, Screen::Question(Question::Age));
    assert_eq!(
        s.errors,
        vec![(Field::Fact(Fact::Age), Problem::NotANumber)]
    );
    assert_eq!(
        s.draft[&Field::Fact(Fact::Age)],
        "veertig",
        "nothing the person typed is lost"
    );
    assert_eq!(
        problem_text(Lang::Nl, Field::Fact(Fact::Age), Problem::NotANumber),
        "Vul uw leeftijd in met cijfers, zoals 35."
    );
    let s = apply(
        s,
        [
            Action::Set(Field::Fact(Fact::Age), "140".into()),
            Action::Next,
        ],
    );
    assert!(matches!(
        s.errors[..],
        [(Field::Fact(Fact::Age), Problem::OutOfRange { .. })]
    ));
    let s = apply(
        s,
        [
            Action::Set(Field::Fact(Fact::Age), "40,5".into()),
            Action::Next,
        ],
    );
    assert_eq!(s.errors, vec![(Field::Fact(Fact::Age), Problem::NotWhole)]);
    let s = apply(
        s,
        [
            Action::Set(Field::Fact(Fact::Age), "40".into()),
            Action::Next,
        ],
    );
    assert_eq!(s.screen, Screen::Question(Question::Benefit));
    assert!(s.errors.is_empty());
}

#[test]
fn dutch_decimal_commas_are_read() {
    let (state, _) = walk("duiven", |f| match f {
        Field::Gate(Gate::Volunteers) => "yes",
        Field::Fact(Fact::VolunteerHoursPerWeek) => "1,5",
        Field::Fact(Fact::VolunteerMonths) => "12",
        other => plain(other),
    });
    let answers = state.answers(&env()).unwrap();
    assert_eq!(answers.get(Fact::VolunteerHoursPerWeek), 1.5);
    assert_eq!(status("duiven", &answers), Status::Obligated);
}

#[test]
fn back_goes_to_the_previous_asked_question() {
    let (state, seen) = walk("overbetuwe", plain);
    let back = reduce(&state, Action::Back);
    assert_eq!(back.screen, Screen::Question(*seen.last().unwrap()));
    let first = apply(State::default(), [Action::Back]);
    assert_eq!(
        first.screen,
        Screen::Question(Question::Municipality),
        "no step before the first"
    );
}

#[test]
fn change_from_the_review_returns_to_it() {
    let (state, _) = walk("overbetuwe", plain);
    let s = apply(
        state,
        [
            Action::Edit(Question::Age),
            Action::Set(Field::Fact(Fact::Age), "50".into()),
            Action::Next,
        ],
    );
    assert_eq!(s.screen, Screen::Review);
    assert_eq!(s.answers(&env()).unwrap().get(Fact::Age), 50.0);
}

#[test]
fn a_change_that_opens_a_question_asks_it_before_the_review() {
    let (state, _) = walk("overbetuwe", plain);
    let s = apply(
        state,
        [
            Action::Edit(Question::Volunteer),
            Action::Set(Field::Gate(Gate::Volunteers), "yes".into()),
            Action::Next,
        ],
    );
    assert_eq!(s.screen, Screen::Question(Question::VolunteerAmount));
}

#[test]
fn switching_language_keeps_every_answer() {
    let (state, _) = walk("overbetuwe", plain);
    let english = reduce(&state, Action::SetLang(Lang::En));
    assert_eq!(english.draft, state.draft);
    assert_eq!(english.screen, state.screen);
    assert_eq!(english.lang, Lang::En);
}

#[test]
fn clearing_forgets_the_answers_but_not_the_language() {
    let (state, _) = walk("overbetuwe", plain);
    let s = apply(state, [Action::SetLang(Lang::En), Action::Clear]);
    assert!(s.draft.is_empty());
    assert_eq!(s.lang, Lang::En);
    assert_eq!(s.screen, Screen::Question(Question::Municipality));
}

#[test]
fn the_step_counter_does_not_jump() {
    // The municipality is not counted; the estimate is the count with every follow-up closed.
    let s = apply(
        State::default(),
        [
            Action::Set(Field::Municipality, "overbetuwe".into()),
            Action::Next,
        ],
    );
    assert_eq!(s.step(&env()), Some((1, s.questions(&env()).len() - 1)));
    assert_eq!(
        State::default().step(&env()),
        None,
        "no count before the municipality"
    );
    // Walking through with plain answers, the total stays the same on every question.
    let mut state = s;
    let (_, total) = state.step(&env()).unwrap();
    let mut n = 1;
    while let Screen::Question(q) = state.screen {
        assert_eq!(state.step(&env()), Some((n, total)), "on {q:?}");
        for field in q.fields() {
            state = reduce(&state, Action::Set(*field, plain(*field).into()));
        }
        state = reduce(&state, Action::Next);
        n += 1;
    }
    assert_eq!(state.screen, Screen::Review);
    assert_eq!(
        n - 1,
        total,
        "the estimate was the number of questions asked"
    );
    // Opening a follow-up adds its questions; it never removes any.
    let carer = apply(
        State::default(),
        [
            Action::Set(Field::Municipality, "overbetuwe".into()),
            Action::Set(Field::Gate(Gate::GivesCare), "yes".into()),
            Action::Set(Field::Fact(Fact::Age), "40".into()),
            Action::Next,
            Action::Next,
        ],
    );
    assert!(carer.step(&env()).unwrap().1 > total);
}

#[test]
fn a_shared_link_restores_the_check() {
    let (state, _) = walk("wijdemeren", |f| match f {
        Field::Gate(Gate::Volunteers) => "yes",
        Field::Fact(Fact::VolunteerHoursPerWeek) => "8",
        other => plain(other),
    });
    let state = reduce(&state, Action::SetLang(Lang::En));
    let text = share::encode(&state);
    assert!(
        text.starts_with("taal=en&stap=controle&gemeente=wijdemeren"),
        "{text}"
    );
    let back = share::decode(&format!("#{text}"), &env()).unwrap();
    assert_eq!(back.draft, state.draft);
    assert_eq!(back.screen, Screen::Review);
    assert_eq!(back.lang, Lang::En);
}

#[test]
fn a_link_with_odd_values_opens_where_it_still_can() {
    let s = share::decode(
        "taal=xx&stap=uitkomst&gemeente=overbetuwe&age=%33%35&onzin=1",
        &env(),
    )
    .unwrap();
    assert_eq!(s.draft[&Field::Fact(Fact::Age)], "35");
    assert_eq!(s.lang, Lang::Nl);
    assert_eq!(
        s.screen,
        Screen::Question(Question::Benefit),
        "an incomplete check cannot show a result"
    );
    assert!(share::decode("", &env()).is_none());
    assert!(share::decode("#foo=bar", &env()).is_none());
}

#[test]
fn bounds_read_as_plain_words_in_both_languages() {
    let words = |lang| &t(lang).bounds;
    let b = |id: &str| {
        catalog::bundled()
            .find(id)
            .unwrap()
            .0
            .ordinance()
            .assignment
            .as_ref()
            .unwrap()
            .bounds
            .clone()
    };
    assert_eq!(
        describe::bounds(&b("wijdemeren"), words(Lang::Nl)),
        "8 tot 16 uur per week, 6 maanden"
    );
    assert_eq!(
        describe::bounds(&b("overbetuwe"), words(Lang::En)),
        "4 to 8 hours a week, 2 to 6 months"
    );
    assert_eq!(
        describe::bounds(&b("rotterdam"), words(Lang::Nl)),
        "hoogstens 20 uur per week, of minder als u dat niet kunt, zonder einddatum"
    );
    assert_eq!(
        describe::bounds(&b("rheden"), words(Lang::Nl)),
        "gemiddeld 4 uur per week, 52 tot 208 uur in totaal per jaar"
    );
    assert_eq!(
        describe::bounds(&b("urk"), words(Lang::Nl)),
        "8 tot 16 uur per week, 2 keer 6 weken per jaar"
    );
    assert_eq!(
        describe::bounds(&b("oldenzaal"), words(Lang::Nl)),
        "hoogstens 24 uur per week, hoogstens 6 maanden"
    );
}

#[test]
fn every_question_and_option_has_text_in_both_languages() {
    for lang in [Lang::Nl, Lang::En] {
        let c = t(lang);
        for q in Question::ALL {
            assert!(!c.question(q).title.is_empty());
            for field in q.fields() {
                assert!(!c.field_label(*field).is_empty());
                if let input @ Input::Choice { .. } = field.input() {
                    for option in input.options() {
                        assert!(
                            c.option_label(*field, option).is_some(),
                            "{lang:?} {field:?} {option}"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn stray_spaces_in_a_link_mean_the_same_everywhere() {
    let s = share::decode(
        "gemeente=+wijdemeren&age=35&benefit=+none&fully_permanently_incapacitated=%20no\
         &single_parent_exemption=no&stap=uitkomst",
        &env(),
    )
    .unwrap();
    assert_eq!(s.municipality(&env()), Some("wijdemeren"));
    assert_eq!(s.screen, Screen::Result);
    let answers = s.answers(&env()).unwrap();
    assert_eq!(
        status("wijdemeren", &answers),
        Status::NotApplicable,
        "' none' is no benefit"
    );
}

#[test]
fn answers_are_remembered_on_the_device_only_when_asked_and_a_new_start_forgets_that() {
    let s = State::default();
    assert!(!s.remember, "off unless the person chooses it");
    let s = reduce(&s, Action::Remember(true));
    assert!(s.remember);
    assert!(
        !share::encode(&s).contains("remember") && !share::encode(&s).contains("onthoud"),
        "the choice is never part of a link"
    );
    let s = reduce(&s, Action::Clear);
    assert!(!s.remember, "a new start forgets the choice too");
}

#[test]
fn the_back_button_restores_the_earlier_screen_and_keeps_the_device_choice() {
    let earlier = apply(
        State::default(),
        [
            Action::Set(Field::Municipality, "rotterdam".into()),
            Action::Next,
        ],
    );
    let later = apply(
        earlier.clone(),
        [
            Action::Set(Field::Fact(Fact::Age), "40".into()),
            Action::Next,
            Action::Remember(true),
        ],
    );
    assert_ne!(later.screen, earlier.screen);
    let fragment = share::encode(&earlier);
    let restored = share::decode(&fragment, &env()).expect("a fragment");
    let back = reduce(&later, Action::Restore(Box::new(restored)));
    assert_eq!(back.screen, Screen::Question(Question::Age));
    assert!(back.remember);
    // A tampered link pointing past unanswered questions lands on the first one to answer.
    let tampered = share::decode("taal=nl&stap=uitkomst&gemeente=rotterdam", &env()).unwrap();
    let landed = reduce(&later, Action::Restore(Box::new(tampered)));
    assert_eq!(landed.screen, Screen::Question(Question::Age));
}

#[test]
fn a_municipality_fixed_by_the_host_page_is_not_asked_nor_counted_and_survives_a_new_start() {
    let fixed = reduce(&State::default(), Action::Fix(Some("oldenzaal".into())));
    assert_eq!(
        fixed.screen,
        Screen::Question(Question::Age),
        "straight to the first question"
    );
    assert!(!fixed.questions(&env()).contains(&Question::Municipality));
    assert!(
        !fixed.has_previous(&env()),
        "no way back to a choice that is not there"
    );
    // The count is the same as when the person chose the municipality themselves.
    let chosen = apply(
        State::default(),
        [
            Action::Set(Field::Municipality, "oldenzaal".into()),
            Action::Next,
        ],
    );
    assert_eq!(chosen.screen, Screen::Question(Question::Age));
    assert_eq!(fixed.step(&env()), chosen.step(&env()));
    assert_eq!(fixed.step(&env()).map(|(n, _)| n), Some(1));

    // Answered, then cleared: the municipality stays fixed, the answers go.
    let answered = apply(
        fixed.clone(),
        [
            Action::Set(Field::Fact(Fact::Age), "30".into()),
            Action::Next,
        ],
    );
    assert_ne!(answered.screen, Screen::Question(Question::Age));
    let cleared = reduce(&answered, Action::Clear);
    assert_eq!(cleared.screen, Screen::Question(Question::Age));
    assert!(cleared.fixed);
    assert_eq!(cleared.municipality(&env()), Some("oldenzaal"));
    assert_eq!(cleared.draft.get(&Field::Fact(Fact::Age)), None);

    // The host lets go: the choice comes back, the answers stay.
    let free = reduce(&answered, Action::Fix(None));
    assert!(free.questions(&env()).contains(&Question::Municipality));
    assert_eq!(
        free.draft.get(&Field::Fact(Fact::Age)).map(String::as_str),
        Some("30")
    );
    assert!(free.has_previous(&env()));
}

#[test]
fn a_host_language_tag_is_read_as_pages_write_it() {
    for (tag, lang) in [
        ("nl", Some(Lang::Nl)),
        ("nl-NL", Some(Lang::Nl)),
        ("NL-be", Some(Lang::Nl)),
        ("en", Some(Lang::En)),
        ("en-GB", Some(Lang::En)),
        ("en_US", Some(Lang::En)),
        ("de", None),
        ("", None),
        ("english", None),
    ] {
        assert_eq!(Lang::from_tag(tag), lang, "{tag}");
    }
}

/// The check on another day than the test day.
fn env_on(today: &str) -> Env {
    Env {
        catalog: catalog::bundled(),
        today: Date::parse(today).unwrap(),
    }
}

fn chosen(env: &Env, id: &str) -> State {
    state::reduce(
        &State::default(),
        Action::Set(Field::Municipality, id.into()),
        env,
    )
}

/// From 2027-01-01 the check gives no answer from the 2015 rules; a day of 2026 chosen by the
/// person gives the rules as they were, marked as rules of the past.
#[test]
fn on_a_day_of_2027_the_check_refuses_and_offers_the_rules_of_2026() {
    let env = env_on("2027-01-05");
    let s = chosen(&env, "rotterdam");
    assert_eq!(s.reference_day(&env), Date::parse("2027-01-05").unwrap());
    assert!(matches!(
        s.refusal(&env),
        Some(tegenprestatie_check::engine::NotInForce::LawChanged { .. })
    ));
    assert!(!s.looks_back(&env));
    // "Bekijk de regels zoals ze waren op 31 december 2026".
    let past = state::reduce(
        &s,
        Action::Set(Field::Fact(Fact::Date), "2026-12-31".into()),
        &env,
    );
    assert_eq!(past.refusal(&env), None);
    assert!(past.looks_back(&env) && past.day_chosen(&env));
    let past = state::reduce(
        &past,
        Action::Set(Field::Fact(Fact::Age), "40".into()),
        &env,
    );
    let answers = past.answers_from_for_test(&env);
    assert_eq!(answers.reference_date(), Date::parse("2026-12-31"));
    // On 2026-12-31 itself nothing is of the past.
    let env = env_on("2026-12-31");
    assert!(!chosen(&env, "rotterdam").looks_back(&env));
    assert_eq!(chosen(&env, "rotterdam").refusal(&env), None);
}

/// A merged municipality's ordinance answers until two years after the merger; after that the
/// check says so, and Rijnwaarden's successor Zevenaar still answers.
#[test]
fn a_merged_municipality_is_refused_after_two_years_and_its_successor_answers() {
    use tegenprestatie_check::engine::NotInForce;
    let env = env_on("2026-06-01");
    assert!(matches!(
        chosen(&env, "rijnwaarden").refusal(&env),
        Some(NotInForce::Merged { .. })
    ));
    assert_eq!(chosen(&env, "zevenaar").refusal(&env), None);
    assert!(matches!(
        chosen(&env, "weesp").refusal(&env),
        Some(NotInForce::After { .. })
    ));
    let env = env_on("2019-12-31");
    assert_eq!(chosen(&env, "rijnwaarden").refusal(&env), None);
}
