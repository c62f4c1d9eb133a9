//! The public JSON contract, shared by the app, the JS API and the CLI.
//!
//! Answers come in as JSON and are checked field by field: unknown keys and out-of-range values are
//! rejected with an error that names the field and what is allowed. Decisions go out as JSON.

use serde::Serialize;
use serde_json::{Map, Value};

use crate::answers::Answers;
use crate::catalog::Catalog;
use crate::date::Date;
use crate::decision::{citation_label, Branch, BranchOutcome, Decision, Ground, Layer, Outcome};
use crate::engine::NotInForce;
use crate::facts::{Fact, Kind, Origin, Spec, WhenAbsent, SCHEMA};
use crate::model::{
    Citation, Detail, Effect, Info, Municipality, Ordinance, PracticeNote, Range, SourceRef, Text,
    Topic, Version,
};

/// Why an answer set was rejected.
#[derive(Debug, Clone, PartialEq)]
pub struct InputError {
    /// The field at fault; empty when the input as a whole is wrong.
    pub field: String,
    pub message: String,
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "field `{}`: {}", self.field, self.message)
        }
    }
}

impl std::error::Error for InputError {}

/// Every key the answers may have, from the schema.
pub fn fields() -> impl Iterator<Item = &'static str> {
    Fact::answers().map(Fact::key)
}

fn field_list() -> String {
    fields().collect::<Vec<_>>().join(", ")
}

fn err(field: &str, message: String) -> InputError {
    InputError {
        field: field.to_string(),
        message,
    }
}

fn describe(value: &Value) -> String {
    match value {
        Value::String(s) => format!("\"{s}\""),
        other => other.to_string(),
    }
}

/// What a field allows, in the words of an error message.
fn allowed(spec: &Spec) -> String {
    let null = if spec.nullable { " or null" } else { "" };
    match spec.kind {
        Kind::Bool if spec.nullable => "true, false or null".into(),
        Kind::Bool => "true or false".into(),
        Kind::Number { min, max, whole } => format!(
            "a {}number from {min} to {max}{null}",
            if whole { "whole " } else { "" }
        ),
        Kind::Choice(options) => format!("one of {}{null}", options.join(", ")),
        Kind::Date => format!("a date as YYYY-MM-DD{null}"),
    }
}

/// Reads one present, non-null value by its declared kind.
fn read(spec: &Spec, value: &Value) -> Result<f64, InputError> {
    let bad = || {
        err(
            spec.key,
            format!("must be {}, got {}", allowed(spec), describe(value)),
        )
    };
    match spec.kind {
        Kind::Bool => value.as_bool().map(f64::from).ok_or_else(bad),
        Kind::Number { min, max, whole } => value
            .as_f64()
            .filter(|n| (min..=max).contains(n) && (!whole || n.fract() == 0.0))
            .ok_or_else(bad),
        Kind::Choice(_) => value
            .as_str()
            .and_then(|s| spec.fact.option_index(s))
            .map(|i| i as f64)
            .ok_or_else(bad),
        Kind::Date => value
            .as_str()
            .and_then(Date::parse)
            .map(Date::as_fact)
            .ok_or_else(bad),
    }
}

/// Reads one answer by its key, checked against the schema like every answer: `Ok(None)` for a
/// `null` where the field may be unknown. For readers that take answers one by one (an intake
/// file may leave questions open).
pub fn answer_from_json(key: &str, value: &Value) -> Result<Option<f64>, InputError> {
    let spec = Fact::from_key(key)
        .map(Fact::spec)
        .filter(|s| s.origin == Origin::Answer)
        .ok_or_else(|| {
            err(
                key,
                format!("is not a known field; allowed are {}", field_list()),
            )
        })?;
    match value {
        Value::Null if spec.nullable => Ok(None),
        v => read(spec, v).map(Some),
    }
}

/// Reads answers from a JSON value, checking every field against the schema. `today` is the
/// reference day when the answers give no `date`.
pub fn answers_from_json(value: &Value, today: Date) -> Result<Answers, InputError> {
    answers_from_json_on(value, today, None)
}

