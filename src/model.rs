//! The ordinance data model: what one file in `ordinances/` holds.
//!
//! This module is also compiled into `build.rs` (through `#[path]`), so it depends on nothing but
//! `serde` and `std`. The build script parses every ordinance, validates it with `validate.rs` and
//! bundles the result; the library reads that bundle back with the same types.

use serde::{Deserialize, Serialize};

/// A text in both product languages. Dutch is written at language level B1.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub nl: String,
    pub en: String,
}

/// The public sources the project encodes (`../shared/sources`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceDocument {
    /// Bachelor thesis (Hanzehogeschool, 2016) on ten obliging municipalities.
    Thesis,
    /// The published text of an Act itself, for the law's own numbers that the other sources
    /// only refer to (the AOW age by year).
    Act,
    /// Full text of the Oldenzaal ordinance 2015 with its explanatory notes.
    OldenzaalOrdinance,
    /// News article on the Werkwijzer Tegenprestatie.
    Werkwijzer,
    /// The text of the ordinance itself, as a municipality supplies or drafts it (the workbench).
    Ordinance,
}

impl SourceDocument {
    /// One municipality's own ordinance text: a source for that municipality only. (Where the
    /// statute's notes were read in it, the citation names the parliamentary paper itself.)
    pub fn is_one_municipality(self) -> bool {
        matches!(
            self,
            SourceDocument::OldenzaalOrdinance | SourceDocument::Ordinance
        )
    }

    pub fn title(self) -> &'static str {
        match self {
            SourceDocument::Thesis => {
                "Bachelorscriptie over de tegenprestatie in tien verplichtende gemeenten (Hanzehogeschool Groningen, 2016)"
            }
            SourceDocument::OldenzaalOrdinance => {
                "Verordening tegenprestatie Participatiewet, IOAW en IOAZ gemeente Oldenzaal 2015, met toelichting"
            }
            SourceDocument::Werkwijzer => "Artikel over de Werkwijzer Tegenprestatie (Programmaraad)",
            SourceDocument::Act => "Wettekst (wetten.overheid.nl)",
            SourceDocument::Ordinance => "De tekst van de verordening zelf",
        }
    }
}

/// Where in a source a rule is found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRef {
    pub document: SourceDocument,
    /// Section, table or heading, e.g. "§ 4.1.1, Overbetuwe" or "Bijlage 2".
    pub location: String,
}

/// The legal provision a rule encodes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    /// The instrument: "Participatiewet", "Verordening tegenprestatie Overbetuwe", a ruling...
    /// Omitted means: the ordinance this rule belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instrument: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub artikel: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lid: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub onderdeel: Option<String>,
    pub source: SourceRef,
    /// Where the official text of this version is published (wetten.overheid.nl with the BWB
    /// id and the version's date), for the Act's own provisions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

pub use super::facts::Fact;

/// A literal to compare a fact with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Literal {
    Bool(bool),
    Number(f64),
    Text(String),
}

/// A test on the facts. Comparisons with an unknown fact are false; `unknown` tests for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Condition {
    All(Vec<Condition>),
    Any(Vec<Condition>),
    Not(Box<Condition>),
    /// fact >= n
    AtLeast(Fact, f64),
    /// fact > n
    Above(Fact, f64),
    /// fact < n
    Below(Fact, f64),
    /// fact <= n
    AtMost(Fact, f64),
    /// fact == literal (booleans and choices)
    Is(Fact, Literal),
    /// the fact was not answered (null)
    Unknown(Fact),
}

/// What a rule does when its condition holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Effect {
    /// The college may assign a tegenprestatie (within the ordinance's bounds).
    Obligated,
    /// What the person already does counts as the tegenprestatie.
    Fulfilled,
    /// An exemption takes the duty away.
    Exempt,
    /// The duty does not reach this person at all.
    NotApplicable,
}

/// A judgement of the college that a rule depends on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Judgement {
    /// What the college decides, in plain words.
    pub question: Text,
    /// The judgement as one short yes/no question from the college's side ("Vindt de gemeente
    /// uw mantelzorg echt nodig?"): "yes" means the rule holds. Heads the if-then table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ask: Option<Text>,
    /// The answer that tells the college's judgement, if the user can know it: true means the
    /// judgement is in the person's favour (the effect holds), false means the rule does not
    /// apply, null leaves the outcome to the college.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answered_by: Option<Fact>,
}

