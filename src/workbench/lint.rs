//! What a reviewer checks in an ordinance file before it is used or bundled, as one list:
//! the door's problems (the validator and the compiler, each with its line), the places still
//! open, and what the validator cannot refuse but a reviewer asks about: a municipality the
//! list does not have or another ordinance already serves, a version from a day whose statute
//! this checker does not know, a judgement without its yes/no question, a number in an
//! explanation that neither the rule nor its quoted text has, and the claims: each must hold,
//! and each threshold needs one on both sides. `tegenprestatie lint` prints it.

use crate::catalog::Catalog;
use crate::facts::Fact;
use crate::model::{Condition, Ordinance, Text};
use crate::workbench::state::thresholds;
use crate::workbench::{cases, check, locate, Located};

/// How much a finding weighs: an error keeps the file from being used; a warning is for the
/// reviewer to weigh.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub severity: Severity,
    pub problem: Located,
}

fn finding(
    severity: Severity,
    line: Option<usize>,
    place: &str,
    nl: String,
    en: String,
) -> Finding {
    Finding {
        severity,
        problem: Located {
            line,
            place: place.to_string(),
            field: String::new(),
            nl,
            en,
        },
    }
}

/// The numbers written in a text (`24`, `7,5`), as numbers.
fn numbers_in(text: &str) -> Vec<f64> {
    text.split(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .map(|w| w.trim_matches(|c| c == ',' || c == '.'))
        .filter(|w| !w.is_empty())
        .filter_map(|w| w.replace(',', ".").parse().ok())
        .collect()
}

/// Number words a source may write instead of digits ("zes maanden").
fn words_in(text: &str) -> Vec<f64> {
    const WORDS: [(&str, f64); 12] = [
        ("één", 1.0),
        ("een", 1.0),
        ("twee", 2.0),
        ("drie", 3.0),
        ("vier", 4.0),
        ("vijf", 5.0),
        ("zes", 6.0),
        ("zeven", 7.0),
        ("acht", 8.0),
        ("negen", 9.0),
        ("tien", 10.0),
        ("twaalf", 12.0),
    ];
    let lower = text.to_lowercase();
    lower
        .split(|c: char| !c.is_alphanumeric())
        .filter_map(|w| WORDS.iter().find(|(x, _)| *x == w).map(|(_, n)| *n))
        .collect()
}

/// The numbers a part's bounds give (hours, months, weeks, total hours; both ends).
fn bound_numbers(b: &crate::model::Bounds) -> impl Iterator<Item = f64> + '_ {
    [
        b.hours_per_week,
        b.duration_months,
        b.duration_weeks,
        b.total_hours,
    ]
    .into_iter()
    .flat_map(|r| [r.min, r.max])
    .flatten()
}

/// A part with a condition, an explanation and a quoted text: `(place, condition, numbers of
/// the part's data, quoted text, explanation)`.
type PartView<'o> = (String, Option<&'o Condition>, Vec<f64>, &'o str, &'o Text);

fn parts(o: &Ordinance) -> Vec<PartView<'_>> {
    let mut out = Vec::new();
    for r in &o.rules {
        let nums = r.when.as_ref().map(thresholds).unwrap_or_default();
        out.push((
            format!("rule {}", r.id),
            r.when.as_ref(),
            nums.iter().map(|t| t.2).collect(),
            r.source_text.as_str(),
            &r.explanation,
        ));
    }
    if let Some(a) = &o.assignment {
        let b = &a.bounds;
        let bounds = bound_numbers(b)
            .chain(
                b.extension
                    .iter()
                    .flat_map(|e| [f64::from(e.times), f64::from(e.months)]),
            )
            .collect();
        out.push((
            format!("assignment {}", a.id),
            None,
            bounds,
            a.source_text.as_str(),
            &a.explanation,
        ));
        for v in &a.variants {
            let mut nums: Vec<f64> = thresholds(&v.when).iter().map(|t| t.2).collect();
            nums.extend(bound_numbers(&v.bounds));
            out.push((
                format!("assignment variant {}", v.id),
                Some(&v.when),
                nums,
                v.source_text.as_str(),
                &v.explanation,
            ));
        }
    }
    out
}

