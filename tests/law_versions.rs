//! The statute as dated versions, and one reference day: which rules answer for which day.
//!
//! The statutory layer is a list of versions without gaps or overlaps; a version whose rules this
//! checker does not know is marked so, and for a day it covers no answer comes from older rules.
//! Adding the rules of a later version is a change of data only. Whatever supplies the day (the
//! answers' `date`, the CLI's `--date`, the JS API's `options.date`), the answers are checked
//! against the same day they are decided for.

mod common;

use proptest::prelude::*;
use serde_json::json;
use tegenprestatie_check::catalog::{self, Catalog};
use tegenprestatie_check::contract::{self, CheckError, DecisionView};
use tegenprestatie_check::date::Date;
use tegenprestatie_check::model::{Bundle, Condition, Effect, Ordinance, Rule};
use tegenprestatie_check::validate::validate_bundle;

use common::bundle;

fn problems(bundle: &Bundle) -> Vec<String> {
    validate_bundle(bundle)
        .iter()
        .map(|p| p.to_string())
        .collect()
}

fn reports(found: &[String], text: &str) -> bool {
    found.iter().any(|p| p.contains(text))
}

fn day(text: &str) -> Date {
    Date::parse(text).expect("a valid date")
}

#[test]
fn the_bundled_statute_is_the_2015_rules_until_2026_and_a_version_not_known_from_2027() {
    let catalog = catalog::bundled();
    let versions = catalog.statutes();
    assert_eq!(versions.len(), 2);
    assert_eq!(versions[0].version.valid_from, "2015-01-01");
    assert_eq!(versions[0].version.valid_to.as_deref(), Some("2026-12-31"));
    assert!(versions[0].rules_not_known.is_none() && !versions[0].rules.is_empty());
    let later = &versions[1];
    assert_eq!(later.version.valid_from, "2027-01-01");
    let not_known = later.rules_not_known.as_ref().expect("marked as not known");
    assert_eq!(not_known.act, "BWBR0051679");
    assert_eq!(
        not_known.url,
        "https://wetten.overheid.nl/BWBR0015703/2027-01-01"
    );
    assert!(later.rules.is_empty());
    assert_eq!(catalog.rules_known_until(), Some(day("2026-12-31")));
    assert!(catalog.law_change_on(day("2026-12-31")).is_none());
    assert!(catalog.law_change_on(day("2027-01-01")).is_some());
}

#[test]
fn a_gap_between_statute_versions_is_refused() {
    let mut b = bundle();
    b.statutes[1].version.valid_from = "2027-01-02".into();
    let found = problems(&b);
    assert!(
        reports(
            &found,
            "valid_from 2027-01-02 leaves a gap after participatiewet ends on 2026-12-31"
        ),
        "{found:?}"
    );
}

#[test]
fn overlapping_statute_versions_are_refused() {
    let mut b = bundle();
    b.statutes[1].version.valid_from = "2026-12-31".into();
    let found = problems(&b);
    assert!(
        reports(
            &found,
            "valid_from 2026-12-31 overlaps participatiewet, which holds until 2026-12-31"
        ),
        "{found:?}"
    );
    let mut b = bundle();
    b.statutes[0].version.valid_to = None;
    let found = problems(&b);
    assert!(
        reports(
            &found,
            "valid_to is missing, but version participatiewet-2027 follows"
        ),
        "{found:?}"
    );
}

#[test]
fn a_statute_version_without_rules_must_be_marked_as_not_known() {
    let mut b = bundle();
    b.statutes[1].rules_not_known = None;
    let found = problems(&b);
    assert!(
        reports(
            &found,
            "a statute version without rules must be marked [rules_not_known]"
        ),
        "{found:?}"
    );
    // And a version marked as not known has no rules.
    let mut b = bundle();
    b.statutes[1].rules = b.statutes[0].rules.clone();
    let found = problems(&b);
    assert!(
        reports(&found, "a version whose rules are not known has no rules"),
        "{found:?}"
    );
    // The bundled list itself passes.
    assert!(problems(&bundle()).is_empty());
}

#[test]
fn from_2027_01_01_no_answer_comes_from_the_2015_rules() {
    let catalog = catalog::bundled();
    let check = |date: &str| {
        contract::check(
            &catalog,
            "rotterdam",
            &json!({ "age": 40, "date": date }),
            common::day(),
        )
    };
    assert_eq!(check("2026-12-31").unwrap().status.key(), "obligated");
    match check("2027-01-01").unwrap_err() {
        CheckError::LawChanged {
            date,
            from,
            act,
            url,
            name,
        } => {
            assert_eq!((date, from), (day("2027-01-01"), day("2027-01-01")));
            assert_eq!(act, "BWBR0051679");
            assert_eq!(url, "https://wetten.overheid.nl/BWBR0015703/2027-01-01");
            assert!(name.contains("Participatiewet in balans"), "{name}");
        }
        other => panic!("expected law_changed, got {other:?}"),
    }
    // Even what the law alone would settle: under 18 on 2027-01-05.
    let young = contract::check(
        &catalog,
        "rotterdam",
        &json!({ "age": 17, "date": "2027-01-05" }),
        common::day(),
    );
    assert_eq!(young.unwrap_err().code(), "law_changed");
}

