//! The words of the result where this checker does not have the municipality's ordinance
//! (`ordinance_unknown`): what the ordinance decides, what holds whatever it says (each with
//! its source), where to find it and what to ask. No numbers: the ordinance's are not known.

use super::reader::texts;
use crate::flow::state::Lang;

texts! {
pub struct NoOrdinanceTexts {
    pub decides: [&'static str; 4],
    /// "Ga naar … Zoek op ‘tegenprestatie’ en ‘{name}’."
    pub find_steps: [&'static str; 2],
    pub ask: [&'static str; 3],
}
/// Its plain texts, read by one loop (reached as `NoOrdinanceTexts`'s own fields).
words NoOrdinanceWords {
    pub decides_title: &'static str,
    pub holds_title: &'static str,
    /// Art. 9 lid 1 onderdeel c (or the IOAW/IOAZ's art. 37): the source is the ground's.
    pub holds_law: &'static str,
    /// The explanatory memorandum, as the thesis reports it.
    pub holds_memorandum: &'static str,
    pub memorandum_source: &'static str,
    /// Awb art. 6:7 and 6:8.
    pub holds_objection: &'static str,
    /// Pw art. 18 lid 2: the source is the statute's own note on it.
    pub holds_non_compliance: &'static str,
    /// The district court's view of 2013.
    pub holds_court: &'static str,
    pub source: &'static str,
    pub find_title: &'static str,
    pub register_link: &'static str,
    pub ask_title: &'static str,
}
}

/// The official register of local regulations.
pub const REGISTER_URL: &str = "https://lokaleregelgeving.overheid.nl/";

pub fn no_ordinance_texts(lang: Lang) -> &'static NoOrdinanceTexts {
    &super::t(lang).no_ordinance
}
