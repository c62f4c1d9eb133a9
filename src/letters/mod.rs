//! From answer to action: the letter a person needs next, composed from the decision, their
//! answers and what they enter of the municipality's decision. Pure: no IO, no browser, no
//! clock (the day of the letter is passed in). The words are `flow::texts::letters`; the law of
//! the objection term is data (`law.rs`, `term.rs`).
//!
//! Which letters fit (`offered`):
//! - the request for an exemption, or to count what they already do: when the answers touch an
//!   exemption or a "counts as" rule that the college decides on (the law's art. 9 lid 2 for
//!   urgent reasons included) and the duty may be assigned;
//! - the proposal of an own activity: when the duty may be assigned and the ordinance lets the
//!   person propose one, or lets something they do count as the tegenprestatie;
//! - the objection: whenever the person receives a benefit a tegenprestatie can be tied to.

pub mod form;
pub mod law;
pub mod term;

use crate::answers::Answers;
use crate::date::Date;
use crate::decision::{citation_label_in, CitationWords, Decision, Outcome, Status};
use crate::facts::{Fact, Kind as FactKind, SCHEMA};
use crate::flow::state::Lang;
use crate::flow::texts::day::long_date;
use crate::flow::texts::letters::{
    fact_sentence, hours_word, letter_words, months_word, LetterWords,
};
use crate::model::{Citation, Condition, Effect, Rule, Topic};
use crate::number;

/// A letter the check can make.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Exemption,
    OwnActivity,
    Objection,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Exemption, Kind::OwnActivity, Kind::Objection];

    /// Its name in links, tests and the page (`data-letter`).
    pub fn key(self) -> &'static str {
        match self {
            Kind::Exemption => "vrijstelling",
            Kind::OwnActivity => "eigen-activiteit",
            Kind::Objection => "bezwaar",
        }
    }

    pub fn from_key(key: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.key() == key)
    }

    pub fn title(self, w: &LetterWords) -> &'static str {
        match self {
            Kind::Exemption => w.exemption_title,
            Kind::OwnActivity => w.own_activity_title,
            Kind::Objection => w.objection_title,
        }
    }

    pub fn when(self, w: &LetterWords) -> &'static str {
        match self {
            Kind::Exemption => w.exemption_when,
            Kind::OwnActivity => w.own_activity_when,
            Kind::Objection => w.objection_when,
        }
    }
}

/// Fills `{key}` marks in one pass, so a value (a person's own text) is never read as a mark.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after.find('}').and_then(|end| {
            let key = &after[..end];
            values
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| (end, *v))
        }) {
            Some((end, value)) => {
                out.push_str(value);
                rest = &after[end + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn benefit_index(answers: &Answers) -> Option<usize> {
    answers.value(Fact::Benefit).map(|v| v as usize)
}

fn benefit_is(answers: &Answers, option: &str) -> bool {
    Fact::Benefit.option_index(option) == benefit_index(answers)
}

/// The rules the college decides on that would take the duty away or count what the person
/// does, and that these answers touch: what an exemption request can ask for.
pub fn requestable<'a>(d: &Decision<'a>) -> Vec<&'a Rule> {
    let mut rules: Vec<&Rule> = Vec::new();
    for g in &d.trace {
        if g.outcome == Outcome::CollegeDecides
            && matches!(g.rule.effect, Effect::Exempt | Effect::Fulfilled)
            && !rules.iter().any(|r| r.id == g.rule.id)
        {
            rules.push(g.rule);
        }
    }
    rules
}

fn may_be_assigned(status: Status) -> bool {
    matches!(
        status,
        Status::Obligated | Status::Discretionary | Status::OrdinanceUnknown
    )
}

/// The ordinance lets the person propose an activity, or lets something count.
fn own_activity_basis(d: &Decision<'_>) -> bool {
    d.ordinance
        .info
        .iter()
        .any(|i| i.topic == Topic::FindActivity)
        || d.ordinance
            .rules
            .iter()
            .any(|r| r.effect == Effect::Fulfilled)
}

/// The letters that fit this outcome and these answers, in the order they are offered.
pub fn offered(d: &Decision<'_>, answers: &Answers) -> Vec<Kind> {
    let mut kinds = Vec::new();
    if may_be_assigned(d.status) && !requestable(d).is_empty() {
        kinds.push(Kind::Exemption);
    }
    if may_be_assigned(d.status) && own_activity_basis(d) {
        kinds.push(Kind::OwnActivity);
    }
    // Without a benefit there is no decision about a tegenprestatie to object to.
    if !benefit_is(answers, "none") {
        kinds.push(Kind::Objection);
    }
    kinds
}

/// Whether any letter fits: `offered` is never empty exactly when this holds (the objection fits
/// whenever there is a benefit). The recipient's result asks only this, so its first load
/// carries none of the rest.
pub fn any_offered(answers: &Answers) -> bool {
    !benefit_is(answers, "none")
}

/// What the decision the person received does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DecisionKind {
    /// It assigns a tegenprestatie.
    #[default]
    Imposes,
    /// It refuses an exemption.
    RefusesExemption,
}