/// A made-up successor with rules: the 2015 rules plus one that ends the duty under 21. The
/// catalogue answers 2027 from it without a change of code.
fn with_made_up_successor() -> Catalog {
    let mut b = bundle();
    let mut next: Ordinance = b.statutes[0].clone();
    next.id = "participatiewet-2027".into();
    next.title = "Made-up successor (test only)".into();
    next.version.year = 2027;
    next.version.valid_from = "2027-01-01".into();
    next.version.valid_to = None;
    let mut rule: Rule = next.rules[0].clone();
    rule.id = "jonger-dan-21".into();
    rule.effect = Effect::NotApplicable;
    rule.when = Some(Condition::Below(
        tegenprestatie_check::facts::Fact::Age,
        21.0,
    ));
    rule.explanation.nl = "Verzonnen regel voor een test.".into();
    rule.explanation.en = "A made-up rule for a test.".into();
    next.rules.insert(0, rule);
    b.statutes[1] = next;
    Catalog::load(b.statutes, b.ordinances).expect("the successor passes the validator")
}

#[test]
fn adding_the_rules_of_a_later_version_is_a_change_of_data_only() {
    let catalog = with_made_up_successor();
    let status = |age: u32, date: &str| {
        let d = contract::check(
            &catalog,
            "rotterdam",
            &json!({ "age": age, "date": date }),
            common::day(),
        )
        .expect("an answer");
        let view = serde_json::to_value(DecisionView::new(&d)).unwrap();
        (
            view["status"].as_str().unwrap().to_string(),
            view["grounds"][0]["rule"].as_str().map(String::from),
        )
    };
    // The last day of the 2015 rules: 19 is bound.
    assert_eq!(status(19, "2026-12-31").0, "obligated");
    // The first day of the successor: its own rule decides.
    assert_eq!(
        status(19, "2027-01-01"),
        ("not_applicable".into(), Some("jonger-dan-21".into()))
    );
    // Rotterdam's ordinance still holds under it for everyone else.
    assert_eq!(status(40, "2027-01-01").0, "obligated");
    assert!(catalog.law_change_on(day("2027-01-01")).is_none());
    assert_eq!(catalog.rules_known_until(), None);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// One reference day: with the day given apart from the answers (`--date`, `options.date`),
    /// the answers are checked against that day and decided for it; a birth date after it, or
    /// an age that contradicts the birth date on it, is refused naming both fields.
    #[test]
    fn validation_and_decision_never_see_different_days(
        birth in 0i32..(365 * 80),
        answer_day in 0i32..(365 * 14),
        option_day in proptest::option::of(0i32..(365 * 14)),
        age in proptest::option::of(0u32..100),
    ) {
        let base = day("2014-01-01").0;
        let birth = Date(day("1950-01-01").0 + birth);
        let answer_day = Date(base + answer_day);
        let option_day = option_day.map(|d| Date(base + d));
        let mut answers = json!({ "birth_date": birth.iso(), "date": answer_day.iso() });
        if let Some(age) = age {
            answers["age"] = json!(age);
        }
        let on = option_day.unwrap_or(answer_day);
        let read = contract::answers_from_json_on(&answers, common::day(), option_day);
        if birth > on {
            let e = read.unwrap_err();
            prop_assert_eq!(e.field.as_str(), "birth_date");
            prop_assert!(e.message.contains("`date`"), "{}", e.message);
        } else if age.is_some_and(|a| i64::from(a) != i64::from(birth.years_until(on))) {
            let e = read.unwrap_err();
            prop_assert_eq!(e.field.as_str(), "age");
            prop_assert!(e.message.contains("birth_date"), "{}", e.message);
        } else {
            let a = read.unwrap();
            prop_assert_eq!(a.reference_date(), Some(on));
            let catalog = catalog::bundled();
            match contract::decide(&catalog, "rotterdam", &a) {
                Ok(d) => {
                    prop_assert_eq!(d.pension.on, Some(on));
                    prop_assert!(on <= day("2026-12-31"));
                }
                Err(e) => prop_assert!(
                    matches!(e.code(), "law_changed" | "not_in_force"),
                    "{e}"
                ),
            }
        }
    }
}