/// Reads answers from contract JSON for one reference day: `date`, when given (the CLI's
/// `--date`, the JS API's `options.date`), overrides the answers' own `date`, and every check
/// of the answers is made against that same day.
pub fn answers_from_json_on(
    value: &Value,
    today: Date,
    date: Option<Date>,
) -> Result<Answers, InputError> {
    let Value::Object(map) = value else {
        return Err(err(
            "",
            format!(
                "the answers must be a JSON object with the fields {}",
                field_list()
            ),
        ));
    };
    if let Some(unknown) = map
        .keys()
        .find(|k| Fact::from_key(k).is_none_or(|f| f.spec().origin != Origin::Answer))
    {
        return Err(err(
            unknown,
            format!("is not a known field; allowed are {}", field_list()),
        ));
    }
    let mut fields = Vec::with_capacity(map.len());
    for spec in SCHEMA.iter().filter(|s| s.origin == Origin::Answer) {
        match map.get(spec.key) {
            None => {}
            Some(Value::Null) if spec.nullable => fields.push((spec.fact, None)),
            Some(v) => fields.push((spec.fact, Some(read(spec, v)?))),
        }
    }
    if let Some(date) = date {
        fields.push((Fact::Date, Some(date.as_fact())));
    }
    answers_from_fields(fields, today)
}

/// The checks that concern the answers as a whole (the age or a birth date that fits the date
/// of the check), once every field has been read; `today` when the answers give no `date`.
fn complete(mut answers: Answers, today: Date) -> Result<Answers, InputError> {
    if !answers.is_known(Fact::Date) {
        answers.set(Fact::Date, today.as_fact());
    }
    let on = answers.reference_date().unwrap_or(today);
    match (answers.date(Fact::BirthDate), answers.value(Fact::Age)) {
        (None, None) => {
            return Err(err(
                "age",
                "is required: a whole number from 0 to 130 (or give birth_date)".into(),
            ))
        }
        (Some(birth), _) if birth > on => {
            return Err(err(
                "birth_date",
                format!("{birth} is after `date` {on}, the day of the check"),
            ))
        }
        (Some(birth), Some(age)) if f64::from(birth.years_until(on)) != age => {
            return Err(err(
                "age",
                format!(
                    "{age} does not match birth_date {birth}: on {on} that is {}",
                    birth.years_until(on)
                ),
            ))
        }
        _ => {}
    }
    Ok(answers)
}

/// Reads one answer written as text (a cell of a caseload file) by its declared kind: `Ok(None)`
/// for `onbekend` / `unknown` / `null` where the field may be unknown. An empty cell is an absent
/// field: the caller leaves it out (`answers_from_fields` gives it its default).
/// Yes/no as `ja`/`nee`, `true`/`false`, `yes`/`no` or `1`/`0`; numbers as `7,5` or `7.5`;
/// dates as `2027-01-04` or `4-1-2027`; choices by their key.
pub fn answer_from_text(spec: &Spec, text: &str) -> Result<Option<f64>, InputError> {
    let text = text.trim();
    let lower = text.to_ascii_lowercase();
    let bad = || {
        err(
            spec.key,
            format!("must be {}, got \"{text}\"", allowed(spec)),
        )
    };
    if matches!(lower.as_str(), "onbekend" | "unknown" | "null") {
        return if spec.nullable { Ok(None) } else { Err(bad()) };
    }
    let value = match spec.kind {
        Kind::Bool => match lower.as_str() {
            "ja" | "true" | "yes" | "1" => Some(1.0),
            "nee" | "false" | "no" | "0" => Some(0.0),
            _ => None,
        },
        Kind::Number { min, max, whole } => crate::number::parse(text)
            .filter(|n| (min..=max).contains(n) && (!whole || n.fract() == 0.0)),
        Kind::Choice(_) => spec.fact.option_index(text).map(|i| i as f64),
        Kind::Date => Date::read(text).map(Date::as_fact),
    };
    value.map(Some).ok_or_else(bad)
}

/// Answers from fields read one by one (`answer_from_text`, `answer_from_json`): absent fields
/// take their default, then the answers are checked as a whole like `answers_from_json`.
pub fn answers_from_fields(
    fields: impl IntoIterator<Item = (Fact, Option<f64>)>,
    today: Date,
) -> Result<Answers, InputError> {
    let mut answers = Answers::new(0, today);
    for spec in SCHEMA.iter().filter(|s| s.origin == Origin::Answer) {
        answers.set(
            spec.fact,
            match spec.default {
                WhenAbsent::Value(v) => v,
                WhenAbsent::Unknown | WhenAbsent::Computed(_) => f64::NAN,
            },
        );
    }
    for (fact, value) in fields {
        answers.set(fact, value.unwrap_or(f64::NAN));
    }
    complete(answers, today)
}

