//! Every text the recipient's check shows, read once per language from its language files
//! (`locales/<lang>/*.ftl`, see `languages.rs`) into a `Catalogue`. Components take their words
//! from here and nowhere else. The desk's, the workbench's and the letters' words are still
//! Rust constants in Dutch and English (`desk.rs`, `workbench.rs`, `rule_builder.rs`,
//! `letters.rs`).

pub mod day;
pub mod desk;
pub mod languages;
pub mod letters;
pub mod no_ordinance;
pub(crate) mod reader;
pub mod rule_builder;
mod tables;
pub mod workbench;

pub use languages::LanguageWords;
use reader::texts;
pub use reader::Counted;
pub use tables::Tables;

use super::questions::Field;
use super::state::{Lang, Problem};
use crate::decision::CitationWords;
use crate::facts::{Fact, Unit};

/// The words of one question page.
pub struct QuestionText {
    /// The question, used as the page heading.
    pub title: &'static str,
    pub hint: Option<&'static str>,
    /// "Wat betekent dit?": a short explanation of the term.
    pub help: Option<&'static str>,
}

texts! {
/// One language's texts for the recipient's check (`locales/<lang>/check.ftl`), read once.
pub struct Catalogue {
    pub intro: &'static [&'static str],
    pub bounds: BoundsWords,
    pub citation: CitationWords,
    pub language: LanguageWords,
    pub day: day::DayTexts,
    pub no_ordinance: no_ordinance::NoOrdinanceTexts,
    /// The words chosen by an outcome, a question, a field …: read through the methods below.
    pub tables: Tables,
}
/// Its plain texts, read by one loop (reached as `Catalogue`'s own fields).
words CatalogueWords {
    /// The label of the button that switches to the other language, in that language.
    pub other_lang_button: &'static str,
    pub app_title: &'static str,
    /// "Stap {n} van {total}"
    pub step_of: &'static str,
    pub next: &'static str,
    pub back: &'static str,
    pub to_result: &'static str,
    pub clear: &'static str,
    pub cleared: &'static str,
    pub what_does_this_mean: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub unknown: &'static str,
    pub error_summary_title: &'static str,
    pub error_prefix: &'static str,
    pub search_label: &'static str,
    pub search_hint: &'static str,
    /// A municipality whose ordinance this checker does not have, in the search's list.
    pub no_ordinance_meta: &'static str,
    /// Found by a name people use: "Ook wel: {name}".
    pub via_common: &'static str,
    /// Found by a former municipality's name: "{former} hoort nu bij deze gemeente".
    pub via_former: &'static str,
    pub none_found: &'static str,
    pub ordinance_label: &'static str,
    pub merged_note: &'static str,
    pub review_title: &'static str,
    pub review_intro: &'static str,
    pub change: &'static str,
    pub not_answered: &'static str,
    pub result_title: &'static str,
    /// "Rotterdam, 15 juni 2026": the municipality and the day the outcome is for (one line
    /// on a phone, above the headline).
    pub result_for: &'static str,
    pub college_decides_intro: &'static str,
    /// The rows of an if-then table whose judgement has no short question.
    pub if_it_holds: &'static str,
    pub if_it_does_not: &'static str,
    /// In a list of judgements: "no" leads on to question {n}.
    pub see_next: &'static str,
    /// Under the headline when the ordinance sets no maximum number of hours.
    pub no_maximum: &'static str,
    /// The same, in a row of an if-then table.
    pub no_maximum_short: &'static str,
    /// "Regels vanaf {from}{to}. …": from when the rules hold, until when if known, and that
    /// later changes may exist.
    pub rules_from: &'static str,
    pub why_title: &'static str,
    pub rules_title: &'static str,
    pub next_steps_sources: &'static str,
    pub sources_title: &'static str,
    pub next_steps_title: &'static str,
    pub practice_title: &'static str,
    pub practice_label: &'static str,
    pub version_label: &'static str,
    pub in_force_label: &'static str,
    pub detail_label: &'static str,
    pub print: &'static str,
    pub share_label: &'static str,
    pub share: &'static str,
    pub share_done: &'static str,
    pub share_failed: &'static str,
    pub share_hint: &'static str,
    pub change_answers: &'static str,
    /// The offer of a letter on the result; the letters are their own module.
    pub letter_offer_heading: &'static str,
    pub letter_offer_button: &'static str,
    pub letter_offer_intro: &'static str,
    pub letter_offer_loading: &'static str,
    pub letter_offer_failed: &'static str,
    /// What every outcome says of itself (Dutch and English: `contract::disclaimer`).
    pub disclaimer: &'static str,
    pub privacy: &'static str,
    /// The privacy sentence when the check is part of another site's page.
    pub privacy_embedded: &'static str,
    /// The host page's ordinance file could not be fetched.
    pub ordinance_unreachable: &'static str,
    /// The host page's ordinance file is not a valid ordinance.
    pub ordinance_invalid: &'static str,
    /// The host page asked for a municipality this check does not know.
    pub municipality_unknown: &'static str,
    /// The standalone page's link to the caseworker desk.
    pub for_caseworkers: &'static str,
    pub for_municipalities: &'static str,
    pub remember: &'static str,
    pub remember_hint: &'static str,
    /// After a search without a match: "Er is geen gemeente met de naam ‘{query}’. …"
    pub no_match_next: &'static str,
    /// On the municipality step, once a merged municipality is chosen: "{name}: {note} …"
    pub merged_warning: &'static str,
    /// The same, for a former municipality whose rules this checker does not have.
    pub merged_warning_no_rules: &'static str,
    pub hours_unit: &'static str,
    pub months_unit: &'static str,
    pub years_unit: &'static str,
    /// The label of the language menu.
    pub language_label: &'static str,
    pub language_loading: &'static str,
    /// The chosen municipality's rules, on their way ("… worden geladen …") or not to be had.
    pub rules_loading: &'static str,
    pub rules_failed_title: &'static str,
    pub rules_failed: &'static str,
    pub rules_retry: &'static str,
    /// The button that reads a page aloud, and the one that stops it.
    pub read_aloud: &'static str,
    pub read_aloud_stop: &'static str,
}
}

