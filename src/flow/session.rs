//! The recipient's check as the app holds it: the answers (`State`), the rule sets they are read
//! against (`Env`), and the chosen municipality's ordinance while its file is on its way (the
//! app built with `ordinance-files` has only each ordinance's header until a person chooses one
//! of its municipalities).
//!
//! "Volgende" on the municipality's question waits for the file (the next questions depend on
//! the ordinance); when it arrives, the step is taken. A file that cannot be had, or whose bytes
//! are not the ones the build wrote, is refused: nothing is decided, every answer is kept, and
//! the person can try again or choose another municipality.

use std::sync::Arc;

use super::questions::{Field, Question};
use super::state::{reduce, Action, Env, Screen, State};

/// What the check holds.
#[derive(Clone, PartialEq)]
pub struct Session {
    pub state: State,
    pub env: Env,
    /// "Volgende" was pressed on the municipality's question before its ordinance was here.
    pub waiting: bool,
    /// The file that could not be had or was refused (until a retry or another choice).
    pub failed: Option<String>,
    /// Bumped by each retry: the app fetches the awaited file again when it changes.
    pub attempt: u32,
}

/// What can happen to it.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// The person did something (`flow::state::Action`).
    Flow(Action),
    /// The bytes of a file named by `Catalog::awaiting` arrived.
    Arrived { file: String, bytes: Arc<[u8]> },
    /// The file could not be fetched.
    Failed(String),
    /// "Probeer opnieuw".
    Retry,
    /// "Kies een andere gemeente": back to the list, every answer kept.
    ChooseAnother,
}

/// How the chosen municipality's ordinance stands, for the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rules<'s> {
    /// Here (or not needed: no municipality yet, or one without an ordinance).
    Here,
    /// On its way: this file.
    Coming(&'s str),
    /// This file could not be had, or was refused.
    Failed(&'s str),
}

impl Session {
    pub fn new(state: State, env: Env) -> Session {
        Session {
            state,
            env,
            waiting: false,
            failed: None,
            attempt: 0,
        }
    }

    /// The file the check must fetch now, if any (none after a failure until a retry).
    pub fn to_fetch(&self) -> Option<&str> {
        match self.rules() {
            Rules::Coming(file) => Some(file),
            _ => None,
        }
    }

    pub fn rules(&self) -> Rules<'_> {
        match self.state.awaiting_rules(&self.env) {
            None => Rules::Here,
            Some(file) if self.failed.as_deref() == Some(file) => Rules::Failed(file),
            Some(file) => Rules::Coming(file),
        }
    }

    /// Whether the screen must say that the rules are on their way or could not be had: on
    /// every screen after the municipality's (a link can open one), on the municipality's once
    /// "Volgende" was pressed, and always where the host page fixed the municipality (the
    /// question is not asked there).
    pub fn rules_block(&self) -> bool {
        self.rules() != Rules::Here
            && (self.waiting
                || self.state.fixed
                || self.state.screen != Screen::Question(Question::Municipality))
    }
}

/// The only way the session changes.
pub fn step(session: &Session, step: Step) -> Session {
    let mut next = session.clone();
    match step {
        Step::Flow(Action::Next)
            if session.state.screen == Screen::Question(Question::Municipality)
                && session.rules() != Rules::Here
                && session
                    .state
                    .problems(&session.env, Question::Municipality)
                    .is_empty() =>
        {
            next.waiting = true;
            // "Volgende" after a failure tries again.
            if next.failed.take().is_some() {
                next.attempt += 1;
            }
        }
        Step::Flow(action) => {
            if matches!(action, Action::Set(Field::Municipality, _) | Action::Clear) {
                next.failed = None;
            }
            next.waiting = false;
            next.state = reduce(&session.state, action, &session.env);
        }
        Step::Arrived { file, bytes } => match session.env.catalog.with_body(&bytes) {
            Some(catalog) => {
                next.env.catalog = Arc::new(catalog);
                if next.failed.as_deref() == Some(file.as_str()) {
                    next.failed = None;
                }
                next.state = next.state.clone().settle(&next.env);
                if std::mem::take(&mut next.waiting) && next.rules() == Rules::Here {
                    next.state = reduce(&next.state, Action::Next, &next.env);
                }
            }
            None => return refused(next, file),
        },
        Step::Failed(file) => return refused(next, file),
        Step::Retry => {
            next.failed = None;
            next.attempt += 1;
        }
        Step::ChooseAnother => {
            next.waiting = false;
            if session.state.screen != Screen::Question(Question::Municipality) {
                next.state = reduce(
                    &session.state,
                    Action::Edit(Question::Municipality),
                    &session.env,
                );
            }
        }
    }
    next
}

