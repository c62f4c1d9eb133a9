//! The ordinance validator: the same checks fail the build (build.rs) and serve `lint`.

use tegenprestatie_check::catalog;
use tegenprestatie_check::model::Ordinance;
use tegenprestatie_check::validate::{validate_bundle, validate_ordinance};

const EXAMPLE: &str = include_str!("fixtures/example.toml");

fn problems(text: &str) -> Vec<String> {
    let ordinance: Ordinance = toml::from_str(text).expect("the fixture parses");
    validate_ordinance(&ordinance)
        .iter()
        .map(ToString::to_string)
        .collect()
}

fn with(from: &str, to: &str) -> String {
    assert!(EXAMPLE.contains(from), "fixture lacks {from:?}");
    EXAMPLE.replacen(from, to, 1)
}

fn assert_one_problem(text: &str, expected: &str) {
    let found = problems(text);
    assert!(
        found.iter().any(|p| p == expected),
        "expected {expected:?}, found {found:?}"
    );
}

#[test]
fn the_bundled_ordinances_are_valid() {
    assert_eq!(validate_bundle(catalog::bundle()), vec![]);
}

#[test]
fn the_example_is_valid() {
    assert_eq!(problems(EXAMPLE), Vec::<String>::new());
}

#[test]
fn min_above_max_is_rejected() {
    assert_one_problem(
        &with("{ min = 4, max = 8 }", "{ min = 10, max = 8 }"),
        "voorbeeld / assignment duur-en-omvang: hours_per_week.min (10) is above hours_per_week.max (8)",
    );
}

#[test]
fn thirty_two_hours_a_week_is_rejected() {
    assert_one_problem(
        &with("{ min = 4, max = 8 }", "{ min = 4, max = 32 }"),
        "voorbeeld / assignment duur-en-omvang: hours_per_week.max is 32: 32 hours a week or more is no \
         tegenprestatie of limited scope (ECLI:NL:RBZWB:2013:BZ5171)",
    );
}

#[test]
fn thirty_one_hours_a_week_passes_the_limit_check() {
    assert_eq!(
        problems(&with("{ min = 4, max = 8 }", "{ min = 4, max = 31 }")),
        Vec::<String>::new()
    );
}

#[test]
fn a_rule_without_its_article_is_rejected_for_a_full_text_ordinance() {
    assert_one_problem(
        &with("artikel = \"5\"\n", ""),
        "voorbeeld / rule vrijwilligerswerk: citation.artikel is missing: the source gives the full text, so cite the article",
    );
}

#[test]
fn a_rule_without_a_source_location_is_rejected() {
    assert_one_problem(
        &with("location = \"Artikel 5\"", "location = \"\""),
        "voorbeeld / rule vrijwilligerswerk: citation.source.location is empty: say where in the source this is",
    );
}

#[test]
fn a_rule_without_quoted_source_text_is_rejected() {
    assert_one_problem(
        &with(
            "source_text = \"Geen tegenprestatie bij ten minste vier uur vrijwilligerswerk.\"",
            "source_text = \" \"",
        ),
        "voorbeeld / rule vrijwilligerswerk: source_text is empty: quote the words this rule encodes",
    );
}

#[test]
fn contradicting_art_9_lid_5_is_rejected() {
    assert_one_problem(
        &with(
            "effect = \"exempt\"\nwhen = { at_least = [\"volunteer_hours_per_week\", 4] }",
            "effect = \"obligated\"\nwhen = { is = [\"fully_permanently_incapacitated\", true] }",
        ),
        "voorbeeld / rule vrijwilligerswerk: effect Obligated when FullyPermanentlyIncapacitated holds \
         contradicts the law: art. 9 lid 1, 5 and 7 Participatiewet take the duty away there",
    );
}

#[test]
fn an_ordinance_cannot_decide_who_the_duty_reaches() {
    let found = problems(&with("effect = \"exempt\"", "effect = \"not_applicable\""));
    assert!(
        found[0].contains("effect not_applicable is for the law alone"),
        "{found:?}"
    );
}

#[test]
fn duplicate_rule_ids_are_rejected() {
    let rule_start = EXAMPLE.find("[[rules]]").unwrap();
    let twice = format!("{EXAMPLE}\n{}", &EXAMPLE[rule_start..]);
    assert_one_problem(
        &twice,
        "voorbeeld / rule vrijwilligerswerk: rule id is used twice",
    );
}

#[test]
fn comparing_a_yes_no_answer_with_a_number_is_rejected() {
    assert_one_problem(
        &with(
            "when = { at_least = [\"volunteer_hours_per_week\", 4] }",
            "when = { at_least = [\"has_disability\", 4] }",
        ),
        "voorbeeld / rule vrijwilligerswerk: HasDisability is not a number: compare it with `is`, not a bound",
    );
}

#[test]
fn a_bad_date_and_a_non_slug_id_are_rejected() {
    let found = problems(&with(
        "in_force = \"2016-01-01\"",
        "in_force = \"1 januari 2016\"",
    ));
    assert!(
        found
            .iter()
            .any(|p| p.contains("is not a date as YYYY-MM-DD")),
        "{found:?}"
    );
    let found = problems(&with(
        "id = \"voorbeeld\"\n",
        "id = \"Voorbeeld Gemeente\"\n",
    ));
    assert!(
        found
            .iter()
            .any(|p| p.contains("id must be a lowercase slug")),
        "{found:?}"
    );
}

#[test]
fn duplicate_municipality_ids_across_ordinances_are_rejected() {
    let mut bundle = catalog::bundle().clone();
    let copy = bundle.ordinances[0].clone();
    let mut second = copy.clone();
    second.id = format!("{}-kopie", copy.id);
    bundle.ordinances.push(second);
    let found: Vec<String> = validate_bundle(&bundle)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        found
            .iter()
            .any(|p| p.contains("municipality id is also used by ordinance")),
        "{found:?}"
    );
}