/// Reads an ordinance from its JSON form (what `tegenprestatie compile` prints). Not yet
/// validated: load it through `Catalog::load` or `Catalog::with_ordinances`.
pub fn ordinance_from_json(text: &str) -> Result<Ordinance, String> {
    serde_json::from_str(text).map_err(|e| format!("not a valid ordinance: {e}"))
}

/// Reads answers from JSON text.
pub fn answers_from_str(text: &str, today: Date) -> Result<Answers, InputError> {
    answers_from_str_on(text, today, None)
}

/// Reads answers from JSON text for one reference day (see [`answers_from_json_on`]).
pub fn answers_from_str_on(
    text: &str,
    today: Date,
    date: Option<Date>,
) -> Result<Answers, InputError> {
    let value: Value = serde_json::from_str(text)
        .map_err(|e| err("", format!("the answers are not valid JSON: {e}")))?;
    answers_from_json_on(&value, today, date)
}

/// Writes answers as contract JSON: every known answer, so the result reads back the same.
pub fn answers_to_json(a: &Answers) -> Value {
    let mut map = Map::new();
    for spec in SCHEMA.iter().filter(|s| s.origin == Origin::Answer) {
        let value = match a.value(spec.fact) {
            None if spec.nullable => Value::Null,
            None => continue,
            Some(v) => match spec.kind {
                Kind::Bool => Value::Bool(v != 0.0),
                Kind::Choice(_) => a.choice(spec.fact).map_or(Value::Null, Value::from),
                Kind::Date => a
                    .date(spec.fact)
                    .map_or(Value::Null, |d| Value::from(d.iso())),
                Kind::Number { whole: true, .. } => Value::from(v as i64),
                Kind::Number { .. } => Value::from(v),
            },
        };
        map.insert(spec.key.to_string(), value);
    }
    Value::Object(map)
}

// ---- output views -------------------------------------------------------------------------

#[derive(Serialize)]
pub struct SourceView<'a> {
    pub document: crate::model::SourceDocument,
    pub title: &'static str,
    pub location: &'a str,
}

impl<'a> From<&'a SourceRef> for SourceView<'a> {
    fn from(s: &'a SourceRef) -> Self {
        SourceView {
            document: s.document,
            title: s.document.title(),
            location: &s.location,
        }
    }
}

#[derive(Serialize)]
pub struct CitationView<'a> {
    /// The citation itself and the title its ordinance has, for labels in other languages.
    #[serde(skip)]
    pub citation: &'a Citation,
    #[serde(skip)]
    pub ordinance_title: &'a str,
    pub label: String,
    pub instrument: &'a str,
    pub artikel: Option<&'a str>,
    pub lid: Option<&'a str>,
    pub onderdeel: Option<&'a str>,
    pub source: SourceView<'a>,
}

impl<'a> CitationView<'a> {
    fn new(c: &'a Citation, ordinance: &'a Ordinance) -> Self {
        CitationView {
            citation: c,
            ordinance_title: &ordinance.title,
            label: citation_label(c, &ordinance.title),
            instrument: c.instrument.as_deref().unwrap_or(&ordinance.title),
            artikel: c.artikel.as_deref(),
            lid: c.lid.as_deref(),
            onderdeel: c.onderdeel.as_deref(),
            source: (&c.source).into(),
        }
    }
}

#[derive(Serialize)]
pub struct GroundView<'a> {
    pub rule: &'a str,
    pub layer: &'static str,
    pub effect: Effect,
    pub outcome: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub college_decides: Option<&'a Text>,
    pub citation: CitationView<'a>,
    pub source_text: &'a str,
    pub explanation: &'a Text,
}

#[derive(Serialize)]
pub struct TraceView<'a> {
    pub rule: &'a str,
    pub layer: &'static str,
    pub effect: Effect,
    pub outcome: &'static str,
}

