//! What the desk shows for each municipality, and the intake record built from it: one source
//! for the outcome column, the printed record and the text copied into a case system.

use super::describe::{headline, judgement_rows, topics, JudgementRow};
use super::desk::{Desk, Outcome};
use super::questions::{Field, Input, UNKNOWN};
use super::state::{Env, Lang};
use super::texts::day::{day_texts, long_date};
use super::texts::desk::{desk_texts, DeskTexts};
use super::texts::{fill, pick, t, unit};
use crate::date::Date;
use crate::decision::{citation_label_in, Decision, Layer, Status};
use crate::engine::NotInForce;
use crate::facts::Fact;
use crate::schedule::{schedule, Entry, OpenEnd};

/// A rule behind an outcome: what it means, where it is, and its words.
#[derive(Debug, Clone, PartialEq)]
pub struct GroundLine {
    pub rule: String,
    pub explanation: String,
    pub citation: String,
    pub quote: String,
}

/// One municipality's column.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub id: String,
    pub name: String,
    pub status: Option<Status>,
    pub headline: String,
    /// Open questions, or why there is no outcome.
    pub remark: Option<String>,
    pub college: Vec<JudgementRow>,
    pub grounds: Vec<GroundLine>,
    /// Label and day (in Dutch notation).
    pub dates: Vec<(String, String)>,
    pub date_notes: Vec<String>,
    pub next: Vec<String>,
    pub practice: Vec<String>,
    pub version: String,
    pub disclaimer: String,
}

fn decided(desk: &Desk, env: &Env, d: &Decision<'_>, open: usize, w: &DeskTexts) -> Column {
    let lang = desk.lang;
    let c = t(lang);
    let bounds = d.bounds.map(|(b, _)| b);
    let grounds = d
        .grounds
        .iter()
        .map(|g| {
            let title = match g.layer {
                Layer::Statute => &d.statute.title,
                Layer::Ordinance => &d.ordinance.title,
            };
            GroundLine {
                rule: g.rule.id.clone(),
                explanation: pick(lang, &g.rule.explanation).to_string(),
                citation: citation_label_in(&g.rule.citation, title, &c.citation),
                quote: g.rule.source_text.clone(),
            }
        })
        .collect();
    let college = judgement_rows(lang, c, &d.branches);
    let mut next = vec![c.status_next(d.status).to_string()];
    for topic in topics(d.status) {
        for o in [d.statute, d.ordinance] {
            for i in o.info.iter().filter(|i| i.topic == *topic) {
                next.push(pick(lang, &i.text).to_string());
            }
        }
    }
    if let Some(renewal) = bounds.and_then(|b| b.renewal.as_ref()) {
        next.push(pick(lang, renewal).to_string());
    }
    // Without the ordinance: where to find it.
    let unknown = d.status == Status::OrdinanceUnknown;
    if unknown {
        let n = crate::flow::texts::no_ordinance::no_ordinance_texts(lang);
        for step in n.find_steps {
            next.push(fill(step, &[("name", &d.municipality.name)]));
        }
    }
    let s = schedule(
        bounds,
        &d.ordinance.milestones,
        desk.reference(env),
        desk.start_date(),
    );
    let dates = s
        .dates
        .iter()
        .map(|e| {
            let label = match e.entry {
                Entry::End => format!("{}: {}", w.end, (w.due)(e.due).to_lowercase()),
                Entry::EndWithExtension(x) => format!(
                    "{}: {}",
                    fill(
                        w.extended_end,
                        &[
                            ("times", &x.times.to_string()),
                            ("months", &x.months.to_string())
                        ]
                    ),
                    (w.due)(e.due).to_lowercase()
                ),
                // The label words the day itself ("uiterlijk op deze dag").
                Entry::Milestone(m) => format!(
                    "{} ({})",
                    pick(lang, &m.label),
                    citation_label_in(&m.citation, &d.ordinance.title, &c.citation)
                ),
            };
            // An assignment's date after the statute's last known day: the law changes, and
            // what becomes of the assignment is the transitional law's, which this check lacks.
            let day = match env.catalog.rules_known_until() {
                Some(last) if e.day > last => {
                    format!("{} ({})", e.day.dutch(), day_texts(lang).after_change_mark)
                }
                _ => e.day.dutch(),
            };
            (label, day)
        })
        .collect();
    let mut date_notes = Vec::new();
    match s.open_end {
        Some(OpenEnd::Permanent) => date_notes.push(w.permanent.to_string()),
        // Without the ordinance there is no duration to miss: the column says so already.
        Some(OpenEnd::NotSet) if !unknown => date_notes.push(w.no_duration.to_string()),
        _ => {}
    }
    if s.needs_start && !unknown {
        date_notes.push(w.needs_start.to_string());
    }
    let remark = match open {
        0 => None,
        1 => Some(w.open_one.to_string()),
        n => Some(fill(w.open_many, &[("n", &n.to_string())])),
    };
    let v = &d.ordinance.version;
    let from = Date::parse(&v.valid_from).map_or(v.valid_from.clone(), Date::dutch);
    Column {
        id: d.municipality.id.clone(),
        name: d.municipality.name.clone(),
        status: Some(d.status),
        headline: headline(c, d.status, bounds),
        remark,
        college,
        grounds,
        dates,
        date_notes,
        next,
        practice: d
            .ordinance
            .practice
            .iter()
            .map(|p| pick(lang, &p.text).to_string())
            .collect(),
        version: if d.ordinance.detail == crate::model::Detail::NotKnown {
            c.detail(d.ordinance.detail).to_string()
        } else {
            fill(
                w.version,
                &[
                    ("title", &d.ordinance.title),
                    ("year", &v.year.to_string()),
                    ("from", &from),
                    ("detail", c.detail(d.ordinance.detail)),
                ],
            )
        },
        disclaimer: c.disclaimer.to_string(),
    }
}

