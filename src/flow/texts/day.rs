//! The words about the day of the check and the law on that day: the visible reference day,
//! the law change of 1 January 2027, past rules, 2026's tolerance, and rules that ended (a
//! replaced or merged municipality's). The check, the desk and the widget share them.

use super::reader::texts;
use crate::date::Date;
use crate::flow::state::Lang;

texts! {
pub struct DayTexts {
    pub months: [&'static str; 12],
    pub law_changed_steps: [&'static str; 2],
}
/// Its plain texts, read by one loop (reached as `DayTexts`'s own fields).
words DayWords {
    /// "De check is voor {date}."
    pub check_is_for: &'static str,
    pub change_day: &'static str,
    pub day_label: &'static str,
    pub day_hint: &'static str,
    pub use_day: &'static str,
    pub back_to_today: &'static str,
    pub cancel: &'static str,
    pub day_invalid: &'static str,
    pub law_changed_title: &'static str,
    /// "Deze check weet nog niet …"
    pub law_changed_unknown: &'static str,
    pub what_to_do: &'static str,
    /// "De nieuwe wettekst: {name}" (a link).
    pub law_text_link: &'static str,
    /// "Bekijk de regels zoals ze waren op {date}"
    pub see_past_rules: &'static str,
    pub see_past_rules_hint: &'static str,
    /// The banner on every screen while the person looks at past rules.
    pub past_rules_banner: &'static str,
    pub past_rules_objection: &'static str,
    pub tolerance: &'static str,
    pub tolerance_source: &'static str,
    /// "{name} hoort sinds {on} bij {into}. …" (the two years after a merger have passed).
    pub merged_ended: &'static str,
    /// Where the successor's ordinance is bundled: "Doe de check voor {into}".
    pub check_successor: &'static str,
    /// Where it is not: "Deze check heeft de regels van {into} niet."
    pub successor_unknown: &'static str,
    /// An answer within the two years after a merger.
    pub merged_within: &'static str,
    /// "De regels van {name} uit {year} golden tot en met {to}. …"
    pub ordinance_ended: &'static str,
    /// "Daarna gold: {title}, vanaf {from}."
    pub replaced_by: &'static str,
    pub replaced_by_link: &'static str,
    /// Since the merger date, for an ordinance that had ended before it.
    pub now_part_of: &'static str,
    /// After "geldig vanaf {from}": " tot en met {date}".
    pub until: &'static str,
    pub ended_title: &'static str,
    pub other_day: &'static str,
    pub choose_municipality: &'static str,
    /// The desk's mark on an assignment date after the law changed.
    pub after_change_mark: &'static str,
}
}

/// The source of 2026's tolerance (the ministry's phasing, as reported).
pub const TOLERANCE_SOURCE_URL: &str = "https://www.gemeente.nu/sociaal/bijstand/belangrijkste-wijzigingen-en-implementatie-participatiewet-in-balans/";

pub fn day_texts(lang: Lang) -> &'static DayTexts {
    &super::t(lang).day
}

/// "1 december 2026" / "1 December 2026": the day as the municipality's letters write it.
pub fn long_date(lang: Lang, date: Date) -> String {
    let (y, m, d) = date.ymd();
    let month = day_texts(lang).months[(m as usize).clamp(1, 12) - 1];
    format!("{d} {month} {y}")
}
