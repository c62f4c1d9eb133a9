//! The ordinance validator: the same checks fail the build (build.rs) and serve `lint`.

mod common;
use tegenprestatie_check::catalog;
use tegenprestatie_check::model::Ordinance;
use tegenprestatie_check::validate::{validate_bundle, validate_ordinance};

const EXAMPLE: &str = include_str!("fixtures/example.toml");

use common::bundle as bundled;

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
    assert_eq!(problems(text), vec![expected.to_string()]);
}

#[test]
fn the_bundled_ordinances_are_valid() {
    assert_eq!(validate_bundle(&bundled()), vec![]);
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
        "voorbeeld / rule vrijwilligerswerk: effect Obligated when `fully_permanently_incapacitated` holds \
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
        "voorbeeld / rule vrijwilligerswerk: `has_disability` is not a number: compare it with `is`, not a bound",
    );
}

#[test]
fn a_bad_date_and_a_non_slug_id_are_rejected() {
    let found = problems(&with(
        "valid_from = \"2016-01-01\"",
        "valid_from = \"1 januari 2016\"",
    ));
    assert_reports(&found, "is not a date as YYYY-MM-DD");
    let found = problems(&with(
        "id = \"voorbeeld\"\n",
        "id = \"Voorbeeld Gemeente\"\n",
    ));
    assert_reports(&found, "id must be a lowercase slug");
}

#[test]
fn duplicate_municipality_ids_across_ordinances_are_rejected() {
    let mut bundle = bundled();
    let copy = bundle.ordinances[0].clone();
    let mut second = copy.clone();
    second.id = format!("{}-kopie", copy.id);
    bundle.ordinances.push(second);
    let found: Vec<String> = validate_bundle(&bundle)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_reports(&found, "municipality id is also used by ordinance");
}

#[test]
fn a_version_must_say_when_it_applies_and_what_that_rests_on() {
    let found = problems(&with(
        "valid_from = \"2016-01-01\"",
        "valid_from = \"2016-01-01\"\nvalid_to = \"2015-12-31\"",
    ));
    assert_reports(
        &found,
        "valid_to 2015-12-31 is before valid_from 2016-01-01",
    );
    assert_one_problem(
        &with("basis = \"Voorbeeld: artikel 9 van de verordening.\"\n", ""),
        "voorbeeld / version: basis is missing: say what the dates rest on (the source and where)",
    );
}

#[test]
fn the_pension_age_table_must_rise_in_order_of_year() {
    let mut bundle = bundled();
    let steps = &mut bundle.statutes[0]
        .law
        .as_mut()
        .expect("the statute has its law")
        .pension_age
        .steps;
    steps.swap(0, 1);
    let found: Vec<String> = validate_bundle(&bundle)
        .iter()
        .map(|p| p.to_string())
        .collect();
    assert_reports(&found, "steps must be in order of year");
    let mut bundle = bundled();
    let law = bundle.statutes[0].law.as_mut().unwrap();
    law.pension_age.steps.last_mut().unwrap().years = 60;
    let found: Vec<String> = validate_bundle(&bundle)
        .iter()
        .map(|p| p.to_string())
        .collect();
    assert_reports(&found, "the AOW age goes down");
    let mut bundle = bundled();
    bundle.ordinances[0].law = bundle.statutes[0].law.clone();
    let found: Vec<String> = validate_bundle(&bundle)
        .iter()
        .map(|p| p.to_string())
        .collect();
    assert_reports(&found, "only the statutory layer sets the law's numbers");
}

#[test]
fn a_supplied_ordinance_goes_through_the_same_door() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/example.toml"
    ))
    .unwrap();
    let ordinance: Ordinance = toml::from_str(&text).unwrap();
    let catalog = catalog::bundled()
        .with_ordinances(vec![ordinance.clone()])
        .expect("the example is valid");
    assert!(catalog.find("voorbeeld").is_some());
    assert!(
        catalog.find("rotterdam").is_none(),
        "only the supplied ordinance"
    );
    // The engine's limits are checked at the same door: 64 rules with the law's fit its
    // bitsets, 65 do not; the same for 64 and 65 bounds variants.
    let law = catalog::bundled().statute().rules.len();
    let with_rules = |n: usize| {
        let mut big = ordinance.clone();
        let rule = big.rules[0].clone();
        big.rules = (0..n)
            .map(|i| {
                let mut r = rule.clone();
                r.id = format!("regel-{i}");
                r
            })
            .collect();
        catalog::bundled().with_ordinances(vec![big])
    };
    assert!(with_rules(64 - law).is_ok());
    let problems = with_rules(65 - law).unwrap_err();
    assert!(
        problems[0].message.contains("more than 64 rules"),
        "{problems:?}"
    );
    let with_variant = common::with_a_bounds_variant();
    let with_variants = |n: usize| {
        let mut big = with_variant.clone();
        let assignment = big.assignment.as_mut().expect("it assigns");
        let variant = assignment.variants[0].clone();
        assignment.variants = (0..n)
            .map(|i| {
                let mut v = variant.clone();
                v.id = format!("variant-{i}");
                v
            })
            .collect();
        catalog::bundled().with_ordinances(vec![big])
    };
    assert!(with_variants(64).is_ok());
    let problems = with_variants(65).unwrap_err();
    assert!(
        problems[0]
            .message
            .contains("more than 64 rules or bounds variants"),
        "{problems:?}"
    );
}