/// What the person enters of the municipality's decision and their own plans. Nothing here is
/// stored or sent.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Details {
    pub kind: DecisionKind,
    /// Who took the decision; empty: the college of the municipality.
    pub body: String,
    pub body_address: String,
    pub decision_date: Option<Date>,
    /// The day it was sent or handed over; `None`: the decision's date.
    pub made_known: Option<Date>,
    pub reference: String,
    pub hours_per_week: Option<f64>,
    pub months: Option<f64>,
    /// Offered grounds the person left out (by `Ground::key`).
    pub left_out: Vec<String>,
    /// Their own reasons (the objection), or their urgent reasons (the exemption request).
    pub reasons: String,
    pub late_reason: String,
    pub activity: String,
    pub activity_hours: Option<f64>,
    pub activity_since: Option<Date>,
    /// The place above the letter; empty: the municipality's name.
    pub place: String,
    /// Print the quoted rules on a second page.
    pub annex: bool,
}

/// The person's own details: only ever in the letter on the screen, never kept.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Person {
    pub name: String,
    pub street: String,
    pub postcode_city: String,
    pub client_number: String,
}

/// A reason for an objection, offered only where the answers and the entered decision support it.
#[derive(Debug, Clone, PartialEq)]
pub enum Ground<'a> {
    /// The law says the duty does not reach the person (age, AOW, no benefit under the Act).
    LawExcludes(&'a Rule),
    /// A rule exempts the person, definitely.
    Exempt(&'a Rule),
    /// What the person does counts, definitely.
    Counts(&'a Rule),
    /// A rule the college decides on fits the person's situation.
    Judgement(&'a Rule),
    /// More hours a week than the ordinance allows.
    HoursAbove {
        decided: f64,
        max: f64,
        citation: &'a Citation,
    },
    /// Longer than the ordinance allows.
    MonthsAbove {
        decided: f64,
        max: f64,
        citation: &'a Citation,
    },
    /// 32 hours a week or more: the district court's view of 2013.
    ThirtyTwoHours { decided: f64 },
}

impl Ground<'_> {
    /// A stable name for the person's choice to leave it out.
    pub fn key(&self) -> String {
        match self {
            Ground::LawExcludes(r)
            | Ground::Exempt(r)
            | Ground::Counts(r)
            | Ground::Judgement(r) => {
                format!("regel-{}", r.id)
            }
            Ground::HoursAbove { .. } => "uren".into(),
            Ground::MonthsAbove { .. } => "duur".into(),
            Ground::ThirtyTwoHours { .. } => "32-uur".into(),
        }
    }
}

/// The grounds for an objection that these answers and this decision support.
pub fn grounds<'a>(d: &Decision<'a>, details: &Details) -> Vec<Ground<'a>> {
    let mut out = Vec::new();
    for g in &d.grounds {
        if g.outcome != Outcome::Definite {
            continue;
        }
        match (d.status, g.rule.effect) {
            (Status::NotApplicable, Effect::NotApplicable) => out.push(Ground::LawExcludes(g.rule)),
            (Status::Exempt, Effect::Exempt) => out.push(Ground::Exempt(g.rule)),
            (Status::Fulfilled, Effect::Fulfilled) => out.push(Ground::Counts(g.rule)),
            _ => {}
        }
    }
    if may_be_assigned(d.status) {
        out.extend(requestable(d).into_iter().map(Ground::Judgement));
    }
    // The numbers of an assignment matter only for a decision that assigns one.
    if details.kind == DecisionKind::Imposes {
        let assignment = d.ordinance.assignment.as_ref();
        if let (Some((bounds, id)), Some(a)) = (d.bounds, assignment) {
            let citation = a
                .variants
                .iter()
                .find(|v| v.id == id)
                .map_or(&a.citation, |v| &v.citation);
            if let (Some(decided), Some(max)) = (details.hours_per_week, bounds.hours_per_week.max)
            {
                if decided > max {
                    out.push(Ground::HoursAbove {
                        decided,
                        max,
                        citation,
                    });
                }
            }
            if let (Some(decided), Some(max)) = (details.months, bounds.duration_months.max) {
                if decided > max && !bounds.permanent {
                    out.push(Ground::MonthsAbove {
                        decided,
                        max,
                        citation,
                    });
                }
            }
        }
        if let Some(decided) = details.hours_per_week.filter(|h| *h >= 32.0) {
            out.push(Ground::ThirtyTwoHours { decided });
        }
    }
    out
}