/// Whether `claims` have, for the threshold `fact op n`, a person on each side of it.
fn sides(claims: &[toml::Table], ids: &[String], fact: Fact, op: &str, n: f64) -> (bool, bool) {
    let holds = |v: f64| match op {
        "at_least" => v >= n,
        "above" => v > n,
        "below" => v < n,
        _ => v <= n,
    };
    let mut yes = false;
    let mut no = false;
    for c in claims {
        let ours = c
            .get("gemeente")
            .and_then(|g| g.as_str())
            .is_some_and(|g| ids.iter().any(|i| i == g));
        let value = c
            .get("answers")
            .and_then(|a| a.get(fact.key()))
            .and_then(|v| v.as_float().or_else(|| v.as_integer().map(|i| i as f64)))
            // An answer left out is the fact's default (no volunteer work: 0 hours).
            .or(match fact.spec().default {
                crate::facts::WhenAbsent::Value(v) => Some(v),
                _ => None,
            });
        if let (true, Some(v)) = (ours, value) {
            if holds(v) {
                yes = true;
            } else {
                no = true;
            }
        }
    }
    (yes, no)
}

/// Lints a draft (TOML or JSON) against the statute of `base`, with its claims if given.
pub fn lint(
    text: &str,
    base: &Catalog,
    claims: Option<&str>,
    today: crate::date::Date,
) -> Vec<Finding> {
    use Severity::{Error, Warning};
    let checked = check(text, base);
    let format = checked.format;
    let mut out: Vec<Finding> = checked
        .problems
        .iter()
        .map(|p| Finding {
            severity: Error,
            problem: p.clone(),
        })
        .collect();
    let Some(o) = checked
        .ordinance
        .as_ref()
        .filter(|_| checked.holes.is_empty())
    else {
        return out;
    };
    let line = |place: &str, field: &str| locate(text, format, place, field);

    for m in &o.municipalities {
        let place = format!("municipality {}", m.id);
        match base.directory().by_id(&m.id) {
            None => out.push(finding(
                Warning,
                line(&place, "id"),
                &place,
                format!("{} ({}) staat niet in de lijst van gemeenten (data/gemeenten-2026.csv): gebruik de naam en id zoals de lijst ze geeft", m.name, m.id),
                format!("{} ({}) is not in the list of municipalities (data/gemeenten-2026.csv): use its name and id as the list gives them", m.name, m.id),
            )),
            Some(p) if p.name != m.name => out.push(finding(
                Warning,
                line(&place, "name"),
                &place,
                format!("de lijst noemt deze gemeente {}, niet {}", p.name, m.name),
                format!("the list names this municipality {}, not {}", p.name, m.name),
            )),
            Some(_) => {}
        }
        if let Some((other, _)) = base.find(&m.id) {
            if other.ordinance().id != o.id
                && base.rule_sets().iter().any(|s| std::ptr::eq(s, other))
            {
                out.push(finding(
                    Error,
                    line(&place, "id"),
                    &place,
                    format!(
                        "deze gemeente hoort al bij verordening {}",
                        other.ordinance().id
                    ),
                    format!(
                        "this municipality is already served by ordinance {}",
                        other.ordinance().id
                    ),
                ));
            }
        }
    }

    if let (Some(from), Some(until)) = (
        crate::date::Date::parse(&o.version.valid_from),
        base.rules_known_until(),
    ) {
        if from.0 > until.0 {
            let (day, _) = base
                .law_change_on(from)
                .map(|(s, n)| (s.version.valid_from.clone(), n.url.clone()))
                .unwrap_or_default();
            out.push(finding(
                Warning,
                line("version", "valid_from"),
                "version",
                format!("deze versie begint op {}; vanaf {day} kent deze check de regels van de wet niet, dus geeft hij met deze verordening geen antwoord tot die regels erin staan", o.version.valid_from),
                format!("this version starts on {}; from {day} this checker does not know the statute's rules, so it gives no answer with this ordinance until they are added", o.version.valid_from),
            ));
        }
    }

    for r in &o.rules {
        if let Some(j) = &r.judgement {
            if j.ask.is_none() {
                let place = format!("rule {}", r.id);
                out.push(finding(
                    Warning,
                    line(&place, "judgement"),
                    &place,
                    "het oordeel van het college heeft geen korte ja/nee-vraag (ask): die staat boven de als-dan-tabel".into(),
                    "the college's judgement has no short yes/no question (ask): it heads the if-then table".into(),
                ));
            }
        }
    }

    for (place, _, nums, source, explanation) in parts(o) {
        let known: Vec<f64> = nums
            .iter()
            .copied()
            .chain(numbers_in(source))
            .chain(words_in(source))
            .collect();
        for (lang, text) in [("nl", &explanation.nl), ("en", &explanation.en)] {
            for n in numbers_in(text) {
                // A step range "1 tot en met 4" starts at 1; years and article numbers aside.
                if n == 1.0 || known.iter().any(|k| (k - n).abs() < 1e-9) {
                    continue;
                }
                out.push(finding(
                    Warning,
                    line(&place, &format!("explanation.{lang}")),
                    &place,
                    format!("de uitleg ({lang}) noemt {n}, maar de regel en de geciteerde tekst niet: klopt de uitleg nog?"),
                    format!("the explanation ({lang}) says {n}, which neither the rule nor its quoted text has: is it still right?"),
                ));
            }
        }
    }

    let ids: Vec<String> = o.municipalities.iter().map(|m| m.id.clone()).collect();
    match claims.map(cases::parse) {
        None => out.push(finding(
            Warning,
            None,
            "",
            "geen claims meegegeven (--claims): een voorstel voor de bundel heeft voor elke grens een claim aan beide kanten".into(),
            "no claims given (--claims): a proposal for the bundle has a claim on both sides of every threshold".into(),
        )),
        Some(Err(e)) => out.push(finding(Error, None, "claims", e.nl, e.en)),
        Some(Ok(list)) => {
            if let Some(catalog) = checked.catalog.as_ref() {
                let ours = |c: &&toml::Table| {
                    c.get("gemeente")
                        .and_then(|g| g.as_str())
                        .is_some_and(|g| ids.iter().any(|i| i == g))
                };
                for c in list.iter().filter(ours) {
                    if let Err(e) = cases::run(catalog, c, today) {
                        out.push(finding(
                            Error,
                            None,
                            &format!("claim \"{}\"", cases::title(c)),
                            e.nl,
                            e.en,
                        ));
                    }
                }
            }
            for (place, when, _, _, _) in parts(o) {
                let Some(when) = when else { continue };
                // A derived fact is no answer a claim can give; its parts are.
                for (fact, op, n) in thresholds(when)
                    .into_iter()
                    .filter(|t| t.0.spec().origin == crate::facts::Origin::Answer)
                {
                    let (yes, no) = sides(&list, &ids, fact, op, n);
                    if !(yes && no) {
                        let side = match (yes, no) {
                            (false, false) => ("aan geen van beide kanten", "on either side"),
                            (true, false) => ("aan de kant waar hij niet geldt", "on the side where it does not hold"),
                            _ => ("aan de kant waar hij geldt", "on the side where it holds"),
                        };
                        out.push(finding(
                            Warning,
                            line(&place, "when"),
                            &place,
                            format!("de grens {fact} {op} {n} heeft geen claim {}", side.0),
                            format!("the threshold {fact} {op} {n} has no claim {}", side.1),
                        ));
                    }
                }
            }
        }
    }
    out
}