#[test]
fn the_bundle_reads_back_exactly_as_the_ordinance_files() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/ordinances");
    let bundle = bundled();
    let mut count = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let from_file: Ordinance = toml::from_str(&text).unwrap();
        let bundled = bundle
            .statutes
            .iter()
            .chain(&bundle.ordinances)
            .find(|o| o.id == from_file.id)
            .unwrap_or_else(|| panic!("{} is not bundled", path.display()));
        assert_eq!(bundled, &from_file, "{}", path.display());
        count += 1;
    }
    assert_eq!(count, bundle.ordinances.len() + bundle.statutes.len());
}

/// Some problem found names `text`.
fn assert_reports(found: &[String], text: &str) {
    assert!(
        found.iter().any(|p| p.contains(text)),
        "no problem names {text:?}: {found:?}"
    );
}

/// A person reads every judgement of the college as a short yes/no question ("Vindt de gemeente
/// uw mantelzorg echt nodig?"), so every bundled judgement has one, in both languages, ending
/// in a question mark; rules that share a judgement share the question.
#[test]
fn every_bundled_judgement_has_a_short_question() {
    let bundle = bundled();
    let mut asked = 0;
    for o in bundle.statutes.iter().chain(&bundle.ordinances) {
        for rule in &o.rules {
            let Some(j) = &rule.judgement else { continue };
            let ask = j
                .ask
                .as_ref()
                .unwrap_or_else(|| panic!("{}/{}: no `ask`", o.id, rule.id));
            for text in [&ask.nl, &ask.en] {
                assert!(text.ends_with('?'), "{}/{}: {text}", o.id, rule.id);
                assert!(
                    text.split_whitespace().count() <= 16,
                    "{}/{}: too long: {text}",
                    o.id,
                    rule.id
                );
            }
            for other in o.rules.iter().filter_map(|r| r.judgement.as_ref()) {
                if other.question == j.question {
                    assert_eq!(
                        other.ask, j.ask,
                        "{}/{}: one judgement, one question",
                        o.id, rule.id
                    );
                }
            }
            asked += 1;
        }
    }
    assert!(asked >= 50, "only {asked} judgements");
}

const MILESTONE: &str = r#"
[[milestones]]
id = "opnieuw-bekijken"
from = "end"
months = 3
due = "on"
label = { nl = "Opnieuw bekijken.", en = "Look again." }
source_text = "drie maanden na afronden"
citation = { artikel = "6", source = { document = "thesis", location = "§ 4.1.1" } }
"#;

#[test]
fn a_milestone_from_the_end_needs_an_assignment_that_ends() {
    let with_end = format!("{EXAMPLE}{MILESTONE}");
    assert_eq!(problems(&with_end), Vec::<String>::new());
    let open = with(
        "duration_months = { max = 6 }",
        "duration_months = { min = 6 }",
    );
    assert_one_problem(
        &format!("{open}{MILESTONE}"),
        "voorbeeld / milestone opnieuw-bekijken: counts from the end, but the assignment has no end: give duration_months.max or duration_weeks.max, or count from the start",
    );
    assert_eq!(
        problems(&format!(
            "{open}{}",
            MILESTONE.replace("\"end\"", "\"start\"")
        )),
        Vec::<String>::new()
    );
    assert_one_problem(
        &format!("{EXAMPLE}{}", MILESTONE.replace("months = 3", "months = 0")),
        "voorbeeld / milestone opnieuw-bekijken: months is 0: give 1 to 120",
    );
    assert_one_problem(
        &format!("{with_end}{MILESTONE}"),
        "voorbeeld / milestone opnieuw-bekijken: milestone id is used twice",
    );
}

