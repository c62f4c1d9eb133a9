//! Checks that an ordinance is well-formed and lawful before anyone relies on it.
//!
//! Compiled into `build.rs` too (a broken bundled ordinance fails the build) and used by
//! `tegenprestatie lint`. Depends only on `model.rs` and `std`.

use super::date::Date;
use super::facts::Kind;
use super::model::*;

/// Hours a week from which a demand is no longer a tegenprestatie of limited scope
/// (Rb. Zeeland-West-Brabant 25-02-2013, ECLI:NL:RBZWB:2013:BZ5171).
/// Numbers in messages, without the float formatter in the wasm (see `number`).
fn num(v: f64) -> String {
    crate::number::format(v, '.')
}

/// A Dutch message: written in native builds (the CLI, the tests, `build.rs`) and in the wasm
/// builds with the `problems-nl` feature (the workbench); elsewhere empty, so the recipient's
/// app does not carry the words.
macro_rules! nl {
    ($($arg:tt)*) => {
        if cfg!(any(not(target_arch = "wasm32"), feature = "problems-nl")) {
            format!($($arg)*)
        } else {
            String::new()
        }
    };
}

pub const HOURS_LIMIT_BZ5171: f64 = 32.0;

/// One problem, pointing at the place in the ordinance where it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// Ordinance id, then the rule or section, e.g. `overbetuwe / rule vrijwilligerswerk`.
    pub place: String,
    /// The key within that place the problem is about (`hours_per_week.max`, `when`), or empty
    /// for the place as a whole; the workbench finds its line in the text with it.
    pub field: String,
    /// In English (the build, the CLI, the JS API).
    pub message: String,
    /// The same in plain Dutch (the workbench).
    pub nl: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.place, self.message)
    }
}

/// What a fact may be compared with, from the schema.
fn kind(fact: Fact) -> Kind {
    fact.kind()
}

/// Facts whose positive value the law itself attaches a consequence to (art. 9 lid 1, 5, 7).
fn statutory(fact: Fact) -> bool {
    fact.spec().statutory
}

/// The longest period a duration, extension or milestone may count: ten years.
const MAX_MONTHS: u32 = 120;

/// Whether an assignment with these bounds has a last day.
fn has_end(bounds: &Bounds) -> bool {
    !bounds.permanent
        && (bounds.duration_months.max.is_some() || bounds.duration_weeks.max.is_some())
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn is_iso_date(s: &str) -> bool {
    Date::parse(s).is_some()
}

struct Checker<'a> {
    ordinance: &'a str,
    /// The statutory layer, when validating against it (a bundle, a catalogue).
    statute: Option<&'a Ordinance>,
    problems: Vec<Problem>,
}

