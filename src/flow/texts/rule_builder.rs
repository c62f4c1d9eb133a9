//! The rule builder's and the fill-in list's words (the workbench), Dutch and English.

use crate::facts::Fact;
use crate::flow::questions::Field;
use crate::flow::state::Lang;
use crate::workbench::builder::{Comparison, FormProblem, Kind};
use crate::workbench::state::BuildProblem;

pub struct BuilderTexts {
    pub title: &'static str,
    pub hint: &'static str,
    pub kind: fn(Kind) -> &'static str,
    pub edit: &'static str,
    /// `{id}`: the rule's id.
    pub edit_rule: &'static str,
    pub only_text: &'static str,
    pub fill_first: &'static str,
    pub form_new: &'static str,
    pub kind_label: &'static str,
    /// `{id}`.
    pub form_edit: &'static str,
    pub id: &'static str,
    pub id_hint: &'static str,
    pub fact: &'static str,
    pub comparison: fn(Comparison) -> &'static str,
    pub comparison_label: &'static str,
    pub number: &'static str,
    pub effect: &'static str,
    pub effect_exempt: &'static str,
    pub effect_fulfilled: &'static str,
    pub effect_obligated: &'static str,
    pub citation: &'static str,
    pub artikel: &'static str,
    pub lid: &'static str,
    pub onderdeel: &'static str,
    pub source_text: &'static str,
    pub source_text_hint: &'static str,
    pub explanation_nl: &'static str,
    pub explanation_en: &'static str,
    pub question_nl: &'static str,
    pub question_en: &'static str,
    pub ask_nl: &'static str,
    pub ask_en: &'static str,
    pub ask_hint: &'static str,
    pub hours_max: &'static str,
    pub months_max: &'static str,
    pub save: &'static str,
    pub close: &'static str,
    /// `{id}`.
    pub saved: &'static str,
    pub problem: fn(BuildProblem) -> &'static str,
    pub fill_title: &'static str,
    /// `{n}`.
    pub fill_hint: &'static str,
    pub fill_button: &'static str,
    /// `{lines}`.
    pub fill_lines: &'static str,
    pub fill_number: &'static str,
    pub fill_text: &'static str,
    pub start_skeleton: &'static str,
    /// The draft's status while places are open: `{n}`.
    pub fill_status: &'static str,
}

/// A fact's name in the builder's list: the question's label, where it is clear on its own.
pub fn fact_label(lang: Lang, fact: Fact) -> String {
    let own = match (lang, fact) {
        (Lang::Nl, Fact::CaregivingMonths) => Some("Maanden mantelzorg"),
        (_, Fact::CaregivingMonths) => Some("Months of informal care"),
        (Lang::Nl, Fact::VolunteerMonths) => Some("Maanden vrijwilligerswerk"),
        (_, Fact::VolunteerMonths) => Some("Months of volunteer work"),
        (Lang::Nl, Fact::VolunteerAndCaregivingHoursPerWeek) => {
            Some("Uren vrijwilligerswerk en mantelzorg samen per week")
        }
        (_, Fact::VolunteerAndCaregivingHoursPerWeek) => {
            Some("Hours of volunteer work and care together a week")
        }
        (Lang::Nl, Fact::VolunteerStartAfterBenefitMonths) => {
            Some("Hoeveel maanden na de start van de uitkering het vrijwilligerswerk begon")
        }
        (_, Fact::VolunteerStartAfterBenefitMonths) => {
            Some("Months from the start of the benefit to the start of the volunteer work")
        }
        _ => None,
    };
    let label = own.unwrap_or_else(|| super::t(lang).field_label(Field::Fact(fact)));
    format!("{label} ({})", fact.key())
}

fn kind_nl(k: Kind) -> &'static str {
    match k {
        Kind::Exemption => "Vrijstelling",
        Kind::Counts => "Telt als tegenprestatie",
        Kind::Judgement => "Oordeel van het college",
        Kind::Variant => "Andere uren of duur voor een groep",
    }
}

fn kind_en(k: Kind) -> &'static str {
    match k {
        Kind::Exemption => "Exemption",
        Kind::Counts => "Counts as the tegenprestatie",
        Kind::Judgement => "Judgement of the college",
        Kind::Variant => "Other hours or duration for a group",
    }
}