/// A provision the letter cites, for the bijlage.
#[derive(Debug, Clone, PartialEq)]
pub struct Cited {
    pub label: String,
    pub text: String,
    pub url: Option<String>,
}

/// A letter, in parts, as the print view lays it out on one A4 page.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Letter {
    pub sender: Vec<String>,
    pub addressee: Vec<String>,
    pub place_date: String,
    pub subject: String,
    /// Lines under the subject (the decision's reference).
    pub subject_lines: Vec<String>,
    pub salutation: String,
    pub body: Vec<String>,
    pub closing: String,
    pub signature_label: String,
    pub signature: String,
    pub enclosures: Vec<String>,
    pub annex_title: String,
    pub annex: Vec<Cited>,
}

impl Letter {
    /// The letter as plain text, to copy into an e-mail or a form.
    pub fn to_text(&self) -> String {
        let mut blocks: Vec<String> = Vec::new();
        blocks.push(self.sender.join("\n"));
        blocks.push(self.addressee.join("\n"));
        blocks.push(self.place_date.clone());
        let mut subject = vec![self.subject.clone()];
        subject.extend(self.subject_lines.iter().cloned());
        blocks.push(subject.join("\n"));
        blocks.push(self.salutation.clone());
        blocks.extend(self.body.iter().cloned());
        blocks.push(format!("{}\n\n\n{}", self.closing, self.signature));
        if !self.enclosures.is_empty() {
            blocks.push(self.enclosures.join("\n"));
        }
        if !self.annex.is_empty() {
            let mut annex = vec![self.annex_title.clone()];
            for c in &self.annex {
                annex.push(format!("{}\n\"{}\"", c.label, c.text));
            }
            blocks.push(annex.join("\n\n"));
        }
        blocks
            .into_iter()
            .filter(|b| !b.trim().is_empty())
            .collect::<Vec<_>>()
            .join("\n\n")
    }
}

/// Citations in a letter: no "artikelnummer niet in de bron" (the municipality knows its own
/// ordinance; the bijlage quotes the words).
const LETTER_CITATION: CitationWords = CitationWords {
    artikel: "artikel",
    lid: "lid",
    onderdeel: "onderdeel",
    no_article: "",
};

fn label(citation: &Citation, title: &str) -> String {
    citation_label_in(citation, title, &LETTER_CITATION)
}

/// The ordinance's title with its version's year, so a reader never takes rules of 2015 for
/// today's ("Verordening tegenprestatie Rotterdam (2015)").
fn ordinance_title(d: &Decision<'_>) -> String {
    let (title, year) = (&d.ordinance.title, d.ordinance.version.year.to_string());
    if title.contains(&year) {
        title.clone()
    } else {
        format!("{title} ({year})")
    }
}

fn rule_title(d: &Decision<'_>, rule: &Rule) -> String {
    if d.statute.rules.iter().any(|r| r.id == rule.id) {
        d.statute.title.clone()
    } else {
        ordinance_title(d)
    }
}

fn rule_label(d: &Decision<'_>, rule: &Rule) -> String {
    label(&rule.citation, &rule_title(d, rule))
}

