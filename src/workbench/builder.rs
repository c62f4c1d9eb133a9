//! The rule builder, without the browser: a form for one rule of an ordinance (an exemption, a
//! "counts as the tegenprestatie" rule, a judgement of the college, or a variant of the bounds)
//! made of choices and fields, turned into the model's `Rule` or `BoundsVariant`, written into
//! the draft's text (a TOML block in a TOML draft, the whole draft again in a JSON one), and
//! read back from a rule of the draft to edit it again. The door (`workbench::check`) then
//! validates the draft as any ordinance: the builder adds no rule the validator would not.

use crate::facts::{Fact, Kind as FactKind, Origin};
use crate::model::{
    Bounds, BoundsVariant, Citation, Condition, Effect, Judgement, Literal, Ordinance, Range, Rule,
    SourceDocument, SourceRef, Text,
};
use crate::workbench::{part_end, Format};

/// What the rule does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// No tegenprestatie when the condition holds.
    Exemption,
    /// What the person already does counts as the tegenprestatie.
    Counts,
    /// The effect holds when the condition holds and the college judges so.
    Judgement,
    /// Other bounds (hours a week, months) when the condition holds.
    Variant,
}

impl Kind {
    pub const ALL: [Kind; 4] = [
        Kind::Exemption,
        Kind::Counts,
        Kind::Judgement,
        Kind::Variant,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Kind::Exemption => "exemption",
            Kind::Counts => "counts",
            Kind::Judgement => "judgement",
            Kind::Variant => "variant",
        }
    }

    pub fn from_key(key: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// How the fact is compared: with a number, or yes/no for a fact that is yes or no.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparison {
    AtLeast,
    Above,
    Below,
    AtMost,
    Yes,
    No,
}

impl Comparison {
    pub const ALL: [Comparison; 6] = [
        Comparison::AtLeast,
        Comparison::Above,
        Comparison::Below,
        Comparison::AtMost,
        Comparison::Yes,
        Comparison::No,
    ];

    /// The condition's key in an ordinance file (`at_least`), or `yes` / `no`.
    pub fn key(self) -> &'static str {
        match self {
            Comparison::AtLeast => "at_least",
            Comparison::Above => "above",
            Comparison::Below => "below",
            Comparison::AtMost => "at_most",
            Comparison::Yes => "yes",
            Comparison::No => "no",
        }
    }

    pub fn from_key(key: &str) -> Option<Comparison> {
        Comparison::ALL.into_iter().find(|c| c.key() == key)
    }

    pub fn takes_number(self) -> bool {
        !matches!(self, Comparison::Yes | Comparison::No)
    }
}

/// The facts a rule made in the builder can test: the answers and derived facts that are a
/// number or yes/no (not the day, the birth date or a choice of options).
pub fn facts() -> impl Iterator<Item = Fact> {
    Fact::all().filter(|f| {
        let spec = f.spec();
        matches!(spec.origin, Origin::Answer | Origin::Derived)
            && matches!(spec.kind, FactKind::Bool | FactKind::Number { .. })
            && !matches!(f, Fact::Date | Fact::BirthDate)
    })
}

/// Whether a fact is compared as yes/no.
pub fn is_yes_no(fact: Fact) -> bool {
    matches!(fact.kind(), FactKind::Bool)
}

/// One rule as the builder's fields hold it. Text fields are as typed; empty means not given.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleForm {
    pub kind: Kind,
    pub id: String,
    pub fact: Fact,
    pub comparison: Comparison,
    /// The number compared with, as typed (a comma is a decimal point).
    pub number: String,
    /// A judgement's effect: `Exempt`, `Fulfilled` or `Obligated`.
    pub effect: Effect,
    pub artikel: String,
    pub lid: String,
    pub onderdeel: String,
    pub source_text: String,
    pub explanation_nl: String,
    pub explanation_en: String,
    /// A judgement: what the college decides, and the short yes/no question.
    pub question_nl: String,
    pub question_en: String,
    pub ask_nl: String,
    pub ask_en: String,
    /// A variant: its hours a week and months at most, as typed.
    pub hours_max: String,
    pub months_max: String,
    /// Kept from the rule the form was opened from: its source reference and the fact that
    /// answers its judgement (the builder does not change them).
    pub kept_source: Option<SourceRef>,
    pub kept_answered_by: Option<Fact>,
}