impl Checker<'_> {
    fn report(&mut self, place: &str, field: &str, message: String, nl: String) {
        let place = if place.is_empty() {
            self.ordinance.to_string()
        } else {
            format!("{} / {}", self.ordinance, place)
        };
        self.problems.push(Problem {
            place,
            field: field.to_string(),
            message,
            nl,
        });
    }

    fn text(&mut self, place: &str, field: &str, text: &Text) {
        if text.nl.trim().is_empty() {
            self.report(
                place,
                &format!("{field}.nl"),
                format!("{field}.nl is empty: write the Dutch text"),
                nl!("{field}.nl is leeg: schrijf de Nederlandse tekst"),
            );
        }
        // (The recipient's app carries the ordinances without their English, which its English
        // pack brings: build.rs validated them before it left the English out, and the app
        // never validates the bundle again.)
        if text.en.trim().is_empty() {
            self.report(
                place,
                &format!("{field}.en"),
                format!("{field}.en is empty: write the English text"),
                nl!("{field}.en is leeg: schrijf de Engelse tekst"),
            );
        }
    }

    fn citation(&mut self, place: &str, citation: &Citation, detail: Detail) {
        if citation.source.location.trim().is_empty() {
            self.report(
                place,
                "citation.source.location",
                "citation.source.location is empty: say where in the source this is".into(),
                nl!("citation.source.location is leeg: zeg waar in de bron dit staat"),
            );
        }
        let own_article_needed = matches!(detail, Detail::FullText | Detail::Statute);
        if own_article_needed && citation.artikel.as_deref().is_none_or(str::is_empty) {
            self.report(
                place,
                "citation.artikel",
                "citation.artikel is missing: the source gives the full text, so cite the article"
                    .into(),
                nl!("citation.artikel ontbreekt: de bron geeft de volledige tekst, noem dus het artikel"),
            );
        }
        if citation.lid.is_some() && citation.artikel.is_none() {
            self.report(
                place,
                "citation.lid",
                "citation has a lid but no artikel".into(),
                nl!("de bronvermelding heeft een lid maar geen artikel"),
            );
        }
    }

    fn range(&mut self, place: &str, field: &str, range: &Range) {
        for (end, value) in [("min", range.min), ("max", range.max)] {
            if let Some(v) = value {
                if !v.is_finite() || v < 0.0 {
                    self.report(
                        place,
                        &format!("{field}.{end}"),
                        format!(
                            "{field}.{end} is {}: it must be a number of 0 or more",
                            num(v)
                        ),
                        nl!("{field}.{end} is {}: geef een getal van 0 of meer", num(v)),
                    );
                }
            }
        }
        if let (Some(min), Some(max)) = (range.min, range.max) {
            if min > max {
                self.report(
                    place,
                    &format!("{field}.min"),
                    format!(
                        "{field}.min ({}) is above {field}.max ({})",
                        num(min),
                        num(max)
                    ),
                    nl!(
                        "{field}.min ({}) is hoger dan {field}.max ({}): het minimum mag niet boven \
                         het maximum liggen",
                        num(min),
                        num(max)
                    ),
                );
            }
        }
    }

    fn bounds(&mut self, place: &str, bounds: &Bounds) {
        self.range(place, "hours_per_week", &bounds.hours_per_week);
        self.range(place, "duration_months", &bounds.duration_months);
        self.range(place, "duration_weeks", &bounds.duration_weeks);
        self.range(place, "total_hours", &bounds.total_hours);
        for (end, value) in [
            ("min", bounds.hours_per_week.min),
            ("max", bounds.hours_per_week.max),
        ] {
            if let Some(v) = value {
                if v >= HOURS_LIMIT_BZ5171 {
                    self.report(
                        place,
                        &format!("hours_per_week.{end}"),
                        format!(
                            "hours_per_week.{end} is {}: {} hours a week or more is no \
                             tegenprestatie of limited scope (ECLI:NL:RBZWB:2013:BZ5171)",
                            num(v),
                            num(HOURS_LIMIT_BZ5171)
                        ),
                        nl!(
                            "hours_per_week.{end} is {}: {} uur per week of meer is geen \
                             tegenprestatie van beperkte omvang meer (Rb. Zeeland-West-Brabant \
                             25-02-2013, BZ5171). Kies minder uren.",
                            num(v),
                            num(HOURS_LIMIT_BZ5171)
                        ),
                    );
                }
            }
        }
        if let Some(v) = bounds.hours_per_week.max {
            if v > 168.0 {
                self.report(
                    place,
                    "hours_per_week.max",
                    format!("hours_per_week.max is {}: a week has 168 hours", num(v)),
                    nl!("hours_per_week.max is {}: een week heeft 168 uur", num(v)),
                );
            }
        }
        if bounds.times == Some(0) {
            self.report(
                place,
                "times",
                "times is 0: leave it out or give 1 or more".into(),
                nl!("times is 0: laat het weg of geef 1 of meer"),
            );
        }
        if let Some(renewal) = &bounds.renewal {
            self.text(place, "renewal", renewal);
        }
        if let Some(e) = bounds.extension {
            if e.times == 0 || e.months == 0 {
                self.report(
                    place,
                    "extension",
                    "extension has 0 times or 0 months: leave it out or give 1 or more".into(),
                    nl!("extension heeft 0 keer of 0 maanden: laat het weg of geef 1 of meer"),
                );
            }
            if e.months > MAX_MONTHS {
                self.report(
                    place,
                    "extension.months",
                    format!("extension.months is {}: at most {MAX_MONTHS}", e.months),
                    nl!("extension.months is {}: hoogstens {MAX_MONTHS}", e.months),
                );
            }
            if !has_end(bounds) {
                self.report(
                    place,
                    "extension",
                    "extension without an end to extend: give duration_months.max or \
                     duration_weeks.max"
                        .into(),
                    nl!(
                        "verlenging zonder einde om te verlengen: geef duration_months.max of \
                     duration_weeks.max"
                    ),
                );
            }
            if bounds.renewal.is_none() {
                self.report(
                    place,
                    "extension",
                    "extension without renewal: say in words what the extension is".into(),
                    nl!("verlenging zonder renewal: zeg in woorden wat de verlenging inhoudt"),
                );
            }
        }
    }

    fn milestone(&mut self, m: &Milestone, general: Option<&Bounds>, detail: Detail) {
        let place = format!("milestone {}", m.id);
        if !is_slug(&m.id) {
            self.report(
                &place,
                "id",
                "id must be a lowercase slug (a-z, 0-9, -)".into(),
                nl!("id mag alleen kleine letters, cijfers en streepjes hebben (a-z, 0-9, -)"),
            );
        }
        if m.months == 0 || m.months > MAX_MONTHS {
            self.report(
                &place,
                "months",
                format!("months is {}: give 1 to {MAX_MONTHS}", m.months),
                nl!("months is {}: geef 1 tot en met {MAX_MONTHS}", m.months),
            );
        }
        if m.from != Anchor::Decision && general.is_none() {
            self.report(
                &place,
                "from",
                "counts from an assignment, but the ordinance sets none".into(),
                nl!("telt vanaf een opdracht, maar de verordening geeft geen opdracht"),
            );
        }
        if m.from == Anchor::End && !general.is_some_and(has_end) {
            self.report(
                &place,
                "from",
                "counts from the end, but the assignment has no end: give duration_months.max \
                 or duration_weeks.max, or count from the start"
                    .into(),
                nl!(
                    "telt vanaf het einde, maar de opdracht heeft geen einde: geef \
                 duration_months.max of duration_weeks.max, of tel vanaf het begin"
                ),
            );
        }
        self.text(&place, "label", &m.label);
        self.citation(&place, &m.citation, detail);
        if m.source_text.trim().is_empty() {
            self.empty_source_text(&place);
        }
    }

    fn empty_source_text(&mut self, place: &str) {
        self.report(
            place,
            "source_text",
            "source_text is empty: quote the words".into(),
            nl!("source_text is leeg: citeer de woorden uit de bron"),
        );
    }

    fn condition(&mut self, place: &str, condition: &Condition) {
        match condition {
            Condition::All(parts) | Condition::Any(parts) => {
                if parts.is_empty() {
                    self.report(
                        place,
                        "when",
                        "an `all` or `any` with no conditions in it".into(),
                        nl!("een `all` of `any` zonder voorwaarden erin"),
                    );
                }
                for part in parts {
                    self.condition(place, part);
                }
            }
            Condition::Not(inner) => self.condition(place, inner),
            Condition::AtLeast(fact, n)
            | Condition::Above(fact, n)
            | Condition::Below(fact, n)
            | Condition::AtMost(fact, n) => {
                if !matches!(kind(*fact), Kind::Number { .. }) {
                    self.report(
                        place,
                        fact.key(),
                        format!("`{fact}` is not a number: compare it with `is`, not a bound"),
                        nl!("`{fact}` is geen getal: vergelijk het met `is`, niet met een grens"),
                    );
                }
                if !n.is_finite() {
                    self.report(
                        place,
                        fact.key(),
                        format!("bound {} for `{fact}` is not a finite number", num(*n)),
                        nl!("grens {} voor `{fact}` is geen gewoon getal", num(*n)),
                    );
                }
            }
            Condition::Is(fact, literal) => match (kind(*fact), literal) {
                (Kind::Bool, Literal::Bool(_)) | (Kind::Number { .. }, Literal::Number(_)) => {}
                (Kind::Choice(allowed), Literal::Text(t)) if allowed.contains(&t.as_str()) => {}
                (Kind::Choice(allowed), _) => self.report(
                    place,
                    fact.key(),
                    format!(
                        "`{fact}` must be compared with one of {}",
                        allowed.join(", ")
                    ),
                    nl!(
                        "`{fact}` kan alleen een van deze waarden hebben: {}",
                        allowed.join(", ")
                    ),
                ),
                (Kind::Bool, _) => self.report(
                    place,
                    fact.key(),
                    format!("`{fact}` is true or false: compare with a boolean"),
                    nl!("`{fact}` is ja of nee: vergelijk met true of false"),
                ),
                (Kind::Number { .. }, _) => self.report(
                    place,
                    fact.key(),
                    format!("`{fact}` is a number: compare it with a number"),
                    nl!("`{fact}` is een getal: vergelijk het met een getal"),
                ),
                (Kind::Date, _) => self.report(
                    place,
                    fact.key(),
                    format!("`{fact}` is a date: conditions cannot test it"),
                    nl!("`{fact}` is een datum: een voorwaarde kan die niet testen"),
                ),
            },
            Condition::Unknown(_) => {}
        }
    }

    fn pension_ages(&mut self, table: &PensionAgeTable) {
        let place = "law pension_age";
        self.citation(place, &table.citation, Detail::Statute);
        self.text(place, "explanation", &table.explanation);
        if table.source_text.trim().is_empty() {
            self.empty_source_text(place);
        }
        if table.steps.is_empty() {
            self.report(
                place,
                "steps",
                "steps is empty: give the AOW age from a year on".into(),
                nl!("steps is leeg: geef de AOW-leeftijd vanaf een jaar"),
            );
        }
        for pair in table.steps.windows(2) {
            if pair[1].from_year <= pair[0].from_year {
                self.report(
                    place,
                    "steps",
                    format!(
                        "steps must be in order of year: {} comes after {}",
                        pair[1].from_year, pair[0].from_year
                    ),
                    nl!(
                        "steps moeten op volgorde van jaar staan: {} komt na {}",
                        pair[1].from_year,
                        pair[0].from_year
                    ),
                );
            }
            let months = |s: &PensionAgeStep| u32::from(s.years) * 12 + u32::from(s.months);
            if months(&pair[1]) < months(&pair[0]) {
                self.report(
                    place,
                    "steps",
                    format!(
                        "the AOW age goes down in {}: the law only raises it",
                        pair[1].from_year
                    ),
                    nl!(
                        "de AOW-leeftijd gaat omlaag in {}: de wet verhoogt hem alleen",
                        pair[1].from_year
                    ),
                );
            }
        }
        for step in &table.steps {
            if !(60..=75).contains(&step.years) || step.months > 11 {
                self.report(
                    place,
                    "steps",
                    format!(
                        "{}: {} years and {} months is not an AOW age (60-75 years, 0-11 months)",
                        step.from_year, step.years, step.months
                    ),
                    nl!(
                        "{}: {} jaar en {} maanden is geen AOW-leeftijd (60-75 jaar, 0-11 \
                         maanden)",
                        step.from_year,
                        step.years,
                        step.months
                    ),
                );
            }
            if !(Date::MIN_YEAR..=Date::MAX_YEAR).contains(&step.from_year) {
                self.report(
                    place,
                    "steps",
                    format!("year {} is out of range", step.from_year),
                    nl!("jaar {} kan niet", step.from_year),
                );
            }
        }
    }

    fn merger_rule(&mut self, rule: &MergerRule) {
        let place = "law merger";
        self.citation(place, &rule.citation, Detail::Statute);
        self.text(place, "explanation", &rule.explanation);
        if rule.source_text.trim().is_empty() {
            self.empty_source_text(place);
        }
        if !(1..=10).contains(&rule.years) {
            self.report(
                place,
                "years",
                format!("years {} is not a plausible term (1-10)", rule.years),
                nl!("years {} kan niet kloppen (1-10)", rule.years),
            );
        }
    }

    /// The article the statute's own rules cite for taking the duty away when `fact` holds
    /// (`art. 9 lid 5`), to name in the message; the three lids when no statute is at hand.
    fn statutory_article(&self, fact: Fact) -> String {
        self.statute
            .into_iter()
            .flat_map(|s| &s.rules)
            .filter(|r| matches!(r.effect, Effect::Exempt | Effect::NotApplicable))
            .filter(|r| r.when.as_ref().and_then(positive_statutory_fact) == Some(fact))
            .find_map(|r| {
                let artikel = r.citation.artikel.as_deref()?;
                Some(match r.citation.lid.as_deref() {
                    Some(lid) => format!("art. {artikel} lid {lid}"),
                    None => format!("art. {artikel}"),
                })
            })
            .unwrap_or_else(|| "art. 9 lid 1, 5 en 7".to_string())
    }

    fn rule(&mut self, rule: &Rule, detail: Detail) {
        let place = format!("rule {}", rule.id);
        if !is_slug(&rule.id) {
            self.report(
                &place,
                "id",
                "rule id must be a lowercase slug (a-z, 0-9, -)".into(),
                nl!(
                    "de id van een regel mag alleen kleine letters, cijfers en streepjes hebben \
                 (a-z, 0-9, -)"
                ),
            );
        }
        if rule.source_text.trim().is_empty() {
            self.report(
                &place,
                "source_text",
                "source_text is empty: quote the words this rule encodes".into(),
                nl!("source_text is leeg: citeer de woorden uit de bron waar deze regel op steunt"),
            );
        }
        self.text(&place, "explanation", &rule.explanation);
        self.citation(&place, &rule.citation, detail);
        if let Some(when) = &rule.when {
            self.condition(&place, when);
        }
        if let Some(judgement) = &rule.judgement {
            self.text(&place, "judgement.question", &judgement.question);
            if let Some(ask) = &judgement.ask {
                self.text(&place, "judgement.ask", ask);
            }
            if let Some(fact) = judgement.answered_by {
                if kind(fact) != Kind::Bool {
                    self.report(
                        &place,
                        "judgement.answered_by",
                        format!("judgement.answered_by `{fact}` must be a yes/no answer"),
                        nl!("judgement.answered_by `{fact}` moet een ja/nee-antwoord zijn"),
                    );
                }
            }
        }
        if detail != Detail::Statute {
            if rule.effect == Effect::NotApplicable {
                self.report(
                    &place,
                    "effect",
                    "effect not_applicable is for the law alone (art. 9 lid 1 Participatiewet); an \
                     ordinance can exempt, not change who the duty reaches"
                        .into(),
                    nl!("effect not_applicable is alleen voor de wet (art. 9 lid 1 Participatiewet): \
                     een verordening kan iemand vrijstellen, maar niet veranderen voor wie de \
                     plicht geldt"),
                );
            }
            if matches!(rule.effect, Effect::Obligated | Effect::Fulfilled) {
                if let Some(fact) = rule.when.as_ref().and_then(positive_statutory_fact) {
                    let (en, nl) = match rule.effect {
                        Effect::Obligated => ("obligated", "verplicht"),
                        _ => ("fulfilled", "voldaan"),
                    };
                    self.report(
                        &place,
                        "effect",
                        format!(
                            "effect {:?} when `{fact}` holds contradicts the law: art. 9 lid 1, 5 \
                             and 7 Participatiewet take the duty away there",
                            rule.effect
                        ),
                        nl!(
                            "effect {en} ({nl}) als `{fact}` geldt, gaat tegen de wet in: \
                             volgens {} Participatiewet geldt de plicht dan niet.",
                            self.statutory_article(fact)
                        ),
                    );
                }
            }
        }
    }
}

