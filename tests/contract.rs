//! The JSON contract: defaults, and clear errors that name the field and what is allowed.

mod common;

use serde_json::json;
use tegenprestatie_check::catalog;
use tegenprestatie_check::contract::{self, CheckError, DecisionView};
use tegenprestatie_check::date::Date;
use tegenprestatie_check::facts::Fact;

use common::day;

fn answers_from_json(
    value: &serde_json::Value,
) -> Result<tegenprestatie_check::answers::Answers, contract::InputError> {
    contract::answers_from_json(value, day())
}

fn answers_to_json(a: &tegenprestatie_check::answers::Answers) -> serde_json::Value {
    contract::answers_to_json(a)
}

fn error_of(value: serde_json::Value) -> String {
    answers_from_json(&value).unwrap_err().to_string()
}

fn check(gemeente: &str, answers: serde_json::Value) -> Result<serde_json::Value, CheckError> {
    let catalog = catalog::bundled();
    contract::check(&catalog, gemeente, &answers, day())
        .map(|d| serde_json::to_value(DecisionView::new(&d)).unwrap())
}

#[test]
fn defaults_follow_the_contract() {
    let a = answers_from_json(&json!({ "age": 40 })).unwrap();
    assert_eq!(a.choice(Fact::Benefit), Some("participatiewet"));
    assert_eq!(
        a.flag(Fact::ReachedPensionAge),
        None,
        "computed by the engine"
    );
    assert_eq!(a.flag(Fact::CaregivingNecessary), None);
    assert_eq!(a.value(Fact::ParticipationLadderStep), None);
    assert_eq!(
        a.reference_date(),
        Some(day()),
        "the date defaults to today"
    );
}

#[test]
fn the_pension_age_comes_from_the_law_by_date() {
    // 67 from 2024 to 2027: at 67 the duty has ended, at 66 it has not.
    let at = |age: u32, date: &str| {
        check("rotterdam", json!({ "age": age, "date": date })).unwrap()["pension_age"].clone()
    };
    assert_eq!(at(67, "2026-06-01")["reached"], true);
    assert_eq!(at(66, "2026-06-01")["reached"], false);
    assert_eq!(at(66, "2026-06-01")["years"], 67);
    // 67 and 3 months from 2028: at 67 in whole years it hinges on the months. The law's table
    // says so; no decision is given from it in 2028, for the law changed on 2027-01-01.
    let catalog = catalog::bundled();
    let on = Date::parse("2028-06-01").unwrap();
    let hinge = catalog.pension_ages().check(on, None, Some(67.0));
    assert_eq!((hinge.reached, hinge.age), (None, (67, 3)));
    assert_eq!(
        catalog.pension_ages().check(on, None, Some(68.0)).reached,
        Some(true)
    );
    assert_eq!(
        check("rotterdam", json!({ "age": 68, "date": "2028-06-01" }))
            .unwrap_err()
            .code(),
        "law_changed"
    );
    // 66 and 4 months in 2019-2021: at 66 in 2020 it hinges; at 67 it is reached.
    assert!(at(66, "2020-03-01")["reached"].is_null());
    assert_eq!(at(67, "2020-03-01")["reached"], true);
    assert_eq!(at(65, "2020-03-01")["reached"], false);
}

