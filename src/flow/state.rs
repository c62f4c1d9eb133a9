//! The guided check's state, and the reducer that moves it: testable without a browser.
//!
//! What a person types is kept as typed (`Draft`), so a wrong entry is shown back with its error
//! and nothing is lost; answers are read from it only when they are valid.

use crate::flow::texts::languages::{LanguageInfo, LANGUAGES};
use std::collections::BTreeMap;

use std::sync::Arc;

use super::questions::{applies, FactsUsed, Field, Gate, Gates, Input, Question, UNKNOWN};
use crate::answers::Answers;
use crate::catalog::Catalog;
use crate::date::Date;
use crate::engine::RuleSet;
use crate::facts::{Fact, Kind};

/// What the guided check works with besides the person's answers: the rule sets and the day.
#[derive(Debug, Clone)]
pub struct Env {
    pub catalog: Arc<Catalog>,
    pub today: Date,
}

impl PartialEq for Env {
    fn eq(&self, other: &Self) -> bool {
        self.catalog == other.catalog && self.today == other.today
    }
}

/// A language of the check: one of `locales/` (Dutch first, English second, then the others,
/// as `build.rs` lists them). Dutch is built in; another language's texts are a pack, and until
/// it is loaded `texts::t` gives the Dutch. The desk, the workbench and the letters know Dutch
/// and English only: for them every other language reads as English.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Lang(u8);

#[allow(non_upper_case_globals)]
impl Lang {
    pub const Nl: Lang = Lang(0);
    pub const En: Lang = Lang(1);

    /// Every language, Dutch first.
    pub fn all() -> impl Iterator<Item = Lang> {
        (0..LANGUAGES.len()).map(|i| Lang(i as u8))
    }

    pub fn info(self) -> &'static LanguageInfo {
        &LANGUAGES[usize::from(self.0).min(LANGUAGES.len() - 1)]
    }

    pub fn code(self) -> &'static str {
        self.info().code
    }

    pub fn is_dutch(self) -> bool {
        self == Lang::Nl
    }

    /// Written right to left (Arabic).
    pub fn rtl(self) -> bool {
        self.info().rtl
    }

    /// A language tag as pages write it (`nl`, `nl-NL`, `en-GB`, `AR`): one of the check's
    /// languages, else `None`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        Lang::from_code(&primary.to_ascii_lowercase())
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        LANGUAGES
            .iter()
            .position(|l| l.code == code)
            .map(|i| Lang(i as u8))
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
    /// The person ticked "Onthoud mijn antwoorden op dit apparaat": keep the answers after the
    /// tab is closed. Off unless chosen; never part of a link.
    pub remember: bool,
    /// The municipality was set by the page the check is embedded in (`gemeente="…"`): it is
    /// not asked, and "Wis mijn antwoorden" keeps it.
    pub fixed: bool,
}