fn facts_in(condition: &Condition, out: &mut Vec<Fact>) {
    match condition {
        Condition::All(cs) | Condition::Any(cs) => cs.iter().for_each(|c| facts_in(c, out)),
        // What a rule excludes is not something the person states in support.
        Condition::Not(_) => {}
        Condition::AtLeast(f, _)
        | Condition::Above(f, _)
        | Condition::Below(f, _)
        | Condition::AtMost(f, _)
        | Condition::Is(f, _)
        | Condition::Unknown(f) => {
            if !out.contains(f) {
                out.push(*f);
            }
        }
    }
}

fn num(lang: Lang, n: f64) -> String {
    number::format(n, if lang == Lang::Nl { ',' } else { '.' })
}

/// What the person answered of the facts a rule tests, as first-person sentences (a yes for a
/// question, a number above zero).
pub fn facts_told(lang: Lang, rule: &Rule, answers: &Answers) -> Vec<String> {
    let mut facts = Vec::new();
    if let Some(when) = &rule.when {
        facts_in(when, &mut facts);
    }
    // Care and volunteer hours are told one by one, with their months, where the rule tests
    // their sum.
    if facts.contains(&Fact::VolunteerAndCaregivingHoursPerWeek) {
        facts.extend([
            Fact::CaregivingHoursPerWeek,
            Fact::CaregivingMonths,
            Fact::VolunteerHoursPerWeek,
            Fact::VolunteerMonths,
        ]);
    }
    if facts.contains(&Fact::CaregivingHoursPerWeek) && !facts.contains(&Fact::CaregivingMonths) {
        facts.push(Fact::CaregivingMonths);
    }
    if facts.contains(&Fact::VolunteerHoursPerWeek) && !facts.contains(&Fact::VolunteerMonths) {
        facts.push(Fact::VolunteerMonths);
    }
    let mut told = Vec::new();
    for fact in facts {
        let Some(value) = answers.value(fact) else {
            continue;
        };
        let Some(template) = fact_sentence(lang, fact) else {
            continue;
        };
        let spec = &SCHEMA[fact as usize];
        let says = match spec.kind {
            FactKind::Bool => value == 1.0,
            FactKind::Number { .. } => value > 0.0,
            _ => false,
        };
        if !says {
            continue;
        }
        let unit = match spec.unit {
            crate::facts::Unit::HoursPerWeek => hours_word(lang, value),
            crate::facts::Unit::Months => months_word(lang, value),
            _ => "",
        };
        let sentence = fill(template, &[("n", &num(lang, value)), ("unit", unit)]);
        if !told.contains(&sentence) {
            told.push(sentence);
        }
    }
    told
}

fn benefit_words(w: &LetterWords, answers: &Answers) -> &'static str {
    if benefit_is(answers, "ioaw") {
        w.benefit_ioaw
    } else if benefit_is(answers, "ioaz") {
        w.benefit_ioaz
    } else if benefit_is(answers, "special_assistance_only") {
        w.benefit_special
    } else {
        w.benefit_participatiewet
    }
}

/// Everything a letter is made from.
pub struct Input<'d, 'a> {
    pub kind: Kind,
    pub decision: &'d Decision<'a>,
    pub answers: &'d Answers,
    pub details: &'d Details,
    pub person: &'d Person,
    /// The day the letter is written (the device's clock): its date line, and whether the
    /// objection term has passed.
    pub today: Date,
}

impl Input<'_, '_> {
    fn municipality(&self) -> &str {
        &self.decision.municipality.name
    }

    /// Who the letter goes to: as the decision letter names it, or the college.
    pub fn body(&self, w: &LetterWords) -> String {
        let body = self.details.body.trim();
        if body.is_empty() {
            fill(w.default_body, &[("gemeente", self.municipality())])
        } else {
            body.to_string()
        }
    }

    /// The day the objection term counts from.
    pub fn made_known(&self) -> Option<Date> {
        self.details.made_known.or(self.details.decision_date)
    }

    pub fn term(&self) -> Option<term::Term> {
        self.made_known().map(term::objection_term)
    }

    /// The objection is sent after its term.
    pub fn late(&self) -> bool {
        self.term().is_some_and(|t| self.today > t.last_day)
    }
}