#[test]
fn a_birth_date_decides_the_pension_age_exactly() {
    let on = |birth: &str, date: &str| {
        check("rotterdam", json!({ "birth_date": birth, "date": date })).unwrap()
    };
    // Born 10 April 1959: 67 on 10 April 2026, the AOW age of 2026.
    let before = on("1959-04-10", "2026-04-09");
    assert_eq!(before["pension_age"]["reached"], false);
    assert_eq!(before["pension_age"]["date"], "2026-04-10");
    assert_eq!(before["status"], "obligated");
    let after = on("1959-04-10", "2026-04-10");
    assert_eq!(after["pension_age"]["reached"], true);
    assert_eq!(after["status"], "not_applicable");
    // Born 10 April 1961: 67 and 3 months on 10 July 2028, by the law's table (no decision is
    // given for 2028: the law changed on 2027-01-01).
    let birth = Date::parse("1961-04-10").unwrap();
    assert_eq!(
        catalog::bundled().pension_ages().date_for(birth),
        Date::parse("2028-07-10")
    );
    // Born 1 June 1956: 66 and 10 months, reached on 1 April 2023 (66 and 7 months would have
    // fallen in 2023 too, but 2023's age is the one that counts).
    assert_eq!(
        on("1956-06-01", "2023-03-31")["pension_age"]["date"],
        "2023-04-01"
    );
}

#[test]
fn age_and_birth_date_must_agree() {
    assert_eq!(
        error_of(json!({ "age": 40, "birth_date": "1990-01-01", "date": "2026-06-01" })),
        "field `age`: 40 does not match birth_date 1990-01-01: on 2026-06-01 that is 36"
    );
    assert!(answers_from_json(&json!({ "age": 36, "birth_date": "1990-01-01" })).is_ok());
    assert_eq!(
        error_of(json!({ "birth_date": "2030-01-01" })),
        "field `birth_date`: 2030-01-01 is after `date` 2026-06-01, the day of the check"
    );
    assert_eq!(
        error_of(json!({ "age": 30, "date": "2026-02-30" })),
        "field `date`: must be a date as YYYY-MM-DD, got \"2026-02-30\""
    );
}

#[test]
fn a_date_before_the_ordinance_gets_a_clear_message() {
    let err = check("helmond", json!({ "age": 30, "date": "2015-06-30" })).unwrap_err();
    assert_eq!(
        err.to_string(),
        "field `date`: the ordinance werkplein-helmond applies from 2015-07-01; for 2015-06-30 \
         this checker knows no rules"
    );
    assert!(check("helmond", json!({ "age": 30, "date": "2015-07-01" })).is_ok());
}

#[test]
fn dates_read_and_write_as_iso() {
    let d = Date::parse("2024-02-29").unwrap();
    assert_eq!(d.iso(), "2024-02-29");
    assert_eq!(d.dutch(), "29-02-2024");
    assert_eq!(d.add_months(12).iso(), "2025-02-28");
    assert!(Date::parse("2023-02-29").is_none());
    assert!(Date::parse("2023-2-1").is_none());
    assert_eq!(Date::parse("1970-01-01").unwrap(), Date(0));
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
        "field `age`: is required: a whole number from 0 to 130 (or give birth_date)"
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
        "field `participation_ladder_step`: must be a whole number from 1 to 6 or null, got 7"
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
        "field `target_group`: must be one of uitstromer, groeier, blijver or null, got \"starter\""
    );
}

#[test]
fn unknown_keys_are_rejected() {
    let message = error_of(json!({ "age": 30, "volunteer_hours": 4 }));
    assert!(message.starts_with(
        "field `volunteer_hours`: is not a known field; allowed are date, birth_date, age,"
    ));
    // Derived facts are no answers.
    assert!(
        error_of(json!({ "age": 30, "volunteer_and_caregiving_hours_per_week": 4 }))
            .contains("is not a known field")
    );
}

#[test]
fn answers_must_be_an_object() {
    assert!(error_of(json!([1, 2])).starts_with("the answers must be a JSON object"));
}

#[test]
fn an_unknown_municipality_names_the_ids_like_it() {
    let err = check("Overbetuw", json!({ "age": 30 })).unwrap_err();
    assert!(matches!(err, CheckError::UnknownMunicipality(..)));
    let message = err.to_string();
    assert!(
        message.starts_with("unknown municipality `Overbetuw`; ids like it: overbetuwe"),
        "{message}"
    );
    let message = check("atlantis", json!({ "age": 30 }))
        .unwrap_err()
        .to_string();
    assert!(
        message.starts_with("unknown municipality `atlantis`; no id is like it"),
        "{message}"
    );
}