impl Default for State {
    fn default() -> Self {
        State {
            lang: Lang::Nl,
            draft: Draft::new(),
            screen: Screen::Question(Question::Municipality),
            errors: Vec::new(),
            editing: false,
            remember: false,
            fixed: false,
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
    /// "Onthoud mijn antwoorden op dit apparaat", ticked or not.
    Remember(bool),
    /// The browser went back or forward, or the link was changed in an open tab: show the
    /// answers and screen it holds (already settled against the rule sets).
    Restore(Box<State>),
    /// The embedding page fixed the municipality (`Some`), or let the person choose (`None`).
    Fix(Option<String>),
}

/// Reads a number as people write it in Dutch or English: "7,5" or "7.5".
pub fn parse_number(raw: &str) -> Option<f64> {
    crate::number::parse(raw)
}

/// Whether a raw answer is valid for its field (the desk checks its fields the same way).
pub(crate) fn check(env: &Env, field: Field, raw: Option<&str>) -> Result<(), Problem> {
    match (field.input(), raw) {
        (_, None) => Err(Problem::Missing),
        // Known by the list (its ordinance may still be on its way).
        (Input::Municipality, Some(id)) => env
            .catalog
            .municipality(id)
            .map(|_| ())
            .ok_or(Problem::UnknownOption),
        (input @ Input::Choice { .. }, Some(value)) => {
            if input.options().contains(&value) {
                Ok(())
            } else {
                Err(Problem::UnknownOption)
            }
        }
        (Input::Date, Some(value)) => Date::parse(value).map(|_| ()).ok_or(Problem::NotANumber),
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

/// A typed age in whole years, 0 to 130; the guided check and the desk read it the same way.
pub(crate) fn age_of(raw: &str) -> Option<u8> {
    parse_number(raw)
        .filter(|a| a.fract() == 0.0 && (0.0..=130.0).contains(a))
        .map(|a| a as u8)
}

/// A raw answer as a fact value, if it is valid for the fact ("unknown" is NaN); the guided
/// check and the desk read answers the same way.
pub(crate) fn fact_value(env: &Env, fact: Fact, raw: &str) -> Option<f64> {
    check(env, Field::Fact(fact), Some(raw)).ok()?;
    Some(match fact.kind() {
        _ if raw == UNKNOWN => f64::NAN,
        Kind::Bool => f64::from(raw == "yes"),
        Kind::Choice(_) => fact.option_index(raw)? as f64,
        Kind::Number { .. } => parse_number(raw)?,
        Kind::Date => Date::parse(raw)?.as_fact(),
    })
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

    /// The chosen municipality, if it is a known one (its ordinance may still be on its way).
    pub fn municipality<'e>(&self, env: &'e Env) -> Option<&'e str> {
        self.value(Field::Municipality)
            .and_then(|id| env.catalog.municipality(id))
            .map(|(m, _)| m.id.as_str())
    }

    /// The file of the chosen municipality's ordinance, while the catalogue has only its
    /// header: until it is here nothing is decided, and no screen after the municipality's is
    /// worked out (`settle` keeps the screen; the check fetches the file and settles again).
    pub fn awaiting_rules<'e>(&self, env: &'e Env) -> Option<&'e str> {
        self.value(Field::Municipality)
            .and_then(|id| env.catalog.awaiting(id))
    }