#[derive(Serialize)]
pub struct InfoView<'a> {
    pub topic: Topic,
    pub text: &'a Text,
    pub citation: CitationView<'a>,
}

#[derive(Serialize)]
pub struct OrdinanceView<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub version: &'a Version,
    pub detail: Detail,
    pub sources: Vec<SourceView<'a>>,
}

impl<'a> From<&'a Ordinance> for OrdinanceView<'a> {
    fn from(o: &'a Ordinance) -> Self {
        OrdinanceView {
            id: &o.id,
            title: &o.title,
            version: &o.version,
            detail: o.detail,
            sources: o.sources.iter().map(Into::into).collect(),
        }
    }
}

#[derive(Serialize)]
pub struct DecisionView<'a> {
    pub status: &'static str,
    pub hours_per_week: Range,
    pub according_to_ability: bool,
    pub hours_are_average: bool,
    pub duration_months: Range,
    pub duration_weeks: Range,
    pub total_hours: Range,
    pub per_year: bool,
    pub times: Option<u32>,
    pub permanent: bool,
    pub renewal: Option<&'a Text>,
    pub bounds_rule: Option<&'a str>,
    pub college_decides: Vec<&'a Text>,
    /// For `discretionary`: each judgement and the outcome if the college says yes or no.
    pub branches: Vec<BranchView<'a>>,
    pub grounds: Vec<GroundView<'a>>,
    pub trace: Vec<TraceView<'a>>,
    pub next_steps: Vec<InfoView<'a>>,
    pub practice_notes: Vec<&'a PracticeNote>,
    /// `null` for `ordinance_unknown`: this checker does not have the municipality's ordinance.
    pub ordinance: Option<OrdinanceView<'a>>,
    pub municipality: MunicipalityRef<'a>,
    /// The reference day.
    pub date: Option<String>,
    pub pension_age: PensionView,
    pub disclaimer: Text,
}

/// One judgement of the college and the outcome of each answer it can give.
#[derive(Serialize)]
pub struct BranchView<'a> {
    pub question: &'a Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ask: Option<&'a Text>,
    pub rules: Vec<&'a str>,
    pub if_yes: BranchOutcomeView<'a>,
    pub if_no: BranchOutcomeView<'a>,
}

/// The short form of the outcome on one side of a judgement.
#[derive(Serialize)]
pub struct BranchOutcomeView<'a> {
    pub status: &'static str,
    pub hours_per_week: Range,
    pub duration_months: Range,
    pub bounds_rule: Option<&'a str>,
    pub grounds: Vec<&'a str>,
}

impl<'a> BranchView<'a> {
    pub fn new(b: &Branch<'a>) -> BranchView<'a> {
        let outcome = |o: &BranchOutcome<'a>| BranchOutcomeView {
            status: o.status.key(),
            hours_per_week: o.bounds.map(|(b, _)| b.hours_per_week).unwrap_or_default(),
            duration_months: o.bounds.map(|(b, _)| b.duration_months).unwrap_or_default(),
            bounds_rule: o.bounds.map(|(_, id)| id),
            grounds: o.grounds.iter().map(|g| g.rule.id.as_str()).collect(),
        };
        BranchView {
            question: b.question,
            ask: b.ask,
            rules: b.rules.iter().map(|r| r.id.as_str()).collect(),
            if_yes: outcome(&b.if_yes),
            if_no: outcome(&b.if_no),
        }
    }
}

/// What the law's AOW table says for this person on the reference day.
#[derive(Serialize)]
pub struct PensionView {
    /// The AOW age in the reference day's year.
    pub years: u8,
    pub months: u8,
    /// Whether it is reached; null when the age in whole years leaves it open.
    pub reached: Option<bool>,
    /// True when only the months (a birth date) can tell.
    pub hinges_on_months: bool,
    /// The day the person reaches it, when the birth date is known.
    pub date: Option<String>,
}

fn layer_key(layer: Layer) -> &'static str {
    match layer {
        Layer::Statute => "statute",
        Layer::Ordinance => "ordinance",
    }
}

fn outcome_key(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Definite => "definite",
        Outcome::CollegeDecides => "college_decides",
    }
}

