//! The guided check's state, and the reducer that moves it: testable without a browser.
//!
//! What a person types is kept as typed (`Draft`), so a wrong entry is shown back with its error
//! and nothing is lost; answers are read from it only when they are valid.

use std::collections::BTreeMap;

use super::questions::{applies, FactsUsed, Field, Gates, Input, Question};
use crate::answers::{Answers, Benefit, TargetGroup, DEFAULT_PENSION_AGE};
use crate::catalog;

/// The product's languages: Dutch first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// What is wrong with one field.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Problem {
    /// Nothing chosen or filled in.
    Missing,
    /// Not a number.
    NotANumber,
    /// A number with decimals where whole numbers are asked.
    NotWhole,
    /// Outside the allowed range.
    OutOfRange { min: f64, max: f64 },
    /// Not one of the options (only from a tampered link).
    UnknownOption,
}

/// The raw answers, as typed or chosen, by field.
pub type Draft = BTreeMap<Field, String>;

/// Where the person is in the check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Question(Question),
    Review,
    Result,
}

impl Screen {
    pub fn key(self) -> String {
        match self {
            Screen::Question(q) => q.key().to_string(),
            Screen::Review => "controle".into(),
            Screen::Result => "uitkomst".into(),
        }
    }

    pub fn from_key(key: &str) -> Option<Screen> {
        match key {
            "controle" => Some(Screen::Review),
            "uitkomst" => Some(Screen::Result),
            other => Question::from_key(other).map(Screen::Question),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub lang: Lang,
    pub draft: Draft,
    pub screen: Screen,
    /// Problems found when the person last tried to go on from this screen.
    pub errors: Vec<(Field, Problem)>,
    /// Came here with "Wijzig" from the review: go back there when done.
    pub editing: bool,
}

impl Default for State {
    fn default() -> Self {
        State {
            lang: Lang::Nl,
            draft: Draft::new(),
            screen: Screen::Question(Question::Municipality),
            errors: Vec::new(),
            editing: false,
        }
    }
}

/// Everything a person can do.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Set(Field, String),
    Next,
    Back,
    /// "Wijzig" on the review page.
    Edit(Question),
    SetLang(Lang),
    /// "Wis mijn antwoorden": start again, in the same language.
    Clear,
}

/// Reads a number as people write it in Dutch or English: "7,5" or "7.5".
pub fn parse_number(raw: &str) -> Option<f64> {
    let cleaned = raw.trim().replace(',', ".");
    if cleaned.is_empty() {
        return None;
    }
    cleaned.parse::<f64>().ok().filter(|n| n.is_finite())
}

fn check(field: Field, raw: Option<&str>) -> Result<(), Problem> {
    match (field.input(), raw) {
        (_, None) => Err(Problem::Missing),
        (Input::Municipality, Some(id)) => {
            catalog::find(id).map(|_| ()).ok_or(Problem::UnknownOption)
        }
        (Input::Choice(options), Some(value)) => {
            if options.contains(&value) {
                Ok(())
            } else {
                Err(Problem::UnknownOption)
            }
        }
        (Input::Number { min, max, whole }, Some(value)) => {
            let n = parse_number(value).ok_or(Problem::NotANumber)?;
            if whole && n.fract() != 0.0 {
                Err(Problem::NotWhole)
            } else if !(min..=max).contains(&n) {
                Err(Problem::OutOfRange { min, max })
            } else {
                Ok(())
            }
        }
    }
}

impl State {
    /// A field's answer, trimmed; `None` when empty. Every reader goes through here, so a value
    /// with stray spaces (from an edited link) means the same everywhere.
    fn value(&self, field: Field) -> Option<&str> {
        self.draft
            .get(&field)
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
    }

    fn is_yes(&self, field: Field) -> bool {
        self.value(field) == Some("yes")
    }

    /// The chosen municipality, if it is a known one.
    pub fn municipality(&self) -> Option<&'static str> {
        self.value(Field::Municipality)
            .and_then(catalog::find)
            .map(|(_, m)| m.id.as_str())
    }

    fn facts_used(&self) -> FactsUsed {
        match self.value(Field::Municipality).and_then(catalog::find) {
            Some((ordinance, _)) => FactsUsed::of(&catalog::bundle().statute, ordinance),
            None => FactsUsed::default(),
        }
    }