fn push_cited(annex: &mut Vec<Cited>, label: String, text: &str, url: Option<&str>) {
    if !annex.iter().any(|c| c.label == label && c.text == text) {
        annex.push(Cited {
            label,
            text: text.to_string(),
            url: url.map(str::to_string),
        });
    }
}

/// A citation in the bijlage, saying whose words the quote is where they are not the law's or
/// the ordinance's own (a thesis describing the ordinance).
fn annex_label(citation: &Citation, title: &str, w: &LetterWords) -> String {
    let label = label(citation, title);
    if citation.source.document.is_one_municipality()
        || citation.source.document == crate::model::SourceDocument::Act
    {
        label
    } else {
        fill(
            w.described_in,
            &[
                ("label", &label),
                ("source", citation.source.document.title()),
                ("location", &citation.source.location),
            ],
        )
    }
}

fn cite_rule(annex: &mut Vec<Cited>, d: &Decision<'_>, rule: &Rule) {
    push_cited(
        annex,
        annex_label(&rule.citation, &rule_title(d, rule), letter_words(Lang::Nl)),
        &rule.source_text,
        rule.citation.url.as_deref(),
    );
}

fn cite_quote(annex: &mut Vec<Cited>, q: &law::Quote) {
    push_cited(annex, q.label(), q.text, Some(q.url));
}

