//! The engine's output: a status, the bounds that apply, and the rules behind it.

use crate::law::PensionCheck;
use crate::model::{Bounds, Citation, Municipality, Ordinance, Rule, Text};

/// The answer to "does the tegenprestatie apply to me?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    /// The duty does not reach this person at all.
    NotApplicable,
    /// The duty applies in principle, but an exemption takes it away.
    Exempt,
    /// What the person already does counts as doing the tegenprestatie.
    Fulfilled,
    /// The college can assign a tegenprestatie within the ordinance's bounds.
    Obligated,
    /// The outcome depends on a judgement the college makes case by case.
    Discretionary,
    /// The law lets the municipality assign a tegenprestatie, and this checker does not have
    /// its ordinance: what it asks, if anything, is not known here.
    OrdinanceUnknown,
}

impl Status {
    pub const ALL: [Status; 6] = [
        Status::NotApplicable,
        Status::Exempt,
        Status::Fulfilled,
        Status::Obligated,
        Status::Discretionary,
        Status::OrdinanceUnknown,
    ];

    /// The contract's name for it.
    pub fn key(self) -> &'static str {
        match self {
            Status::NotApplicable => "not_applicable",
            Status::Exempt => "exempt",
            Status::Fulfilled => "fulfilled",
            Status::Obligated => "obligated",
            Status::Discretionary => "discretionary",
            Status::OrdinanceUnknown => "ordinance_unknown",
        }
    }
}

/// Where a rule comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layer {
    /// The law, the same everywhere.
    Statute,
    /// The municipality's ordinance.
    Ordinance,
}

/// Whether a fired rule settles its effect, or leaves it to the college's judgement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Definite,
    CollegeDecides,
}

/// A rule that fired for these answers.
#[derive(Debug, Clone, PartialEq)]
pub struct Ground<'a> {
    pub layer: Layer,
    pub rule: &'a Rule,
    pub outcome: Outcome,
}

/// One judgement of the college ("is the care necessary?") and the outcome of each answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Branch<'a> {
    pub question: &'a Text,
    /// The judgement as a short yes/no question, where the ordinance gives one.
    pub ask: Option<&'a Text>,
    /// The rules the judgement settles.
    pub rules: Vec<&'a Rule>,
    /// If the college judges in the person's favour: the rules hold.
    pub if_yes: BranchOutcome<'a>,
    /// If it does not: the rules do not apply.
    pub if_no: BranchOutcome<'a>,
}

/// The outcome on one side of a judgement (other judgements, if any, still open).
#[derive(Debug, Clone, PartialEq)]
pub struct BranchOutcome<'a> {
    pub status: Status,
    pub bounds: Option<(&'a Bounds, &'a str)>,
    pub grounds: Vec<Ground<'a>>,
}

/// The decision for one person in one municipality.
#[derive(Debug, Clone, PartialEq)]
pub struct Decision<'a> {
    pub status: Status,
    /// The bounds of an assignment and the id of the part of the ordinance that sets them
    /// (only for `Obligated` and `Discretionary`).
    pub bounds: Option<(&'a Bounds, &'a str)>,
    /// The rules that decided the status.
    pub grounds: Vec<Ground<'a>>,
    /// Every rule that fired, in order: the law first, then the ordinance.
    pub trace: Vec<Ground<'a>>,
    /// For `Discretionary`: each judgement of the college and what follows from yes and no.
    pub branches: Vec<Branch<'a>>,
    /// What the law's pension (AOW) table says for this person on the reference day.
    pub pension: PensionCheck,
    pub statute: &'a Ordinance,
    pub ordinance: &'a Ordinance,
    pub municipality: &'a Municipality,
}

impl Decision<'_> {
    /// The questions the college decides on, for a `Discretionary` outcome.
    pub fn judgements(&self) -> impl Iterator<Item = &Text> {
        self.grounds
            .iter()
            .filter(|g| g.outcome == Outcome::CollegeDecides)
            .filter_map(|g| g.rule.judgement.as_ref().map(|j| &j.question))
    }
}

/// The words of a citation in one language.
pub struct CitationWords {
    pub artikel: &'static str,
    pub lid: &'static str,
    pub onderdeel: &'static str,
    /// Said when an ordinance's rule has no article number because the source does not give it.
    pub no_article: &'static str,
}

/// Citations as Dutch law writes them; the JSON contract uses these.
pub const DUTCH_CITATION: CitationWords = CitationWords {
    artikel: "artikel",
    lid: "lid",
    onderdeel: "onderdeel",
    no_article: "artikelnummer niet in de bron",
};

/// A citation as people read it: "Participatiewet, artikel 9, lid 5".
pub fn citation_label(citation: &Citation, ordinance_title: &str) -> String {
    citation_label_in(citation, ordinance_title, &DUTCH_CITATION)
}

/// A citation in the given words: "Participatiewet, article 9, paragraph 5".
pub fn citation_label_in(
    citation: &Citation,
    ordinance_title: &str,
    words: &CitationWords,
) -> String {
    let mut label = citation
        .instrument
        .clone()
        .unwrap_or_else(|| ordinance_title.to_string());
    match &citation.artikel {
        Some(artikel) => {
            for (word, part) in [
                (words.artikel, Some(artikel)),
                (words.lid, citation.lid.as_ref()),
                (words.onderdeel, citation.onderdeel.as_ref()),
            ] {
                if let Some(part) = part {
                    label.push_str(", ");
                    label.push_str(word);
                    label.push(' ');
                    label.push_str(part);
                }
            }
        }
        // Only an ordinance's own rule lacks an article because the source does not give it.
        None if citation.instrument.is_none() && !words.no_article.is_empty() => {
            label.push_str(" (");
            label.push_str(words.no_article);
            label.push(')');
        }
        None => {}
    }
    label
}