    fn age(&self) -> Option<u8> {
        self.value(Field::Age)
            .and_then(parse_number)
            .filter(|a| a.fract() == 0.0 && (0.0..=130.0).contains(a))
            .map(|a| a as u8)
    }

    fn gates(&self) -> Gates {
        let age = self.age();
        let pension = match self.value(Field::ReachedPensionAge) {
            Some(v) if age.is_some_and(|a| (66..=67).contains(&a)) => v == "yes",
            _ => age.is_some_and(|a| a >= DEFAULT_PENSION_AGE),
        };
        let settled_by_law = age.is_some_and(|a| a < 18)
            || pension
            || self.value(Field::Benefit) == Some("none")
            || self.is_yes(Field::FullyPermanentlyIncapacitated)
            || self.is_yes(Field::SingleParentExemption);
        Gates {
            age,
            settled_by_law,
            gives_care: self.is_yes(Field::GivesCare),
            volunteers: self.is_yes(Field::Volunteers),
            has_part_time_work: self.is_yes(Field::HasPartTimeWork),
        }
    }

    /// The questions asked for the answers so far, in order.
    pub fn questions(&self) -> Vec<Question> {
        let used = self.facts_used();
        let gates = self.gates();
        let mut list: Vec<Question> = Question::ALL
            .into_iter()
            .filter(|q| applies(*q, &used, &gates))
            .collect();
        // Until the age is known, the law's questions alone decide the first steps.
        if gates.age.is_none() {
            list.retain(|q| !matches!(q, Question::PensionAge));
        }
        list
    }

    /// "Stap 2 van 7": the current step and the number of steps (questions plus the review).
    pub fn step(&self) -> Option<(usize, usize)> {
        let questions = self.questions();
        let total = questions.len() + 1;
        match self.screen {
            Screen::Question(q) => questions
                .iter()
                .position(|x| *x == q)
                .map(|i| (i + 1, total)),
            Screen::Review => Some((total, total)),
            Screen::Result => None,
        }
    }