/// The letter in one language (Dutch to send; another as a reading aid).
pub fn compose(input: &Input<'_, '_>, lang: Lang) -> Letter {
    let w = letter_words(lang);
    let d = input.decision;
    let details = input.details;
    let person = input.person;
    let mut letter = Letter {
        closing: w.regards.to_string(),
        signature_label: w.signature_line.to_string(),
        signature: person.name.trim().to_string(),
        annex_title: w.annex_title.to_string(),
        ..Letter::default()
    };
    for line in [&person.name, &person.street, &person.postcode_city] {
        if !line.trim().is_empty() {
            letter.sender.push(line.trim().to_string());
        }
    }
    if !person.client_number.trim().is_empty() {
        letter
            .sender
            .push(fill(w.client_number, &[("n", person.client_number.trim())]));
    }
    letter.addressee.push(input.body(w));
    for line in details.body_address.lines() {
        if !line.trim().is_empty() {
            letter.addressee.push(line.trim().to_string());
        }
    }
    let place = if details.place.trim().is_empty() {
        input.municipality().to_string()
    } else {
        details.place.trim().to_string()
    };
    letter.place_date = format!("{place}, {}", long_date(lang, input.today));
    letter.salutation = if details.body.trim().is_empty() {
        w.dear_college
    } else {
        w.dear_other
    }
    .to_string();
    let receive = fill(
        w.receive,
        &[
            ("benefit", benefit_words(w, input.answers)),
            ("gemeente", input.municipality()),
        ],
    );
    let mut annex = Vec::new();
    match input.kind {
        Kind::Exemption => {
            let rules = requestable(d);
            let counts_only =
                !rules.is_empty() && rules.iter().all(|r| r.effect == Effect::Fulfilled);
            letter.subject = if counts_only {
                w.subject_counts
            } else {
                w.subject_exemption
            }
            .to_string();
            letter.body.push(receive);
            letter.body.push(
                if counts_only {
                    w.ask_counts
                } else {
                    w.ask_exemption
                }
                .to_string(),
            );
            for rule in &rules {
                let mut paragraph = fill(w.on_ground_of, &[("label", &rule_label(d, rule))]);
                let told = facts_told(lang, rule, input.answers);
                if !told.is_empty() {
                    paragraph.push(' ');
                    paragraph.push_str(&told.join(" "));
                }
                letter.body.push(paragraph);
                cite_rule(&mut annex, d, rule);
            }
            if !details.reasons.trim().is_empty() {
                letter.body.push(format!(
                    "{} {}",
                    w.urgent_reasons_are,
                    details.reasons.trim()
                ));
            }
            letter.body.push(w.talk.to_string());
            letter.body.push(w.answer_in_writing.to_string());
        }
        Kind::OwnActivity => {
            letter.subject = w.subject_own_activity.to_string();
            letter.body.push(receive);
            let activity = details.activity.trim().trim_end_matches('.');
            let mut paragraph = fill(w.propose, &[("activity", activity)]);
            if let Some(h) = details.activity_hours {
                paragraph.push(' ');
                paragraph.push_str(&fill(
                    w.activity_hours,
                    &[("n", &num(lang, h)), ("unit", hours_word(lang, h))],
                ));
            }
            if let Some(since) = details.activity_since {
                paragraph.push(' ');
                paragraph.push_str(&fill(
                    w.activity_since,
                    &[("date", &long_date(lang, since))],
                ));
            }
            letter.body.push(paragraph);
            // One rule is enough to say that it can count.
            if let Some(rule) = d
                .ordinance
                .rules
                .iter()
                .find(|r| r.effect == Effect::Fulfilled)
            {
                letter
                    .body
                    .push(fill(w.may_count, &[("label", &rule_label(d, rule))]));
                cite_rule(&mut annex, d, rule);
            }
            if let Some(info) = d
                .ordinance
                .info
                .iter()
                .find(|i| i.topic == Topic::FindActivity)
            {
                letter.body.push(fill(
                    w.may_propose,
                    &[("label", &label(&info.citation, &ordinance_title(d)))],
                ));
            }
            if let Some(info) = d.statute.info.iter().find(|i| i.topic == Topic::Choice) {
                letter.body.push(fill(
                    w.say_in_choice,
                    &[("label", &label(&info.citation, &d.statute.title))],
                ));
            }
            letter.body.push(w.hear_agree.to_string());
        }
        Kind::Objection => {
            let date = details.decision_date.map(|day| long_date(lang, day));
            letter.subject = match &date {
                Some(date) => fill(w.subject_objection, &[("date", date)]),
                None => w.subject_objection_undated.to_string(),
            };
            if !details.reference.trim().is_empty() {
                letter.subject_lines.push(fill(
                    w.reference,
                    &[("reference", details.reference.trim())],
                ));
            }
            letter.body.push(match &date {
                Some(date) => fill(w.object_to, &[("date", date)]),
                None => w.object_to_undated.to_string(),
            });
            let mut what = match details.kind {
                DecisionKind::Imposes => w.decision_imposes,
                DecisionKind::RefusesExemption => w.decision_refuses,
            }
            .to_string();
            if details.kind == DecisionKind::Imposes {
                if let Some(h) = details.hours_per_week {
                    what.push(' ');
                    what.push_str(&fill(
                        w.decision_hours,
                        &[("n", &num(lang, h)), ("unit", hours_word(lang, h))],
                    ));
                }
                if let Some(m) = details.months {
                    what.push(' ');
                    what.push_str(&fill(
                        w.decision_months,
                        &[("n", &num(lang, m)), ("unit", months_word(lang, m))],
                    ));
                }
            }
            letter.body.push(what);
            if input.late() && !details.late_reason.trim().is_empty() {
                letter.body.push(format!(
                    "{} {}. {}",
                    w.late_because,
                    details.late_reason.trim().trim_end_matches('.'),
                    w.late_ask
                ));
                cite_quote(&mut annex, &law::AWB_6_11);
            }
            let chosen: Vec<Ground> = grounds(d, details)
                .into_iter()
                .filter(|g| !details.left_out.contains(&g.key()))
                .collect();
            let own = details.reasons.trim();
            if chosen.is_empty() && own.is_empty() {
                letter.body.push(w.grounds_later.to_string());
                cite_quote(&mut annex, &law::AWB_6_6);
            } else {
                letter.body.push(w.grounds_intro.to_string());
                for (i, g) in chosen.iter().enumerate() {
                    letter.body.push(format!(
                        "{}. {}",
                        i + 1,
                        ground_text(lang, d, input.answers, g)
                    ));
                    match g {
                        Ground::LawExcludes(r)
                        | Ground::Exempt(r)
                        | Ground::Counts(r)
                        | Ground::Judgement(r) => cite_rule(&mut annex, d, r),
                        Ground::HoursAbove { citation, .. }
                        | Ground::MonthsAbove { citation, .. } => {
                            if let Some(a) = d.ordinance.assignment.as_ref() {
                                let text = a
                                    .variants
                                    .iter()
                                    .find(|v| &v.citation == *citation)
                                    .map_or(a.source_text.as_str(), |v| v.source_text.as_str());
                                push_cited(
                                    &mut annex,
                                    annex_label(
                                        citation,
                                        &ordinance_title(d),
                                        letter_words(Lang::Nl),
                                    ),
                                    text,
                                    citation.url.as_deref(),
                                );
                            }
                        }
                        Ground::ThirtyTwoHours { .. } => {
                            cite_quote(&mut annex, &law::COURT_32_HOURS)
                        }
                    }
                }
                if !own.is_empty() {
                    let n = chosen.len() + 1;
                    letter.body.push(if chosen.is_empty() {
                        own.to_string()
                    } else {
                        format!("{n}. {} {own}", w.own_reasons)
                    });
                }
            }
            letter.body.push(w.be_heard.to_string());
            cite_quote(&mut annex, &law::AWB_7_2);
            letter.body.push(
                match details.kind {
                    DecisionKind::Imposes => w.revoke,
                    DecisionKind::RefusesExemption => w.revoke_and_exempt,
                }
                .to_string(),
            );
            letter
                .enclosures
                .push(fill(w.enclosure, &[("what", w.enclosure_decision)]));
            cite_quote(&mut annex, &law::AWB_6_5);
        }
    }
    if details.annex && !annex.is_empty() {
        letter
            .enclosures
            .push(fill(w.enclosure, &[("what", w.enclosure_rules)]));
        letter.annex = annex;
    }
    letter
}