impl RuleForm {
    /// An empty form for a new rule of this kind.
    pub fn new(kind: Kind) -> RuleForm {
        let (fact, comparison) = match kind {
            Kind::Exemption | Kind::Counts | Kind::Variant => {
                (Fact::VolunteerHoursPerWeek, Comparison::AtLeast)
            }
            Kind::Judgement => (Fact::CaregivingHoursPerWeek, Comparison::Above),
        };
        RuleForm {
            kind,
            id: String::new(),
            fact,
            comparison,
            number: String::new(),
            effect: match kind {
                Kind::Counts => Effect::Fulfilled,
                _ => Effect::Exempt,
            },
            artikel: String::new(),
            lid: String::new(),
            onderdeel: String::new(),
            source_text: String::new(),
            explanation_nl: String::new(),
            explanation_en: String::new(),
            question_nl: String::new(),
            question_en: String::new(),
            ask_nl: String::new(),
            ask_en: String::new(),
            hours_max: String::new(),
            months_max: String::new(),
            kept_source: None,
            kept_answered_by: None,
        }
    }

    /// Sets one field by name, as the screen sends it; false for a name or value that does not
    /// fit (an unknown fact, say).
    pub fn set(&mut self, field: &str, value: &str) -> bool {
        let text = value.to_string();
        match field {
            "kind" => match Kind::from_key(value) {
                Some(k) => {
                    self.kind = k;
                    self.effect = match k {
                        Kind::Counts => Effect::Fulfilled,
                        Kind::Judgement if self.effect == Effect::Fulfilled => Effect::Fulfilled,
                        _ => Effect::Exempt,
                    };
                }
                None => return false,
            },
            "fact" => match Fact::from_key(value).filter(|f| facts().any(|g| g == *f)) {
                Some(f) => {
                    self.fact = f;
                    // A yes/no fact is compared as yes/no, a number with a number.
                    if is_yes_no(f) == self.comparison.takes_number() {
                        self.comparison = if is_yes_no(f) {
                            Comparison::Yes
                        } else {
                            Comparison::AtLeast
                        };
                    }
                }
                None => return false,
            },
            "comparison" => match Comparison::from_key(value) {
                Some(c) => self.comparison = c,
                None => return false,
            },
            "effect" => {
                self.effect = match value {
                    "exempt" => Effect::Exempt,
                    "fulfilled" => Effect::Fulfilled,
                    "obligated" => Effect::Obligated,
                    _ => return false,
                }
            }
            "id" => self.id = text,
            "number" => self.number = text,
            "artikel" => self.artikel = text,
            "lid" => self.lid = text,
            "onderdeel" => self.onderdeel = text,
            "source_text" => self.source_text = text,
            "explanation_nl" => self.explanation_nl = text,
            "explanation_en" => self.explanation_en = text,
            "question_nl" => self.question_nl = text,
            "question_en" => self.question_en = text,
            "ask_nl" => self.ask_nl = text,
            "ask_en" => self.ask_en = text,
            "hours_max" => self.hours_max = text,
            "months_max" => self.months_max = text,
            _ => return false,
        }
        true
    }

    /// The form of a rule of the draft, where the builder can show it: one comparison (or none
    /// for a judgement), an exemption, a rule that counts, or a judgement. `None` for a rule
    /// only the text can change.
    pub fn from_rule(rule: &Rule) -> Option<RuleForm> {
        let kind = match (&rule.judgement, rule.effect) {
            (Some(_), Effect::Exempt | Effect::Fulfilled | Effect::Obligated) => Kind::Judgement,
            (None, Effect::Exempt) => Kind::Exemption,
            (None, Effect::Fulfilled) => Kind::Counts,
            _ => return None,
        };
        let mut form = RuleForm::new(kind);
        form.read_condition(rule.when.as_ref()?)?;
        form.id = rule.id.clone();
        form.effect = rule.effect;
        form.read_citation(&rule.citation);
        form.source_text = rule.source_text.clone();
        form.explanation_nl = rule.explanation.nl.clone();
        form.explanation_en = rule.explanation.en.clone();
        if let Some(j) = &rule.judgement {
            form.question_nl = j.question.nl.clone();
            form.question_en = j.question.en.clone();
            if let Some(ask) = &j.ask {
                form.ask_nl = ask.nl.clone();
                form.ask_en = ask.en.clone();
            }
            form.kept_answered_by = j.answered_by;
        }
        Some(form)
    }

