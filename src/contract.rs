//! The public JSON contract, shared by the app, the JS API and the CLI.
//!
//! Answers come in as JSON and are checked field by field: unknown keys and out-of-range values are
//! rejected with an error that names the field and what is allowed. Decisions go out as JSON.

use serde::Serialize;
use serde_json::{Map, Value};

use crate::answers::{Answers, Benefit, TargetGroup, DEFAULT_PENSION_AGE};
use crate::decision::{citation_label, Decision, Ground, Layer, Outcome};
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

/// Every key the answers may have.
pub const FIELDS: &[&str] = &[
    "age",
    "reached_pension_age",
    "benefit",
    "fully_permanently_incapacitated",
    "single_parent_exemption",
    "caregiving_hours_per_week",
    "caregiving_months",
    "caregiving_necessary",
    "volunteer_hours_per_week",
    "volunteer_months",
    "respite_care_volunteer",
    "reintegration_trajectory",
    "social_activation",
    "group_training",
    "wmo_guidance",
    "part_time_work_hours_per_week",
    "participation_ladder_step",
    "has_disability",
    "permanently_unable",
    "urgent_reasons",
    "months_on_benefit",
    "target_group",
];

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

struct Reader<'a>(&'a Map<String, Value>);

/// The fields that may be null ("not known"); elsewhere null is an error.
const NULLABLE: &[&str] = &[
    "caregiving_necessary",
    "participation_ladder_step",
    "months_on_benefit",
    "target_group",
];

impl Reader<'_> {
    /// The value of a field; `None` when absent, or null where null is allowed.
    fn get(&self, field: &str) -> Option<&Value> {
        self.0
            .get(field)
            .filter(|v| !(v.is_null() && NULLABLE.contains(&field)))
    }

    fn bool(&self, field: &str, default: bool) -> Result<bool, InputError> {
        match self.0.get(field) {
            None => Ok(default),
            Some(Value::Bool(b)) => Ok(*b),
            Some(other) => Err(err(
                field,
                format!("must be true or false, got {}", describe(other)),
            )),
        }
    }

    fn maybe_bool(&self, field: &str) -> Result<Option<bool>, InputError> {
        match self.get(field) {
            None => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(other) => Err(err(
                field,
                format!("must be true, false or null, got {}", describe(other)),
            )),
        }
    }

    fn number(&self, field: &str, max: f64) -> Result<Option<f64>, InputError> {
        match self.get(field) {
            None => Ok(None),
            Some(value) => match value.as_f64() {
                Some(n) if (0.0..=max).contains(&n) => Ok(Some(n)),
                _ => Err(err(
                    field,
                    format!("must be a number from 0 to {max}, got {}", describe(value)),
                )),
            },
        }
    }

    fn whole(&self, field: &str, min: u64, max: u64) -> Result<Option<u64>, InputError> {
        match self.get(field) {
            None => Ok(None),
            Some(value) => match value.as_u64().or_else(|| {
                value
                    .as_f64()
                    .filter(|f| f.fract() == 0.0 && *f >= 0.0)
                    .map(|f| f as u64)
            }) {
                Some(n) if (min..=max).contains(&n) => Ok(Some(n)),
                _ => Err(err(
                    field,
                    format!(
                        "must be a whole number from {min} to {max}, got {}",
                        describe(value)
                    ),
                )),
            },
        }
    }

    fn choice<T>(
        &self,
        field: &str,
        allowed: &[&str],
        parse: impl Fn(&str) -> Option<T>,
    ) -> Result<Option<T>, InputError> {
        match self.get(field) {
            None => Ok(None),
            Some(value) => value.as_str().and_then(&parse).map(Some).ok_or_else(|| {
                err(
                    field,
                    format!(
                        "must be one of {}, got {}",
                        allowed.join(", "),
                        describe(value)
                    ),
                )
            }),
        }
    }
}

/// Reads answers from a JSON value, checking every field.
pub fn answers_from_json(value: &Value) -> Result<Answers, InputError> {
    let Value::Object(map) = value else {
        return Err(err(
            "",
            format!(
                "the answers must be a JSON object with the fields {}",
                FIELDS.join(", ")
            ),
        ));
    };
    if let Some(unknown) = map.keys().find(|k| !FIELDS.contains(&k.as_str())) {
        return Err(err(
            unknown,
            format!("is not a known field; allowed are {}", FIELDS.join(", ")),
        ));
    }
    let r = Reader(map);
    let age = r
        .whole("age", 0, 130)?
        .ok_or_else(|| err("age", "is required: a whole number from 0 to 130".into()))?
        as u8;
    let mut answers = Answers::new(age);
    answers.reached_pension_age = r.bool("reached_pension_age", age >= DEFAULT_PENSION_AGE)?;
    let benefits: Vec<&str> = Benefit::ALL.iter().map(|b| b.key()).collect();
    answers.benefit = r
        .choice("benefit", &benefits, Benefit::from_key)?
        .unwrap_or_default();
    answers.fully_permanently_incapacitated = r.bool("fully_permanently_incapacitated", false)?;
    answers.single_parent_exemption = r.bool("single_parent_exemption", false)?;
    answers.caregiving_hours_per_week =
        r.number("caregiving_hours_per_week", 168.0)?.unwrap_or(0.0);
    answers.caregiving_months = r.number("caregiving_months", 600.0)?.unwrap_or(0.0);
    answers.caregiving_necessary = r.maybe_bool("caregiving_necessary")?;
    answers.volunteer_hours_per_week = r.number("volunteer_hours_per_week", 168.0)?.unwrap_or(0.0);
    answers.volunteer_months = r.number("volunteer_months", 600.0)?.unwrap_or(0.0);
    answers.respite_care_volunteer = r.bool("respite_care_volunteer", false)?;
    answers.reintegration_trajectory = r.bool("reintegration_trajectory", false)?;
    answers.social_activation = r.bool("social_activation", false)?;
    answers.group_training = r.bool("group_training", false)?;
    answers.wmo_guidance = r.bool("wmo_guidance", false)?;
    answers.part_time_work_hours_per_week = r
        .number("part_time_work_hours_per_week", 168.0)?
        .unwrap_or(0.0);
    answers.participation_ladder_step =
        r.whole("participation_ladder_step", 1, 6)?.map(|s| s as u8);
    answers.has_disability = r.bool("has_disability", false)?;
    answers.permanently_unable = r.bool("permanently_unable", false)?;
    answers.urgent_reasons = r.bool("urgent_reasons", false)?;
    answers.months_on_benefit = r.number("months_on_benefit", 600.0)?;
    let groups: Vec<&str> = TargetGroup::ALL.iter().map(|g| g.key()).collect();
    answers.target_group = r.choice("target_group", &groups, TargetGroup::from_key)?;
    Ok(answers)
}