/// A statutory fact this condition requires positively (not under a `not`), if any.
fn positive_statutory_fact(condition: &Condition) -> Option<Fact> {
    fn walk(c: &Condition, positive: bool) -> Option<Fact> {
        match c {
            Condition::All(parts) | Condition::Any(parts) => {
                parts.iter().find_map(|p| walk(p, positive))
            }
            Condition::Not(inner) => walk(inner, !positive),
            Condition::Is(fact, Literal::Bool(true)) if positive && statutory(*fact) => Some(*fact),
            Condition::Is(Fact::Benefit, Literal::Text(t)) if positive && t == "none" => {
                Some(Fact::Benefit)
            }
            Condition::Below(Fact::Age, n) if positive && *n <= 18.0 => Some(Fact::Age),
            _ => None,
        }
    }
    walk(condition, true)
}

/// Validates one ordinance (or the statutory layer). Returns every problem found.
pub fn validate_ordinance(ordinance: &Ordinance) -> Vec<Problem> {
    validate_against(ordinance, None)
}

/// Validates one ordinance; with the statutory layer at hand, a rule that contradicts it is
/// named with the article the statute cites.
pub fn validate_against(ordinance: &Ordinance, statute: Option<&Ordinance>) -> Vec<Problem> {
    let mut c = Checker {
        ordinance: if ordinance.id.is_empty() {
            "(no id)"
        } else {
            &ordinance.id
        },
        statute,
        problems: Vec::new(),
    };
    if !is_slug(&ordinance.id) {
        c.report(
            "",
            "id",
            "id must be a lowercase slug (a-z, 0-9, -)".into(),
            nl!("id mag alleen kleine letters, cijfers en streepjes hebben (a-z, 0-9, -)"),
        );
    }
    if ordinance.detail == Detail::NotKnown {
        c.report(
            "",
            "detail",
            "detail `not_known` is the checker's own mark for a municipality without an ordinance: a file gives full_text, described or summary".into(),
            nl!("detail `not_known` gebruikt de check zelf voor een gemeente zonder verordening: een bestand geeft full_text, described of summary"),
        );
    }
    if ordinance.title.trim().is_empty() {
        c.report(
            "",
            "title",
            "title is empty".into(),
            nl!("title is leeg: geef de naam van de verordening"),
        );
    }
    if !(1990..=2100).contains(&ordinance.version.year) {
        c.report(
            "version",
            "year",
            format!("year {} is not a plausible year", ordinance.version.year),
            nl!("jaar {} kan niet kloppen", ordinance.version.year),
        );
    }
    for (field, date) in [
        ("valid_from", &Some(ordinance.version.valid_from.clone())),
        ("valid_to", &ordinance.version.valid_to),
        ("adopted", &ordinance.version.adopted),
    ] {
        if let Some(d) = date {
            if !is_iso_date(d) {
                c.report(
                    "version",
                    field,
                    format!("{field} `{d}` is not a date as YYYY-MM-DD"),
                    nl!("{field} `{d}` is geen datum als JJJJ-MM-DD"),
                );
            }
        }
    }
    let from = Date::parse(&ordinance.version.valid_from);
    let to = ordinance.version.valid_to.as_deref().and_then(Date::parse);
    if let (Some(from), Some(to)) = (from, to) {
        if to < from {
            c.report(
                "version",
                "valid_to",
                format!("valid_to {to} is before valid_from {from}"),
                nl!("valid_to {to} ligt voor valid_from {from}"),
            );
        }
    }
    if ordinance
        .version
        .basis
        .as_deref()
        .is_none_or(|b| b.trim().is_empty())
    {
        c.report(
            "version",
            "basis",
            "basis is missing: say what the dates rest on (the source and where)".into(),
            nl!("basis ontbreekt: zeg waar de datums op steunen (de bron en waar daarin)"),
        );
    }
    match (&ordinance.rules_not_known, ordinance.detail) {
        (Some(not_known), Detail::Statute) => {
            c.text("rules_not_known", "name", &not_known.name);
            c.text("rules_not_known", "summary", &not_known.summary);
            if !not_known.url.starts_with("https://") {
                c.report(
                    "rules_not_known",
                    "url",
                    "url must say where the text is published (https://...)".into(),
                    nl!("url moet zeggen waar de tekst staat (https://...)"),
                );
            }
            if !ordinance.rules.is_empty() || ordinance.law.is_some() {
                c.report(
                    "rules_not_known",
                    "",
                    "a version whose rules are not known has no rules and no [law] table: \
                     remove rules_not_known when the rules are added"
                        .into(),
                    nl!(
                        "een versie waarvan de regels niet bekend zijn, heeft geen regels en geen \
                     [law]: haal rules_not_known weg als de regels erin staan"
                    ),
                );
            }
        }
        (Some(_), _) => c.report(
            "rules_not_known",
            "",
            "only a version of the statutory layer can be marked rules_not_known".into(),
            nl!("alleen een versie van de wet kan rules_not_known hebben"),
        ),
        (None, Detail::Statute) if ordinance.rules.is_empty() => c.report(
            "rules",
            "",
            "a statute version without rules must be marked [rules_not_known] (with its name \
             and where its text is published)"
                .into(),
            nl!(
                "een versie van de wet zonder regels moet [rules_not_known] hebben (met de naam \
             en waar de tekst staat)"
            ),
        ),
        (None, _) => {}
    }
    match (&ordinance.law, ordinance.detail) {
        (Some(law), Detail::Statute) => {
            c.pension_ages(&law.pension_age);
            if let Some(merger) = &law.merger {
                c.merger_rule(merger);
            }
        }
        (None, Detail::Statute) if ordinance.rules_not_known.is_some() => {}
        (None, Detail::Statute) => c.report(
            "law",
            "",
            "the statutory layer needs [law.pension_age]: the AOW age by year".into(),
            nl!("de wet heeft [law.pension_age] nodig: de AOW-leeftijd per jaar"),
        ),
        (Some(_), _) => c.report(
            "law",
            "",
            "only the statutory layer sets the law's numbers (the AOW age)".into(),
            nl!("alleen de wet zelf legt de getallen van de wet vast (de AOW-leeftijd)"),
        ),
        (None, _) => {}
    }
    if ordinance.sources.is_empty() {
        c.report(
            "",
            "sources",
            "sources is empty: name the source this ordinance comes from".into(),
            nl!("sources is leeg: noem de bron van deze verordening"),
        );
    }
    if ordinance.detail == Detail::Statute {
        if !ordinance.municipalities.is_empty() {
            c.report(
                "",
                "municipalities",
                "the statutory layer serves no single municipality".into(),
                nl!("de wet hoort niet bij één gemeente"),
            );
        }
        if ordinance.assignment.is_some() {
            c.report(
                "",
                "assignment",
                "the statutory layer sets no hours or duration".into(),
                nl!("de wet legt geen uren of duur vast"),
            );
        }
    } else {
        if ordinance.municipalities.is_empty() {
            c.report(
                "",
                "municipalities",
                "municipalities is empty: which municipalities use this ordinance?".into(),
                nl!("municipalities is leeg: welke gemeenten gebruiken deze verordening?"),
            );
        }
        match &ordinance.assignment {
            None => c.report(
                "assignment",
                "",
                "missing: give the hours a week and the duration (a tegenprestatie is limited in \
                 scope and duration; art. 8a lid 1 onderdeel b has the ordinance rule on assigning it)"
                    .into(),
                nl!("assignment ontbreekt: geef de uren per week en de duur. Een tegenprestatie is \
                 beperkt in omvang en duur; art. 8a lid 1 onderdeel b Participatiewet vraagt regels \
                 voor het opdragen ervan."),
            ),
            Some(a) => {
                let place = format!("assignment {}", a.id);
                c.bounds(&place, &a.bounds);
                c.citation(&place, &a.citation, ordinance.detail);
                c.text(&place, "explanation", &a.explanation);
                if a.source_text.trim().is_empty() {
                    c.empty_source_text(&place);
                }
                for v in &a.variants {
                    let place = format!("assignment variant {}", v.id);
                    c.condition(&place, &v.when);
                    c.bounds(&place, &v.bounds);
                    c.citation(&place, &v.citation, ordinance.detail);
                    c.text(&place, "explanation", &v.explanation);
                    if v.source_text.trim().is_empty() {
                        c.empty_source_text(&place);
                    }
                }
            }
        }
    }
    for m in &ordinance.municipalities {
        if !is_slug(&m.id) {
            c.report(
                &format!("municipality {}", m.name),
                "id",
                format!("id `{}` must be a lowercase slug of the name", m.id),
                nl!(
                    "id `{}` moet de naam zijn in kleine letters, cijfers en streepjes",
                    m.id
                ),
            );
        }
        if let Some(since) = &m.since {
            c.text(&format!("municipality {}", m.id), "since", since);
        }
        if let Some(merged) = &m.merged {
            let place = format!("municipality {}", m.id);
            if !is_iso_date(&merged.on) {
                c.report(
                    &place,
                    "merged.on",
                    format!("merged.on `{}` is not a date as YYYY-MM-DD", merged.on),
                    nl!("merged.on `{}` is geen datum als JJJJ-MM-DD", merged.on),
                );
            }
            if merged.into.trim().is_empty() {
                c.report(
                    &place,
                    "merged.into",
                    "merged.into is empty: name the municipality it became part of".into(),
                    nl!("merged.into is leeg: noem de gemeente waar deze in opging"),
                );
            }
        }
    }
    let mut seen: Vec<&str> = Vec::new();
    for rule in &ordinance.rules {
        if seen.contains(&rule.id.as_str()) {
            c.report(
                &format!("rule {}", rule.id),
                "id",
                "rule id is used twice".into(),
                nl!("deze id van een regel komt twee keer voor"),
            );
        }
        seen.push(&rule.id);
        c.rule(rule, ordinance.detail);
    }
    for (i, info) in ordinance.info.iter().enumerate() {
        let place = format!("info {} ({:?})", i + 1, info.topic);
        c.text(&place, "text", &info.text);
        let detail = if info.citation.instrument.is_some() {
            Detail::Described
        } else {
            ordinance.detail
        };
        c.citation(&place, &info.citation, detail);
    }
    let general = ordinance.assignment.as_ref().map(|a| &a.bounds);
    let mut seen: Vec<&str> = Vec::new();
    for m in &ordinance.milestones {
        if seen.contains(&m.id.as_str()) {
            c.report(
                &format!("milestone {}", m.id),
                "id",
                "milestone id is used twice".into(),
                nl!("deze id van een termijn komt twee keer voor"),
            );
        }
        seen.push(&m.id);
        c.milestone(m, general, ordinance.detail);
    }
    for (i, note) in ordinance.practice.iter().enumerate() {
        let place = format!("practice note {}", i + 1);
        c.text(&place, "text", &note.text);
        if note.source.location.trim().is_empty() {
            c.report(
                &place,
                "source.location",
                "source.location is empty".into(),
                nl!("source.location is leeg: zeg waar in de bron dit staat"),
            );
        }
    }
    c.problems
}