impl<'a> DecisionView<'a> {
    pub fn new(d: &'a Decision<'a>) -> Self {
        let source_of = |g: &Ground<'a>| match g.layer {
            Layer::Statute => d.statute,
            Layer::Ordinance => d.ordinance,
        };
        let mut grounds: Vec<GroundView<'a>> = d
            .grounds
            .iter()
            .map(|g| GroundView {
                rule: &g.rule.id,
                layer: layer_key(g.layer),
                effect: g.rule.effect,
                outcome: outcome_key(g.outcome),
                college_decides: match g.outcome {
                    Outcome::CollegeDecides => g.rule.judgement.as_ref().map(|j| &j.question),
                    Outcome::Definite => None,
                },
                citation: CitationView::new(&g.rule.citation, source_of(g)),
                source_text: &g.rule.source_text,
                explanation: &g.rule.explanation,
            })
            .collect();
        let bounds = d.bounds.map(|(b, _)| b);
        if let (Some((_, id)), Some(assignment)) = (d.bounds, d.ordinance.assignment.as_ref()) {
            let (citation, source_text, explanation) =
                assignment.variants.iter().find(|v| v.id == id).map_or(
                    (
                        &assignment.citation,
                        &assignment.source_text,
                        &assignment.explanation,
                    ),
                    |v| (&v.citation, &v.source_text, &v.explanation),
                );
            grounds.push(GroundView {
                rule: id,
                layer: "ordinance",
                effect: Effect::Obligated,
                outcome: "definite",
                college_decides: None,
                citation: CitationView::new(citation, d.ordinance),
                source_text,
                explanation,
            });
        }
        let next_steps = [
            (d.statute, &d.statute.info),
            (d.ordinance, &d.ordinance.info),
        ]
        .into_iter()
        .flat_map(|(o, info): (&'a Ordinance, &'a Vec<Info>)| {
            info.iter().map(move |i| InfoView {
                topic: i.topic,
                text: &i.text,
                citation: CitationView::new(&i.citation, o),
            })
        })
        .collect();
        DecisionView {
            status: d.status.key(),
            hours_per_week: bounds.map(|b| b.hours_per_week).unwrap_or_default(),
            according_to_ability: bounds.is_some_and(|b| b.according_to_ability),
            hours_are_average: bounds.is_some_and(|b| b.hours_are_average),
            duration_months: bounds.map(|b| b.duration_months).unwrap_or_default(),
            duration_weeks: bounds.map(|b| b.duration_weeks).unwrap_or_default(),
            total_hours: bounds.map(|b| b.total_hours).unwrap_or_default(),
            per_year: bounds.is_some_and(|b| b.per_year),
            times: bounds.and_then(|b| b.times),
            permanent: bounds.is_some_and(|b| b.permanent),
            renewal: bounds.and_then(|b| b.renewal.as_ref()),
            bounds_rule: d.bounds.map(|(_, id)| id),
            college_decides: d.judgements().collect(),
            branches: d.branches.iter().map(BranchView::new).collect(),
            grounds,
            trace: d
                .trace
                .iter()
                .map(|g| TraceView {
                    rule: &g.rule.id,
                    layer: layer_key(g.layer),
                    effect: g.rule.effect,
                    outcome: outcome_key(g.outcome),
                })
                .collect(),
            next_steps,
            practice_notes: d.ordinance.practice.iter().collect(),
            ordinance: known(d.ordinance),
            municipality: d.municipality.into(),
            date: d.pension.on.map(|on| on.iso()),
            pension_age: PensionView {
                years: d.pension.age.0,
                months: d.pension.age.1,
                reached: d.pension.reached,
                hinges_on_months: d.pension.reached.is_none() && d.pension.on.is_some(),
                date: d.pension.date.map(|d| d.iso()),
            },
            disclaimer: disclaimer(),
        }
    }
}

/// What every outcome says of itself: it is not the municipality's decision.
pub fn disclaimer() -> Text {
    Text {
        nl: "Deze uitkomst is geen besluit van de gemeente. U kunt er geen rechten aan ontlenen. \
             De gemeente beslist, en u kunt bezwaar maken tegen dat besluit."
            .into(),
        en: "This outcome is not a decision of the municipality and gives no rights. The \
             municipality decides, and you can object to its decision."
            .into(),
    }
}