#[test]
fn municipality_list_carries_version_source_and_detail() {
    let list = serde_json::to_value(contract::municipalities_view(&catalog::bundled())).unwrap();
    let oldenzaal = list
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == "oldenzaal")
        .unwrap();
    assert_eq!(oldenzaal["ordinance"]["detail"], "full_text");
    assert_eq!(
        oldenzaal["ordinance"]["version"]["valid_from"],
        "2015-01-01"
    );
    let weesp = list
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == "weesp")
        .unwrap();
    assert_eq!(weesp["ordinance"]["detail"], "summary");
    assert!(weesp["since"]["nl"].as_str().unwrap().contains("Amsterdam"));
    assert_eq!(weesp["cbs_code"], "GM0457");
    // Every municipality of 2026 and every former one; without a bundled ordinance, null.
    assert_eq!(list.as_array().unwrap().len(), 342 + 84);
    let amsterdam = list
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == "amsterdam")
        .unwrap();
    assert_eq!(amsterdam["cbs_code"], "GM0363");
    assert_eq!(amsterdam["province"], "Noord-Holland");
    assert!(amsterdam["ordinance"].is_null());
}

#[test]
fn without_a_bundled_ordinance_the_decision_has_no_ordinance_no_bounds_and_the_statute_grounds() {
    let v = check(
        "s-gravenhage",
        json!({ "age": 40, "benefit": "participatiewet", "date": "2026-06-01" }),
    )
    .unwrap();
    assert_eq!(v["status"], "ordinance_unknown");
    assert!(v["ordinance"].is_null());
    assert_eq!(v["municipality"]["cbs_code"], "GM0518");
    assert_eq!(v["municipality"]["name"], "'s-Gravenhage");
    assert!(v["hours_per_week"]["min"].is_null() && v["hours_per_week"]["max"].is_null());
    assert!(v["duration_months"]["min"].is_null() && v["duration_months"]["max"].is_null());
    let grounds: Vec<&str> = v["grounds"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["rule"].as_str().unwrap())
        .collect();
    assert_eq!(grounds, ["plicht-tegenprestatie"]);
    assert_eq!(v["grounds"][0]["layer"], "statute");
    // A judgement the statute leaves to the college stays one: urgent reasons (art. 9 lid 2).
    let v = check(
        "s-gravenhage",
        json!({ "age": 40, "urgent_reasons": true, "date": "2026-06-01" }),
    )
    .unwrap();
    assert_eq!(v["status"], "ordinance_unknown");
    assert_eq!(v["branches"][0]["if_yes"]["status"], "exempt");
    assert_eq!(v["branches"][0]["if_no"]["status"], "ordinance_unknown");
}

#[test]
fn a_decision_says_what_the_college_decides_and_what_comes_next() {
    let v = check(
        "wijdemeren",
        json!({ "age": 40, "caregiving_hours_per_week": 5 }),
    )
    .unwrap();
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
    assert_eq!(a.value(Fact::ParticipationLadderStep), None);
    assert_eq!(
        error_of(json!({ "age": 30, "caregiving_hours_per_week": null })),
        "field `caregiving_hours_per_week`: must be a number from 0 to 168, got null"
    );
    assert!(error_of(json!({ "age": 30, "benefit": null }))
        .starts_with("field `benefit`: must be one of"));
    assert!(error_of(json!({ "age": null })).starts_with("field `age`: must be a whole number"));
    assert!(answers_from_json(&json!({ "age": 30, "birth_date": null })).is_ok());
    assert_eq!(
        error_of(json!({ "age": 30, "urgent_reasons": null })),
        "field `urgent_reasons`: must be true or false, got null"
    );
}

