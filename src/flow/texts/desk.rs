//! The caseworker desk's own words, Dutch (B1, "u" to the caseworker) and English. The
//! questions, options and outcome headlines come from the guided check's catalogues; only
//! what the desk adds is here, so the recipient's app carries none of it.

use crate::flow::desk::{Group, Moot};
use crate::flow::intake::IntakeError;
use crate::flow::questions::{Gate, Question};
use crate::flow::state::Lang;
use crate::model::Due;

pub struct DeskTexts {
    pub title: &'static str,
    pub intro: &'static str,
    pub to_citizen: &'static str,
    pub municipalities_title: &'static str,
    pub choose: &'static str,
    pub search: &'static str,
    /// "{n} gemeenten passen"
    pub search_count: &'static str,
    /// Beside a municipality whose ordinance this checker does not have.
    pub law_only: &'static str,
    pub add: &'static str,
    /// "Verwijder {name}"
    pub remove: &'static str,
    pub full: &'static str,
    pub none_chosen: &'static str,
    pub dates_title: &'static str,
    pub reference: &'static str,
    pub birth: &'static str,
    pub start: &'static str,
    pub date_hint: &'static str,
    pub bad_date: &'static str,
    pub birth_after: &'static str,
    pub age_from_birth: &'static str,
    pub questions_title: &'static str,
    pub group: fn(Group) -> &'static str,
    pub moot: fn(Moot) -> &'static str,
    /// "Alleen voor {names}"
    pub only_for: &'static str,
    pub outcome_title: &'static str,
    /// "{n} vragen nog open: de uitkomst kan nog veranderen."
    pub open_many: &'static str,
    pub open_one: &'static str,
    pub needs_age: &'static str,
    /// "Deze regels gelden niet op {date}."
    pub not_in_force: &'static str,
    /// After the law change's own sentence: "{date}" the desk's day, "{past}" the last day of
    /// the old rules.
    pub law_changed: &'static str,
    /// Above the columns when the intake's date is before the law change and today is after.
    pub past_rules: &'static str,
    pub differs: &'static str,
    pub changed: &'static str,
    pub grounds_title: &'static str,
    pub college_title: &'static str,
    pub next_title: &'static str,
    pub practice_title: &'static str,
    pub dates_in_column: &'static str,
    pub due: fn(Due) -> &'static str,
    pub end: &'static str,
    /// "Met verlenging ({times} keer, hoogstens {months} maanden)"
    pub extended_end: &'static str,
    pub permanent: &'static str,
    pub no_duration: &'static str,
    pub needs_start: &'static str,
    /// "{title}, versie {year}, geldt vanaf {from}. Bron: {detail}."
    pub version: &'static str,
    pub print: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub text_label: &'static str,
    pub save: &'static str,
    pub saved: &'static str,
    /// "Niet bewaard: verbeter eerst {n} antwoord(en)."
    pub save_blocked: &'static str,
    pub open: &'static str,
    pub opened: &'static str,
    pub new: &'static str,
    pub cleared: &'static str,
    pub note: &'static str,
    pub note_hint: &'static str,
    pub record_title: &'static str,
    pub record_date: &'static str,
    pub record_answers: &'static str,
    pub record_note: &'static str,
    pub not_answered: &'static str,
    /// "Uitkomst voor {name}"
    pub record_outcome: &'static str,
    pub intake_error: fn(&IntakeError) -> String,
}

fn nl_group(g: Group) -> &'static str {
    match g {
        Group::Person => "Persoon en uitkering",
        Group::Care => "Mantelzorg",
        Group::Volunteering => "Vrijwilligerswerk",
        Group::Activation => "Re-integratie en activering",
        Group::Work => "Werk",
        Group::Health => "Gezondheid",
        Group::TargetGroup => "Doelgroep",
    }
}

fn nl_moot(m: Moot) -> &'static str {
    match m {
        Moot::GateClosed(Gate::GivesCare) => "Telt niet: geeft geen mantelzorg.",
        Moot::GateClosed(Gate::Volunteers) => "Telt niet: doet geen vrijwilligerswerk.",
        Moot::GateClosed(Gate::HasPartTimeWork) => "Telt niet: heeft geen betaald werk.",
        Moot::PensionFollows => "Telt niet: volgt uit de leeftijd of de geboortedatum.",
        Moot::SettledByLaw => "Telt niet: de wet beslist al.",
    }
}