/// The statute's versions: each of the statutory layer, in order, the next starting the day
/// after the one before ends (no gap, no overlap); only the last may be open-ended.
fn statute_versions(statutes: &[Ordinance]) -> Vec<Problem> {
    let mut problems = Vec::new();
    let problem = |place: &str, field: &str, message: String, nl: String| Problem {
        place: place.to_string(),
        field: field.to_string(),
        message,
        nl,
    };
    if statutes.is_empty() {
        problems.push(problem(
            "",
            "",
            "the statutory layer is missing".into(),
            nl!("de wet ontbreekt"),
        ));
    }
    for (i, statute) in statutes.iter().enumerate() {
        if statute.detail != Detail::Statute {
            problems.push(problem(
                &statute.id,
                "detail",
                "the statutory layer must have detail = \"statute\"".into(),
                nl!("de wet moet detail = \"statute\" hebben"),
            ));
        }
        if statutes[..i].iter().any(|s| s.id == statute.id) {
            problems.push(problem(
                &statute.id,
                "id",
                "statute version id is used twice".into(),
                nl!("deze id van een versie van de wet komt twee keer voor"),
            ));
        }
        problems.extend(validate_ordinance(statute));
        let Some(next) = statutes.get(i + 1) else {
            continue;
        };
        let end = statute.version.valid_to.as_deref().and_then(Date::parse);
        let start = Date::parse(&next.version.valid_from);
        match (end, start) {
            (None, _) => problems.push(problem(
                &statute.id,
                "valid_to",
                format!(
                    "valid_to is missing, but version {} follows: they would overlap",
                    next.id
                ),
                nl!(
                    "valid_to ontbreekt, maar versie {} volgt: die zouden overlappen",
                    next.id
                ),
            )),
            (Some(end), Some(start)) if start.0 > end.0 + 1 => problems.push(problem(
                &next.id,
                "valid_from",
                format!(
                    "valid_from {start} leaves a gap after {} ends on {end}",
                    statute.id
                ),
                nl!(
                    "valid_from {start} laat een gat na het einde van {} op {end}",
                    statute.id
                ),
            )),
            (Some(end), Some(start)) if start.0 <= end.0 => problems.push(problem(
                &next.id,
                "valid_from",
                format!(
                    "valid_from {start} overlaps {}, which holds until {end}",
                    statute.id
                ),
                nl!(
                    "valid_from {start} overlapt met {}, die geldt tot en met {end}",
                    statute.id
                ),
            )),
            _ => {}
        }
    }
    problems
}