/// One rule of an ordinance (or of the law).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub id: String,
    pub effect: Effect,
    /// Omitted: the rule always holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<Condition>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub judgement: Option<Judgement>,
    pub citation: Citation,
    /// The words of the source this rule encodes, quoted.
    pub source_text: String,
    /// What the rule means for the person, in our own words.
    pub explanation: Text,
}

/// A range; a missing end is open or not given by the source.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Range {
    #[serde(default)]
    pub min: Option<f64>,
    #[serde(default)]
    pub max: Option<f64>,
}

impl Range {
    pub fn is_empty(&self) -> bool {
        self.min.is_none() && self.max.is_none()
    }
}

/// How much and how long the college may ask.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bounds {
    #[serde(default, skip_serializing_if = "Range::is_empty")]
    pub hours_per_week: Range,
    /// Hours may be fewer when the person cannot do more ("of naar vermogen").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub according_to_ability: bool,
    /// Hours a week are an average, not a minimum ("gemiddeld").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hours_are_average: bool,
    #[serde(default, skip_serializing_if = "Range::is_empty")]
    pub duration_months: Range,
    #[serde(default, skip_serializing_if = "Range::is_empty")]
    pub duration_weeks: Range,
    #[serde(default, skip_serializing_if = "Range::is_empty")]
    pub total_hours: Range,
    /// The duration is counted per (calendar) year.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub per_year: bool,
    /// How many times the period is assigned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub times: Option<u32>,
    /// The duty has no end date.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub permanent: bool,
    /// Extension, repeat or rest between periods, in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub renewal: Option<Text>,
    /// The extension the ordinance allows, in numbers (the words stay in `renewal`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extension: Option<Extension>,
}

/// How often an assignment may be extended, and by at most how many months each time
/// ("kan eenmalig verlengd worden met maximaal zes maanden": `times = 1, months = 6`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Extension {
    pub times: u32,
    pub months: u32,
}

/// The day a milestone is counted from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Anchor {
    /// The day of the decision or the intake (the reference date).
    Decision,
    /// The first day of the assignment.
    Start,
    /// The last day of the assignment (known only when the duration ends).
    End,
}

/// How the ordinance words the date: "binnen", "na ten minste", or "drie maanden na".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Due {
    /// At the latest on that day.
    ByLatest,
    /// From that day on, not before.
    NotBefore,
    /// On that day.
    On,
}

/// A date the ordinance ties to a decision or an assignment: a re-assessment, the earliest
/// change, the next period. The desk works the day out; the words say when it applies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    pub id: String,
    pub from: Anchor,
    pub months: u32,
    pub due: Due,
    /// What happens then, and when it applies, in words.
    pub label: Text,
    pub citation: Citation,
    pub source_text: String,
}

/// Bounds that replace the general ones when a condition holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BoundsVariant {
    pub id: String,
    pub when: Condition,
    pub bounds: Bounds,
    pub citation: Citation,
    pub source_text: String,
    pub explanation: Text,
}

/// The ordinance's bounds on a tegenprestatie, with where they come from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assignment {
    pub id: String,
    pub bounds: Bounds,
    pub citation: Citation,
    pub source_text: String,
    pub explanation: Text,
    #[serde(default)]
    pub variants: Vec<BoundsVariant>,
}

/// What a person needs to hear next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    /// Finding an activity yourself, and how long you have.
    FindActivity,
    /// Your say in the choice of activity.
    Choice,
    /// What counts as doing the tegenprestatie.
    WhatCounts,
    /// Extension, repeats, reviews.
    Renewal,
    /// What happens if you do not take part.
    NonCompliance,
    /// Objection and appeal.
    Objection,
    /// No work available, temporary circumstances and other practical points.
    Other,
}

/// Information for the person, tied to its source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Info {
    pub topic: Topic,
    pub text: Text,
    pub citation: Citation,
}

/// Known practice that differs from (or fills in) the text: shown as a labelled note, never a rule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PracticeNote {
    pub text: Text,
    pub source: SourceRef,
}

