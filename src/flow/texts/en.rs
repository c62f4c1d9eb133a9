//! English, plain and short. Dutch legal terms are kept where people will meet them.

use super::{BoundsWords, Catalogue, Message, QuestionText};
use crate::decision::CitationWords;
use crate::decision::Status;
use crate::facts::Fact;
use crate::flow::questions::{Field, Gate, Question};
use crate::model::{Detail, Topic};

pub const EN: Catalogue = Catalogue {
    lang_name: "English",
    other_lang_button: "Nederlands",
    app_title: "Tegenprestatie check",
    intro: &[
        "With a social assistance benefit, the municipality can ask you to do unpaid work that is useful to others. This is called the tegenprestatie.",
        "This check shows whether the tegenprestatie applies to you, how many hours and for how long. You answer a few questions. It takes about 3 minutes.",
    ],
    step_of: "Question {n} of about {total}",
    next: "Next",
    back: "Back",
    to_result: "See the outcome",
    clear: "Clear my answers",
    cleared: "Your answers have been cleared.",
    what_does_this_mean: "What does this mean?",
    yes: "Yes",
    no: "No",
    unknown: "I don't know",
    error_summary_title: "Something is not filled in correctly",
    error_prefix: "Error:",
    search_label: "Find your municipality",
    search_hint: "Type the name of your municipality, for example Den Haag or Súdwest-Fryslân. Part of the name is enough.",
    search_more: "There are {n} more municipalities with these letters. Type more letters.",
    no_ordinance_meta: "Only the rules in the law",
    via_common: "Also called: {name}",
    via_former: "{former} is now part of this municipality",
    found: "{n} municipalities found",
    found_one: "1 municipality found",
    none_found: "No municipality found.",
    ordinance_label: "Rules of {year}",
    merged_note: "Note: {note}",
    review_title: "Check your answers",
    review_intro: "Is everything right? Then you will see the outcome next.",
    change: "Change",
    not_answered: "Not asked",
    result_title: "Outcome",
    result_for: "{name}, {date}",
    college_decides_intro: "The municipality looks at your situation. Our sources do not say what follows. The municipality decides:",
    if_it_holds: "If the municipality finds that this rule applies",
    if_it_does_not: "If the municipality finds that this rule does not apply",
    see_next: "See question {n}.",
    no_maximum: "Your municipality sets no maximum number of hours. But 32 hours a week or more is never allowed. A court said so.",
    no_maximum_short: "There is no maximum, but 32 hours a week or more is never allowed.",
    rules_from: "Rules in force from {from}{to}. They may have changed: ask your municipality.",
    why_title: "Why? And the sources",
    rules_title: "The rules that apply",
    next_steps_sources: "Where the advice comes from",
    sources_title: "Sources",
    next_steps_title: "What can you do now?",
    practice_title: "How it works in practice",
    practice_label: "Practice, not a rule",
    version_label: "Version",
    in_force_label: "In force from",
    detail_label: "How complete is the source?",
    print: "Print this outcome",
    share_label: "Link to this check with your answers",
    share: "Copy the link",
    share_done: "The link is copied. Your answers are in the link. Only share it with people you trust.",
    share_failed: "Copying did not work. The link is selected: copy it yourself.",
    share_hint: "The link contains your answers. They are not sent to any server.",
    change_answers: "Change your answers",
    privacy: "We send nothing. Your answers are only in this tab and in the address of this page (that makes the Back button work). Close the tab and they are gone.",
    privacy_embedded: "We send nothing, not even to this website. Your answers stay in this page. Close the page and they are gone.",
    ordinance_unreachable: "The check cannot load the municipality's rules right now. Try again later, or ask the municipality.",
    ordinance_invalid: "The municipality's rules are not set up correctly in this check, so it gives no answer. Ask the municipality.",
    municipality_unknown: "This check does not know the municipality this website has set. Ask the municipality.",
    for_caseworkers: "For caseworkers: the intake with every question on one screen",
    for_municipalities: "For municipalities: write and test your ordinance",
    remember: "Remember my answers on this device",
    remember_hint: "Then you will see them again when you open the check later. Do not do this on a computer you share.",
    no_match_next: "We find no municipality with ‘{query}’ in its name. Type the name of your municipality, not of your village, town or neighbourhood. Not sure of the name? Look at a letter from the municipality about your benefit.",
    merged_warning: "{name}: {note} We only know the old rules of {name}. Ask your municipality which rules apply now.",
    merged_warning_no_rules: "{name}: {note} Do you live there now? Then choose the municipality you live in now.",
    hours_unit: "hours a week",
    months_unit: "months",
    years_unit: "years",
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
        decimal: ".",
        from_to: "{min} to {max}",
        at_least: "at least {n}",
        at_most: "at most {n}",
        average: "on average {n}",
        hours_a_week: "hours a week",
        months: "months",
        month: "month",
        weeks: "weeks",
        total_hours: "hours in total",
        per_year: "a year",
        times: "{n} times",
        or_less: "or fewer if you cannot do more",
        no_end: "with no end date",
        according_to_ability: "as much as you can",
    },
    citation: CitationWords {
        artikel: "article",
        lid: "paragraph",
        onderdeel: "point",
        // The detail note says where article numbers are missing; the citation does not.
        no_article: "",
    },
};

