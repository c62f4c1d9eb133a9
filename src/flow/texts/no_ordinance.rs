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
    /// Awb art. 6:7 and 6:8.
    pub holds_objection: &'static str,
    /// Pw art. 18 lid 2: the source is the statute's own note on it.
    pub holds_non_compliance: &'static str,
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
        "Wie geen tegenprestatie hoeft te doen. Dat kan gaan om mensen die mantelzorg geven, vrijwilligerswerk doen, werken aan hun terugkeer naar werk of een parttime baan hebben.",
        "Of werk dat u al doet, mag tellen als tegenprestatie.",
    ],
    holds_title: "Wat de wet en de rechter zeggen",
    holds_law: "Het werk is onbetaald en nuttig voor de samenleving. Het past bij wat u kunt. Het is extra werk: het mag geen betaald werk vervangen.",
    holds_memorandum: "Volgens de uitleg bij de wet is het werk meestal beperkt: niet te veel uren en niet te lang. U mag meepraten over het soort werk. Maar de gemeente beslist.",
    memorandum_source: "Memorie van toelichting bij de Participatiewet, zoals de scriptie (2016, § 3.1.2) die beschrijft",
    holds_objection: "Krijgt u een besluit over de tegenprestatie en bent u het er niet mee eens? Dan kunt u bezwaar maken, binnen zes weken. Die beginnen de dag nadat de gemeente het besluit verstuurde of aan u gaf.",
    holds_non_compliance: "Doet u een tegenprestatie die de gemeente u opdraagt niet? Dan kan de gemeente uw uitkering een tijd verlagen.",
    holds_court: "Een rechtbank vond in 2013 (onder de oude bijstandswet): 32 uur per week is in elk geval te veel. Dat is dan geen beperkt werk meer. Dit is één uitspraak, geen regel uit de wet.",
    source: "Bron",
    find_title: "Zo vindt u de regels van uw gemeente",
    find_steps: [
        "Ga naar de website met alle regels van gemeenten (lokaleregelgeving.overheid.nl).",
        "Zoek op ‘tegenprestatie’ en ‘{name}’. Kijk of de regels nu gelden: bij de regels staat vanaf welke datum.",
    ],
    register_link: "Naar lokaleregelgeving.overheid.nl",
    ask_title: "Vraag uw klantmanager",
    ask: [
        "Vraagt de gemeente mij een tegenprestatie? Hoeveel uur per week, en hoe lang?",
        "Telt wat ik al doe mee, zoals mantelzorg of vrijwilligerswerk?",
        "Mag ik meepraten over het werk dat ik ga doen?",
    ],
};

pub const EN: NoOrdinanceTexts = NoOrdinanceTexts {
    decides_title: "What your municipality's rules decide",
    decides: [
        "Whether the municipality asks anyone to do a tegenprestatie. Some municipalities only ask, and do not make it compulsory.",
        "How many hours a week, and for how long.",
        "Who does not have to do a tegenprestatie. This may be people who give informal care (mantelzorg), do volunteer work, are working on getting back to work, or have a part-time job.",
        "Whether work you already do may count as the tegenprestatie.",
    ],
    holds_title: "What the law and the courts say",
    holds_law: "The work is unpaid and useful to society. It fits what you can do. It is extra work: it may not replace paid work.",
    holds_memorandum: "According to the explanation of the law, the work is usually limited: not too many hours and not for too long. You may have a say in the kind of work. But the municipality decides.",
    memorandum_source: "Explanatory memorandum to the Participatiewet, as the thesis (2016, § 3.1.2) describes it",
    holds_objection: "Do you get a decision about the tegenprestatie and disagree with it? Then you can object (bezwaar), within six weeks. They start the day after the municipality sent or handed you the decision.",
    holds_non_compliance: "If you do not do a tegenprestatie the municipality assigns you, the municipality can lower your benefit for a while.",
    holds_court: "A district court found in 2013 (under the former social assistance act): 32 hours a week is too much in any case. It is then no longer limited work. This is one ruling, not a rule in the law.",
    source: "Source",
    find_title: "How to find your municipality's rules",
    find_steps: [
        "Go to the website with all the rules of municipalities (lokaleregelgeving.overheid.nl, in Dutch).",
        "Search for ‘tegenprestatie’ and ‘{name}’. Check that the rules apply now: the page shows the date they start.",
    ],
    register_link: "Go to lokaleregelgeving.overheid.nl",
    ask_title: "Ask your caseworker (klantmanager)",
    ask: [
        "Does the municipality ask me to do a tegenprestatie? How many hours a week, and for how long?",
        "Does what I already do count, such as informal care or volunteer work?",
        "Can I have a say in what kind of work I will do?",
    ],
};

pub fn no_ordinance_texts(lang: Lang) -> &'static NoOrdinanceTexts {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}