fn nl_due(d: Due) -> &'static str {
    match d {
        Due::ByLatest => "Uiterlijk",
        Due::NotBefore => "Vanaf",
        Due::On => "Op",
    }
}

fn nl_intake_error(e: &IntakeError) -> String {
    let why = match e {
        IntakeError::TooLarge(_) => "Het bestand is te groot voor een intake.".to_string(),
        IntakeError::NotJson(_) | IntakeError::NotAnIntake => {
            "Dit is geen intakebestand van de tegenprestatie-check.".to_string()
        }
        IntakeError::NewerVersion(_) => {
            "Het bestand komt uit een nieuwere versie van de check. Laad de pagina opnieuw."
                .to_string()
        }
        IntakeError::UnknownKey(k) => format!("Het bestand heeft een onbekend onderdeel: ‘{k}’."),
        IntakeError::Municipalities => {
            "De lijst met gemeenten klopt niet (hoogstens 4 namen).".to_string()
        }
        IntakeError::UnknownMunicipality(id) => format!("De gemeente ‘{id}’ kennen we niet."),
        IntakeError::Answer { key, message } => {
            format!("Het antwoord ‘{key}’ klopt niet ({message}).")
        }
        IntakeError::AgeMismatch => "De leeftijd past niet bij de geboortedatum.".to_string(),
        IntakeError::FollowUp(k) => format!("Het antwoord ‘{k}’ moet ja of nee zijn."),
        IntakeError::StartDate => "De startdatum is geen datum.".to_string(),
        IntakeError::Note => "De notitie is te lang of geen tekst.".to_string(),
    };
    format!("Dit bestand kan niet worden geopend. {why} Wat u had ingevuld, staat er nog.")
}

pub const NL: DeskTexts = DeskTexts {
    title: "Intake tegenprestatie",
    intro: "Voor klantmanagers. Vul in wat u weet: de uitkomst verandert direct mee. Alles blijft op dit apparaat.",
    to_citizen: "Naar de check voor inwoners",
    municipalities_title: "Gemeenten",
    choose: "Kies een gemeente",
    search: "Zoek een gemeente",
    search_count: "{n} gevonden, ook op oude namen",
    law_only: "alleen de wet (geen verordening in deze check)",
    add: "Voeg toe",
    remove: "Verwijder {name}",
    full: "Er staan al 4 gemeenten naast elkaar. Verwijder er eerst een.",
    none_chosen: "Kies een gemeente om de uitkomst te zien. U kunt er tot 4 naast elkaar zetten.",
    dates_title: "Data",
    reference: "Datum van de intake",
    birth: "Geboortedatum",
    start: "Startdatum tegenprestatie",
    date_hint: "dd-mm-jjjj",
    bad_date: "Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 04-01-2027.",
    birth_after: "De geboortedatum ligt na de datum van de intake.",
    age_from_birth: "Volgt uit de geboortedatum: {age} jaar.",
    questions_title: "Vragen",
    group: nl_group,
    moot: nl_moot,
    only_for: "Alleen voor {names}",
    outcome_title: "Uitkomst",
    open_many: "{n} vragen nog open: de uitkomst kan nog veranderen.",
    open_one: "1 vraag nog open: de uitkomst kan nog veranderen.",
    needs_age: "Vul de leeftijd of de geboortedatum in.",
    not_in_force: "Deze regels gelden niet op {date}.",
    past_rules: "Oude regels: de uitkomsten gaan over {date}, zoals de regels toen waren. Sinds 1 januari 2027 gelden nieuwe regels. Wat er gebeurt met een opdracht die na 31-12-2026 doorloopt, hangt af van het overgangsrecht. Dat kent deze check niet.",
    law_changed: "Deze check kent de regels op {date} niet. Zet de datum van de intake op {past} om de oude regels te zien, zoals ze toen waren. Het overgangsrecht kent deze check niet.",
    differs: "Anders dan bij de andere gemeente(n)",
    changed: "Gewijzigd",
    grounds_title: "Waarom",
    college_title: "Wat de gemeente beslist",
    next_title: "Volgende stappen",
    practice_title: "Praktijk (geen regel)",
    dates_in_column: "Data",
    due: nl_due,
    end: "Einde",
    extended_end: "Einde met verlenging ({times} keer, hoogstens {months} maanden)",
    permanent: "Geen einddatum: de tegenprestatie blijft gelden.",
    no_duration: "De regels noemen geen duur in maanden of weken.",
    needs_start: "Vul een startdatum in voor de einddatum.",
    version: "{title}, versie {year}, geldt vanaf {from}. Bron: {detail}.",
    print: "Print intakeverslag",
    copy: "Kopieer als tekst",
    copied: "De tekst is gekopieerd.",
    copy_failed: "Kopiëren lukte niet. Selecteer de tekst hieronder en kopieer hem zelf.",
    text_label: "Intakeverslag als tekst",
    save: "Bewaar als bestand",
    saved: "Het bestand is bewaard in uw downloads.",
    save_blocked: "Niet bewaard: verbeter eerst de antwoorden met een fout ({n}).",
    open: "Open een bewaarde intake",
    opened: "De intake is geopend.",
    new: "Nieuwe intake",
    cleared: "Alles is gewist. U kunt een nieuwe intake beginnen.",
    note: "Notitie voor het plan van aanpak",
    note_hint: "Komt in het verslag. Schrijf alleen op wat nodig is.",
    record_title: "Intakeverslag tegenprestatie",
    record_date: "Datum van de intake",
    record_answers: "Antwoorden",
    record_note: "Notitie",
    not_answered: "niet beantwoord",
    record_outcome: "Uitkomst voor {name}",
    intake_error: nl_intake_error,
};