#[test]
fn an_extension_needs_an_end_to_extend_and_words_for_the_person() {
    let extended = with(
        "duration_months = { max = 6 }",
        "duration_months = { max = 6 }\nextension = { times = 1, months = 6 }",
    );
    assert_one_problem(
        &extended,
        "voorbeeld / assignment duur-en-omvang: extension without renewal: say in words what the extension is",
    );
    let lawful = extended.replace(
        "extension = {",
        "renewal = { nl = \"Eén keer verlengen.\", en = \"One extension.\" }\nextension = {",
    );
    assert_eq!(problems(&lawful), Vec::<String>::new());
    assert_one_problem(
        &lawful.replace("duration_months = { max = 6 }", "duration_months = { min = 6 }"),
        "voorbeeld / assignment duur-en-omvang: extension without an end to extend: give duration_months.max or duration_weeks.max",
    );
    assert_one_problem(
        &lawful.replace("times = 1", "times = 0"),
        "voorbeeld / assignment duur-en-omvang: extension has 0 times or 0 months: leave it out or give 1 or more",
    );
}

/// A version applies from its first day through its last, and not a day outside them.
#[test]
fn a_version_applies_from_valid_from_through_valid_to() {
    use tegenprestatie_check::answers::Answers;
    use tegenprestatie_check::date::Date;
    use tegenprestatie_check::engine::NotInForce;
    let text = with(
        "valid_from = \"2016-01-01\"",
        "valid_from = \"2016-01-01\"\nvalid_to = \"2020-12-31\"",
    );
    let ordinance: Ordinance = toml::from_str(&text).unwrap();
    let catalog = catalog::bundled().with_ordinances(vec![ordinance]).unwrap();
    let (set, _) = catalog.find("voorbeeld").unwrap();
    let on = |day: &str| {
        set.decide(&Answers::new(40, Date::parse(day).unwrap()))
            .map(|_| ())
    };
    let from = Date::parse("2016-01-01").unwrap();
    let to = Date::parse("2020-12-31").unwrap();
    assert_eq!(
        on("2015-12-31"),
        Err(NotInForce::Before { valid_from: from })
    );
    assert_eq!(on("2016-01-01"), Ok(()));
    assert_eq!(on("2020-12-31"), Ok(()));
    assert_eq!(on("2021-01-01"), Err(NotInForce::After { valid_to: to }));
}

/// Every threshold of the validator, on both sides: the value that is still lawful passes, the
/// first one past it is refused with its own message.
#[test]
fn the_validators_thresholds_hold_on_both_sides() {
    let rule = "voorbeeld / rule vrijwilligerswerk";
    let assignment = "voorbeeld / assignment duur-en-omvang";
    let renewal = "renewal = { nl = \"Eén keer verlengen.\", en = \"One extension.\" }\n";
    let extended = |months: u32| {
        with(
            "duration_months = { max = 6 }",
            &format!("duration_months = {{ max = 6 }}\n{renewal}extension = {{ times = 1, months = {months} }}"),
        )
    };
    let hours = |range: &str| with("hours_per_week = { min = 4, max = 8 }", range);
    let obligated_when = |when: &str| {
        with("effect = \"exempt\"", "effect = \"obligated\"").replace(
            "when = { at_least = [\"volunteer_hours_per_week\", 4] }",
            &format!("when = {when}"),
        )
    };
    let contradicts = |fact: &str| {
        format!("{rule}: effect Obligated when `{fact}` holds contradicts the law: art. 9 lid 1, 5 and 7 Participatiewet take the duty away there")
    };
    let cases: Vec<(String, Vec<String>)> = vec![
        // Texts for the person in both languages.
        (
            with("nl = \"Vrijwilligerswerk van 4 uur of meer telt als ontheffing.\"", "nl = \" \""),
            vec![format!("{rule}: explanation.nl is empty: write the Dutch text")],
        ),
        (
            with("en = \"Volunteer work of 4 hours or more exempts.\"", "en = \"\""),
            vec![format!("{rule}: explanation.en is empty: write the English text")],
        ),
        // Hours: 0 or more; under 32 a week (BZ5171); a week has 168 hours.
        (hours("hours_per_week = { min = 0, max = 8 }"), vec![]),
        (
            hours("hours_per_week = { min = -1, max = 8 }"),
            vec![format!("{assignment}: hours_per_week.min is -1: it must be a number of 0 or more")],
        ),
        (
            hours("hours_per_week = { min = 4, max = 168 }"),
            vec![format!("{assignment}: hours_per_week.max is 168: 32 hours a week or more is no tegenprestatie of limited scope (ECLI:NL:RBZWB:2013:BZ5171)")],
        ),
        (
            hours("hours_per_week = { min = 4, max = 169 }"),
            vec![
                format!("{assignment}: hours_per_week.max is 169: 32 hours a week or more is no tegenprestatie of limited scope (ECLI:NL:RBZWB:2013:BZ5171)"),
                format!("{assignment}: hours_per_week.max is 169: a week has 168 hours"),
            ],
        ),
        // An extension and a milestone: at most 120 months.
        (extended(120), vec![]),
        (
            extended(121),
            vec![format!("{assignment}: extension.months is 121: at most 120")],
        ),
        (
            format!("{EXAMPLE}{}", MILESTONE.replace("months = 3", "months = 120")),
            vec![],
        ),
        (
            format!("{EXAMPLE}{}", MILESTONE.replace("months = 3", "months = 121")),
            vec!["voorbeeld / milestone opnieuw-bekijken: months is 121: give 1 to 120".into()],
        ),
        // A version of one day.
        (
            with("valid_from = \"2016-01-01\"", "valid_from = \"2016-01-01\"\nvalid_to = \"2016-01-01\""),
            vec![],
        ),
        // A choice is compared with one of its options.
        (
            with("when = { at_least = [\"volunteer_hours_per_week\", 4] }", "when = { is = [\"benefit\", \"bijstand\"] }"),
            vec![format!("{rule}: `benefit` must be compared with one of participatiewet, ioaw, ioaz, special_assistance_only, none")],
        ),
        // An obligation where the law takes the duty away, however the condition is written.
        (obligated_when("{ is = [\"single_parent_exemption\", true] }"), vec![contradicts("single_parent_exemption")]),
        (
            obligated_when("{ all = [{ is = [\"single_parent_exemption\", true] }, { at_least = [\"volunteer_hours_per_week\", 4] }] }"),
            vec![contradicts("single_parent_exemption")],
        ),
        (obligated_when("{ not = { is = [\"single_parent_exemption\", true] } }"), vec![]),
        (
            obligated_when("{ not = { not = { is = [\"single_parent_exemption\", true] } } }"),
            vec![contradicts("single_parent_exemption")],
        ),
        (obligated_when("{ is = [\"benefit\", \"none\"] }"), vec![contradicts("benefit")]),
        (obligated_when("{ is = [\"benefit\", \"ioaw\"] }"), vec![]),
        (obligated_when("{ not = { is = [\"benefit\", \"none\"] } }"), vec![]),
        (obligated_when("{ below = [\"age\", 18] }"), vec![contradicts("age")]),
        (obligated_when("{ below = [\"age\", 19] }"), vec![]),
        (obligated_when("{ not = { below = [\"age\", 18] } }"), vec![]),
    ];
    for (text, expected) in cases {
        assert_eq!(problems(&text), expected, "{text}");
    }
}

