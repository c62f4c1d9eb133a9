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
    law_changed_title: "Nieuwe regels vanaf 2027",
    law_changed_unknown: "Deze check kent de nieuwe regels nog niet. Wat er op {date} voor u geldt, kan de check dus niet zeggen.",
    what_to_do: "Wat kunt u doen?",
    law_changed_steps: [
        "Vraag uw klantmanager wat de nieuwe regels voor u betekenen.",
        "Kijk op lokaleregelgeving.overheid.nl of uw gemeente nieuwe regels heeft. Zoek op \"participatie\" en de naam van uw gemeente.",
    ],
    law_text_link: "De Participatiewet vanaf 1 januari 2027 (wetten.overheid.nl)",
    see_past_rules: "Bekijk de regels zoals ze waren op {date}",
    see_past_rules_hint: "Bijvoorbeeld als u in 2026 een besluit kreeg en wilt weten welke regels toen golden.",
    past_rules_banner: "U bekijkt oude regels, zoals ze waren op {date}. Sinds 1 januari 2027 gelden nieuwe regels.",
    past_rules_objection: "Loopt uw tegenprestatie uit 2026 door in 2027? Of maakt u bezwaar tegen een besluit uit 2026? Dan kan het overgangsrecht bepalen welke regels gelden. Dat zijn regels voor de overgang naar de nieuwe wet. Deze check kent het overgangsrecht niet. Vraag het uw klantmanager.",
    tolerance: "Het ministerie vindt het goed dat gemeenten in 2026 al werken met de nieuwe regels voor maatschappelijke participatie, maar volgens de wet geldt in 2026 nog de verordening van uw gemeente: vraag uw klantmanager met welke regels uw gemeente werkt.",
    tolerance_source: "Bron: nieuwsbericht op gemeente.nu over de invoering van de Participatiewet in balans",
    merged_ended: "{name} hoort sinds {on} bij {into}. De regels van {name} golden daarna nog hoogstens 2 jaar: uiterlijk tot en met {until}. Op {date} gelden ze dus niet meer.",
    check_successor: "Doe de check voor {into}",
    successor_unknown: "Deze check heeft de regels van {into} niet. Vraag uw klantmanager welke regels gelden.",
    merged_within: "{name} hoort sinds {on} bij {into}. Deze uitkomst komt uit de oude regels van {name}. Die gelden uiterlijk tot en met {until}. {into} kan ze al eerder hebben afgeschaft of vervangen. Vraag uw klantmanager welke regels gelden.",
    ordinance_ended: "De regels van {name} uit {year} golden uiterlijk tot en met {to}. Daarna zijn ze vervangen. Op {date} gelden ze dus niet meer.",
    replaced_by: "Vanaf {from} golden nieuwe regels: de {title}.",
    replaced_by_link: "Lees die regels op lokaleregelgeving.overheid.nl",
    now_part_of: "Sinds {on} hoort {name} bij {into}. Deze check heeft de regels van {into} niet. Vraag uw klantmanager welke regels gelden.",
    until: " tot en met {date}",
    ended_title: "Deze regels gelden niet meer",
    other_day: "Kies een andere datum",
    choose_municipality: "Kies een andere gemeente",
    after_change_mark: "vanaf 1 januari 2027: nieuwe wet; het overgangsrecht kent deze check niet",
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
    law_changed_title: "New rules from 2027",
    law_changed_unknown: "This check does not know the new rules yet. So it cannot tell you what applies to you on {date}.",
    what_to_do: "What can you do?",
    law_changed_steps: [
        "Ask your klantmanager (caseworker) what the new rules mean for you.",
        "Check on lokaleregelgeving.overheid.nl whether your municipality has new rules. Search for \"participatie\" and the name of your municipality.",
    ],
    law_text_link: "The Participatiewet from 1 January 2027 (wetten.overheid.nl, in Dutch)",
    see_past_rules: "See the rules as they were on {date}",
    see_past_rules_hint: "For example if you got a decision in 2026 and want to know which rules applied then.",
    past_rules_banner: "You are looking at old rules, as they were on {date}. New rules have applied since 1 January 2027.",
    past_rules_objection: "Does your tegenprestatie from 2026 continue into 2027? Or are you objecting (bezwaar) to a decision from 2026? Then the transitional law (overgangsrecht) may decide which rules apply. Those are the rules for the move to the new law. This check does not know the overgangsrecht. Ask your klantmanager.",
    tolerance: "In 2026 the ministry accepts that municipalities already work with the new rules for maatschappelijke participatie (social participation), but by law your municipality's ordinance (verordening) still applies in 2026: ask your klantmanager which rules your municipality works with.",
    tolerance_source: "Source: gemeente.nu on the introduction of the Participatiewet in balans (in Dutch)",
    merged_ended: "{name} has been part of {into} since {on}. The rules of {name} held for at most 2 more years: up to and including {until} at the latest. So they do not apply on {date}.",
    check_successor: "Do the check for {into}",
    successor_unknown: "This check does not have the rules of {into}. Ask your klantmanager which rules apply.",
    merged_within: "{name} has been part of {into} since {on}. This outcome comes from the old rules of {name}. They hold up to and including {until} at the latest. {into} may have ended or replaced them earlier. Ask your klantmanager which rules apply.",
    ordinance_ended: "The rules of {name} from {year} held up to and including {to} at the latest. Then they were replaced. So they do not apply on {date}.",
    replaced_by: "From {from} new rules applied: the {title}.",
    replaced_by_link: "Read those rules on lokaleregelgeving.overheid.nl (in Dutch)",
    now_part_of: "Since {on}, {name} has been part of {into}. This check does not have the rules of {into}. Ask your klantmanager which rules apply.",
    until: " up to and including {date}",
    ended_title: "These rules no longer apply",
    other_day: "Choose another date",
    choose_municipality: "Choose another municipality",
    after_change_mark: "from 1 January 2027: new law; this check does not know the transitional law (overgangsrecht)",
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
