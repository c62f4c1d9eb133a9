//! Nederlands, taalniveau B1. We zeggen "u".

use super::{BoundsWords, Catalogue, Message, QuestionText};
use crate::decision::Status;
use crate::decision::{CitationWords, DUTCH_CITATION};
use crate::facts::Fact;
use crate::flow::questions::{Field, Gate, Question};
use crate::model::{Detail, Topic};

pub const NL: Catalogue = Catalogue {
    lang_name: "Nederlands",
    other_lang_button: "English",
    app_title: "Tegenprestatie-check",
    intro: &[
        "Met een bijstandsuitkering kan de gemeente u vragen om onbetaald werk te doen dat nuttig is voor anderen. Dat heet de tegenprestatie.",
        "Met deze check ziet u of de tegenprestatie voor u geldt, hoeveel uur en hoe lang. U beantwoordt een paar vragen. Dat duurt ongeveer 3 minuten.",
    ],
    step_of: "Vraag {n} van ongeveer {total}",
    next: "Volgende",
    back: "Terug",
    to_result: "Bekijk de uitkomst",
    clear: "Wis mijn antwoorden",
    cleared: "Uw antwoorden zijn gewist.",
    what_does_this_mean: "Wat betekent dit?",
    yes: "Ja",
    no: "Nee",
    unknown: "Weet ik niet",
    error_summary_title: "Er is iets niet goed ingevuld",
    error_prefix: "Fout:",
    search_label: "Zoek uw gemeente",
    search_hint: "Typ de naam van uw gemeente, bijvoorbeeld Den Haag of Súdwest-Fryslân. Een deel van de naam is genoeg.",
    search_more: "Er zijn nog {n} gemeenten met deze letters. Typ meer letters.",
    no_ordinance_meta: "Alleen de regels uit de wet",
    via_common: "Ook wel: {name}",
    via_former: "{former} hoort nu bij deze gemeente",
    found: "{n} gemeenten gevonden",
    found_one: "1 gemeente gevonden",
    none_found: "Geen gemeente gevonden.",
    ordinance_label: "Regels van {year}",
    merged_note: "Let op: {note}",
    review_title: "Controleer uw antwoorden",
    review_intro: "Klopt alles? Dan ziet u hierna de uitkomst.",
    change: "Wijzig",
    not_answered: "Niet gevraagd",
    result_title: "Uitkomst",
    result_for: "{name}, {date}",
    college_decides_intro: "De gemeente kijkt naar uw situatie. Onze bronnen zeggen niet wat er dan volgt. De gemeente beslist over:",
    if_it_holds: "Als de gemeente vindt dat deze regel geldt",
    if_it_does_not: "Als de gemeente vindt dat deze regel niet geldt",
    see_next: "Zie vraag {n}.",
    no_maximum: "Uw gemeente noemt geen maximum aantal uren. Wel geldt: 32 uur per week of meer mag nooit. Dat zei de rechter.",
    no_maximum_short: "Er is geen maximum, maar 32 uur per week of meer mag nooit.",
    rules_from: "Regels vanaf {from}{to}. Ze kunnen veranderd zijn: vraag het uw gemeente.",
    why_title: "Waarom? En de bronnen",
    rules_title: "De regels die gelden",
    next_steps_sources: "Waar de uitleg vandaan komt",
    sources_title: "Bronnen",
    next_steps_title: "Wat kunt u nu doen?",
    practice_title: "Zo gaat het in de praktijk",
    practice_label: "Praktijk, geen regel",
    version_label: "Versie",
    in_force_label: "Geldt vanaf",
    detail_label: "Hoe volledig is de bron?",
    print: "Print deze uitkomst",
    share_label: "Link naar deze check met uw antwoorden",
    share: "Kopieer de link",
    share_done: "De link is gekopieerd. Uw antwoorden staan in de link. Deel hem alleen met wie u vertrouwt.",
    share_failed: "Kopiëren lukte niet. De link is geselecteerd: kopieer hem zelf.",
    share_hint: "De link bevat uw antwoorden. Ze gaan niet naar een server.",
    change_answers: "Wijzig uw antwoorden",
    privacy: "Wij versturen niets. Uw antwoorden staan alleen in dit tabblad en in het adres van deze pagina (daardoor werkt de knop Terug). Sluit u het tabblad, dan zijn ze weg.",
    privacy_embedded: "Wij versturen niets, ook niet naar deze website. Uw antwoorden blijven in deze pagina. Sluit u de pagina, dan zijn ze weg.",
    ordinance_unreachable: "De check kan de regels van de gemeente nu niet laden. Probeer het later nog eens, of vraag het de gemeente.",
    ordinance_invalid: "De regels van de gemeente staan niet goed in deze check. Daarom geeft hij geen antwoord. Vraag het de gemeente.",
    municipality_unknown: "Deze check kent de gemeente niet die deze website heeft ingesteld. Vraag het de gemeente.",
    for_caseworkers: "Voor klantmanagers: de intake met alle vragen op één scherm",
    for_municipalities: "Voor gemeenten: schrijf en toets uw verordening",
    remember: "Onthoud mijn antwoorden op dit apparaat",
    remember_hint: "Dan ziet u ze terug als u de check later opent. Doe dit niet op een computer die u met anderen deelt.",
    no_match_next: "Wij vinden geen gemeente met ‘{query}’ in de naam. Typ de naam van uw gemeente, niet van uw dorp, stad of wijk. Weet u de naam niet zeker? Kijk op een brief van de gemeente over uw uitkering.",
    merged_warning: "{name}: {note} Wij kennen alleen de oude regels van {name}. Vraag uw gemeente welke regels nu gelden.",
    merged_warning_no_rules: "{name}: {note} Woont u daar nu? Kies dan de gemeente waar u nu woont.",
    hours_unit: "uur per week",
    months_unit: "maanden",
    years_unit: "jaar",
    status_headline,
    status_lead,
    status_next,
    question,
    field_label,
    option_label,
    message,
    topic,
    detail,
    detail_short,
    bounds: BoundsWords {
        decimal: ",",
        from_to: "{min} tot {max}",
        at_least: "minstens {n}",
        at_most: "hoogstens {n}",
        average: "gemiddeld {n}",
        hours_a_week: "uur per week",
        months: "maanden",
        month: "maand",
        weeks: "weken",
        total_hours: "uur in totaal",
        per_year: "per jaar",
        times: "{n} keer",
        or_less: "of minder als u dat niet kunt",
        no_end: "zonder einddatum",
        according_to_ability: "zoveel als u kunt",
    },
    // In the app the detail note says where article numbers are missing; the citation does not.
    citation: CitationWords {
        no_article: "",
        ..DUTCH_CITATION
    },
};