/// How much of the ordinance the source gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Detail {
    /// The full text of the ordinance.
    FullText,
    /// Described rule by rule (thesis § 4.1.1, Tabel 3.1, chapter 5).
    Described,
    /// A row in a summary table only (thesis Bijlage 2).
    Summary,
    /// The law itself, as quoted in the sources.
    Statute,
    /// No ordinance: the checker does not have this municipality's ordinance, and answers from
    /// the statute alone (`ordinance_unknown`). Only the catalogue makes one; no file may say it.
    NotKnown,
}

/// A municipality an ordinance serves.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Municipality {
    /// Lowercase slug of the name: `gemert-bakel`, `berg-en-dal`.
    pub id: String,
    pub name: String,
    /// What has changed since (a merger, for example).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<Text>,
    /// The municipality merged into another: from then on its ordinance holds for the old
    /// area at the longest for the statute's `law.merger` years (Wet arhi art. 28).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merged: Option<Merger>,
    /// The CBS code (`GM0363`) and province, filled in by the catalogue from the list of
    /// municipalities (`data/`); never from a file.
    #[serde(skip)]
    pub cbs_code: Option<u16>,
    #[serde(skip)]
    pub province: Option<String>,
}

/// A merger of a municipality into another (a "herindeling").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Merger {
    /// The day of the merger (ISO 8601): the first day the old municipality no longer exists.
    pub on: String,
    /// The name of the municipality it became part of.
    pub into: String,
    /// The id of that municipality, where this catalogue has its ordinance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub into_id: Option<String>,
}

/// The version of an ordinance, and the days it applies to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Version {
    pub year: u16,
    /// First day this version applies (ISO 8601). Where the source gives no day, `basis` says
    /// what the date rests on.
    pub valid_from: String,
    /// Last day this version applies (ISO 8601), where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<String>,
    /// Date adopted (ISO 8601), where the source gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adopted: Option<String>,
    /// What the dates rest on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<String>,
    /// The ordinance that replaced this version, where the sources know it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaced_by: Option<Replacement>,
}

/// A later ordinance that replaced a version, as far as the sources describe it (it is not
/// bundled: no answer is given from it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Replacement {
    pub title: String,
    /// First day it applies (ISO 8601).
    pub valid_from: String,
    /// What is known of it, in our own words, without numbers the source does not give.
    pub known: Text,
    /// Where its text is published.
    pub url: String,
}

/// The state pension (AOW) age from a calendar year on: `years` and `months`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PensionAgeStep {
    pub from_year: i32,
    pub years: u8,
    #[serde(default)]
    pub months: u8,
}

/// The pension age by year, with where the law sets it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PensionAgeTable {
    pub citation: Citation,
    pub source_text: String,
    pub explanation: Text,
    pub steps: Vec<PensionAgeStep>,
}

/// How long the ordinances of a merged municipality keep their force for its old area, at the
/// longest (Wet algemene regels herindeling art. 28: two years after the merger).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MergerRule {
    pub years: u8,
    pub citation: Citation,
    pub source_text: String,
    pub explanation: Text,
}

/// The law's own numbers, as dated data (the statutory layer only).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Law {
    pub pension_age: PensionAgeTable,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merger: Option<MergerRule>,
}

/// A version of the statute whose rules this checker does not know: for a day it covers, no
/// answer is given from older rules; the person is told what changed and where to read it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulesNotKnown {
    /// The change, by name: "de Participatiewet in balans (Wet van 1 oktober 2025)".
    pub name: Text,
    /// What replaces what, in one sentence for the person.
    pub summary: Text,
    /// The amending act's BWB id (`BWBR0051679`).
    pub act: String,
    /// Where the text as it reads from `valid_from` is published.
    pub url: String,
}

/// One ordinance file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ordinance {
    pub id: String,
    pub title: String,
    pub version: Version,
    pub detail: Detail,
    pub sources: Vec<SourceRef>,
    pub municipalities: Vec<Municipality>,
    /// The bounds of an assignment; absent for the statutory layer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignment: Option<Assignment>,
    #[serde(default)]
    pub rules: Vec<Rule>,
    #[serde(default)]
    pub info: Vec<Info>,
    #[serde(default)]
    pub practice: Vec<PracticeNote>,
    /// Dates the ordinance ties to a decision or an assignment.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub milestones: Vec<Milestone>,
    /// The law's dated numbers; only the statutory layer has them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub law: Option<Law>,
    /// A statute version whose rules are not known to this checker (it then has no rules).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rules_not_known: Option<RulesNotKnown>,
}