    /// The form of a variant of the bounds, where it changes only hours a week and months at
    /// most under one comparison.
    pub fn from_variant(v: &BoundsVariant) -> Option<RuleForm> {
        let plain = Bounds {
            hours_per_week: Range {
                min: None,
                max: v.bounds.hours_per_week.max,
            },
            duration_months: Range {
                min: None,
                max: v.bounds.duration_months.max,
            },
            ..Bounds::default()
        };
        if plain != v.bounds {
            return None;
        }
        let mut form = RuleForm::new(Kind::Variant);
        form.read_condition(&v.when)?;
        form.id = v.id.clone();
        form.read_citation(&v.citation);
        form.source_text = v.source_text.clone();
        form.explanation_nl = v.explanation.nl.clone();
        form.explanation_en = v.explanation.en.clone();
        form.hours_max = v
            .bounds
            .hours_per_week
            .max
            .map(number_text)
            .unwrap_or_default();
        form.months_max = v
            .bounds
            .duration_months
            .max
            .map(number_text)
            .unwrap_or_default();
        Some(form)
    }

    fn read_condition(&mut self, c: &Condition) -> Option<()> {
        let (fact, comparison, number) = match c {
            Condition::AtLeast(f, n) => (*f, Comparison::AtLeast, Some(*n)),
            Condition::Above(f, n) => (*f, Comparison::Above, Some(*n)),
            Condition::Below(f, n) => (*f, Comparison::Below, Some(*n)),
            Condition::AtMost(f, n) => (*f, Comparison::AtMost, Some(*n)),
            Condition::Is(f, Literal::Bool(true)) => (*f, Comparison::Yes, None),
            Condition::Is(f, Literal::Bool(false)) => (*f, Comparison::No, None),
            _ => return None,
        };
        if !facts().any(|f| f == fact) || is_yes_no(fact) == comparison.takes_number() {
            return None;
        }
        self.fact = fact;
        self.comparison = comparison;
        self.number = number.map(number_text).unwrap_or_default();
        Some(())
    }

    fn read_citation(&mut self, c: &Citation) {
        self.artikel = c.artikel.clone().unwrap_or_default();
        self.lid = c.lid.clone().unwrap_or_default();
        self.onderdeel = c.onderdeel.clone().unwrap_or_default();
        self.kept_source = Some(c.source.clone());
    }

    /// The condition, or what is missing for it.
    fn condition(&self) -> Result<Condition, FormProblem> {
        if is_yes_no(self.fact) == self.comparison.takes_number() {
            return Err(FormProblem::ComparisonDoesNotFit);
        }
        let n = if self.comparison.takes_number() {
            Some(parse_number(&self.number).ok_or(FormProblem::Number)?)
        } else {
            None
        };
        let f = self.fact;
        Ok(match (self.comparison, n) {
            (Comparison::AtLeast, Some(n)) => Condition::AtLeast(f, n),
            (Comparison::Above, Some(n)) => Condition::Above(f, n),
            (Comparison::Below, Some(n)) => Condition::Below(f, n),
            (Comparison::AtMost, Some(n)) => Condition::AtMost(f, n),
            (Comparison::No, _) => Condition::Is(f, Literal::Bool(false)),
            _ => Condition::Is(f, Literal::Bool(true)),
        })
    }