fn status_headline(status: Status) -> &'static str {
    match status {
        Status::NotApplicable | Status::Exempt => "U hoeft geen tegenprestatie te doen",
        Status::Fulfilled => "Wat u al doet, telt als tegenprestatie",
        Status::Obligated => "De gemeente kan u een tegenprestatie vragen",
        Status::Discretionary => "Het hangt af van wat de gemeente vindt",
        Status::OrdinanceUnknown => "De gemeente mag u een tegenprestatie vragen",
    }
}

fn status_lead(status: Status) -> Option<&'static str> {
    match status {
        Status::NotApplicable => Some("De plicht om een tegenprestatie te doen geldt niet voor u."),
        Status::Exempt => Some("De plicht geldt wel, maar u bent vrijgesteld."),
        Status::Fulfilled => Some("U hoeft niets extra te doen, zolang u dit blijft doen."),
        Status::Obligated => Some("Dat is onbetaald werk dat nuttig is voor anderen."),
        Status::Discretionary => {
            Some("Dat mag de gemeente per persoon beslissen. Dit volgt uit elk antwoord:")
        }
        Status::OrdinanceUnknown => Some(
            "De wet staat dat toe. Maar of uw gemeente het vraagt, en hoeveel, staat in de regels van uw gemeente. Die regels heeft deze check niet.",
        ),
    }
}

