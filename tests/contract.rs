//! The JSON contract: defaults, and clear errors that name the field and what is allowed.

use serde_json::json;
use tegenprestatie_check::answers::{Benefit, DEFAULT_PENSION_AGE};
use tegenprestatie_check::contract::{self, answers_from_json, answers_to_json, CheckError};

fn error_of(value: serde_json::Value) -> String {
    answers_from_json(&value).unwrap_err().to_string()
}

#[test]
fn defaults_follow_the_contract() {
    let a = answers_from_json(&json!({ "age": 40 })).unwrap();
    assert_eq!(a.benefit, Benefit::Participatiewet);
    assert!(!a.reached_pension_age);
    assert_eq!(a.caregiving_necessary, None);
    assert_eq!(a.participation_ladder_step, None);
    let old = answers_from_json(&json!({ "age": DEFAULT_PENSION_AGE })).unwrap();
    assert!(
        old.reached_pension_age,
        "reached_pension_age defaults to age >= 67"
    );
}

#[test]
fn answers_round_trip_through_json() {
    let a = answers_from_json(&json!({
        "age": 52, "benefit": "ioaz", "caregiving_hours_per_week": 6.5, "caregiving_necessary": true,
        "participation_ladder_step": 3, "months_on_benefit": 14, "target_group": "groeier"
    }))
    .unwrap();
    assert_eq!(answers_from_json(&answers_to_json(&a)).unwrap(), a);
}

#[test]
fn age_is_required() {
    assert_eq!(
        error_of(json!({})),
        "field `age`: is required: a whole number from 0 to 130"
    );
}

#[test]
fn out_of_range_numbers_name_the_field_and_range() {
    assert_eq!(
        error_of(json!({ "age": 131 })),
        "field `age`: must be a whole number from 0 to 130, got 131"
    );
    assert_eq!(
        error_of(json!({ "age": 30, "volunteer_hours_per_week": 169 })),
        "field `volunteer_hours_per_week`: must be a number from 0 to 168, got 169"
    );
    assert_eq!(
        error_of(json!({ "age": 30, "caregiving_months": -1 })),
        "field `caregiving_months`: must be a number from 0 to 600, got -1"
    );
    assert_eq!(
        error_of(json!({ "age": 30, "participation_ladder_step": 7 })),
        "field `participation_ladder_step`: must be a whole number from 1 to 6, got 7"
    );
    assert!(error_of(json!({ "age": 30.5 })).starts_with("field `age`: must be a whole number"));
}

#[test]
fn wrong_types_and_choices_are_named() {
    assert_eq!(
        error_of(json!({ "age": 30, "has_disability": "ja" })),
        "field `has_disability`: must be true or false, got \"ja\""
    );
    assert_eq!(
        error_of(json!({ "age": 30, "benefit": "ww" })),
        "field `benefit`: must be one of participatiewet, ioaw, ioaz, special_assistance_only, none, got \"ww\""
    );
    assert_eq!(
        error_of(json!({ "age": 30, "target_group": "starter" })),
        "field `target_group`: must be one of uitstromer, groeier, blijver, got \"starter\""
    );
}

#[test]
fn unknown_keys_are_rejected() {
    let message = error_of(json!({ "age": 30, "volunteer_hours": 4 }));
    assert!(message.starts_with("field `volunteer_hours`: is not a known field; allowed are age,"));
}

#[test]
fn answers_must_be_an_object() {
    assert!(error_of(json!([1, 2])).starts_with("the answers must be a JSON object"));
}

#[test]
fn unknown_municipality_lists_the_known_ones() {
    let err = contract::check("amsterdam", &json!({ "age": 30 })).unwrap_err();
    assert!(matches!(err, CheckError::UnknownMunicipality(_)));
    let message = err.to_string();
    assert!(message.starts_with("unknown municipality `amsterdam`; known are: asten, berg-en-dal"));
}

#[test]
fn municipality_list_carries_version_source_and_detail() {
    let list = serde_json::to_value(contract::municipalities_view()).unwrap();
    let oldenzaal = list
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == "oldenzaal")
        .unwrap();
    assert_eq!(oldenzaal["ordinance"]["detail"], "full_text");
    assert_eq!(oldenzaal["ordinance"]["version"]["in_force"], "2015-01-01");
    let weesp = list
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == "weesp")
        .unwrap();
    assert_eq!(weesp["ordinance"]["detail"], "summary");
    assert!(weesp["since"]["nl"].as_str().unwrap().contains("Amsterdam"));
}

#[test]
fn a_decision_says_what_the_college_decides_and_what_comes_next() {
    let d = contract::check(
        "wijdemeren",
        &json!({ "age": 40, "caregiving_hours_per_week": 5 }),
    )
    .unwrap();
    let v = serde_json::to_value(contract::DecisionView::new(&d)).unwrap();
    assert_eq!(v["status"], "discretionary");
    assert!(v["college_decides"][0]["nl"]
        .as_str()
        .unwrap()
        .contains("mantelzorg"));
    let topics: Vec<&str> = v["next_steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["topic"].as_str().unwrap())
        .collect();
    for topic in ["choice", "non_compliance", "objection"] {
        assert!(topics.contains(&topic), "missing {topic} in {topics:?}");
    }
    assert!(!v["practice_notes"].as_array().unwrap().is_empty());
    assert!(v["disclaimer"]["nl"]
        .as_str()
        .unwrap()
        .contains("geen besluit"));
}

#[test]
fn null_is_accepted_only_where_the_contract_allows_it() {
    let a = answers_from_json(&json!({
        "age": 30, "caregiving_necessary": null, "participation_ladder_step": null,
        "months_on_benefit": null, "target_group": null
    }))
    .unwrap();
    assert_eq!(a.participation_ladder_step, None);
    assert_eq!(
        error_of(json!({ "age": 30, "caregiving_hours_per_week": null })),
        "field `caregiving_hours_per_week`: must be a number from 0 to 168, got null"
    );
    assert!(error_of(json!({ "age": 30, "benefit": null }))
        .starts_with("field `benefit`: must be one of"));
    assert!(error_of(json!({ "age": null })).starts_with("field `age`: must be a whole number"));
    assert_eq!(
        error_of(json!({ "age": 30, "urgent_reasons": null })),
        "field `urgent_reasons`: must be true or false, got null"
    );
}