    fn rule_set<'e>(&self, env: &'e Env) -> Option<&'e RuleSet> {
        self.value(Field::Municipality)
            .and_then(|id| env.catalog.find(id))
            .map(|(set, _)| set)
    }

    fn facts_used(&self, env: &Env) -> FactsUsed {
        match self.rule_set(env) {
            Some(set) => FactsUsed::of(set.statute(), set.ordinance()),
            None => FactsUsed::default(),
        }
    }

    fn age(&self) -> Option<u8> {
        self.value(Field::Fact(Fact::Age)).and_then(age_of)
    }

    /// The day the check answers for: the one the person chose ("Wijzig"), else today. The
    /// answers are checked against this day and decided for it.
    pub fn reference_day(&self, env: &Env) -> Date {
        self.value(Field::Fact(Fact::Date))
            .and_then(Date::read)
            .unwrap_or(env.today)
    }

    /// Whether the person chose a day other than today.
    pub fn day_chosen(&self, env: &Env) -> bool {
        self.reference_day(env) != env.today
    }

    /// Why the check gives no answer for its day, if it does not: the law changed (from
    /// 2027-01-01), or the chosen municipality's rules no longer hold (ended, or merged).
    pub fn refusal(&self, env: &Env) -> Option<crate::engine::NotInForce> {
        let on = self.reference_day(env);
        if let Some((statute, _)) = env.catalog.law_change_on(on) {
            let from = Date::parse(&statute.version.valid_from)?;
            return Some(crate::engine::NotInForce::LawChanged { from });
        }
        let id = self.municipality(env)?;
        let probe = Answers::new(30, on);
        env.catalog.verdict(id, &probe)?.2.err()
    }

    /// The person looks at rules of the past: today the law has changed, and the chosen day
    /// is before the change. Every screen says so.
    pub fn looks_back(&self, env: &Env) -> bool {
        env.catalog.law_change_on(env.today).is_some()
            && env.catalog.law_change_on(self.reference_day(env)).is_none()
    }

    /// A field's answer as a fact value, if it is valid; `None` if not (yet).
    fn fact_value(&self, env: &Env, fact: Fact) -> Option<f64> {
        fact_value(env, fact, self.value(Field::Fact(fact))?)
    }

    /// The answers for the engine from the given questions' valid answers; what is not asked
    /// or not (validly) answered stays at its default.
    fn answers_from(&self, env: &Env, asked: &[Question]) -> Answers {
        let mut a = Answers::new(self.age().unwrap_or(0), self.reference_day(env));
        for q in asked {
            for field in q.fields() {
                if let Field::Fact(fact) = field {
                    if let Some(v) = self.fact_value(env, *fact) {
                        a.set(*fact, v);
                    }
                }
            }
        }
        a
    }

    fn gates(&self, env: &Env) -> Gates {
        let age = self.age();
        let pension_hinges = match (self.rule_set(env), age) {
            (Some(set), Some(age)) => set
                .pension_ages()
                .check(self.reference_day(env), None, Some(f64::from(age)))
                .reached
                .is_none(),
            _ => false,
        };
        Gates {
            age,
            pension_hinges,
            gives_care: self.is_yes(Field::Gate(Gate::GivesCare)),
            volunteers: self.is_yes(Field::Gate(Gate::Volunteers)),
            has_part_time_work: self.is_yes(Field::Gate(Gate::HasPartTimeWork)),
        }
    }

    /// Whether the statute's own rules settle the outcome on the questions asked so far (under
    /// 18, AOW age, no benefit, art. 9 lid 5 or 7): then the check stops at once.
    fn settled_by_law(&self, env: &Env, asked: &[Question]) -> bool {
        let (Some(id), Some(_)) = (self.municipality(env), self.age()) else {
            return false;
        };
        let answers = self.answers_from(env, asked);
        env.catalog
            .verdict(id, &answers)
            .and_then(|(set, _, verdict)| verdict.ok().map(|v| set.settled_by_law(&v)))
            .unwrap_or(false)
    }

    /// The questions asked for the answers so far, in order: the law's first, stopping right
    /// after the answer that lets the law settle it.
    pub fn questions(&self, env: &Env) -> Vec<Question> {
        let used = self.facts_used(env);
        let gates = self.gates(env);
        let mut asked = Vec::new();
        for q in Question::ALL {
            if !applies(q, &used, &gates) || (self.fixed && q == Question::Municipality) {
                continue;
            }
            asked.push(q);
            if q.is_statutory() && self.answered(env, q) && self.settled_by_law(env, &asked) {
                break;
            }
        }
        asked
    }

    /// "Vraag 2 van ongeveer 9": the current question (the municipality is not counted) and
    /// the expected number of questions. The estimate is the count when every follow-up stays
    /// closed, so it does not jump while the person answers; it grows only when an answer opens
    /// questions, and the check may end before it when the law settles it.
    pub fn step(&self, env: &Env) -> Option<(usize, usize)> {
        let Screen::Question(q) = self.screen else {
            return None;
        };
        if q == Question::Municipality {
            return None;
        }
        let used = self.facts_used(env);
        let closed = Gates {
            gives_care: false,
            volunteers: false,
            has_part_time_work: false,
            ..self.gates(env)
        };
        let baseline = Question::ALL
            .into_iter()
            .filter(|q| applies(*q, &used, &closed))
            .count();
        let questions = self.questions(env);
        // A fixed municipality is not in the list, but it is never counted either.
        let skipped = usize::from(self.fixed);
        let n = questions.iter().position(|x| *x == q)? + skipped;
        Some((n, baseline.max(questions.len() + skipped) - 1))
    }

    /// The problem shown for a field, if any.
    pub fn error_for(&self, field: Field) -> Option<Problem> {
        self.errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, p)| *p)
    }

    /// Problems in the fields of one question.
    pub fn problems(&self, env: &Env, question: Question) -> Vec<(Field, Problem)> {
        question
            .fields()
            .iter()
            .filter_map(|f| check(env, *f, self.value(*f)).err().map(|p| (*f, p)))
            .collect()
    }

    fn answered(&self, env: &Env, question: Question) -> bool {
        self.problems(env, question).is_empty()
    }

    /// The first asked question whose answers are missing or wrong, if any.
    pub fn first_incomplete(&self, env: &Env) -> Option<Question> {
        self.questions(env)
            .into_iter()
            .find(|q| !self.answered(env, *q))
    }

    /// The answers from every question asked so far, valid or not yet (for tests).
    #[doc(hidden)]
    pub fn answers_from_for_test(&self, env: &Env) -> Answers {
        self.answers_from(env, &self.questions(env))
    }

    /// The answers for the engine, read from the asked questions only.
    pub fn answers(&self, env: &Env) -> Option<Answers> {
        if self.first_incomplete(env).is_some() {
            return None;
        }
        self.age()?;
        Some(self.answers_from(env, &self.questions(env)))
    }

    /// The screen to show after `question`, given the answers now.
    fn after(&self, env: &Env, question: Question) -> Screen {
        let questions = self.questions(env);
        if self.editing {
            // Back to the review, unless a newly relevant question still needs an answer.
            return match questions
                .iter()
                .skip_while(|q| **q != question)
                .skip(1)
                .find(|q| !self.answered(env, **q))
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

    fn before(&self, env: &Env, screen: Screen) -> Option<Screen> {
        let questions = self.questions(env);
        match screen {
            Screen::Question(q) => {
                let i = questions.iter().position(|x| *x == q)?;
                i.checked_sub(1).map(|p| Screen::Question(questions[p]))
            }
            Screen::Review => questions.last().map(|q| Screen::Question(*q)),
            Screen::Result => Some(Screen::Review),
        }
    }

    /// Whether "Terug" leads anywhere from this screen.
    pub fn has_previous(&self, env: &Env) -> bool {
        self.before(env, self.screen).is_some()
    }

    /// Makes a restored state safe to show: a screen that is no longer reachable falls back to the
    /// first question that needs an answer.
    pub fn settle(mut self, env: &Env) -> State {
        if self.awaiting_rules(env).is_some() {
            self.errors.clear();
            return self;
        }
        let reachable = match self.screen {
            Screen::Question(q) => self.questions(env).contains(&q),
            Screen::Review | Screen::Result => self.first_incomplete(env).is_none(),
        };
        if !reachable {
            self.screen = self
                .first_incomplete(env)
                .map_or(Screen::Review, Screen::Question);
        }
        self.errors.clear();
        self
    }
}

/// The reducer: the only way the state changes.
pub fn reduce(state: &State, action: Action, env: &Env) -> State {
    let mut next = state.clone();
    match action {
        Action::Set(field, value) => {
            next.draft.insert(field, value);
            next.errors.retain(|(f, _)| *f != field);
        }
        Action::Next => match state.screen {
            Screen::Question(q) => {
                let problems = state.problems(env, q);
                if problems.is_empty() {
                    next.screen = state.after(env, q);
                    next.errors.clear();
                    if next.screen == Screen::Review {
                        next.editing = false;
                    }
                } else {
                    next.errors = problems;
                }
            }
            Screen::Review => match state.first_incomplete(env) {
                None => {
                    next.screen = Screen::Result;
                    next.errors.clear();
                }
                Some(q) => {
                    next.screen = Screen::Question(q);
                    next.errors = state.problems(env, q);
                }
            },
            Screen::Result => {}
        },
        Action::Back => {
            if let Some(previous) = state.before(env, state.screen) {
                next.screen = previous;
                next.errors.clear();
                next.editing = false;
            }
        }
        Action::Edit(q) => {
            if state.questions(env).contains(&q) {
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
            };
            if state.fixed {
                if let Some(id) = state.value(Field::Municipality) {
                    next = reduce(&next, Action::Fix(Some(id.to_string())), env);
                }
            }
        }
        Action::Remember(on) => next.remember = on,
        Action::Restore(restored) => {
            next = State {
                remember: state.remember,
                fixed: state.fixed,
                ..*restored
            };
            if state.fixed {
                if let Some(id) = state.value(Field::Municipality) {
                    next.draft.insert(Field::Municipality, id.to_string());
                }
            }
            next = next.settle(env)
        }
        Action::Fix(Some(id)) => {
            next.draft.insert(Field::Municipality, id);
            next.fixed = true;
            next = next.settle(env);
        }
        Action::Fix(None) => {
            next.fixed = false;
            next = next.settle(env);
        }
    }
    next
}