fn question(q: Question) -> QuestionText {
    let (title, hint, help) = match q {
        Question::Municipality => (
            "In welke gemeente woont u?",
            Some("Elke gemeente heeft eigen regels voor de tegenprestatie."),
            Some("De tegenprestatie is onbetaald werk dat nuttig is voor anderen. De gemeente kan dit vragen als u een uitkering heeft. Bijvoorbeeld helpen in een buurthuis of boodschappen doen voor iemand. Het mag geen betaalde baan vervangen."),
        ),
        Question::Age => ("Hoe oud bent u?", Some("Vul uw leeftijd in hele jaren in."), None),
        Question::PensionAge => (
            "Heeft u de AOW-leeftijd al bereikt?",
            Some("Meestal is dat 67 jaar. Voor sommige mensen is het anders."),
            Some("De AOW is het pensioen van de overheid. Vanaf de AOW-leeftijd geldt de tegenprestatie niet meer."),
        ),
        Question::Benefit => (
            "Welke uitkering krijgt u?",
            None,
            Some("Bijstand is de uitkering uit de Participatiewet. IOAW en IOAZ zijn uitkeringen voor oudere of deels arbeidsongeschikte werklozen en oud-zelfstandigen. Bijzondere bijstand is geld voor bijzondere kosten."),
        ),
        Question::Incapacity => (
            "Bent u volledig en blijvend arbeidsongeschikt?",
            Some("Dat betekent: u kunt nu en later helemaal niet werken, en dat is officieel vastgesteld."),
            Some("Dit gaat over artikel 4 van de Wet WIA: volledig en duurzaam arbeidsongeschikt. Weet u het niet zeker? Kies dan 'Nee' en vraag het na bij de gemeente."),
        ),
        Question::SingleParent => (
            "Bent u als alleenstaande ouder vrijgesteld van de plicht om te werken?",
            Some("Dat kan als u alleen zorgt voor een kind jonger dan 5 jaar."),
            Some("Vrijgesteld betekent: de gemeente heeft besloten dat u nu niet hoeft te werken. U heeft daarover een brief gekregen. In die brief staat soms het woord ontheffing."),
        ),
        Question::Care => (
            "Geeft u mantelzorg?",
            None,
            Some("Mantelzorg is zorg voor iemand die u kent, zoals uw ouder, partner, kind of buur. U doet het niet als beroep. Het is meer dan de gewone hulp in een gezin."),
        ),
        Question::CareAmount => ("Hoeveel mantelzorg geeft u?", Some("Een schatting is goed genoeg."), None),
        Question::CareNecessary => (
            "Heeft de gemeente gezegd dat uw mantelzorg echt nodig is?",
            Some("Dat beslist de gemeente, niet u. Heeft de gemeente er nog niets over gezegd? Kies dan 'Weet ik niet'."),
            Some("Mantelzorg is echt nodig als de zorg meer is dan de gewone hulp in een gezin, en de zorg niet anders geregeld kan worden."),
        ),
        Question::Volunteer => (
            "Doet u vrijwilligerswerk?",
            None,
            Some("Vrijwilligerswerk is onbetaald werk voor een club, vereniging of organisatie, of voor mensen in uw buurt."),
        ),
        Question::VolunteerAmount => ("Hoeveel vrijwilligerswerk doet u?", Some("Een schatting is goed genoeg."), None),
        Question::RespiteCare => (
            "Neemt u als vrijwilliger de zorg over van een mantelzorger?",
            None,
            Some("U zorgt dan een tijdje voor iemand, zodat de vaste mantelzorger even kan uitrusten. Dit heet ook respijtzorg."),
        ),
        Question::MonthsOnBenefit => (
            "Hoe lang heeft u al een uitkering?",
            Some("Vul het aantal maanden in. Een jaar is 12 maanden."),
            None,
        ),
        Question::Reintegration => (
            "Volgt u een re-integratietraject?",
            None,
            Some("Een re-integratietraject helpt u op weg naar betaald werk. Bijvoorbeeld een cursus, een werkplek om te oefenen of hulp bij solliciteren. U doet het samen met de gemeente."),
        ),
        Question::SocialActivation => (
            "Doet u mee aan sociale activering?",
            None,
            Some("Sociale activering helpt u om weer mee te doen in de samenleving, als betaald werk nog ver weg is."),
        ),
        Question::GroupTraining => (
            "Volgt u een groepstraining?",
            Some("Bijvoorbeeld het Toekomstatelier in de Liemers."),
            None,
        ),
        Question::Wmo => (
            "Krijgt u via de gemeente hulp van een begeleider?",
            None,
            Some("Een begeleider helpt u bijvoorbeeld om uw dag te regelen, alleen of in een groep. De gemeente regelt dit via de Wmo, de Wet maatschappelijke ondersteuning."),
        ),
        Question::PartTimeWork => ("Heeft u betaald werk naast uw uitkering?", None, None),
        Question::PartTimeHours => ("Hoeveel uur per week werkt u?", None, None),
        Question::Ladder => (
            "Op welke stap van de participatieladder staat u?",
            Some("Uw klantmanager weet dit."),
            Some("De participatieladder heeft 6 stappen. Die laten zien hoe ver u van betaald werk af staat. Stap 1 tot en met 4: betaald werk is nog ver weg. Stap 5 en 6: u kunt binnen een jaar betaald werken. Een stap heet ook wel trede."),
        ),
        Question::TargetGroup => (
            "In welke groep heeft de gemeente u ingedeeld?",
            Some("Uw klantmanager weet dit."),
            None,
        ),
        Question::Disability => (
            "Heeft u een beperking?",
            Some("Door uw gezondheid of een handicap kunt u sommige dingen niet of minder goed."),
            None,
        ),
        Question::PermanentlyUnable => (
            "Kunt u door uw situatie blijvend geen tegenprestatie doen?",
            Some("Bijvoorbeeld door uw gezondheid of uw situatie thuis."),
            None,
        ),
        Question::UrgentReasons => (
            "Zijn er dringende redenen waardoor u nu geen tegenprestatie kunt doen?",
            Some("Bijvoorbeeld zware zorg voor een familielid die net is begonnen."),
            Some("Bij dringende redenen kan de gemeente u een tijdje vrijstellen. Dat staat in artikel 9, lid 2 van de Participatiewet."),
        ),
    };
    QuestionText { title, hint, help }
}

