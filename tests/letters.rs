//! The letters as legal claims (`tests/claims/letters/claims.toml`): which letters fit which outcome,
//! the last day to object, the grounds an objection is offered; and what every letter must hold
//! (its rules quoted, the person's text taken literally, nothing of the person outside it).

mod common;

use serde::Deserialize;
use tegenprestatie_check::answers::Answers;
use tegenprestatie_check::catalog::bundled;
use tegenprestatie_check::contract;
use tegenprestatie_check::date::Date;
use tegenprestatie_check::flow::state::Lang;
use tegenprestatie_check::letters::term::{easter, objection_term, DayOff};
use tegenprestatie_check::letters::{
    self, compose, guidance, law, offered, DecisionKind, Details, Input, Kind, Person,
};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Claims {
    offered: Vec<OfferedClaim>,
    term: Vec<TermClaim>,
    ground: Vec<GroundClaim>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OfferedClaim {
    says: String,
    gemeente: String,
    answers: toml::Table,
    letters: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TermClaim {
    says: String,
    made_known: String,
    last_day: String,
    #[serde(default)]
    moved_past: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DecisionClaim {
    #[serde(default)]
    kind: Option<String>,
    #[serde(default)]
    hours_per_week: Option<f64>,
    #[serde(default)]
    months: Option<f64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GroundClaim {
    says: String,
    gemeente: String,
    answers: toml::Table,
    decision: DecisionClaim,
    grounds: Vec<String>,
}

fn claims() -> Claims {
    toml::from_str(include_str!("claims/letters/claims.toml"))
        .expect("tests/claims/letters/claims.toml reads")
}

fn answers(table: &toml::Table) -> Answers {
    let value = serde_json::to_value(table).expect("answers convert");
    contract::answers_from_json(&value, common::day()).expect("the claim's answers are valid")
}

fn date(text: &str) -> Date {
    Date::parse(text).unwrap_or_else(|| panic!("{text} is a date"))
}

fn details(claim: &DecisionClaim) -> Details {
    Details {
        kind: match claim.kind.as_deref() {
            Some("refuses") => DecisionKind::RefusesExemption,
            _ => DecisionKind::Imposes,
        },
        hours_per_week: claim.hours_per_week,
        months: claim.months,
        ..Details::default()
    }
}

#[test]
fn the_letters_offered_fit_the_outcome_and_the_answers() {
    let catalog = bundled();
    let mut failures = Vec::new();
    for claim in claims().offered {
        let a = answers(&claim.answers);
        let d = contract::decide(&catalog, &claim.gemeente, &a).expect("decided");
        let got: Vec<&str> = offered(&d, &a).into_iter().map(Kind::key).collect();
        if got != claim.letters {
            failures.push(format!(
                "{}\n  offered {got:?}, claimed {:?}",
                claim.says, claim.letters
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_last_day_to_object_is_six_weeks_on_moved_past_weekends_and_holidays() {
    let mut failures = Vec::new();
    for claim in claims().term {
        let t = objection_term(date(&claim.made_known));
        let moved: Vec<String> = t
            .moved_past
            .iter()
            .map(|(_, why)| match why {
                DayOff::Saturday => "Saturday".to_string(),
                DayOff::Sunday => "Sunday".to_string(),
                DayOff::Holiday(name) => name.to_string(),
            })
            .collect();
        if t.last_day != date(&claim.last_day) || moved != claim.moved_past {
            failures.push(format!(
                "{}\n  last day {} (moved past {moved:?}), claimed {} (moved past {:?})",
                claim.says,
                t.last_day.iso(),
                claim.last_day,
                claim.moved_past
            ));
        }
        // The term starts the day after, and a posted objection may arrive a week late.
        assert_eq!(t.first_day.0, t.made_known.0 + 1);
        assert_eq!(t.posted_arrives_by.0, t.last_day.0 + 7);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn an_objection_is_offered_only_the_grounds_the_decision_supports() {
    let catalog = bundled();
    let mut failures = Vec::new();
    for claim in claims().ground {
        let a = answers(&claim.answers);
        let d = contract::decide(&catalog, &claim.gemeente, &a).expect("decided");
        let offered = letters::grounds(&d, &details(&claim.decision));
        for g in &offered {
            for lang in [Lang::Nl, Lang::En] {
                let short = letters::ground_label(lang, &d, g);
                assert!(!short.is_empty() && !short.contains('{'), "{short}");
            }
        }
        let got: Vec<String> = offered.iter().map(|g| g.key()).collect();
        if got != claim.grounds {
            failures.push(format!(
                "{}\n  grounds {got:?}, claimed {:?}",
                claim.says, claim.grounds
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn easter_falls_on_its_known_days() {
    for (year, day) in [
        (2024, "2024-03-31"),
        (2025, "2025-04-20"),
        (2026, "2026-04-05"),
        (2027, "2027-03-28"),
        (2028, "2028-04-16"),
        (2038, "2038-04-25"),
    ] {
        assert_eq!(easter(year), Some(date(day)), "{year}");
    }
}

#[test]
fn a_term_never_ends_on_a_day_off_and_never_moves_more_than_four_days() {
    // Every day a decision can be sent in 2026 to 2030.
    for day in date("2026-01-01").0..date("2030-12-31").0 {
        let t = objection_term(Date(day));
        assert!(letters::term::day_off(t.last_day).is_none());
        assert!(t.last_day.0 - t.end.0 <= 4, "{}", t.made_known.iso());
        assert_eq!(t.end.0 - t.made_known.0, 42);
    }
}

fn person() -> Person {
    Person {
        name: "A. de Vries".into(),
        street: "Dorpsstraat 1".into(),
        postcode_city: "1234 AB Rotterdam".into(),
        client_number: "12345".into(),
    }
}

/// Every offered letter of every claim, composed with the rules as an annex.
#[test]
fn every_letter_quotes_each_rule_it_cites_and_fills_every_mark() {
    let catalog = bundled();
    for claim in claims().offered {
        let a = answers(&claim.answers);
        let d = contract::decide(&catalog, &claim.gemeente, &a).expect("decided");
        for kind in offered(&d, &a) {
            let details = Details {
                decision_date: Some(date("2026-05-20")),
                activity: "vrijwilliger bij de voedselbank".into(),
                activity_hours: Some(8.0),
                hours_per_week: Some(24.0),
                annex: true,
                ..Details::default()
            };
            let person = person();
            let input = Input {
                kind,
                decision: &d,
                answers: &a,
                details: &details,
                person: &person,
                today: common::day(),
            };
            for lang in [Lang::Nl, Lang::En] {
                let letter = compose(&input, lang);
                let text = letter.to_text();
                assert!(
                    !text.contains('{') && !text.contains('}'),
                    "{}: {text}",
                    claim.says
                );
                assert!(
                    !letter.annex.is_empty(),
                    "{} / {kind:?}: no rules quoted",
                    claim.says
                );
                for cited in &letter.annex {
                    assert!(
                        cited.text.len() > 20,
                        "{}: {} unquoted",
                        claim.says,
                        cited.label
                    );
                }
                assert_eq!(letter.sender[0], "A. de Vries");
                for note in guidance(&input, lang) {
                    assert!(!note.contains("de Vries") && !note.contains("12345"));
                }
            }
            // The reading aid says the same in as many paragraphs.
            assert_eq!(
                compose(&input, Lang::Nl).body.len(),
                compose(&input, Lang::En).body.len()
            );
        }
    }
}

fn rotterdam_care() -> Answers {
    let mut t = toml::Table::new();
    t.insert("age".into(), 40.into());
    t.insert("caregiving_hours_per_week".into(), 10.into());
    t.insert("caregiving_months".into(), 14.into());
    answers(&t)
}

#[test]
fn the_request_states_the_facts_given_and_the_rule_it_rests_on() {
    let catalog = bundled();
    let a = rotterdam_care();
    let d = contract::decide(&catalog, "rotterdam", &a).unwrap();
    let details = Details {
        annex: true,
        ..Details::default()
    };
    let person = person();
    let input = Input {
        kind: Kind::Exemption,
        decision: &d,
        answers: &a,
        details: &details,
        person: &person,
        today: common::day(),
    };
    let letter = compose(&input, Lang::Nl);
    let text = letter.to_text();
    assert_eq!(
        letter.subject,
        "Verzoek: laat wat ik al doe tellen als tegenprestatie"
    );
    assert!(
        text.contains("op grond van de Verordening tegenprestatie Rotterdam (2015)."),
        "{text}"
    );
    assert!(
        text.contains("Ik geef 10 uur per week mantelzorg."),
        "{text}"
    );
    assert!(
        text.contains("Die mantelzorg geef ik al 14 maanden."),
        "{text}"
    );
    assert!(text.contains("Het college van burgemeester en wethouders van Rotterdam"));
    assert!(text.contains("Rotterdam, 1 juni 2026"));
    let rule = d
        .ordinance
        .rules
        .iter()
        .find(|r| r.id == "vrijwilligerswerk-of-mantelzorg-naar-vermogen")
        .unwrap();
    assert!(letter.annex.iter().any(|c| c.text == rule.source_text));
}

#[test]
fn the_persons_own_words_are_taken_literally() {
    assert_eq!(
        letters::fill("{a} en {b}", &[("a", "{b}"), ("b", "x")]),
        "{b} en x"
    );
    assert_eq!(letters::fill("open { brace", &[("a", "1")]), "open { brace");
    let catalog = bundled();
    let a = rotterdam_care();
    let d = contract::decide(&catalog, "rotterdam", &a).unwrap();
    let details = Details {
        reasons: "Ik zorg voor {gemeente} mijn moeder.".into(),
        ..Details::default()
    };
    let person = Person::default();
    let input = Input {
        kind: Kind::Objection,
        decision: &d,
        answers: &a,
        details: &details,
        person: &person,
        today: common::day(),
    };
    assert!(compose(&input, Lang::Nl)
        .to_text()
        .contains("Ik zorg voor {gemeente} mijn moeder."));
}

#[test]
fn an_objection_without_grounds_says_they_follow_and_a_late_one_says_why() {
    let catalog = bundled();
    let mut t = toml::Table::new();
    t.insert("age".into(), 40.into());
    let a = answers(&t);
    let d = contract::decide(&catalog, "haarlem", &a).unwrap();
    let person = Person::default();
    let mut details = Details {
        decision_date: Some(date("2026-03-02")),
        reference: "TP-2026-001".into(),
        annex: true,
        ..Details::default()
    };
    let input = |details: &Details| -> (letters::Letter, Vec<String>) {
        let input = Input {
            kind: Kind::Objection,
            decision: &d,
            answers: &a,
            details,
            person: &person,
            today: common::day(),
        };
        (compose(&input, Lang::Nl), guidance(&input, Lang::Nl))
    };
    let (letter, notes) = input(&details);
    let text = letter.to_text();
    assert!(text.contains("Bezwaarschrift tegen uw besluit van 2 maart 2026"));
    assert!(text.contains("Kenmerk van het besluit: TP-2026-001"));
    assert!(
        text.contains("De redenen van mijn bezwaar stuur ik later."),
        "{text}"
    );
    assert!(letter.annex.iter().any(|c| c.text == law::AWB_6_6.text));
    assert!(text.contains("Bijlage: kopie van het besluit"));
    // Sent 2 March, six weeks end on Monday 13 April; on 1 June that has passed.
    assert!(
        notes.iter().any(|n| n.contains("13 april 2026")),
        "{notes:?}"
    );
    assert!(
        notes.iter().any(|n| n.starts_with("De termijn is voorbij")),
        "{notes:?}"
    );
    details.late_reason = "ik lag in het ziekenhuis".into();
    details.reasons = "Het werk is gewoon betaald werk.".into();
    let (letter, _) = input(&details);
    let text = letter.to_text();
    assert!(text.contains(
        "Ik stuur dit bezwaar te laat. De reden is: ik lag in het ziekenhuis. Ik vraag u mijn bezwaar toch te behandelen."
    ), "{text}");
    assert!(letter.annex.iter().any(|c| c.text == law::AWB_6_11.text));
    assert!(text.contains("Het werk is gewoon betaald werk."));
    assert!(!text.contains("stuur ik later"));
    // In time: the post rule and the warning that the duty holds (Awb 6:16).
    details.decision_date = Some(date("2026-05-20"));
    let input = Input {
        kind: Kind::Objection,
        decision: &d,
        answers: &a,
        details: &details,
        person: &person,
        today: common::day(),
    };
    let notes = guidance(&input, Lang::Nl);
    assert!(notes.iter().any(|n| n.contains("met de post")), "{notes:?}");
    assert!(
        notes.iter().any(|n| n.contains("geldt het besluit")),
        "{notes:?}"
    );
    assert!(!notes.iter().any(|n| n.starts_with("De termijn is voorbij")));
}

/// The court's view is quoted as the thesis reports it: the words are in the source.
#[test]
fn the_courts_view_is_quoted_from_the_thesis() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/sources/thesis-tegenprestatie-verplichtende-gemeenten-2016.txt"
    );
    let thesis = std::fs::read_to_string(path).expect("../shared/sources holds the thesis");
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat(&thesis).contains(&flat(law::COURT_32_HOURS.text)));
}

#[test]
fn every_quote_has_its_words_and_address() {
    for q in law::ALL_QUOTES {
        assert!(q.url.starts_with("https://"), "{}", q.label());
        assert!(q.text.ends_with('.'), "{}", q.label());
    }
    assert_eq!(law::OBJECTION_WEEKS, 6);
}

/// A decision of 2026 keeps its letter after the law changed: the old rules (the answers' day,
/// 31 December 2026), the letter dated the day it is written, and the term from the decision.
#[test]
fn a_decision_of_2026_can_be_objected_to_in_2027() {
    let catalog = bundled();
    let a = common::on(rotterdam_care(), date("2026-12-31"));
    let d = contract::decide(&catalog, "rotterdam", &a).expect("the rules of 2026 answer for 2026");
    let details = Details {
        decision_date: Some(date("2026-12-03")),
        hours_per_week: Some(24.0),
        ..Details::default()
    };
    let person = person();
    let input = Input {
        kind: Kind::Objection,
        decision: &d,
        answers: &a,
        details: &details,
        person: &person,
        today: date("2027-01-05"),
    };
    let letter = compose(&input, Lang::Nl);
    assert_eq!(letter.place_date, "Rotterdam, 5 januari 2027");
    assert!(letter
        .to_text()
        .contains("mag dat maximaal 20 uur per week zijn"));
    let notes = guidance(&input, Lang::Nl);
    // Sent Thursday 3 December 2026: the last day is Thursday 14 January 2027.
    assert_eq!(
        notes[0],
        "Uw bezwaar moet uiterlijk op 14 januari 2027 binnen zijn."
    );
    assert!(!input.late());
}