fn en_group(g: Group) -> &'static str {
    match g {
        Group::Person => "Person and benefit",
        Group::Care => "Informal care",
        Group::Volunteering => "Volunteer work",
        Group::Activation => "Reintegration and activation",
        Group::Work => "Work",
        Group::Health => "Health",
        Group::TargetGroup => "Target group",
    }
}

fn en_moot(m: Moot) -> &'static str {
    match m {
        Moot::GateClosed(Gate::GivesCare) => "Does not count: gives no informal care.",
        Moot::GateClosed(Gate::Volunteers) => "Does not count: does no volunteer work.",
        Moot::GateClosed(Gate::HasPartTimeWork) => "Does not count: has no paid work.",
        Moot::PensionFollows => "Does not count: follows from the age or the birth date.",
        Moot::SettledByLaw => "Does not count: the law already decides.",
    }
}

fn en_due(d: Due) -> &'static str {
    match d {
        Due::ByLatest => "By",
        Due::NotBefore => "From",
        Due::On => "On",
    }
}

fn en_intake_error(e: &IntakeError) -> String {
    let why = match e {
        IntakeError::TooLarge(_) => "The file is too large for an intake.".to_string(),
        IntakeError::NotJson(_) | IntakeError::NotAnIntake => {
            "This is not an intake file of the tegenprestatie check.".to_string()
        }
        IntakeError::NewerVersion(_) => {
            "The file comes from a newer version of the check. Reload the page.".to_string()
        }
        IntakeError::UnknownKey(k) => format!("The file has an unknown part: ‘{k}’."),
        IntakeError::Municipalities => {
            "The list of municipalities is wrong (at most 4 names).".to_string()
        }
        IntakeError::UnknownMunicipality(id) => format!("We do not know the municipality ‘{id}’."),
        IntakeError::Answer { key, message } => format!("The answer ‘{key}’ is wrong ({message})."),
        IntakeError::AgeMismatch => "The age does not match the birth date.".to_string(),
        IntakeError::FollowUp(k) => format!("The answer ‘{k}’ must be yes or no."),
        IntakeError::StartDate => "The start date is not a date.".to_string(),
        IntakeError::Note => "The note is too long or not text.".to_string(),
    };
    format!("This file cannot be opened. {why} What you had filled in is still there.")
}