/// A municipality of the Netherlands, present (1 January 2026) or former (merged since 2015):
/// one row of `data/gemeenten-2026.csv` or of `data/gemeenten-changes.csv`. Its id is the slug
/// of its name (`places::slug`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub name: String,
    /// The CBS code's number: `GM0363` is 363.
    pub cbs_code: u16,
    /// Index into `Directory::provinces` (a former municipality: its first successor's).
    pub province: u8,
    /// A former municipality: when it merged, and into which present ones.
    pub merged: Option<PlaceMerger>,
}

/// The day a municipality ceased to exist, and the present municipalities its area is part of
/// (more than one where it was split; through a later merger, the present one).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlaceMerger {
    pub on: String,
    pub into: Vec<u16>,
}

/// A name people use for a municipality that is not its official one ("Den Haag").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CommonName {
    pub name: String,
    pub cbs_code: u16,
}

/// Every municipality, present and former, with the names people use for them.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Directory {
    pub provinces: Vec<String>,
    /// Present and former municipalities (a former one has `merged`), in no set order.
    pub places: Vec<Place>,
    pub common_names: Vec<CommonName>,
}

/// Everything bundled at build time: the statutory layer's versions and the ordinances.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bundle {
    /// The statute's versions, oldest first: together they cover every day from the first
    /// one's `valid_from`, without a gap or an overlap (the validator checks it).
    pub statutes: Vec<Ordinance>,
    pub ordinances: Vec<Ordinance>,
    /// Every municipality of the Netherlands (`data/`), bundled or not.
    #[serde(default)]
    pub directory: Directory,
}

impl Ordinance {
    /// Whether this ordinance's rules are known to the checker (`Detail::NotKnown`: the
    /// municipality is served from the statute alone).
    pub fn rules_known(&self) -> bool {
        self.detail != Detail::NotKnown
    }

    /// Every text of the ordinance a person reads, with where it is (`rule mantelzorg`): the
    /// language packs translate each (`i18n::text_key`).
    pub fn texts(&self) -> Vec<(String, &Text)> {
        let mut out: Vec<(String, &Text)> = Vec::new();
        for m in &self.municipalities {
            if let Some(t) = &m.since {
                out.push((format!("municipality {} since", m.id), t));
            }
        }
        if let Some(r) = &self.version.replaced_by {
            out.push(("replaced by".into(), &r.known));
        }
        if let Some(a) = &self.assignment {
            out.push((format!("assignment {}", a.id), &a.explanation));
            if let Some(t) = &a.bounds.renewal {
                out.push((format!("assignment {} renewal", a.id), t));
            }
            for v in &a.variants {
                out.push((format!("variant {}", v.id), &v.explanation));
                if let Some(t) = &v.bounds.renewal {
                    out.push((format!("variant {} renewal", v.id), t));
                }
            }
        }
        for r in &self.rules {
            out.push((format!("rule {}", r.id), &r.explanation));
            if let Some(j) = &r.judgement {
                out.push((format!("rule {} judgement", r.id), &j.question));
                if let Some(t) = &j.ask {
                    out.push((format!("rule {} judgement ask", r.id), t));
                }
            }
        }
        for (i, x) in self.info.iter().enumerate() {
            out.push((format!("info {}", i + 1), &x.text));
        }
        for (i, x) in self.practice.iter().enumerate() {
            out.push((format!("practice {}", i + 1), &x.text));
        }
        for m in &self.milestones {
            out.push((format!("milestone {}", m.id), &m.label));
        }
        if let Some(law) = &self.law {
            out.push(("pension age".into(), &law.pension_age.explanation));
            if let Some(m) = &law.merger {
                out.push(("merger rule".into(), &m.explanation));
            }
        }
        if let Some(n) = &self.rules_not_known {
            out.push(("rules not known name".into(), &n.name));
            out.push(("rules not known summary".into(), &n.summary));
        }
        out
    }
}