/// The ordinance's view, or `None` where this checker does not have it (`Detail::NotKnown`).
fn known(o: &Ordinance) -> Option<OrdinanceView<'_>> {
    (o.detail != Detail::NotKnown).then(|| o.into())
}

/// The municipality a decision is for.
#[derive(Serialize)]
pub struct MunicipalityRef<'a> {
    pub id: &'a str,
    pub name: &'a str,
    /// `GM` and four digits; `null` for a municipality not in the list of 2026 and former
    /// municipalities (a host's own file may name one).
    pub cbs_code: Option<String>,
    pub province: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub since: Option<&'a Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merged: Option<&'a crate::model::Merger>,
}

impl<'a> From<&'a Municipality> for MunicipalityRef<'a> {
    fn from(m: &'a Municipality) -> Self {
        MunicipalityRef {
            id: &m.id,
            name: &m.name,
            cbs_code: m.cbs_code.map(crate::places::cbs_text),
            province: m.province.as_deref(),
            since: m.since.as_ref(),
            merged: m.merged.as_ref(),
        }
    }
}

/// One row of the municipality list: the municipality as a decision names it, and its
/// ordinance.
#[derive(Serialize)]
pub struct MunicipalityView<'a> {
    #[serde(flatten)]
    pub municipality: MunicipalityRef<'a>,
    /// `null` where this checker does not have the ordinance (its checks answer from the
    /// statute: `ordinance_unknown` where the law leaves it to the ordinance).
    pub ordinance: Option<OrdinanceView<'a>>,
}

/// Every municipality of a catalogue with its ordinance, sorted by name.
pub fn municipalities_view(catalog: &Catalog) -> Vec<MunicipalityView<'_>> {
    catalog
        .municipalities()
        .map(|(m, o)| MunicipalityView {
            municipality: m.into(),
            ordinance: known(o),
        })
        .collect()
}

/// Why a check could not be made.
#[derive(Debug, Clone, PartialEq)]
pub enum CheckError {
    /// No ordinance in the catalogue serves this id; the known ids follow.
    UnknownMunicipality(String, Vec<String>),
    Input(InputError),
    /// The ordinance's version does not apply on the reference day.
    NotInForce {
        ordinance: String,
        date: Option<Date>,
        reason: NotInForce,
    },
    /// On `date` the statute is a version whose rules this checker does not know (from
    /// `from`): no answer is given from older rules. The contract's code is `law_changed`.
    LawChanged {
        date: Date,
        from: Date,
        name: String,
        act: String,
        url: String,
    },
    /// The municipality merged into `into` on `on`; its ordinance held for the old area until
    /// `until` at the longest (Wet arhi art. 28), and `date` is after that.
    Merged {
        municipality: String,
        into: String,
        into_id: Option<String>,
        on: Date,
        until: Date,
        date: Date,
    },
}

impl CheckError {
    /// The contract's code for the refusal: what a program tests for.
    pub fn code(&self) -> &'static str {
        match self {
            CheckError::UnknownMunicipality(..) => "unknown_municipality",
            CheckError::Input(_) => "invalid_answers",
            CheckError::NotInForce { .. } => "not_in_force",
            CheckError::LawChanged { .. } => "law_changed",
            CheckError::Merged { .. } => "merged",
        }
    }
}