/// The law's AOW table: ages of 60 to 75 years and 0 to 11 months, years in order, never down.
#[test]
fn the_aow_table_holds_ages_the_law_can_set() {
    use tegenprestatie_check::model::PensionAgeStep;
    let statute = catalog::bundled().statute().clone();
    let with_steps = |steps: &[(i32, u8, u8)]| {
        let mut s = statute.clone();
        let table = &mut s.law.as_mut().expect("the law's numbers").pension_age;
        table.steps = steps
            .iter()
            .map(|&(from_year, years, months)| PensionAgeStep {
                from_year,
                years,
                months,
            })
            .collect();
        validate_ordinance(&s)
            .into_iter()
            .map(|p| p.message)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        with_steps(&[(2024, 67, 0), (2025, 67, 0), (2028, 67, 11)]),
        Vec::<String>::new()
    );
    assert_eq!(
        with_steps(&[(2024, 67, 0), (2025, 67, 12)]),
        vec!["2025: 67 years and 12 months is not an AOW age (60-75 years, 0-11 months)"]
    );
    assert_eq!(
        with_steps(&[(2024, 59, 0)]),
        vec!["2024: 59 years and 0 months is not an AOW age (60-75 years, 0-11 months)"]
    );
    assert_eq!(
        with_steps(&[(2024, 67, 3), (2025, 67, 2)]),
        vec!["the AOW age goes down in 2025: the law only raises it"]
    );
}

/// A milestone counted from the decision needs no assignment; one counted from its start does.
#[test]
fn a_milestone_from_the_start_needs_an_assignment() {
    let without = |milestone: &str| {
        let mut o: Ordinance = toml::from_str(&format!("{EXAMPLE}{milestone}")).unwrap();
        o.assignment = None;
        validate_ordinance(&o)
            .into_iter()
            .map(|p| p.message)
            .filter(|m| !m.starts_with("missing: give the hours a week and the duration"))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        without(&MILESTONE.replace("\"end\"", "\"start\"")),
        vec!["counts from an assignment, but the ordinance sets none"]
    );
    assert_eq!(
        without(&MILESTONE.replace("\"end\"", "\"decision\"")),
        Vec::<String>::new()
    );
}