texts! {
/// The words to describe hours and duration.
pub struct BoundsWords {
    /// The units, each in the form for the number before it.
    pub hours_a_week: Counted,
    pub months: Counted,
    pub weeks: Counted,
    pub total_hours: Counted,
    /// "2 keer": chosen by the number too (Arabic "مرتين").
    pub times: Counted,
}
/// Its plain texts, read by one loop (reached as `BoundsWords`'s own fields).
words BoundsTexts {
    /// The decimal separator: "7,5" in Dutch, "7.5" in English.
    pub decimal: &'static str,
    /// Between the parts: ", " (Arabic "، ").
    pub separator: &'static str,
    pub from_to: &'static str,
    pub at_least: &'static str,
    pub at_most: &'static str,
    pub average: &'static str,
    pub per_year: &'static str,
    pub or_less: &'static str,
    pub no_end: &'static str,
    pub according_to_ability: &'static str,
}
}

/// The catalogue for a language: Dutch always; another language once its pack is loaded (built
/// in for English outside the recipient's app), Dutch until then.
pub fn t(lang: Lang) -> &'static Catalogue {
    if lang == Lang::En {
        if let Some(c) = languages::english() {
            return c;
        }
    }
    languages::loaded(lang.code()).unwrap_or_else(languages::dutch)
}

/// Fills `{n}`, `{total}`, `{name}` and similar placeholders.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_string(), |text, (key, value)| {
            text.replace(&format!("{{{key}}}"), value)
        })
}

/// The text of an ordinance's field (an explanation, say) in a language: the Dutch as written;
/// the English as written where the module has it; else the language pack's translation of the
/// Dutch words (`locales/<lang>/ordinances.ftl`), or the Dutch, which is leading, without one.
pub fn pick(lang: Lang, text: &crate::model::Text) -> &str {
    if lang.is_dutch() {
        return &text.nl;
    }
    if lang == Lang::En && !text.en.is_empty() {
        return &text.en;
    }
    languages::loaded(lang.code())
        .and_then(|c| c.ordinance_text(&text.nl))
        .unwrap_or(&text.nl)
}