/// One answer read by its key (the intake file's reader): a value by its kind, `null` only
/// where the field may be unknown, and a key that is not an answer refused by name.
#[test]
fn one_answer_is_read_by_its_key_and_kind() {
    let read = |key: &str, value: serde_json::Value| contract::answer_from_json(key, &value);
    assert_eq!(read("age", json!(35)), Ok(Some(35.0)));
    assert_eq!(read("caregiving_necessary", json!(true)), Ok(Some(1.0)));
    assert_eq!(read("caregiving_necessary", json!(false)), Ok(Some(0.0)));
    assert_eq!(read("caregiving_necessary", json!(null)), Ok(None));
    assert_eq!(read("benefit", json!("ioaw")), Ok(Some(1.0)));
    let err = read("age", json!(null)).unwrap_err();
    assert_eq!(
        (err.field.as_str(), err.message.as_str()),
        ("age", "must be a whole number from 0 to 130, got null")
    );
    let err = read("caregiving_necessary", json!("maybe")).unwrap_err();
    assert_eq!(err.message, "must be true, false or null, got \"maybe\"");
    let err = read("fully_permanently_incapacitated", json!(null)).unwrap_err();
    assert_eq!(err.message, "must be true or false, got null");
    for key in ["leeftijd", "volunteer_start_after_benefit_months"] {
        let err = read(key, json!(1)).unwrap_err();
        assert_eq!(err.field, key);
        assert!(
            err.message
                .starts_with("is not a known field; allowed are date, "),
            "{err}"
        );
    }
}

/// Each ground and trace entry says which layer decided and whether the college still decides.
#[test]
fn a_ground_names_its_layer_and_whether_the_college_decides() {
    let exempt = check(
        "overbetuwe",
        json!({ "age": 35, "volunteer_hours_per_week": 4 }),
    )
    .unwrap();
    let ground = &exempt["grounds"][0];
    assert_eq!(
        (&ground["rule"], &ground["layer"], &ground["outcome"]),
        (
            &json!("vrijwilligerswerk-4-uur"),
            &json!("ordinance"),
            &json!("definite")
        )
    );
    let unable = check(
        "overbetuwe",
        json!({ "age": 35, "fully_permanently_incapacitated": true }),
    )
    .unwrap();
    assert_eq!(unable["grounds"][0]["layer"], "statute");
    assert_eq!(unable["trace"][0]["layer"], "statute");
    let judged = check(
        "wijdemeren",
        json!({ "age": 50, "volunteer_hours_per_week": 8, "volunteer_months": 4, "months_on_benefit": 10 }),
    )
    .unwrap();
    assert_eq!(judged["status"], "discretionary");
    let outcomes: Vec<&serde_json::Value> = judged["grounds"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| &g["outcome"])
        .collect();
    assert!(
        outcomes.contains(&&json!("college_decides")),
        "{outcomes:?}"
    );
}

/// Born on the day of the check is age 0, a day later is refused; an unknown answer that may be
/// unknown is written as null.
#[test]
fn the_edges_of_the_answers_as_a_whole() {
    let born_today =
        answers_from_json(&json!({ "date": "2026-06-01", "birth_date": "2026-06-01" }));
    assert!(born_today.is_ok(), "{born_today:?}");
    let unborn = error_of(json!({ "date": "2026-06-01", "birth_date": "2026-06-02" }));
    assert!(
        unborn.contains("is after `date` 2026-06-01, the day of the check"),
        "{unborn}"
    );
    let open = answers_from_json(&json!({ "age": 30, "caregiving_necessary": null })).unwrap();
    assert_eq!(
        answers_to_json(&open).get("caregiving_necessary"),
        Some(&json!(null)),
        "written, as null"
    );
    // A whole number is whole, written either way.
    for cell in ["12,5", "12.5"] {
        let spec = Fact::Age.spec();
        assert!(contract::answer_from_text(spec, cell).is_err(), "{cell}");
    }
    assert_eq!(
        contract::answer_from_text(Fact::VolunteerHoursPerWeek.spec(), "12,5"),
        Ok(Some(12.5))
    );
}