/// A file that is not to be had: said only while it is the one awaited (a person who pressed
/// "Volgende" keeps waiting: a retry goes on to the next question).
fn refused(mut session: Session, file: String) -> Session {
    if session.state.awaiting_rules(&session.env) == Some(file.as_str()) {
        session.failed = Some(file);
    }
    session
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{bundled, split};
    use crate::date::Date;

    fn session() -> (Session, Vec<(String, Vec<u8>)>) {
        let (catalog, files) = split(&bundled());
        let env = Env {
            catalog: Arc::new(catalog),
            today: Date::parse("2026-06-15").unwrap(),
        };
        (Session::new(State::default(), env), files)
    }

    fn set(s: &Session, field: Field, value: &str) -> Session {
        step(s, Step::Flow(Action::Set(field, value.to_string())))
    }

    fn bytes_of(files: &[(String, Vec<u8>)], ordinance: &str) -> Arc<[u8]> {
        let (_, bytes) = files.iter().find(|(id, _)| id == ordinance).unwrap();
        bytes.as_slice().into()
    }

    fn arrive(s: &Session, bytes: Arc<[u8]>) -> Session {
        let file = s.to_fetch().expect("a file is awaited").to_string();
        step(s, Step::Arrived { file, bytes })
    }

    /// Choosing Rotterdam asks for its file; "Volgende" before it arrives waits on the same
    /// screen, and the step is taken when it comes.
    #[test]
    fn next_waits_for_the_ordinance_and_is_taken_when_it_arrives() {
        let (s, files) = session();
        assert_eq!(s.to_fetch(), None, "nothing is fetched before a choice");
        let s = set(&s, Field::Municipality, "rotterdam");
        let file = s
            .to_fetch()
            .expect("Rotterdam's file is fetched")
            .to_string();
        assert!(file.starts_with("ord-rotterdam"), "{file}");
        assert!(!s.rules_block(), "choosing alone does not block the screen");
        let waiting = step(&s, Step::Flow(Action::Next));
        assert!(waiting.waiting && waiting.rules_block());
        assert_eq!(
            waiting.state.screen,
            Screen::Question(Question::Municipality)
        );
        let rotterdam = files
            .iter()
            .find(|(id, _)| id.contains("rotterdam"))
            .unwrap();
        let on = arrive(&waiting, rotterdam.1.as_slice().into());
        assert_eq!(on.rules(), Rules::Here);
        assert!(!on.waiting);
        assert_ne!(on.state.screen, Screen::Question(Question::Municipality));
        assert!(on.state.errors.is_empty());
    }

    /// Bytes that are not the file (cut off, or another file's) are refused: the answers stay,
    /// nothing is decided, and a retry asks for the file again.
    #[test]
    fn a_broken_file_is_refused_and_keeps_the_answers() {
        let (s, files) = session();
        let s = set(&s, Field::Municipality, "rotterdam");
        let waiting = step(&s, Step::Flow(Action::Next));
        let rotterdam = files
            .iter()
            .find(|(id, _)| id.contains("rotterdam"))
            .unwrap();
        let cut: Arc<[u8]> = rotterdam.1[..rotterdam.1.len() / 2].into();
        let broken = arrive(&waiting, cut);
        let file = waiting.to_fetch().unwrap();
        assert_eq!(broken.rules(), Rules::Failed(file));
        assert!(broken.rules_block(), "the screen says it could not be had");
        assert_eq!(broken.to_fetch(), None, "no new fetch until a retry");
        assert_eq!(broken.state.draft, waiting.state.draft);
        assert!(broken.state.refusal(&broken.env).is_none());
        let again = step(&broken, Step::Retry);
        assert_eq!(again.attempt, broken.attempt + 1);
        assert_eq!(again.to_fetch(), Some(file));
        let fine = arrive(&again, rotterdam.1.as_slice().into());
        assert_eq!(fine.rules(), Rules::Here);
        assert_ne!(fine.state.screen, Screen::Question(Question::Municipality));
        // "Andere gemeente kiezen" on the failed screen: back to the list, the answer kept.
        let other = step(&broken, Step::ChooseAnother);
        assert!(!other.rules_block());
        assert_eq!(other.state, broken.state);
    }

    /// A network failure for a file no longer awaited (the person chose again) says nothing; for
    /// the awaited one, "Volgende" tries again.
    #[test]
    fn only_the_awaited_file_can_fail_and_next_retries_it() {
        let (s, _) = session();
        let s = set(&s, Field::Municipality, "rotterdam");
        let old = s.to_fetch().unwrap().to_string();
        let s = set(&s, Field::Municipality, "schagen");
        let quiet = step(&s, Step::Failed(old));
        assert_eq!(quiet.failed, None);
        let schagen = quiet.to_fetch().unwrap().to_string();
        let failed = step(&quiet, Step::Failed(schagen.clone()));
        assert_eq!(failed.rules(), Rules::Failed(&schagen));
        assert!(
            !failed.rules_block(),
            "a failure before Volgende shows when it is pressed"
        );
        let retried = step(&failed, Step::Flow(Action::Next));
        assert!(retried.waiting);
        assert_eq!(retried.attempt, failed.attempt + 1);
        assert_eq!(retried.to_fetch(), Some(schagen.as_str()));
    }

    /// A host page that fixes the municipality never shows the list: the rules come first,
    /// then the first question.
    #[test]
    fn a_fixed_municipality_waits_for_its_file_then_asks_the_first_question() {
        let (s, files) = session();
        let s = step(&s, Step::Flow(Action::Fix(Some("rotterdam".into()))));
        assert!(
            s.rules_block(),
            "the list is not shown while the file comes"
        );
        let rotterdam = files
            .iter()
            .find(|(id, _)| id.contains("rotterdam"))
            .unwrap();
        let here = arrive(&s, rotterdam.1.as_slice().into());
        assert!(!here.rules_block());
        assert_eq!(
            Some(here.state.screen),
            here.state
                .questions(&here.env)
                .first()
                .map(|q| Screen::Question(*q))
        );
        assert_ne!(here.state.screen, Screen::Question(Question::Municipality));
    }

    /// A link that opens on the result keeps its screen until the file is here, and then shows
    /// the result it names.
    #[test]
    fn a_result_opened_from_a_link_waits_for_its_file() {
        let (s, files) = session();
        let mut state = State::default();
        for (field, value) in [
            (Field::Municipality, "schagen"),
            (Field::Fact(crate::facts::Fact::Age), "29"),
            (Field::Fact(crate::facts::Fact::Benefit), "participatiewet"),
        ] {
            state.draft.insert(field, value.to_string());
        }
        state.screen = Screen::Result;
        let s = step(&s, Step::Flow(Action::Restore(Box::new(state))));
        assert_eq!(s.state.screen, Screen::Result, "kept while the file comes");
        assert!(s.rules_block());
        let ordinance = s
            .env
            .catalog
            .municipality("schagen")
            .map(|(_, o)| o.id.clone())
            .unwrap();
        let here = arrive(&s, bytes_of(&files, &ordinance));
        assert_eq!(here.rules(), Rules::Here);
        assert!(!here.rules_block());
        // Settled against the whole ordinance: the result when complete, else its first open
        // question; never a screen worked out from the header.
        assert_eq!(
            here.state.screen,
            here.state
                .first_incomplete(&here.env)
                .map_or(Screen::Result, Screen::Question)
        );
    }
}