/// The statute version an ordinance is checked against: the latest one with rules.
pub fn current_statute<S: std::borrow::Borrow<Ordinance>>(statutes: &[S]) -> Option<&S> {
    statutes
        .iter()
        .rev()
        .find(|s| s.borrow().rules_not_known.is_none())
}

/// Validates the whole bundle: each ordinance, and what must hold across them.
pub fn validate_bundle(bundle: &Bundle) -> Vec<Problem> {
    let mut problems = statute_versions(&bundle.statutes);
    let statute = current_statute(&bundle.statutes);
    let mut ordinance_ids: Vec<&str> = Vec::new();
    let mut municipality_ids: Vec<(&str, &str)> = Vec::new();
    for ordinance in &bundle.ordinances {
        if ordinance.detail == Detail::Statute {
            problems.push(Problem {
                place: ordinance.id.clone(),
                field: "detail".into(),
                message: "only one statutory layer is allowed".into(),
                nl: nl!(
                    "er mag maar één wet zijn: een verordening heeft geen detail = \"statute\""
                ),
            });
        }
        if ordinance_ids.contains(&ordinance.id.as_str()) {
            problems.push(Problem {
                place: ordinance.id.clone(),
                field: "id".into(),
                message: "ordinance id is used twice".into(),
                nl: nl!("deze id van een verordening komt twee keer voor"),
            });
        }
        ordinance_ids.push(&ordinance.id);
        for m in &ordinance.municipalities {
            if let Some((_, other)) = municipality_ids.iter().find(|(id, _)| *id == m.id) {
                problems.push(Problem {
                    place: format!("{} / municipality {}", ordinance.id, m.id),
                    field: "id".into(),
                    message: format!("municipality id is also used by ordinance {other}"),
                    nl: nl!("deze gemeente staat ook in verordening {other}"),
                });
            }
            municipality_ids.push((&m.id, &ordinance.id));
        }
        problems.extend(validate_against(ordinance, statute));
    }
    for (m, ordinance) in bundle
        .ordinances
        .iter()
        .flat_map(|o| o.municipalities.iter().map(move |m| (m, o)))
    {
        let Some(into) = m.merged.as_ref().and_then(|g| g.into_id.as_deref()) else {
            continue;
        };
        if !municipality_ids.iter().any(|(id, _)| *id == into) {
            problems.push(Problem {
                place: format!("{} / municipality {}", ordinance.id, m.id),
                field: "merged.into_id".into(),
                message: format!("merged.into_id `{into}` is no municipality of this bundle"),
                nl: nl!("merged.into_id `{into}` is geen gemeente in deze bundel"),
            });
        }
    }
    if statute.is_some_and(|s| s.law.as_ref().is_none_or(|l| l.merger.is_none()))
        && bundle
            .ordinances
            .iter()
            .any(|o| o.municipalities.iter().any(|m| m.merged.is_some()))
    {
        problems.push(Problem {
            place: statute.map(|s| s.id.clone()).unwrap_or_default(),
            field: "law.merger".into(),
            message: "a municipality has merged, so the statute needs [law.merger] (Wet arhi \
                      art. 28)"
                .into(),
            nl: nl!(
                "een gemeente is samengevoegd, dus de wet heeft [law.merger] nodig (Wet arhi \
                 art. 28)"
            ),
        });
    }
    problems
}