fn comparison_nl(c: Comparison) -> &'static str {
    match c {
        Comparison::AtLeast => "minstens",
        Comparison::Above => "meer dan",
        Comparison::Below => "minder dan",
        Comparison::AtMost => "hoogstens",
        Comparison::Yes => "ja",
        Comparison::No => "nee",
    }
}

fn comparison_en(c: Comparison) -> &'static str {
    match c {
        Comparison::AtLeast => "at least",
        Comparison::Above => "more than",
        Comparison::Below => "less than",
        Comparison::AtMost => "at most",
        Comparison::Yes => "yes",
        Comparison::No => "no",
    }
}

fn problem_nl(p: BuildProblem) -> &'static str {
    match p {
        BuildProblem::Form(FormProblem::NoId) => "Geef de regel een naam (id).",
        BuildProblem::Form(FormProblem::IdChars) => {
            "Gebruik in de naam (id) alleen kleine letters, cijfers en streepjes, zoals vrijwilligerswerk-8-uur."
        }
        BuildProblem::Form(FormProblem::IdTaken) => {
            "Deze naam (id) heeft al een andere regel. Kies een andere."
        }
        BuildProblem::Form(FormProblem::Number) => "Vul het getal in, zoals 8 of 7,5.",
        BuildProblem::Form(FormProblem::ComparisonDoesNotFit) => {
            "Dit gegeven is ja of nee: kies ja of nee als vergelijking."
        }
        BuildProblem::Form(FormProblem::NoAssignment) => {
            "Het concept heeft nog geen uren en duur voor iedereen. Vul die eerst in; daarna kunt u een groep andere uren of duur geven."
        }
        BuildProblem::Form(FormProblem::NoBound) => {
            "Vul de uren per week of het aantal maanden in (of allebei)."
        }
        BuildProblem::Form(FormProblem::Bound) => {
            "Vul de uren en maanden als getal in, zoals 16 of 3."
        }
        BuildProblem::Unreadable => {
            "Het concept is nu geen leesbare verordening. Los eerst de melding bovenaan op."
        }
        BuildProblem::Holes => "Vul eerst de open plekken in.",
    }
}

fn problem_en(p: BuildProblem) -> &'static str {
    match p {
        BuildProblem::Form(FormProblem::NoId) => "Give the rule a name (id).",
        BuildProblem::Form(FormProblem::IdChars) => {
            "Use only lowercase letters, digits and hyphens in the name (id), like volunteer-8-hours."
        }
        BuildProblem::Form(FormProblem::IdTaken) => {
            "Another rule already has this name (id). Choose another."
        }
        BuildProblem::Form(FormProblem::Number) => "Fill in the number, like 8 or 7.5.",
        BuildProblem::Form(FormProblem::ComparisonDoesNotFit) => {
            "This fact is yes or no: choose yes or no as the comparison."
        }
        BuildProblem::Form(FormProblem::NoAssignment) => {
            "The draft has no hours and duration for everyone yet. Fill those in first; then you can give a group other hours or duration."
        }
        BuildProblem::Form(FormProblem::NoBound) => {
            "Fill in the hours a week or the months (or both)."
        }
        BuildProblem::Form(FormProblem::Bound) => "Fill in hours and months as numbers, like 16 or 3.",
        BuildProblem::Unreadable => {
            "The draft is not a readable ordinance now. Fix the problem shown at the top first."
        }
        BuildProblem::Holes => "Fill in the open places first.",
    }
}