/// "Vraag 2 van ongeveer 7" in a language.
pub fn step_text(lang: Lang, n: usize, total: usize) -> String {
    fill(
        t(lang).step_of,
        &[("n", &n.to_string()), ("total", &total.to_string())],
    )
}

/// The unit shown after a number field: years, months or hours a week.
pub fn unit(lang: Lang, field: Field) -> &'static str {
    let c = t(lang);
    match field.unit() {
        Unit::Years => c.years_unit,
        Unit::Months => c.months_unit,
        Unit::HoursPerWeek => c.hours_unit,
        Unit::None => "",
    }
}

/// The input errors the check can show, independent of language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Message {
    ChooseMunicipality,
    FillInAge,
    FillInHours,
    FillInMonths,
    ChooseBenefit,
    ChooseAnswer,
    AgeInDigits,
    FillInNumber,
    WholeNumber,
    AgeRange,
    HoursRange,
    MonthsRange,
    UnknownMunicipality,
    UnknownOption,
}

impl Message {
    pub const ALL: [Message; 14] = [
        Message::ChooseMunicipality,
        Message::FillInAge,
        Message::FillInHours,
        Message::FillInMonths,
        Message::ChooseBenefit,
        Message::ChooseAnswer,
        Message::AgeInDigits,
        Message::FillInNumber,
        Message::WholeNumber,
        Message::AgeRange,
        Message::HoursRange,
        Message::MonthsRange,
        Message::UnknownMunicipality,
        Message::UnknownOption,
    ];

    /// Its name in the language files: `error-<key>`.
    pub fn key(self) -> &'static str {
        match self {
            Message::ChooseMunicipality => "choose-municipality",
            Message::FillInAge => "fill-in-age",
            Message::FillInHours => "fill-in-hours",
            Message::FillInMonths => "fill-in-months",
            Message::ChooseBenefit => "choose-benefit",
            Message::ChooseAnswer => "choose-answer",
            Message::AgeInDigits => "age-in-digits",
            Message::FillInNumber => "fill-in-number",
            Message::WholeNumber => "whole-number",
            Message::AgeRange => "age-range",
            Message::HoursRange => "hours-range",
            Message::MonthsRange => "months-range",
            Message::UnknownMunicipality => "unknown-municipality",
            Message::UnknownOption => "unknown-option",
        }
    }
}

/// Which message a problem with a field gets.
pub fn message_for(field: Field, problem: Problem) -> Message {
    let hours = field.unit() == Unit::HoursPerWeek;
    let months = field.unit() == Unit::Months;
    match problem {
        Problem::Missing if field == Field::Municipality => Message::ChooseMunicipality,
        Problem::Missing if field == Field::Fact(Fact::Age) => Message::FillInAge,
        Problem::Missing if hours => Message::FillInHours,
        Problem::Missing if months => Message::FillInMonths,
        Problem::Missing if field == Field::Fact(Fact::Benefit) => Message::ChooseBenefit,
        Problem::Missing => Message::ChooseAnswer,
        Problem::NotANumber if field == Field::Fact(Fact::Age) => Message::AgeInDigits,
        Problem::NotANumber => Message::FillInNumber,
        Problem::NotWhole => Message::WholeNumber,
        Problem::OutOfRange { .. } if field == Field::Fact(Fact::Age) => Message::AgeRange,
        Problem::OutOfRange { .. } if hours => Message::HoursRange,
        Problem::OutOfRange { .. } => Message::MonthsRange,
        Problem::UnknownOption if field == Field::Municipality => Message::UnknownMunicipality,
        Problem::UnknownOption => Message::UnknownOption,
    }
}

/// The error text for a problem with a field, in a language.
pub fn problem_text(lang: Lang, field: Field, problem: Problem) -> &'static str {
    t(lang).message(message_for(field, problem))
}