/// A ground as the form offers it: a short line with the rule it rests on.
pub fn ground_label(lang: Lang, d: &Decision<'_>, g: &Ground<'_>) -> String {
    let w = letter_words(lang);
    let rule = |template: &str, r: &Rule| fill(template, &[("label", &rule_label(d, r))]);
    match g {
        Ground::LawExcludes(r) => rule(w.short_law_excludes, r),
        Ground::Exempt(r) => rule(w.short_exempt, r),
        Ground::Counts(r) => rule(w.short_counts, r),
        Ground::Judgement(r) if r.effect == Effect::Fulfilled => rule(w.short_judgement_counts, r),
        Ground::Judgement(r) => rule(w.short_judgement_exempt, r),
        Ground::HoursAbove { decided, max, .. } => fill(
            w.short_hours,
            &[("n", &num(lang, *decided)), ("max", &num(lang, *max))],
        ),
        Ground::MonthsAbove { decided, max, .. } => fill(
            w.short_months,
            &[
                ("n", &num(lang, *decided)),
                ("unit", months_word(lang, *decided)),
                ("max", &num(lang, *max)),
                ("max_unit", months_word(lang, *max)),
            ],
        ),
        Ground::ThirtyTwoHours { .. } => w.short_32_hours.to_string(),
    }
}

/// A ground in words, with what the person answered that supports it.
pub fn ground_text(lang: Lang, d: &Decision<'_>, answers: &Answers, g: &Ground<'_>) -> String {
    let w = letter_words(lang);
    let with_facts = |template: &str, rule: &Rule, reassess: bool| {
        let mut text = fill(template, &[("label", &rule_label(d, rule))]);
        let told = facts_told(lang, rule, answers);
        if !told.is_empty() {
            text.push(' ');
            text.push_str(&told.join(" "));
        }
        if reassess {
            text.push(' ');
            text.push_str(w.ground_reassess);
        }
        text
    };
    match g {
        Ground::LawExcludes(r) => with_facts(w.ground_law_excludes, r, false),
        Ground::Exempt(r) => with_facts(w.ground_exempt, r, false),
        Ground::Counts(r) => with_facts(w.ground_counts, r, false),
        Ground::Judgement(r) => with_facts(
            if r.effect == Effect::Fulfilled {
                w.ground_judgement_counts
            } else {
                w.ground_judgement_exempt
            },
            r,
            true,
        ),
        Ground::HoursAbove {
            decided,
            max,
            citation,
        } => fill(
            w.ground_hours_above,
            &[
                ("n", &num(lang, *decided)),
                ("max", &num(lang, *max)),
                ("label", &label(citation, &ordinance_title(d))),
            ],
        ),
        Ground::MonthsAbove {
            decided,
            max,
            citation,
        } => fill(
            w.ground_months_above,
            &[
                ("n", &num(lang, *decided)),
                ("unit", months_word(lang, *decided)),
                ("max", &num(lang, *max)),
                ("max_unit", months_word(lang, *max)),
                ("label", &label(citation, &ordinance_title(d))),
            ],
        ),
        Ground::ThirtyTwoHours { decided } => {
            fill(w.ground_32_hours, &[("n", &num(lang, *decided))])
        }
    }
}