/// The column for one municipality of the desk.
pub fn column(desk: &Desk, env: &Env, id: &str) -> Column {
    let w = desk_texts(desk.lang);
    let name = env
        .catalog
        .find(id)
        .map_or(id.to_string(), |(_, m)| m.name.clone());
    let empty = |remark: String| Column {
        id: id.to_string(),
        name: name.clone(),
        status: None,
        headline: String::new(),
        remark: Some(remark),
        college: Vec::new(),
        grounds: Vec::new(),
        dates: Vec::new(),
        date_notes: Vec::new(),
        next: Vec::new(),
        practice: Vec::new(),
        version: String::new(),
        disclaimer: String::new(),
    };
    match desk.outcome(env, id) {
        Outcome::Decided { decision, open } => decided(desk, env, &decision, open, w),
        Outcome::NeedsAge => empty(w.needs_age.to_string()),
        Outcome::NotInForce(refusal) => empty(refusal_remark(desk, env, id, refusal, w)),
    }
}

/// Why a column has no outcome on the desk's day, in the desk's words.
fn refusal_remark(desk: &Desk, env: &Env, id: &str, refusal: NotInForce, w: &DeskTexts) -> String {
    let lang = desk.lang;
    let d = day_texts(lang);
    let day = desk.reference(env);
    let long = |x: Date| long_date(lang, x);
    let found = env.catalog.find(id);
    match (refusal, found) {
        (NotInForce::LawChanged { .. }, _) => {
            let summary = env
                .catalog
                .law_change_on(day)
                .map_or("", |(_, n)| pick(lang, &n.summary));
            let past = env
                .catalog
                .rules_known_until()
                .map_or(String::new(), Date::dutch);
            format!(
                "{summary} {}",
                fill(w.law_changed, &[("date", &day.dutch()), ("past", &past)])
            )
        }
        (NotInForce::Merged { on, until }, Some((_, m))) => fill(
            d.merged_ended,
            &[
                ("name", &m.name),
                ("on", &long(on)),
                ("into", m.merged.as_ref().map_or("", |g| g.into.as_str())),
                ("until", &long(until)),
                ("date", &long(day)),
            ],
        ),
        (NotInForce::After { valid_to }, Some((set, m))) => fill(
            d.ordinance_ended,
            &[
                ("name", &m.name),
                ("year", &set.ordinance().version.year.to_string()),
                ("to", &long(valid_to)),
                ("date", &long(day)),
            ],
        ),
        _ => fill(w.not_in_force, &[("date", &day.dutch())]),
    }
}

/// Whether the columns differ in what they conclude (status and hours and duration).
pub fn differs(columns: &[Column]) -> bool {
    columns
        .windows(2)
        .any(|w| w[0].headline != w[1].headline || w[0].status != w[1].status)
}