pub const EN: DeskTexts = DeskTexts {
    title: "Tegenprestatie intake",
    intro: "For caseworkers. Fill in what you know: the outcome changes as you go. Everything stays on this device.",
    to_citizen: "To the check for residents",
    municipalities_title: "Municipalities",
    choose: "Choose a municipality",
    search: "Search a municipality",
    search_count: "{n} found, former names included",
    law_only: "the law only (no ordinance in this check)",
    add: "Add",
    remove: "Remove {name}",
    full: "There are already 4 municipalities side by side. Remove one first.",
    none_chosen: "Choose a municipality to see the outcome. You can put up to 4 side by side.",
    dates_title: "Dates",
    reference: "Date of the intake",
    birth: "Date of birth",
    start: "Start date of the tegenprestatie",
    date_hint: "dd-mm-yyyy",
    bad_date: "Write the date as dd-mm-yyyy, for example 04-01-2027.",
    birth_after: "The date of birth is after the date of the intake.",
    age_from_birth: "Follows from the date of birth: {age} years.",
    questions_title: "Questions",
    group: en_group,
    moot: en_moot,
    only_for: "Only for {names}",
    outcome_title: "Outcome",
    open_many: "{n} questions still open: the outcome may still change.",
    open_one: "1 question still open: the outcome may still change.",
    needs_age: "Fill in the age or the date of birth.",
    not_in_force: "These rules do not apply on {date}.",
    past_rules: "Old rules: the outcomes are about {date}, as the rules were then. New rules have applied since 1 January 2027. What happens to an assignment that runs past 31-12-2026 depends on the transitional law (overgangsrecht), which this check does not know.",
    law_changed: "This check does not know the rules on {date}. Set the intake's date to {past} to see the old rules as they were then. This check does not know the transitional law (overgangsrecht).",
    differs: "Differs from the other municipality or municipalities",
    changed: "Changed",
    grounds_title: "Why",
    college_title: "What the municipality decides",
    next_title: "Next steps",
    practice_title: "Practice (not a rule)",
    dates_in_column: "Dates",
    due: en_due,
    end: "End",
    extended_end: "End with extension ({times} times, at most {months} months)",
    permanent: "No end date: the tegenprestatie stays in force.",
    no_duration: "The rules give no duration in months or weeks.",
    needs_start: "Fill in a start date for the end date.",
    version: "{title}, version {year}, in force from {from}. Source: {detail}.",
    print: "Print intake record",
    copy: "Copy as text",
    copied: "The text has been copied.",
    copy_failed: "Copying did not work. Select the text below and copy it yourself.",
    text_label: "Intake record as text",
    save: "Save as file",
    saved: "The file has been saved to your downloads.",
    save_blocked: "Not saved: first correct the answers with an error ({n}).",
    open: "Open a saved intake",
    opened: "The intake has been opened.",
    new: "New intake",
    cleared: "Everything has been cleared. You can start a new intake.",
    note: "Note for the plan van aanpak",
    note_hint: "Goes into the record. Write down only what is needed.",
    record_title: "Tegenprestatie intake record",
    record_date: "Date of the intake",
    record_answers: "Answers",
    record_note: "Note",
    not_answered: "not answered",
    record_outcome: "Outcome for {name}",
    intake_error: en_intake_error,
};

pub fn desk_texts(lang: Lang) -> &'static DeskTexts {
    match lang {
        Lang::Nl => &NL,
        _ => &EN,
    }
}

/// A question as the desk asks it: to a professional, about the client ("Leeftijd van de
/// klant"), not to the client ("Hoe oud bent u?").
pub struct DeskQuestion {
    pub title: &'static str,
    pub hint: Option<&'static str>,
}