fn status_headline(status: Status) -> &'static str {
    match status {
        Status::NotApplicable | Status::Exempt => "You do not have to do a tegenprestatie",
        Status::Fulfilled => "What you already do counts as the tegenprestatie",
        Status::Obligated => "The municipality can ask you to do a tegenprestatie",
        Status::Discretionary => "It depends on what the municipality decides",
        Status::OrdinanceUnknown => "The municipality may ask you to do a tegenprestatie",
    }
}

fn status_lead(status: Status) -> Option<&'static str> {
    match status {
        Status::NotApplicable => Some("The duty to do a tegenprestatie does not apply to you."),
        Status::Exempt => Some("The duty does apply, but you are exempt."),
        Status::Fulfilled => {
            Some("You do not have to do anything extra, as long as you keep doing this.")
        }
        Status::Obligated => Some("That is unpaid work that is useful to others."),
        Status::Discretionary => Some(
            "The municipality may decide this person by person. This follows from each answer:",
        ),
        Status::OrdinanceUnknown => Some(
            "The law allows it. But whether your municipality asks you to do it, and how much, is in your municipality's rules. This check does not have those rules.",
        ),
    }
}

fn question(q: Question) -> QuestionText {
    let (title, hint, help) = match q {
        Question::Municipality => (
            "Which municipality do you live in?",
            Some("Each municipality has its own rules for the tegenprestatie."),
            Some("The tegenprestatie is unpaid work that is useful to others. The municipality can ask for it if you receive a benefit. For example helping in a community centre or shopping for someone. It may not replace a paid job."),
        ),
        Question::Age => ("How old are you?", Some("Your age in whole years."), None),
        Question::PensionAge => (
            "Have you reached the state pension (AOW) age?",
            Some("Usually this is 67. For some people it is different."),
            Some("The AOW is the state pension. From the AOW age on, the tegenprestatie no longer applies."),
        ),
        Question::Benefit => (
            "Which benefit do you receive?",
            None,
            Some("Social assistance (bijstand) is the benefit under the Participatiewet. IOAW and IOAZ are benefits for older or partly disabled unemployed people and former self-employed people. Special assistance (bijzondere bijstand) is money for special costs."),
        ),
        Question::Incapacity => (
            "Are you fully and permanently unable to work?",
            Some("This means: you cannot work at all, now or later, and this has been officially established."),
            Some("This is about article 4 of the Wet WIA: fully and permanently unable to work. Not sure? Choose 'No' and ask the municipality."),
        ),
        Question::SingleParent => (
            "As a single parent, are you exempt from the duty to work?",
            Some("You can get this exemption if you alone care for a child under 5."),
            Some("Exempt means: the municipality has released you from the duty. You received a letter about it."),
        ),
        Question::Care => (
            "Do you give informal care (mantelzorg)?",
            None,
            Some("Informal care is care for someone you know, such as your parent, partner, child or neighbour. You do not do it as a job. It is more than the usual help within a household."),
        ),
        Question::CareAmount => ("How much informal care do you give?", Some("An estimate is good enough."), None),
        Question::CareNecessary => (
            "Has the municipality said that your informal care is really needed?",
            Some("The municipality decides this, not you. Has it not said anything about it yet? Then choose 'I don't know'."),
            Some("Informal care is really needed when it is more than the usual help within a household and cannot be arranged otherwise."),
        ),
        Question::Volunteer => (
            "Do you do volunteer work?",
            None,
            Some("Volunteer work is unpaid work for a club, association or organisation, or for people in your neighbourhood."),
        ),
        Question::VolunteerAmount => ("How much volunteer work do you do?", Some("An estimate is good enough."), None),
        Question::RespiteCare => (
            "As a volunteer, do you take over care from an informal carer?",
            None,
            Some("In respite care you take over the care from an informal carer for a while, so they can rest."),
        ),
        Question::MonthsOnBenefit => (
            "How long have you had a benefit?",
            Some("Fill in the number of months. A year is 12 months."),
            None,
        ),
        Question::Reintegration => (
            "Are you in a reintegration trajectory?",
            None,
            Some("A reintegration trajectory helps you towards paid work. For example a course, a place to practise work, or help with applying for jobs. You do it together with the municipality."),
        ),
        Question::SocialActivation => (
            "Do you take part in social activation?",
            None,
            Some("Social activation helps you take part in society again, when paid work is still far away."),
        ),
        Question::GroupTraining => (
            "Do you follow a group training?",
            Some("For example the Toekomstatelier in the Liemers."),
            None,
        ),
        Question::Wmo => (
            "Does the municipality give you help from a support worker?",
            None,
            Some("A support worker helps you, for example, to organise your day, alone or in a group. The municipality arranges this under the Wmo, the Social Support Act."),
        ),
        Question::PartTimeWork => ("Do you have paid work besides your benefit?", None, None),
        Question::PartTimeHours => ("How many hours a week do you work?", None, None),
        Question::Ladder => (
            "Which step of the participation ladder are you on?",
            Some("Your caseworker knows this."),
            Some("The participation ladder shows how far you are from paid work. Steps 1 to 4: paid work is still far away. Steps 5 and 6: you can do paid work within a year. A step is also called a trede."),
        ),
        Question::TargetGroup => (
            "Which group has the municipality placed you in?",
            Some("Your caseworker knows this."),
            None,
        ),
        Question::Disability => (
            "Do you have a limitation?",
            Some("Because of your health or a disability you cannot do some things, or not as well."),
            None,
        ),
        Question::PermanentlyUnable => (
            "Does your situation permanently keep you from doing a tegenprestatie?",
            Some("For example because of your health or your situation at home."),
            None,
        ),
        Question::UrgentReasons => (
            "Are there urgent reasons why you cannot do a tegenprestatie now?",
            Some("For example heavy care for a family member that has just started."),
            Some("For urgent reasons the municipality can exempt you for a while. This is in article 9, paragraph 2 of the Participatiewet."),
        ),
    };
    QuestionText { title, hint, help }
}