/// What the person reads beside the letter (never in it): the term, what an objection does not
/// do, free help, and that this is no legal advice.
pub fn guidance(input: &Input<'_, '_>, lang: Lang) -> Vec<String> {
    let w = letter_words(lang);
    let mut notes = Vec::new();
    let person = input.person;
    let missing = person.name.trim().is_empty()
        || person.street.trim().is_empty()
        || person.postcode_city.trim().is_empty();
    if input.kind == Kind::Objection {
        match input.term() {
            None => notes.push(w.term_unknown.to_string()),
            Some(t) => {
                let last = long_date(lang, t.last_day);
                notes.push(fill(w.term_last_day, &[("last", &last)]));
                if !t.moved_past.is_empty() {
                    // Every day that does not count, in order: "zaterdag, zondag, Tweede Paasdag".
                    let why = t
                        .moved_past
                        .iter()
                        .map(|(_, why)| match why {
                            term::DayOff::Saturday => w.saturday,
                            term::DayOff::Sunday => w.sunday,
                            term::DayOff::Holiday(name) => name,
                        })
                        .collect::<Vec<_>>()
                        .join(", ");
                    notes.push(fill(
                        w.term_moved,
                        &[
                            ("known", &long_date(lang, t.made_known)),
                            ("end", &long_date(lang, t.end)),
                            ("why", &why),
                            ("last", &last),
                        ],
                    ));
                }
                if input.today > t.last_day {
                    notes.push(w.term_passed.to_string());
                } else {
                    notes.push(fill(
                        w.term_posted,
                        &[
                            ("last", &last),
                            ("posted", &long_date(lang, t.posted_arrives_by)),
                        ],
                    ));
                    if t.last_day.0 - input.today.0 <= 7 {
                        notes.push(w.term_short.to_string());
                    }
                }
                notes.push(w.term_extra_days.to_string());
            }
        }
        notes.push(w.enclose_and_sign.to_string());
        notes.push(w.keep_doing.to_string());
        notes.push(w.urgent_relief.to_string());
    }
    if input.kind != Kind::Objection {
        notes.push(w.sign_and_copy.to_string());
    }
    if missing {
        notes.push(w.name_missing.to_string());
    }
    notes.push(w.digital.to_string());
    notes.push(w.free_help.to_string());
    notes.push(w.not_advice.to_string());
    notes
}

/// The provisions behind the guidance, quoted (shown under it on the screen).
pub fn guidance_quotes(kind: Kind) -> Vec<&'static law::Quote> {
    match kind {
        Kind::Objection => vec![
            &law::AWB_6_5,
            &law::AWB_6_7,
            &law::AWB_6_8,
            &law::ATW_1,
            &law::ATW_3,
            &law::AWB_6_9,
            &law::AWB_6_11,
            &law::AWB_6_6,
            &law::AWB_6_16,
            &law::AWB_8_81,
        ],
        _ => vec![],
    }
}

/// What the form can start with from the check's answers (never the person's details): the
/// activity they already do, with its hours, for a proposal of their own.
pub fn prefill(kind: Kind, _d: &Decision<'_>, answers: &Answers) -> Vec<(form::Field, String)> {
    let mut values = Vec::new();
    if kind == Kind::OwnActivity {
        for (fact, activity) in [
            (Fact::VolunteerHoursPerWeek, "vrijwilligerswerk"),
            (Fact::CaregivingHoursPerWeek, "mantelzorg"),
        ] {
            if let Some(hours) = answers.value(fact).filter(|h| *h > 0.0) {
                values.push((form::Field::Activity, activity.to_string()));
                values.push((form::Field::ActivityHours, num(Lang::Nl, hours)));
                break;
            }
        }
    }
    values
}