    fn citation(&self) -> Citation {
        let given = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_string());
        let location = {
            let mut parts = Vec::new();
            if let Some(a) = given(&self.artikel) {
                parts.push(format!("Artikel {a}"));
            }
            if let Some(l) = given(&self.lid) {
                parts.push(format!("lid {l}"));
            }
            if let Some(o) = given(&self.onderdeel) {
                parts.push(format!("onderdeel {o}"));
            }
            parts.join(" ")
        };
        Citation {
            instrument: None,
            artikel: given(&self.artikel),
            lid: given(&self.lid),
            onderdeel: given(&self.onderdeel),
            source: self.kept_source.clone().unwrap_or(SourceRef {
                document: SourceDocument::Ordinance,
                location,
            }),
            url: None,
        }
    }

    fn explanation(&self) -> Text {
        Text {
            nl: self.explanation_nl.trim().to_string(),
            en: self.explanation_en.trim().to_string(),
        }
    }

    /// The part the form makes, or what keeps it from being one. What the form can hold but
    /// the law or the file format does not allow (empty quoted text, 32 hours a week, an
    /// exemption the Act contradicts) is the validator's to say, on the draft.
    pub fn build(&self, draft: &Ordinance, editing: Option<&str>) -> Result<Part, FormProblem> {
        let id = self.id.trim();
        if id.is_empty() {
            return Err(FormProblem::NoId);
        }
        if !id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            return Err(FormProblem::IdChars);
        }
        let taken = draft.rules.iter().map(|r| r.id.as_str()).chain(
            draft
                .assignment
                .iter()
                .flat_map(|a| a.variants.iter().map(|v| v.id.as_str())),
        );
        if editing != Some(id) && taken.into_iter().any(|t| t == id) {
            return Err(FormProblem::IdTaken);
        }
        let when = self.condition()?;
        if self.kind == Kind::Variant {
            if draft.assignment.is_none() {
                return Err(FormProblem::NoAssignment);
            }
            let bound = |s: &str| -> Result<Option<f64>, FormProblem> {
                if s.trim().is_empty() {
                    Ok(None)
                } else {
                    parse_number(s).map(Some).ok_or(FormProblem::Bound)
                }
            };
            let hours = bound(&self.hours_max)?;
            let months = bound(&self.months_max)?;
            if hours.is_none() && months.is_none() {
                return Err(FormProblem::NoBound);
            }
            return Ok(Part::Variant(BoundsVariant {
                id: id.to_string(),
                when,
                bounds: Bounds {
                    hours_per_week: Range {
                        min: None,
                        max: hours,
                    },
                    duration_months: Range {
                        min: None,
                        max: months,
                    },
                    ..Bounds::default()
                },
                citation: self.citation(),
                source_text: self.source_text.trim().to_string(),
                explanation: self.explanation(),
            }));
        }
        let judgement = (self.kind == Kind::Judgement).then(|| Judgement {
            question: Text {
                nl: self.question_nl.trim().to_string(),
                en: self.question_en.trim().to_string(),
            },
            ask: (!self.ask_nl.trim().is_empty() || !self.ask_en.trim().is_empty()).then(|| Text {
                nl: self.ask_nl.trim().to_string(),
                en: self.ask_en.trim().to_string(),
            }),
            answered_by: self.kept_answered_by,
        });
        Ok(Part::Rule(Rule {
            id: id.to_string(),
            effect: match self.kind {
                Kind::Exemption => Effect::Exempt,
                Kind::Counts => Effect::Fulfilled,
                _ => self.effect,
            },
            when: Some(when),
            judgement,
            citation: self.citation(),
            source_text: self.source_text.trim().to_string(),
            explanation: self.explanation(),
        }))
    }
}

/// What the builder makes: a rule, or a variant of the assignment's bounds.
#[derive(Debug, Clone, PartialEq)]
pub enum Part {
    Rule(Rule),
    Variant(BoundsVariant),
}

impl Part {
    pub fn id(&self) -> &str {
        match self {
            Part::Rule(r) => &r.id,
            Part::Variant(v) => &v.id,
        }
    }
}

/// Why a form is not yet a rule (in the screen's words: `flow::texts::workbench`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormProblem {
    NoId,
    IdChars,
    IdTaken,
    Number,
    ComparisonDoesNotFit,
    NoAssignment,
    NoBound,
    Bound,
}

/// A number as typed: `7,5` and `7.5` are both seven and a half.
pub fn parse_number(s: &str) -> Option<f64> {
    crate::number::parse(s.trim())
}

/// A number as the file writes it: `8`, `7.5`.
pub fn number_text(n: f64) -> String {
    format!("{n}")
}

/// Puts a part into the draft: replaces the one with the id being edited, or adds it.
/// A TOML draft keeps its text and comments and gets the part as a block; a JSON draft is
/// written again. `None` when the draft cannot take it (no such part to replace).
pub fn write(
    text: &str,
    format: Format,
    draft: &Ordinance,
    part: &Part,
    editing: Option<&str>,
) -> Option<String> {
    match format {
        Format::Json => {
            let mut o = draft.clone();
            insert(&mut o, part, editing)?;
            Some(super::to_json(&o))
        }
        Format::Toml => {
            let block = toml_block(part);
            match editing {
                None => {
                    let mut out = text.trim_end().to_string();
                    out.push_str("\n\n");
                    out.push_str(&block);
                    Some(out)
                }
                Some(old) => {
                    let (start, end) = toml_block_range(text, part, old)?;
                    let lines: Vec<&str> = text.lines().collect();
                    let mut out = lines[..start].join("\n");
                    if !out.is_empty() {
                        out.push('\n');
                    }
                    out.push_str(&block);
                    if end < lines.len() {
                        out.push('\n');
                        out.push_str(&lines[end..].join("\n"));
                        out.push('\n');
                    }
                    Some(out)
                }
            }
        }
    }
}

