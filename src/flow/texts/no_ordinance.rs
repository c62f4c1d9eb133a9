//! The words of the result where this checker does not have the municipality's ordinance
//! (`ordinance_unknown`): what the ordinance decides, what holds whatever it says (each with
//! its source), where to find it and what to ask. No numbers: the ordinance's are not known.

use crate::flow::state::Lang;

pub struct NoOrdinanceTexts {
    pub decides_title: &'static str,
    pub decides: [&'static str; 4],
    pub holds_title: &'static str,
    /// Art. 9 lid 1 onderdeel c (or the IOAW/IOAZ's art. 37): the source is the ground's.
    pub holds_law: &'static str,
    /// The explanatory memorandum, as the thesis reports it.
    pub holds_memorandum: &'static str,
    pub memorandum_source: &'static str,
    /// Awb art. 6:7.
    pub holds_objection: &'static str,
    /// The district court's view of 2013.
    pub holds_court: &'static str,
    pub source: &'static str,
    pub find_title: &'static str,
    /// "Ga naar … Zoek op ‘tegenprestatie’ en ‘{name}’."
    pub find_steps: [&'static str; 2],
    pub register_link: &'static str,
    pub ask_title: &'static str,
    pub ask: [&'static str; 3],
}

/// The official register of local regulations.
pub const REGISTER_URL: &str = "https://lokaleregelgeving.overheid.nl/";

pub const NL: NoOrdinanceTexts = NoOrdinanceTexts {
    decides_title: "Wat de regels van uw gemeente bepalen",
    decides: [
        "Of de gemeente de tegenprestatie aan iemand vraagt. Sommige gemeenten vragen het alleen, en verplichten het niet.",
        "Hoeveel uur per week, en hoe lang.",
        "Wie geen tegenprestatie hoeft te doen. Bijvoorbeeld als u mantelzorg geeft, vrijwilligerswerk doet, werkt aan uw terugkeer naar werk of een parttime baan heeft.",
        "Of werk dat u al doet, mag tellen als tegenprestatie.",
    ],
    holds_title: "Wat altijd geldt, wat de regels van de gemeente ook zeggen",
    holds_law: "Het werk is onbetaald en nuttig voor de samenleving. Het past bij wat u kunt. Het komt naast gewoon betaald werk, en mag geen betaalde baan vervangen.",
    holds_memorandum: "Het werk is beperkt: niet te veel uren, en niet te lang. En u mag zeggen wat voor werk u wilt doen. De gemeente moet dat meewegen.",
    memorandum_source: "Memorie van toelichting bij de Participatiewet, zoals de scriptie (2016, § 3.1.2) die beschrijft",
    holds_objection: "Krijgt u een besluit over de tegenprestatie en bent u het er niet mee eens? Dan kunt u binnen zes weken bezwaar maken.",
    holds_court: "Een rechter vond in 2013: 32 uur per week is geen tegenprestatie meer, want dat is niet beperkt. Dat is het oordeel van één rechtbank, geen regel uit de wet.",
    source: "Bron",
    find_title: "Zo vindt u de regels van uw gemeente",
    find_steps: [
        "Ga naar de website met alle regels van gemeenten (lokaleregelgeving.overheid.nl).",
        "Zoek op ‘tegenprestatie’ en ‘{name}’. Kijk of de regels nu gelden: er staat bij vanaf wanneer.",
    ],
    register_link: "Naar lokaleregelgeving.overheid.nl",
    ask_title: "Vraag uw klantmanager",
    ask: [
        "Vraagt de gemeente mij een tegenprestatie? Hoeveel uur per week, en hoe lang?",
        "Telt wat ik al doe mee, zoals mantelzorg of vrijwilligerswerk?",
        "Mag ik zelf zeggen wat voor werk ik doe?",
    ],
};

pub const EN: NoOrdinanceTexts = NoOrdinanceTexts {
    decides_title: "What your municipality's rules decide",
    decides: [
        "Whether the municipality asks anyone to do a tegenprestatie. Some municipalities only ask, and do not make it compulsory.",
        "How many hours a week, and for how long.",
        "Who does not have to do a tegenprestatie. For example if you give informal care (mantelzorg), do volunteer work, work on your return to work, or have a part-time job.",
        "Whether work you already do may count as the tegenprestatie.",
    ],
    holds_title: "What always applies, whatever the municipality's rules say",
    holds_law: "The work is unpaid and useful to society. It fits what you can do. It comes on top of ordinary paid work, and may not replace a paid job.",
    holds_memorandum: "The work is limited: not too many hours, and not for too long. And you may say what kind of work you would like to do. The municipality must weigh that.",
    memorandum_source: "Explanatory memorandum to the Participatiewet, as the thesis (2016, § 3.1.2) describes it",
    holds_objection: "Do you get a decision about the tegenprestatie and disagree with it? Then you can object (bezwaar) within six weeks.",
    holds_court: "A court found in 2013: 32 hours a week is no longer a tegenprestatie, because it is not limited. That is the view of one court, not a rule of the law.",
    source: "Source",
    find_title: "How to find your municipality's rules",
    find_steps: [
        "Go to the website with all the rules of municipalities (lokaleregelgeving.overheid.nl, in Dutch).",
        "Search for ‘tegenprestatie’ and ‘{name}’. Check that the rules apply now: it says from when.",
    ],
    register_link: "To lokaleregelgeving.overheid.nl",
    ask_title: "Ask your caseworker (klantmanager)",
    ask: [
        "Does the municipality ask me to do a tegenprestatie? How many hours a week, and for how long?",
        "Does what I already do count, such as informal care or volunteer work?",
        "May I say what kind of work I do?",
    ],
};

pub fn no_ordinance_texts(lang: Lang) -> &'static NoOrdinanceTexts {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}