/// The desk's words for a question, in Dutch or English.
pub fn desk_question(lang: Lang, q: Question) -> DeskQuestion {
    use Question::*;
    let nl = lang == Lang::Nl;
    let (title, hint) = match q {
        Municipality if nl => ("Gemeente van de klant", Some("Elke gemeente heeft eigen regels voor de tegenprestatie.")),
        Municipality => ("The client's municipality", Some("Every municipality has its own rules for the tegenprestatie.")),
        Age if nl => ("Leeftijd van de klant", Some("In hele jaren.")),
        Age => ("The client's age", Some("In whole years.")),
        PensionAge if nl => ("Heeft de klant de AOW-leeftijd bereikt?", Some("Meestal 67 jaar; voor sommige geboortejaren anders.")),
        PensionAge => ("Has the client reached the state pension (AOW) age?", Some("Usually 67; different for some years of birth.")),
        Benefit if nl => ("Uitkering van de klant", None),
        Benefit => ("The client's benefit", None),
        Incapacity if nl => ("Is de klant volledig en duurzaam arbeidsongeschikt?", Some("Wet WIA, artikel 4; alleen als dat is vastgesteld.")),
        Incapacity => ("Is the client fully and permanently incapacitated for work?", Some("Wet WIA, article 4; only where this has been established.")),
        SingleParent if nl => ("Is de klant als alleenstaande ouder vrijgesteld van de arbeidsplicht?", Some("Kan bij de zorg voor een kind jonger dan 5 jaar; blijkt uit een besluit (ontheffing).")),
        SingleParent => ("Is the client exempt from the duty to work as a single parent?", Some("Possible when caring for a child under 5; shown by a decision (ontheffing).")),
        Care if nl => ("Geeft de klant mantelzorg?", None),
        Care => ("Does the client give informal care (mantelzorg)?", None),
        CareAmount if nl => ("Omvang van de mantelzorg", Some("Een schatting volstaat.")),
        CareAmount => ("How much informal care", Some("An estimate is enough.")),
        CareNecessary if nl => ("Heeft de gemeente vastgesteld dat de mantelzorg noodzakelijk is?", Some("Nog niet beoordeeld? Kies 'Weet ik niet'.")),
        CareNecessary => ("Has the municipality established that the care is necessary?", Some("Not assessed yet? Choose 'Don't know'.")),
        Volunteer if nl => ("Doet de klant vrijwilligerswerk?", None),
        Volunteer => ("Does the client do volunteer work?", None),
        VolunteerAmount if nl => ("Omvang van het vrijwilligerswerk", Some("Een schatting volstaat.")),
        VolunteerAmount => ("How much volunteer work", Some("An estimate is enough.")),
        RespiteCare if nl => ("Neemt de klant als vrijwilliger de zorg van een mantelzorger over (respijtzorg)?", None),
        RespiteCare => ("Does the client, as a volunteer, take over care from a carer (respite care)?", None),
        MonthsOnBenefit if nl => ("Duur van de uitkering", Some("In maanden.")),
        MonthsOnBenefit => ("Time on benefit", Some("In months.")),
        Reintegration if nl => ("Volgt de klant een re-integratietraject?", None),
        Reintegration => ("Is the client in a reintegration trajectory?", None),
        SocialActivation if nl => ("Neemt de klant deel aan sociale activering?", None),
        SocialActivation => ("Does the client take part in social activation?", None),
        GroupTraining if nl => ("Volgt de klant een groepstraining?", Some("Bijvoorbeeld het Toekomstatelier in de Liemers.")),
        GroupTraining => ("Is the client in a group training?", Some("For example the Toekomstatelier in the Liemers.")),
        Wmo if nl => ("Krijgt de klant begeleiding via de Wmo?", None),
        Wmo => ("Does the client receive guidance through the Wmo?", None),
        PartTimeWork if nl => ("Heeft de klant betaald werk naast de uitkering?", None),
        PartTimeWork => ("Does the client have paid work besides the benefit?", None),
        PartTimeHours if nl => ("Uren betaald werk per week", None),
        PartTimeHours => ("Hours of paid work a week", None),
        Ladder if nl => ("Trede van de klant op de participatieladder", None),
        Ladder => ("The client's step on the participation ladder", None),
        TargetGroup if nl => ("Doelgroep waarin de klant is ingedeeld", None),
        TargetGroup => ("The client's target group", None),
        Disability if nl => ("Heeft de klant een beperking?", Some("Door gezondheid of een handicap.")),
        Disability => ("Does the client have a disability?", Some("Through health or a handicap.")),
        PermanentlyUnable if nl => ("Kan de klant door de eigen situatie blijvend geen tegenprestatie doen?", Some("Bijvoorbeeld door gezondheid of de situatie thuis.")),
        PermanentlyUnable => ("Is the client permanently unable to do a tegenprestatie?", Some("For example through health or the situation at home.")),
        UrgentReasons if nl => ("Zijn er dringende redenen waardoor de klant nu geen tegenprestatie kan doen?", Some("Tijdelijke vrijstelling: Participatiewet, artikel 9, lid 2.")),
        UrgentReasons => ("Are there urgent reasons why the client cannot do a tegenprestatie now?", Some("Temporary exemption: Participatiewet, article 9, paragraph 2.")),
    };
    DeskQuestion { title, hint }
}