static NL: BuilderTexts = BuilderTexts {
    title: "Regel toevoegen",
    hint: "Kies wat de regel doet. Vul dan in wanneer hij geldt en waar hij in uw verordening staat.",
    kind: kind_nl,
    edit: "Bewerk",
    edit_rule: "Bewerk regel {id}",
    only_text: "(alleen in de tekst te wijzigen)",
    fill_first: "Vul eerst de open plekken in; daarna kunt u de regels hier bewerken.",
    form_new: "Nieuwe regel",
    kind_label: "Soort regel",
    form_edit: "Regel {id}",
    id: "Naam van de regel (id)",
    id_hint: "Kleine letters, cijfers en streepjes, zoals vrijwilligerswerk-8-uur.",
    fact: "Geldt wanneer",
    comparison: comparison_nl,
    comparison_label: "Vergelijking",
    number: "Getal",
    effect: "Als het college ja zegt",
    effect_exempt: "geen tegenprestatie (vrijstelling)",
    effect_fulfilled: "telt als tegenprestatie",
    effect_obligated: "de gemeente kan een tegenprestatie opdragen",
    citation: "Waar staat het in de verordening?",
    artikel: "Artikel",
    lid: "Lid",
    onderdeel: "Onderdeel",
    source_text: "Tekst uit de verordening",
    source_text_hint: "Plak de woorden van het artikel precies zoals ze in de verordening staan.",
    explanation_nl: "Uitleg voor de inwoner (Nederlands, B1)",
    explanation_en: "Uitleg voor de inwoner (Engels)",
    question_nl: "Wat beslist het college? (Nederlands)",
    question_en: "Wat beslist het college? (Engels)",
    ask_nl: "Korte ja/nee-vraag (Nederlands)",
    ask_en: "Korte ja/nee-vraag (Engels)",
    ask_hint: "Zoals: Vindt de gemeente uw mantelzorg echt nodig? Ja betekent: de regel geldt.",
    hours_max: "Uren per week, hoogstens",
    months_max: "Maanden, hoogstens",
    save: "Zet in het concept",
    close: "Sluit",
    saved: "Regel {id} staat in het concept.",
    problem: problem_nl,
    fill_title: "Nog in te vullen",
    fill_hint: "Nog open: {n}. Vul in wat uw verordening zegt. Tot alles is ingevuld, geeft het concept geen antwoord. Staat een getal in uw verordening in letters (zes)? Pas dan ook de geciteerde tekst aan.",
    fill_button: "Vul in",
    fill_lines: "tekstregel {lines}",
    fill_number: "Vul een getal in, zoals 8 of 7,5.",
    fill_text: "Vul iets in.",
    start_skeleton: "Begin met de opbouw van Oldenzaal (volgt het VNG-model)",
    fill_status: "Het concept is nog niet af. Nog open: {n}. Vul ze hieronder in.",
};

static EN: BuilderTexts = BuilderTexts {
    title: "Add a rule",
    hint: "Choose what the rule does. Then fill in when it holds and where it is in your ordinance.",
    kind: kind_en,
    edit: "Edit",
    edit_rule: "Edit rule {id}",
    only_text: "(can be changed in the text only)",
    fill_first: "Fill in the open places first; then you can edit the rules here.",
    form_new: "New rule",
    kind_label: "Kind of rule",
    form_edit: "Rule {id}",
    id: "Name of the rule (id)",
    id_hint: "Lowercase letters, digits and hyphens, like volunteer-8-hours.",
    fact: "Holds when",
    comparison: comparison_en,
    comparison_label: "Comparison",
    number: "Number",
    effect: "If the college says yes",
    effect_exempt: "no tegenprestatie (exemption)",
    effect_fulfilled: "counts as the tegenprestatie",
    effect_obligated: "the municipality can assign a tegenprestatie",
    citation: "Where is it in the ordinance?",
    artikel: "Article (artikel)",
    lid: "Paragraph (lid)",
    onderdeel: "Item (onderdeel)",
    source_text: "Text of the ordinance",
    source_text_hint: "Paste the article's words exactly as the ordinance has them.",
    explanation_nl: "Explanation for the resident (Dutch, B1)",
    explanation_en: "Explanation for the resident (English)",
    question_nl: "What does the college decide? (Dutch)",
    question_en: "What does the college decide? (English)",
    ask_nl: "Short yes/no question (Dutch)",
    ask_en: "Short yes/no question (English)",
    ask_hint: "Like: Does the municipality find your informal care really needed? Yes means: the rule holds.",
    hours_max: "Hours a week, at most",
    months_max: "Months, at most",
    save: "Put in the draft",
    close: "Close",
    saved: "Rule {id} is in the draft.",
    problem: problem_en,
    fill_title: "Still to fill in",
    fill_hint: "Still open: {n}. Fill in what your ordinance says. Until everything is filled in, the draft gives no answer. Does your ordinance write a number in words (zes)? Then change the quoted text too.",
    fill_button: "Fill in",
    fill_lines: "line {lines}",
    fill_number: "Fill in a number, like 8 or 7.5.",
    fill_text: "Fill in something.",
    start_skeleton: "Start from the structure of Oldenzaal (follows the VNG model)",
    fill_status: "The draft is not finished. Still open: {n}. Fill them in below.",
};

pub fn builder_texts(lang: Lang) -> &'static BuilderTexts {
    match lang {
        Lang::Nl => &NL,
        _ => &EN,
    }
}