impl std::fmt::Display for CheckError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CheckError::UnknownMunicipality(id, like) => {
                if like.is_empty() {
                    write!(f, "unknown municipality `{id}`; no id is like it")?;
                } else {
                    write!(
                        f,
                        "unknown municipality `{id}`; ids like it: {}",
                        like.join(", ")
                    )?;
                }
                write!(
                    f,
                    " (`tegenprestatie list` and municipalities() give every id)"
                )
            }
            CheckError::Input(e) => e.fmt(f),
            CheckError::NotInForce {
                ordinance,
                date,
                reason,
            } => {
                let on = date.map(|d| d.iso()).unwrap_or_default();
                match reason {
                    NotInForce::NoDate => write!(f, "field `date`: is required"),
                    NotInForce::Before { valid_from } => write!(
                        f,
                        "field `date`: the ordinance {ordinance} applies from {valid_from}; \
                         for {on} this checker knows no rules"
                    ),
                    NotInForce::After { valid_to } => write!(
                        f,
                        "field `date`: the ordinance {ordinance} applied until {valid_to}; \
                         for {on} this checker knows no rules"
                    ),
                    NotInForce::LawChanged { from } => write!(
                        f,
                        "field `date`: the law changed on {from}; for {on} this checker knows \
                         no rules"
                    ),
                    NotInForce::Merged { on: merged, until } => write!(
                        f,
                        "field `date`: the municipality merged on {merged}; its ordinance held \
                         until {until} at the longest; for {on} this checker knows no rules"
                    ),
                }
            }
            CheckError::LawChanged {
                date,
                from,
                name,
                act,
                url,
            } => write!(
                f,
                "law_changed: from {from} the tegenprestatie is replaced by {name} ({act}); this \
                 checker does not know the rules that apply on {date}, and gives no answer from \
                 the rules before {from}; the text: {url}"
            ),
            CheckError::Merged {
                municipality,
                into,
                on,
                until,
                date,
                ..
            } => write!(
                f,
                "merged: {municipality} became part of {into} on {on}; its ordinance held for its \
                 old area until {until} at the longest (Wet arhi art. 28), so for {date} it gives \
                 no answer; check {into}"
            ),
        }
    }
}

impl std::error::Error for CheckError {}

/// Decides with already-read answers.
pub fn decide<'c>(
    catalog: &'c Catalog,
    municipality_id: &str,
    answers: &Answers,
) -> Result<Decision<'c>, CheckError> {
    let (set, municipality, verdict) = catalog
        .verdict(municipality_id, answers)
        .ok_or_else(|| unknown_municipality(catalog, municipality_id))?;
    let verdict = verdict.map_err(|reason| refusal(catalog, set, municipality, answers, reason))?;
    Ok(set.explain(&verdict, municipality))
}

/// The error for an id no municipality of the catalogue has, with the ids whose names are like
/// it (at most five), or every id of a catalogue of a few.
pub fn unknown_municipality(catalog: &Catalog, id: &str) -> CheckError {
    let all: Vec<String> = catalog
        .municipalities()
        .map(|(m, _)| m.id.clone())
        .collect();
    let like = if all.len() <= 10 {
        all
    } else {
        crate::search::Index::new(catalog)
            .search(&id.chars().take(64).collect::<String>())
            .into_iter()
            .take(5)
            .map(|hit| hit.id)
            .collect()
    };
    CheckError::UnknownMunicipality(id.chars().take(64).collect(), like)
}

/// A rule set's refusal for a day, with what the catalogue knows of it: the law change's name
/// and address, the merged municipality's successor.
pub fn refusal(
    catalog: &Catalog,
    set: &crate::engine::RuleSet,
    municipality: &crate::model::Municipality,
    answers: &Answers,
    reason: NotInForce,
) -> CheckError {
    let date = answers.reference_date();
    match (reason, date) {
        (NotInForce::LawChanged { from }, Some(date)) => match catalog.law_change_on(date) {
            Some((_, not_known)) => CheckError::LawChanged {
                date,
                from,
                name: not_known.name.en.clone(),
                act: not_known.act.clone(),
                url: not_known.url.clone(),
            },
            None => CheckError::NotInForce {
                ordinance: set.ordinance().id.clone(),
                date: Some(date),
                reason,
            },
        },
        (NotInForce::Merged { on, until }, Some(date)) => CheckError::Merged {
            municipality: municipality.name.clone(),
            into: municipality
                .merged
                .as_ref()
                .map(|m| m.into.clone())
                .unwrap_or_default(),
            into_id: catalog.successor(municipality),
            on,
            until,
            date,
        },
        _ => CheckError::NotInForce {
            ordinance: set.ordinance().id.clone(),
            date,
            reason,
        },
    }
}

/// The whole contract in one call: a catalogue, a municipality id and answers JSON in, decision
/// out; `today` is the reference day when the answers give no `date`. Adapters serialize the
/// decision with [`DecisionView::new`].
pub fn check<'c>(
    catalog: &'c Catalog,
    municipality_id: &str,
    answers: &Value,
    today: Date,
) -> Result<Decision<'c>, CheckError> {
    let answers = answers_from_json(answers, today).map_err(CheckError::Input)?;
    decide(catalog, municipality_id, &answers)
}