fn field_label(field: Field) -> &'static str {
    match field {
        Field::Municipality => "Gemeente",
        Field::Fact(Fact::Age) => "Leeftijd in jaren",
        Field::Fact(Fact::ReachedPensionAge) => "AOW-leeftijd bereikt",
        Field::Fact(Fact::Benefit) => "Uitkering",
        Field::Fact(Fact::FullyPermanentlyIncapacitated) => {
            "Volledig en blijvend arbeidsongeschikt"
        }
        Field::Fact(Fact::SingleParentExemption) => "Alleenstaande ouder, vrijgesteld van werken",
        Field::Gate(Gate::GivesCare) => "Mantelzorg",
        Field::Fact(Fact::CaregivingHoursPerWeek) => "Uren mantelzorg per week",
        Field::Fact(Fact::CaregivingMonths) => "Hoeveel maanden al?",
        Field::Fact(Fact::CaregivingNecessary) => "Mantelzorg echt nodig volgens de gemeente",
        Field::Gate(Gate::Volunteers) => "Vrijwilligerswerk",
        Field::Fact(Fact::VolunteerHoursPerWeek) => "Uren vrijwilligerswerk per week",
        Field::Fact(Fact::VolunteerMonths) => "Hoeveel maanden al?",
        Field::Fact(Fact::RespiteCareVolunteer) => "Zorg overnemen van een mantelzorger",
        Field::Fact(Fact::MonthsOnBenefit) => "Maanden met een uitkering",
        Field::Fact(Fact::ReintegrationTrajectory) => "Re-integratietraject",
        Field::Fact(Fact::SocialActivation) => "Sociale activering",
        Field::Fact(Fact::GroupTraining) => "Groepstraining",
        Field::Fact(Fact::WmoGuidance) => "Hulp van een begeleider via de gemeente",
        Field::Gate(Gate::HasPartTimeWork) => "Betaald werk",
        Field::Fact(Fact::PartTimeWorkHoursPerWeek) => "Uren betaald werk per week",
        Field::Fact(Fact::ParticipationLadderStep) => "Stap op de participatieladder",
        Field::Fact(Fact::HasDisability) => "Beperking",
        Field::Fact(Fact::PermanentlyUnable) => "Blijvend geen tegenprestatie mogelijk",
        Field::Fact(Fact::UrgentReasons) => "Dringende redenen",
        Field::Fact(Fact::Date) => "Datum van de check",
        Field::Fact(Fact::BirthDate) => "Geboortedatum",
        // Derived facts are never asked.
        Field::Fact(
            Fact::VolunteerStartAfterBenefitMonths | Fact::VolunteerAndCaregivingHoursPerWeek,
        ) => "",
        Field::Fact(Fact::TargetGroup) => "Groep",
    }
}