    /// The problem shown for a field, if any.
    pub fn error_for(&self, field: Field) -> Option<Problem> {
        self.errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, p)| *p)
    }

    /// Problems in the fields of one question.
    pub fn problems(&self, question: Question) -> Vec<(Field, Problem)> {
        question
            .fields()
            .iter()
            .filter_map(|f| check(*f, self.value(*f)).err().map(|p| (*f, p)))
            .collect()
    }

    fn answered(&self, question: Question) -> bool {
        self.problems(question).is_empty()
    }

    /// The first asked question whose answers are missing or wrong, if any.
    pub fn first_incomplete(&self) -> Option<Question> {
        self.questions().into_iter().find(|q| !self.answered(*q))
    }

    /// The answers for the engine, read from the asked questions only.
    pub fn answers(&self) -> Option<Answers> {
        if self.first_incomplete().is_some() {
            return None;
        }
        let asked = self.questions();
        let is_asked = |q: Question| asked.contains(&q);
        let number = |f: Field| self.value(f).and_then(parse_number).unwrap_or(0.0);
        let yes = |q: Question, f: Field| is_asked(q) && self.is_yes(f);
        let mut a = Answers::new(self.age()?);
        if is_asked(Question::PensionAge) {
            a.reached_pension_age = self.is_yes(Field::ReachedPensionAge);
        }
        a.benefit = self
            .value(Field::Benefit)
            .and_then(Benefit::from_key)
            .unwrap_or_default();
        a.fully_permanently_incapacitated =
            yes(Question::Incapacity, Field::FullyPermanentlyIncapacitated);
        a.single_parent_exemption = yes(Question::SingleParent, Field::SingleParentExemption);
        if is_asked(Question::CareAmount) {
            a.caregiving_hours_per_week = number(Field::CaregivingHoursPerWeek);
            a.caregiving_months = number(Field::CaregivingMonths);
        }
        if is_asked(Question::CareNecessary) {
            a.caregiving_necessary = match self.value(Field::CaregivingNecessary) {
                Some("yes") => Some(true),
                Some("no") => Some(false),
                _ => None,
            };
        }
        if is_asked(Question::VolunteerAmount) {
            a.volunteer_hours_per_week = number(Field::VolunteerHoursPerWeek);
            a.volunteer_months = number(Field::VolunteerMonths);
        }
        a.respite_care_volunteer = yes(Question::RespiteCare, Field::RespiteCareVolunteer);
        if is_asked(Question::MonthsOnBenefit) {
            a.months_on_benefit = Some(number(Field::MonthsOnBenefit));
        }
        a.reintegration_trajectory = yes(Question::Reintegration, Field::ReintegrationTrajectory);
        a.social_activation = yes(Question::SocialActivation, Field::SocialActivation);
        a.group_training = yes(Question::GroupTraining, Field::GroupTraining);
        a.wmo_guidance = yes(Question::Wmo, Field::WmoGuidance);
        if is_asked(Question::PartTimeHours) {
            a.part_time_work_hours_per_week = number(Field::PartTimeWorkHoursPerWeek);
        }
        if is_asked(Question::Ladder) {
            a.participation_ladder_step = self
                .value(Field::ParticipationLadderStep)
                .and_then(|s| s.parse().ok());
        }
        if is_asked(Question::TargetGroup) {
            a.target_group = self
                .value(Field::TargetGroup)
                .and_then(TargetGroup::from_key);
        }
        a.has_disability = yes(Question::Disability, Field::HasDisability);
        a.permanently_unable = yes(Question::PermanentlyUnable, Field::PermanentlyUnable);
        a.urgent_reasons = yes(Question::UrgentReasons, Field::UrgentReasons);
        Some(a)
    }

    /// The screen to show after `question`, given the answers now.
    fn after(&self, question: Question) -> Screen {
        let questions = self.questions();
        if self.editing {
            // Back to the review, unless a newly relevant question still needs an answer.
            return match questions
                .iter()
                .skip_while(|q| **q != question)
                .skip(1)
                .find(|q| !self.answered(**q))
            {
                Some(q) => Screen::Question(*q),
                None => Screen::Review,
            };
        }
        questions
            .iter()
            .skip_while(|q| **q != question)
            .nth(1)
            .map_or(Screen::Review, |q| Screen::Question(*q))
    }

    fn before(&self, screen: Screen) -> Option<Screen> {
        let questions = self.questions();
        match screen {
            Screen::Question(q) => {
                let i = questions.iter().position(|x| *x == q)?;
                i.checked_sub(1).map(|p| Screen::Question(questions[p]))
            }
            Screen::Review => questions.last().map(|q| Screen::Question(*q)),
            Screen::Result => Some(Screen::Review),
        }
    }

    /// Makes a restored state safe to show: a screen that is no longer reachable falls back to the
    /// first question that needs an answer.
    pub fn settle(mut self) -> State {
        let reachable = match self.screen {
            Screen::Question(q) => self.questions().contains(&q),
            Screen::Review | Screen::Result => self.first_incomplete().is_none(),
        };
        if !reachable {
            self.screen = self
                .first_incomplete()
                .map_or(Screen::Review, Screen::Question);
        }
        self.errors.clear();
        self
    }
}

/// The reducer: the only way the state changes.
pub fn reduce(state: &State, action: Action) -> State {
    let mut next = state.clone();
    match action {
        Action::Set(field, value) => {
            next.draft.insert(field, value);
            next.errors.retain(|(f, _)| *f != field);
        }
        Action::Next => match state.screen {
            Screen::Question(q) => {
                let problems = state.problems(q);
                if problems.is_empty() {
                    next.screen = state.after(q);
                    next.errors.clear();
                    if next.screen == Screen::Review {
                        next.editing = false;
                    }
                } else {
                    next.errors = problems;
                }
            }
            Screen::Review => match state.first_incomplete() {
                None => {
                    next.screen = Screen::Result;
                    next.errors.clear();
                }
                Some(q) => {
                    next.screen = Screen::Question(q);
                    next.errors = state.problems(q);
                }
            },
            Screen::Result => {}
        },
        Action::Back => {
            if let Some(previous) = state.before(state.screen) {
                next.screen = previous;
                next.errors.clear();
                next.editing = false;
            }
        }
        Action::Edit(q) => {
            if state.questions().contains(&q) {
                next.screen = Screen::Question(q);
                next.editing = true;
                next.errors.clear();
            }
        }
        Action::SetLang(lang) => next.lang = lang,
        Action::Clear => {
            next = State {
                lang: state.lang,
                ..State::default()
            }
        }
    }
    next
}