fn field_label(field: Field) -> &'static str {
    match field {
        Field::Municipality => "Municipality",
        Field::Fact(Fact::Age) => "Age in years",
        Field::Fact(Fact::ReachedPensionAge) => "Reached the AOW age",
        Field::Fact(Fact::Benefit) => "Benefit",
        Field::Fact(Fact::FullyPermanentlyIncapacitated) => "Fully and permanently unable to work",
        Field::Fact(Fact::SingleParentExemption) => "Single parent with an exemption",
        Field::Gate(Gate::GivesCare) => "Informal care",
        Field::Fact(Fact::CaregivingHoursPerWeek) => "Hours of informal care a week",
        Field::Fact(Fact::CaregivingMonths) => "For how many months?",
        Field::Fact(Fact::CaregivingNecessary) => {
            "Informal care really needed, says the municipality"
        }
        Field::Gate(Gate::Volunteers) => "Volunteer work",
        Field::Fact(Fact::VolunteerHoursPerWeek) => "Hours of volunteer work a week",
        Field::Fact(Fact::VolunteerMonths) => "For how many months?",
        Field::Fact(Fact::RespiteCareVolunteer) => "Taking over care from an informal carer",
        Field::Fact(Fact::MonthsOnBenefit) => "Months on a benefit",
        Field::Fact(Fact::ReintegrationTrajectory) => "Reintegration trajectory",
        Field::Fact(Fact::SocialActivation) => "Social activation",
        Field::Fact(Fact::GroupTraining) => "Group training",
        Field::Fact(Fact::WmoGuidance) => "Help from a support worker via the municipality",
        Field::Gate(Gate::HasPartTimeWork) => "Paid work",
        Field::Fact(Fact::PartTimeWorkHoursPerWeek) => "Hours of paid work a week",
        Field::Fact(Fact::ParticipationLadderStep) => "Step on the participation ladder",
        Field::Fact(Fact::HasDisability) => "Limitation",
        Field::Fact(Fact::PermanentlyUnable) => "Permanently unable to do a tegenprestatie",
        Field::Fact(Fact::UrgentReasons) => "Urgent reasons",
        Field::Fact(Fact::Date) => "Date of the check",
        Field::Fact(Fact::BirthDate) => "Date of birth",
        // Derived facts are never asked.
        Field::Fact(
            Fact::VolunteerStartAfterBenefitMonths | Fact::VolunteerAndCaregivingHoursPerWeek,
        ) => "",
        Field::Fact(Fact::TargetGroup) => "Group",
    }
}