/// An answer as the record shows it: the option's words, the number with its unit.
fn answer_text(desk: &Desk, field: Field) -> Option<String> {
    let lang = desk.lang;
    let c = t(lang);
    let raw = desk.draft.get(&field)?.trim();
    if raw.is_empty() {
        return None;
    }
    Some(match field.input() {
        Input::Choice { .. } if raw == UNKNOWN => c.unknown.to_string(),
        Input::Choice { .. } => c.option_label(field, raw).unwrap_or(raw).to_string(),
        _ => format!("{raw} {}", unit(lang, field)).trim().to_string(),
    })
}

/// The intake record: the same content as the desk, as sections of lines.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub title: String,
    /// Label and value lines at the top: the date, the birth date, the start date.
    pub facts: Vec<(String, String)>,
    /// Question and answer, for every question that counts.
    pub answers: Vec<(String, String)>,
    pub columns: Vec<Column>,
    pub note: String,
}

pub fn record(desk: &Desk, env: &Env) -> Record {
    let lang = desk.lang;
    let w = desk_texts(lang);
    let c = t(lang);
    let mut facts = vec![(w.record_date.to_string(), desk.reference(env).dutch())];
    if let Some(b) = desk.birth(env) {
        facts.push((w.birth.to_string(), b.dutch()));
    }
    if let Some(s) = desk.start_date() {
        facts.push((w.start.to_string(), s.dutch()));
    }
    let mut answers = Vec::new();
    for (_, rows) in desk.rows(env) {
        for row in rows.iter().filter(|r| r.moot.is_none()) {
            for field in row.question.fields() {
                if *field == Field::Fact(Fact::Age) && desk.birth(env).is_some() {
                    continue;
                }
                let label = match row.question.fields() {
                    [_] => super::texts::desk::desk_question(desk.lang, row.question).title,
                    _ => c.field_label(*field),
                };
                let value = answer_text(desk, *field).unwrap_or_else(|| w.not_answered.into());
                answers.push((label.to_string(), value));
            }
        }
    }
    Record {
        title: w.record_title.to_string(),
        facts,
        answers,
        columns: desk
            .municipalities
            .iter()
            .map(|id| column(desk, env, id))
            .collect(),
        note: desk.note.trim().to_string(),
    }
}

impl Record {
    /// The record as plain text, for pasting into a case system.
    pub fn text(&self, lang: Lang) -> String {
        let w = desk_texts(lang);
        let mut out = format!("{}\n\n", self.title);
        for (label, value) in &self.facts {
            out.push_str(&format!("{label}: {value}\n"));
        }
        out.push_str(&format!("\n{}\n", w.record_answers));
        for (q, a) in &self.answers {
            out.push_str(&format!("- {q} {a}\n"));
        }
        for col in &self.columns {
            out.push_str(&format!(
                "\n{}\n",
                fill(w.record_outcome, &[("name", &col.name)])
            ));
            if !col.headline.is_empty() {
                out.push_str(&format!("{}\n", col.headline));
            }
            if let Some(r) = &col.remark {
                out.push_str(&format!("{r}\n"));
            }
            if !col.college.is_empty() {
                out.push_str(&format!("{}:\n", w.college_title));
                for j in &col.college {
                    out.push_str(&format!(
                        "- {} {}: {} {}: {}\n",
                        j.question, j.yes, j.if_yes, j.no, j.if_no
                    ));
                }
            }
            for (label, day) in &col.dates {
                out.push_str(&format!("{label} {day}\n"));
            }
            for n in &col.date_notes {
                out.push_str(&format!("{n}\n"));
            }
            if !col.grounds.is_empty() {
                out.push_str(&format!("{}:\n", w.grounds_title));
                for g in &col.grounds {
                    out.push_str(&format!(
                        "- {} ({}) \"{}\"\n",
                        g.explanation, g.citation, g.quote
                    ));
                }
            }
            if !col.next.is_empty() {
                out.push_str(&format!("{}:\n", w.next_title));
                for n in &col.next {
                    out.push_str(&format!("- {n}\n"));
                }
            }
            if !col.version.is_empty() {
                out.push_str(&format!("{}\n", col.version));
            }
        }
        if !self.note.is_empty() {
            out.push_str(&format!("\n{}\n{}\n", w.record_note, self.note));
        }
        if let Some(d) = self.columns.iter().find(|c| !c.disclaimer.is_empty()) {
            out.push_str(&format!("\n{}\n", d.disclaimer));
        }
        out
    }
}