/// Takes a part out of the draft (by id), as `write` puts one in.
pub fn remove(text: &str, format: Format, draft: &Ordinance, part: &Part) -> Option<String> {
    match format {
        Format::Json => {
            let mut o = draft.clone();
            let id = part.id();
            match part {
                Part::Rule(_) => o.rules.retain(|r| r.id != id),
                Part::Variant(_) => o.assignment.as_mut()?.variants.retain(|v| v.id != id),
            }
            Some(super::to_json(&o))
        }
        Format::Toml => {
            let (start, end) = toml_block_range(text, part, part.id())?;
            let lines: Vec<&str> = text.lines().collect();
            let mut out = lines[..start].join("\n");
            out.push('\n');
            if end < lines.len() {
                out.push('\n');
                out.push_str(&lines[end..].join("\n"));
                out.push('\n');
            }
            Some(out)
        }
    }
}

fn insert(o: &mut Ordinance, part: &Part, editing: Option<&str>) -> Option<()> {
    match part {
        Part::Rule(rule) => match editing {
            Some(old) => *o.rules.iter_mut().find(|r| r.id == old)? = rule.clone(),
            None => o.rules.push(rule.clone()),
        },
        Part::Variant(v) => {
            let variants = &mut o.assignment.as_mut()?.variants;
            match editing {
                Some(old) => *variants.iter_mut().find(|x| x.id == old)? = v.clone(),
                None => variants.push(v.clone()),
            }
        }
    }
    Some(())
}

/// The lines `[start, end)` of the TOML block of the part with id `id`: from its `[[rules]]`
/// (or `[[assignment.variants]]`) header to the next part, without the blank lines and
/// comments that lead into the next one.
fn toml_block_range(text: &str, part: &Part, id: &str) -> Option<(usize, usize)> {
    let header = match part {
        Part::Rule(_) => "[[rules]]",
        Part::Variant(_) => "[[assignment.variants]]",
    };
    let lines: Vec<&str> = text.lines().collect();
    let quoted = serde_json::to_string(id).ok()?;
    let mut start = None;
    for (i, l) in lines.iter().enumerate() {
        if l.trim() == header {
            start = Some(i);
        }
        let t = l.trim_start();
        if start.is_some() && t.starts_with("id") && t.contains(&quoted) {
            if let Some(s) = start {
                if lines[s + 1..i]
                    .iter()
                    .all(|l| !l.trim_start().starts_with('['))
                {
                    let mut end = part_end(&lines, i, Format::Toml);
                    while end > i + 1 && {
                        let t = lines[end - 1].trim();
                        t.is_empty() || t.starts_with('#')
                    } {
                        end -= 1;
                    }
                    return Some((s, end));
                }
            }
        }
    }
    None
}