/// Reads answers from JSON text.
pub fn answers_from_str(text: &str) -> Result<Answers, InputError> {
    let value: Value = serde_json::from_str(text)
        .map_err(|e| err("", format!("the answers are not valid JSON: {e}")))?;
    answers_from_json(&value)
}

/// Writes answers as contract JSON (every field, so the result reads back the same).
pub fn answers_to_json(a: &Answers) -> Value {
    serde_json::json!({
        "age": a.age,
        "reached_pension_age": a.reached_pension_age,
        "benefit": a.benefit.key(),
        "fully_permanently_incapacitated": a.fully_permanently_incapacitated,
        "single_parent_exemption": a.single_parent_exemption,
        "caregiving_hours_per_week": a.caregiving_hours_per_week,
        "caregiving_months": a.caregiving_months,
        "caregiving_necessary": a.caregiving_necessary,
        "volunteer_hours_per_week": a.volunteer_hours_per_week,
        "volunteer_months": a.volunteer_months,
        "respite_care_volunteer": a.respite_care_volunteer,
        "reintegration_trajectory": a.reintegration_trajectory,
        "social_activation": a.social_activation,
        "group_training": a.group_training,
        "wmo_guidance": a.wmo_guidance,
        "part_time_work_hours_per_week": a.part_time_work_hours_per_week,
        "participation_ladder_step": a.participation_ladder_step,
        "has_disability": a.has_disability,
        "permanently_unable": a.permanently_unable,
        "urgent_reasons": a.urgent_reasons,
        "months_on_benefit": a.months_on_benefit,
        "target_group": a.target_group.map(TargetGroup::key),
    })
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
    pub grounds: Vec<GroundView<'a>>,
    pub trace: Vec<TraceView<'a>>,
    pub next_steps: Vec<InfoView<'a>>,
    pub practice_notes: Vec<&'a PracticeNote>,
    pub ordinance: OrdinanceView<'a>,
    pub municipality: &'a Municipality,
    pub disclaimer: Text,
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
            ordinance: d.ordinance.into(),
            municipality: d.municipality,
            disclaimer: Text {
                nl: "Deze uitkomst is geen besluit van de gemeente. U kunt er geen rechten aan \
                     ontlenen. De gemeente beslist, en u kunt bezwaar maken tegen dat besluit."
                    .into(),
                en: "This outcome is not a decision of the municipality and gives no rights. The \
                     municipality decides, and you can object to its decision."
                    .into(),
            },
        }
    }
}

/// One row of the municipality list.
#[derive(Serialize)]
pub struct MunicipalityView<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub since: Option<&'a Text>,
    pub ordinance: OrdinanceView<'a>,
}

/// Every municipality with its ordinance, sorted by name.
pub fn municipalities_view() -> Vec<MunicipalityView<'static>> {
    crate::catalog::municipalities()
        .into_iter()
        .map(|(m, o)| MunicipalityView {
            id: &m.id,
            name: &m.name,
            since: m.since.as_ref(),
            ordinance: o.into(),
        })
        .collect()
}

/// Why a check could not be made.
#[derive(Debug, Clone, PartialEq)]
pub enum CheckError {
    UnknownMunicipality(String),
    Input(InputError),
}

impl std::fmt::Display for CheckError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CheckError::UnknownMunicipality(id) => {
                let ids: Vec<&str> = crate::catalog::municipalities()
                    .iter()
                    .map(|(m, _)| m.id.as_str())
                    .collect();
                write!(
                    f,
                    "unknown municipality `{id}`; known are: {}",
                    ids.join(", ")
                )
            }
            CheckError::Input(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for CheckError {}

/// The whole contract in one call: municipality id and answers JSON in, decision out.
/// Adapters serialize it with [`DecisionView::new`].
pub fn check(municipality_id: &str, answers: &Value) -> Result<Decision<'static>, CheckError> {
    let answers = answers_from_json(answers).map_err(CheckError::Input)?;
    crate::catalog::decide(municipality_id, &answers)
        .ok_or_else(|| CheckError::UnknownMunicipality(municipality_id.to_string()))
}