fn option_label(field: Field, option: &str) -> Option<&'static str> {
    Some(match (field, option) {
        (_, "yes") => "Yes",
        (_, "no") => "No",
        (_, "unknown") => "I don't know",
        (Field::Fact(Fact::Benefit), "participatiewet") => "Social assistance (Participatiewet)",
        (Field::Fact(Fact::Benefit), "ioaw") => "IOAW",
        (Field::Fact(Fact::Benefit), "ioaz") => "IOAZ",
        (Field::Fact(Fact::Benefit), "special_assistance_only") => {
            "Only special assistance (bijzondere bijstand)"
        }
        (Field::Fact(Fact::Benefit), "none") => "No benefit",
        (Field::Fact(Fact::ParticipationLadderStep), "1") => {
            "Step 1: you are mostly at home and see few people"
        }
        (Field::Fact(Fact::ParticipationLadderStep), "2") => {
            "Step 2: you have contact with people outside your home"
        }
        (Field::Fact(Fact::ParticipationLadderStep), "3") => {
            "Step 3: you take part in activities, such as a course or club"
        }
        (Field::Fact(Fact::ParticipationLadderStep), "4") => {
            "Step 4: you do unpaid work, such as volunteering"
        }
        (Field::Fact(Fact::ParticipationLadderStep), "5") => {
            "Step 5: you have paid work, with support"
        }
        (Field::Fact(Fact::ParticipationLadderStep), "6") => {
            "Step 6: you have paid work, without support"
        }
        (Field::Fact(Fact::TargetGroup), "uitstromer") => {
            "Uitstromer: you can soon start paid work"
        }
        (Field::Fact(Fact::TargetGroup), "groeier") => "Groeier: you are growing towards work",
        (Field::Fact(Fact::TargetGroup), "blijver") => "Blijver: paid work is still far away",
        _ => return None,
    })
}

fn message(message: Message) -> &'static str {
    match message {
        Message::ChooseMunicipality => "Choose your municipality.",
        Message::FillInAge => "Fill in your age.",
        Message::FillInHours => "Fill in the number of hours a week.",
        Message::FillInMonths => "Fill in the number of months.",
        Message::ChooseBenefit => "Choose which benefit you receive.",
        Message::ChooseAnswer => "Choose an answer.",
        Message::AgeInDigits => "Fill in your age in digits, such as 35.",
        Message::FillInNumber => "Fill in a number, such as 4 or 7.5.",
        Message::WholeNumber => "Fill in a whole number, without decimals.",
        Message::AgeRange => "Fill in an age from 0 to 130 years.",
        Message::HoursRange => "Fill in a number of hours from 0 to 168. A week has 168 hours.",
        Message::MonthsRange => "Fill in a number of months from 0 to 600.",
        Message::UnknownMunicipality => {
            "We do not know this municipality. Choose one from the list."
        }
        Message::UnknownOption => "Choose one of the answers.",
    }
}

fn topic(topic: Topic) -> &'static str {
    match topic {
        Topic::FindActivity => "Finding something yourself",
        Topic::Choice => "You have a say",
        Topic::WhatCounts => "What counts as the tegenprestatie",
        Topic::Renewal => "Extending and repeating",
        Topic::NonCompliance => "If you do not take part",
        Topic::Objection => "If you disagree with a decision",
        Topic::Other => "Good to know",
    }
}

fn detail(detail: Detail) -> &'static str {
    match detail {
        Detail::FullText => "We have the full text of the ordinance.",
        Detail::Described => "A 2016 study describes the rules of this ordinance. We do not have the full text.",
        Detail::Summary => "We only know a short summary of this ordinance, from a 2016 table. Details may be missing.",
        Detail::Statute => "The law.",
        Detail::NotKnown => "This check does not have this municipality's rules. Only the law.",
    }
}

fn status_next(status: Status) -> &'static str {
    match status {
        Status::NotApplicable => "You do not have to do anything. Does your situation change? Then do the check again.",
        Status::Exempt => "Tell your caseworker why you are exempt. Does your situation change? Then do the check again.",
        Status::Fulfilled => "Tell your caseworker what you already do, and keep doing it.",
        Status::Obligated => "The municipality first discusses the tegenprestatie with you. Take this outcome to the meeting.",
        Status::Discretionary => "Ask your caseworker what the municipality decides. Take this outcome with you. You will then get a decision.",
        Status::OrdinanceUnknown => "Ask your caseworker what your municipality's rules say. Take this outcome with you.",
    }
}

fn detail_short(detail: Detail) -> &'static str {
    match detail {
        Detail::FullText => "full text",
        Detail::Described => "described in a study",
        Detail::Summary => "summary only",
        Detail::Statute => "law",
        Detail::NotKnown => "the law only",
    }
}