/// A TOML string (JSON's escapes are TOML's too).
fn quote(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

fn inline_text(t: &Text) -> String {
    format!("{{ nl = {}, en = {} }}", quote(&t.nl), quote(&t.en))
}

fn condition_toml(c: &Condition) -> String {
    let pair =
        |key: &str, f: &Fact, value: String| format!("{{ {key} = [{}, {value}] }}", quote(f.key()));
    match c {
        Condition::AtLeast(f, n) => pair("at_least", f, number_text(*n)),
        Condition::Above(f, n) => pair("above", f, number_text(*n)),
        Condition::Below(f, n) => pair("below", f, number_text(*n)),
        Condition::AtMost(f, n) => pair("at_most", f, number_text(*n)),
        Condition::Is(f, Literal::Bool(b)) => pair("is", f, b.to_string()),
        // The builder makes only the forms above; anything else goes through JSON's syntax,
        // which TOML's inline tables do not share, so it is never written here.
        _ => String::new(),
    }
}

fn citation_toml(table: &str, c: &Citation) -> String {
    let mut out = format!("[{table}.citation]\n");
    for (key, value) in [
        ("artikel", &c.artikel),
        ("lid", &c.lid),
        ("onderdeel", &c.onderdeel),
    ] {
        if let Some(v) = value {
            out.push_str(&format!("{key} = {}\n", quote(v)));
        }
    }
    let document = serde_json::to_value(c.source.document)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default();
    out.push_str(&format!(
        "source = {{ document = {}, location = {} }}\n",
        quote(&document),
        quote(&c.source.location)
    ));
    out
}

/// The TOML block of a part, as an ordinance file writes it.
pub fn toml_block(part: &Part) -> String {
    match part {
        Part::Rule(r) => {
            let effect = serde_json::to_value(r.effect)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            let mut out = format!(
                "[[rules]]\nid = {}\neffect = {}\n",
                quote(&r.id),
                quote(&effect)
            );
            if let Some(w) = &r.when {
                out.push_str(&format!("when = {}\n", condition_toml(w)));
            }
            out.push_str(&format!("source_text = {}\n", quote(&r.source_text)));
            out.push_str(&citation_toml("rules", &r.citation));
            if let Some(j) = &r.judgement {
                out.push_str("[rules.judgement]\n");
                out.push_str(&format!("question = {}\n", inline_text(&j.question)));
                if let Some(ask) = &j.ask {
                    out.push_str(&format!("ask = {}\n", inline_text(ask)));
                }
                if let Some(f) = j.answered_by {
                    out.push_str(&format!("answered_by = {}\n", quote(f.key())));
                }
            }
            out.push_str(&format!(
                "[rules.explanation]\nnl = {}\nen = {}\n",
                quote(&r.explanation.nl),
                quote(&r.explanation.en)
            ));
            out
        }
        Part::Variant(v) => {
            let mut out = format!(
                "[[assignment.variants]]\nid = {}\nwhen = {}\nsource_text = {}\n[assignment.variants.bounds]\n",
                quote(&v.id),
                condition_toml(&v.when),
                quote(&v.source_text)
            );
            if let Some(h) = v.bounds.hours_per_week.max {
                out.push_str(&format!(
                    "hours_per_week = {{ max = {} }}\n",
                    number_text(h)
                ));
            }
            if let Some(m) = v.bounds.duration_months.max {
                out.push_str(&format!(
                    "duration_months = {{ max = {} }}\n",
                    number_text(m)
                ));
            }
            out.push_str(&citation_toml("assignment.variants", &v.citation));
            out.push_str(&format!(
                "[assignment.variants.explanation]\nnl = {}\nen = {}\n",
                quote(&v.explanation.nl),
                quote(&v.explanation.en)
            ));
            out
        }
    }
}

/// The draft's rules and variants by id, each with its form where the builder can show it
/// (`None`: only the text can change it).
pub fn openable(o: &Ordinance) -> Vec<(String, Option<RuleForm>)> {
    let mut out: Vec<(String, Option<RuleForm>)> = o
        .rules
        .iter()
        .map(|r| (r.id.clone(), RuleForm::from_rule(r)))
        .collect();
    if let Some(a) = &o.assignment {
        out.extend(
            a.variants
                .iter()
                .map(|v| (v.id.clone(), RuleForm::from_variant(v))),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog;
    use crate::workbench::{check, parse, state::TEMPLATE};

    fn filled(kind: Kind) -> RuleForm {
        let mut f = RuleForm::new(kind);
        f.id = format!("nieuw-{}", kind.key());
        f.number = "10".into();
        f.artikel = "3".into();
        f.lid = "2".into();
        f.onderdeel = "b".into();
        f.source_text = "Het college draagt geen tegenprestatie op aan wie \"veel\" doet.".into();
        f.explanation_nl = "U doet veel. Dan hoeft u niets.".into();
        f.explanation_en = "You do a lot. Then you need not.".into();
        if kind == Kind::Judgement {
            f.question_nl = "Of uw zorg nodig is.".into();
            f.question_en = "Whether your care is needed.".into();
            f.ask_nl = "Vindt de gemeente uw zorg nodig?".into();
            f.ask_en = "Does the municipality find your care needed?".into();
            f.number = "0".into();
        }
        if kind == Kind::Variant {
            f.hours_max = "4".into();
            f.months_max = "3".into();
        }
        f
    }

    #[test]
    fn every_kind_the_builder_makes_passes_the_door_and_opens_again_in_both_forms() {
        let base = catalog::bundled();
        for kind in Kind::ALL {
            let form = filled(kind);
            let draft = parse(TEMPLATE).unwrap();
            let part = form.build(&draft, None).unwrap();
            let toml = write(TEMPLATE, Format::Toml, &draft, &part, None).unwrap();
            assert!(toml.starts_with(TEMPLATE.trim_end()), "the text is kept");
            let checked = check(&toml, &base);
            assert_eq!(checked.problems, vec![], "{kind:?}\n{toml}");
            let read = checked.ordinance.unwrap();
            let json = write(TEMPLATE, Format::Json, &draft, &part, None).unwrap();
            assert_eq!(
                parse(&json).unwrap(),
                read,
                "{kind:?}: TOML and JSON hold the same"
            );
            let again = match kind {
                Kind::Variant => {
                    RuleForm::from_variant(&read.assignment.as_ref().unwrap().variants[0])
                }
                _ => RuleForm::from_rule(read.rules.last().unwrap()),
            }
            .expect("opens in the builder");
            let mut expected = form.clone();
            expected.kept_source = again.kept_source.clone();
            assert_eq!(again, expected, "{kind:?}");
            assert_eq!(again.build(&read, Some(&form.id)).unwrap(), part);
        }
    }

    #[test]
    fn a_rule_edited_in_the_builder_replaces_its_block_and_keeps_the_rest_of_the_text() {
        let base = catalog::bundled();
        let draft = parse(TEMPLATE).unwrap();
        let mut form = RuleForm::from_rule(&draft.rules[0]).unwrap();
        assert_eq!(form.number, "8");
        form.set("number", "12");
        let part = form.build(&draft, Some("vrijwilligerswerk")).unwrap();
        let text = write(
            TEMPLATE,
            Format::Toml,
            &draft,
            &part,
            Some("vrijwilligerswerk"),
        )
        .unwrap();
        assert!(
            text.contains("at_least = [\"volunteer_hours_per_week\", 12]"),
            "{text}"
        );
        assert!(text.starts_with("# Een nieuwe verordening tegenprestatie."));
        let checked = check(&text, &base);
        assert_eq!(checked.problems, vec![]);
        assert_eq!(checked.ordinance.unwrap().rules.len(), 1);
        let gone = remove(&text, Format::Toml, &parse(&text).unwrap(), &part).unwrap();
        assert_eq!(parse(&gone).unwrap().rules.len(), 0);
    }

    #[test]
    fn what_is_missing_or_taken_is_named_before_the_draft_changes() {
        let draft = parse(TEMPLATE).unwrap();
        let mut f = filled(Kind::Exemption);
        f.id = "vrijwilligerswerk".into();
        assert_eq!(f.build(&draft, None), Err(FormProblem::IdTaken));
        f.id = "Vrijwilligers Werk".into();
        assert_eq!(f.build(&draft, None), Err(FormProblem::IdChars));
        f.id = "ok".into();
        f.number = "acht".into();
        assert_eq!(f.build(&draft, None), Err(FormProblem::Number));
        f.number = "7,5".into();
        assert!(f.build(&draft, None).is_ok());
        f.set("fact", "reintegration_trajectory");
        assert_eq!(
            f.comparison,
            Comparison::Yes,
            "a yes/no fact is asked yes/no"
        );
        f.comparison = Comparison::AtLeast;
        assert_eq!(
            f.build(&draft, None),
            Err(FormProblem::ComparisonDoesNotFit)
        );
        let mut v = filled(Kind::Variant);
        v.hours_max.clear();
        v.months_max.clear();
        assert_eq!(v.build(&draft, None), Err(FormProblem::NoBound));
    }

    #[test]
    fn the_law_refuses_what_the_builder_would_write() {
        // An exemption is the builder's; obliging the fully incapacitated is the Act's to refuse.
        let base = catalog::bundled();
        let draft = parse(TEMPLATE).unwrap();
        let mut f = filled(Kind::Judgement);
        f.effect = Effect::Obligated;
        f.set("fact", "fully_permanently_incapacitated");
        let part = f.build(&draft, None).unwrap();
        let text = write(TEMPLATE, Format::Toml, &draft, &part, None).unwrap();
        let checked = check(&text, &base);
        assert!(checked
            .problems
            .iter()
            .any(|p| p.nl.contains("art. 9 lid 5")));
        let p = &checked.problems[0];
        assert_eq!(p.place, format!("rule {}", f.id));
        assert!(p.line.is_some());
    }
}