fn option_label(field: Field, option: &str) -> Option<&'static str> {
    Some(match (field, option) {
        (_, "yes") => "Ja",
        (_, "no") => "Nee",
        (_, "unknown") => "Weet ik niet",
        (Field::Fact(Fact::Benefit), "participatiewet") => "Bijstand (Participatiewet)",
        (Field::Fact(Fact::Benefit), "ioaw") => "IOAW",
        (Field::Fact(Fact::Benefit), "ioaz") => "IOAZ",
        (Field::Fact(Fact::Benefit), "special_assistance_only") => "Alleen bijzondere bijstand",
        (Field::Fact(Fact::Benefit), "none") => "Geen uitkering",
        (Field::Fact(Fact::ParticipationLadderStep), "1") => {
            "Stap 1: u bent vooral thuis en ziet weinig mensen"
        }
        (Field::Fact(Fact::ParticipationLadderStep), "2") => {
            "Stap 2: u heeft contact met mensen buiten uw huis"
        }
        (Field::Fact(Fact::ParticipationLadderStep), "3") => {
            "Stap 3: u doet mee aan activiteiten, zoals een cursus of club"
        }
        (Field::Fact(Fact::ParticipationLadderStep), "4") => {
            "Stap 4: u doet onbetaald werk, zoals vrijwilligerswerk"
        }
        (Field::Fact(Fact::ParticipationLadderStep), "5") => "Stap 5: u werkt betaald, met hulp",
        (Field::Fact(Fact::ParticipationLadderStep), "6") => "Stap 6: u werkt betaald, zonder hulp",
        (Field::Fact(Fact::TargetGroup), "uitstromer") => {
            "Uitstromer: u kunt snel aan betaald werk"
        }
        (Field::Fact(Fact::TargetGroup), "groeier") => "Groeier: u groeit naar werk toe",
        (Field::Fact(Fact::TargetGroup), "blijver") => "Blijver: betaald werk is nog ver weg",
        _ => return None,
    })
}

fn message(message: Message) -> &'static str {
    match message {
        Message::ChooseMunicipality => "Kies uw gemeente.",
        Message::FillInAge => "Vul uw leeftijd in.",
        Message::FillInHours => "Vul het aantal uren per week in.",
        Message::FillInMonths => "Vul het aantal maanden in.",
        Message::ChooseBenefit => "Kies welke uitkering u krijgt.",
        Message::ChooseAnswer => "Kies een antwoord.",
        Message::AgeInDigits => "Vul uw leeftijd in met cijfers, zoals 35.",
        Message::FillInNumber => "Vul een getal in, zoals 4 of 7,5.",
        Message::WholeNumber => "Vul een heel getal in, zonder komma.",
        Message::AgeRange => "Vul een leeftijd in van 0 tot en met 130 jaar.",
        Message::HoursRange => {
            "Vul een aantal uren in van 0 tot en met 168. Een week heeft 168 uur."
        }
        Message::MonthsRange => "Vul een aantal maanden in van 0 tot en met 600.",
        Message::UnknownMunicipality => {
            "Deze gemeente kennen wij niet. Kies een gemeente uit de lijst."
        }
        Message::UnknownOption => "Kies een van de antwoorden.",
    }
}

fn topic(topic: Topic) -> &'static str {
    match topic {
        Topic::FindActivity => "Zelf iets zoeken",
        Topic::Choice => "U mag meebeslissen",
        Topic::WhatCounts => "Wat telt als tegenprestatie",
        Topic::Renewal => "Verlengen en herhalen",
        Topic::NonCompliance => "Als u niet meedoet",
        Topic::Objection => "Het niet eens met een besluit",
        Topic::Other => "Goed om te weten",
    }
}

fn detail(detail: Detail) -> &'static str {
    match detail {
        Detail::FullText => "Wij hebben de volledige tekst van de verordening.",
        Detail::Described => "Een onderzoek uit 2016 beschrijft de regels van deze verordening. De volledige tekst hebben wij niet.",
        Detail::Summary => "Van deze verordening kennen wij alleen een korte samenvatting in een tabel uit 2016. Details kunnen ontbreken.",
        Detail::Statute => "De wet.",
        Detail::NotKnown => "Deze check kent alleen de wet, niet de regels van deze gemeente.",
    }
}

fn status_next(status: Status) -> &'static str {
    match status {
        Status::NotApplicable => "U hoeft niets te doen. Verandert uw situatie? Doe de check dan opnieuw.",
        Status::Exempt => "Vertel uw klantmanager waarom u vrijgesteld bent. Verandert uw situatie? Doe de check dan opnieuw.",
        Status::Fulfilled => "Vertel uw klantmanager wat u al doet, en blijf het doen.",
        Status::Obligated => "De gemeente bespreekt de tegenprestatie eerst met u. Neem deze uitkomst mee naar het gesprek.",
        Status::Discretionary => "Vraag uw klantmanager wat de gemeente vindt. Neem deze uitkomst mee. U krijgt daarna een besluit.",
        Status::OrdinanceUnknown => "Vraag uw klantmanager wat de regels van uw gemeente zeggen. Neem deze uitkomst mee.",
    }
}

fn detail_short(detail: Detail) -> &'static str {
    match detail {
        Detail::FullText => "volledige tekst",
        Detail::Described => "beschreven in een onderzoek",
        Detail::Summary => "alleen een samenvatting",
        Detail::Statute => "wet",
        Detail::NotKnown => "alleen de wet",
    }
}
