//! The words about the day of the check and the law on that day: the visible reference day,
//! the law change of 1 January 2027, past rules, 2026's tolerance, and rules that ended (a
//! replaced or merged municipality's). The check, the desk and the widget share them.

use crate::date::Date;
use crate::flow::state::Lang;

pub struct DayTexts {
    pub months: [&'static str; 12],
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
    pub law_changed_steps: [&'static str; 2],
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

pub const NL: DayTexts = DayTexts {
    months: [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
        "september", "oktober", "november", "december",
    ],
    check_is_for: "De check is voor {date}.",
    change_day: "Wijzig datum",
    day_label: "Datum van de check",
    day_hint: "Schrijf de datum als 31-12-2026. Kies een andere dag als u wilt weten wat toen gold.",
    use_day: "Gebruik deze datum",
    back_to_today: "Terug naar vandaag",
    cancel: "Annuleer",
    day_invalid: "Dit is geen datum. Schrijf de datum als 31-12-2026.",
    law_changed_title: "De regels zijn veranderd",
    law_changed_unknown: "Deze check weet nog niet wat uw gemeente u onder de nieuwe regels vraagt. Daarom geeft hij voor {date} geen uitkomst.",
    what_to_do: "Wat kunt u doen?",
    law_changed_steps: [
        "Vraag uw klantmanager wat de nieuwe regels voor u betekenen.",
        "Zoek de nieuwe regels van uw gemeente op lokaleregelgeving.overheid.nl. Zoek op \"participatie\" en de naam van uw gemeente.",
    ],
    law_text_link: "De nieuwe tekst van de wet (wetten.overheid.nl)",
    see_past_rules: "Bekijk de regels zoals ze waren op {date}",
    see_past_rules_hint: "Bijvoorbeeld als u een besluit uit 2026 wilt nalezen.",
    past_rules_banner: "U bekijkt oude regels: zoals ze waren op {date}. Die gelden nu niet meer.",
    past_rules_objection: "Maakt u bezwaar tegen een besluit uit 2026? Welke regels dan gelden, hangt af van overgangsrecht. Dat kent deze check niet.",
    tolerance: "Het ministerie laat gemeenten in 2026 al werken met de nieuwe regels voor maatschappelijke participatie, maar de verordening blijft de regel: vraag uw klantmanager hoe uw gemeente het doet.",
    tolerance_source: "Bron: gemeente.nu over de invoering van de Participatiewet in balans",
    merged_ended: "{name} hoort sinds {on} bij {into}. De regels van {name} golden daarna nog hoogstens 2 jaar, tot en met {until}. Voor {date} geeft deze check daarom geen uitkomst uit die regels.",
    check_successor: "Doe de check voor {into}",
    successor_unknown: "Deze check heeft de regels van {into} niet. Vraag uw klantmanager welke regels gelden.",
    merged_within: "{name} hoort sinds {on} bij {into}. Deze uitkomst komt uit de oude regels van {name}. Die gelden hoogstens tot en met {until}. {into} kan ze al eerder hebben vervangen.",
    ordinance_ended: "De regels van {name} uit {year} golden tot en met {to}. Daarna zijn ze vervangen. Voor {date} geeft deze check daarom geen uitkomst uit die regels.",
    replaced_by: "Daarna gold de {title}, vanaf {from}.",
    replaced_by_link: "Lees die regels op lokaleregelgeving.overheid.nl",
    now_part_of: "Sinds {on} hoort {name} bij {into}. Deze check heeft de regels van {into} niet.",
    until: " tot en met {date}",
    ended_title: "Deze regels gelden niet meer",
    other_day: "Kies een andere datum",
    choose_municipality: "Kies een andere gemeente",
    after_change_mark: "na 1 januari 2027: de wet verandert; het overgangsrecht kent deze check niet",
};

pub const EN: DayTexts = DayTexts {
    months: [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ],
    check_is_for: "The check is for {date}.",
    change_day: "Change date",
    day_label: "Date of the check",
    day_hint: "Write the date as 31-12-2026. Choose another day if you want to know what applied then.",
    use_day: "Use this date",
    back_to_today: "Back to today",
    cancel: "Cancel",
    day_invalid: "This is not a date. Write the date as 31-12-2026.",
    law_changed_title: "The rules have changed",
    law_changed_unknown: "This check does not know yet what your municipality asks of you under the new rules. So it gives no outcome for {date}.",
    what_to_do: "What can you do?",
    law_changed_steps: [
        "Ask your klantmanager (caseworker) what the new rules mean for you.",
        "Look up your municipality's new rules on lokaleregelgeving.overheid.nl. Search for \"participatie\" and the name of your municipality.",
    ],
    law_text_link: "The new text of the law (wetten.overheid.nl, in Dutch)",
    see_past_rules: "See the rules as they were on {date}",
    see_past_rules_hint: "For example if you want to look back at a decision from 2026.",
    past_rules_banner: "You are looking at old rules: as they were on {date}. They no longer apply.",
    past_rules_objection: "Are you objecting (bezwaar) to a decision from 2026? Which rules apply then depends on transitional law (overgangsrecht). This check does not know it.",
    tolerance: "In 2026 the ministry lets municipalities already work with the new rules for maatschappelijke participatie (social participation), but the ordinance remains the rule: ask your klantmanager how your municipality does it.",
    tolerance_source: "Source: gemeente.nu on the introduction of the Participatiewet in balans (in Dutch)",
    merged_ended: "{name} has been part of {into} since {on}. The rules of {name} held for at most 2 more years, until {until}. So for {date} this check gives no outcome from those rules.",
    check_successor: "Do the check for {into}",
    successor_unknown: "This check does not have the rules of {into}. Ask your klantmanager which rules apply.",
    merged_within: "{name} has been part of {into} since {on}. This outcome comes from the old rules of {name}. They hold until {until} at the latest. {into} may have replaced them sooner.",
    ordinance_ended: "The rules of {name} from {year} held until {to}. Then they were replaced. So for {date} this check gives no outcome from those rules.",
    replaced_by: "After that the {title} applied, from {from}.",
    replaced_by_link: "Read those rules on lokaleregelgeving.overheid.nl (in Dutch)",
    now_part_of: "Since {on}, {name} has been part of {into}. This check does not have the rules of {into}.",
    until: " until {date}",
    ended_title: "These rules no longer apply",
    other_day: "Choose another date",
    choose_municipality: "Choose another municipality",
    after_change_mark: "after 1 January 2027: the law changes; this check does not know the transitional rules",
};

/// The source of 2026's tolerance (the ministry's phasing, as reported).
pub const TOLERANCE_SOURCE_URL: &str = "https://www.gemeente.nu/sociaal/bijstand/belangrijkste-wijzigingen-en-implementatie-participatiewet-in-balans/";

pub fn day_texts(lang: Lang) -> &'static DayTexts {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

/// "1 december 2026" / "1 December 2026": the day as the municipality's letters write it.
pub fn long_date(lang: Lang, date: Date) -> String {
    let (y, m, d) = date.ymd();
    let month = day_texts(lang).months[(m as usize).clamp(1, 12) - 1];
    format!("{d} {month} {y}")
}
