//! The caseworker's intake desk without the browser: every question on one screen, up to four
//! municipalities side by side, the dates, and a note. State and reducer, testable natively.
//!
//! The desk asks the same questions as the guided check (`questions.rs`), grouped as an intake
//! conversation runs. A question that earlier answers make moot stays on the screen, marked
//! with the reason, and its typed value is kept (but not used) in case the answer changes back.

use super::questions::{applies, FactsUsed, Field, Gate, Gates, Question};
use super::state::{age_of, check, fact_value, Draft, Env, Lang, Problem};
use crate::answers::Answers;
use crate::date::Date;
use crate::decision::Decision;
use crate::engine::NotInForce;
use crate::facts::Fact;

/// At most this many municipalities side by side.
pub const MAX_COLUMNS: usize = 4;
/// The longest note kept, in characters.
pub const MAX_NOTE: usize = 10_000;

/// The groups of an intake conversation, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    Person,
    Care,
    Volunteering,
    Activation,
    Work,
    Health,
    TargetGroup,
}

impl Group {
    pub const ALL: [Group; 7] = [
        Group::Person,
        Group::Care,
        Group::Volunteering,
        Group::Activation,
        Group::Work,
        Group::Health,
        Group::TargetGroup,
    ];

    /// The questions of this group, in the order they are asked.
    pub fn questions(self) -> &'static [Question] {
        use Question::*;
        match self {
            Group::Person => &[Age, PensionAge, Benefit, SingleParent],
            Group::Care => &[Care, CareAmount, CareNecessary],
            Group::Volunteering => &[Volunteer, VolunteerAmount, RespiteCare],
            Group::Activation => &[
                MonthsOnBenefit,
                Reintegration,
                SocialActivation,
                GroupTraining,
                Wmo,
                Ladder,
            ],
            Group::Work => &[PartTimeWork, PartTimeHours],
            Group::Health => &[Incapacity, Disability, PermanentlyUnable, UrgentReasons],
            Group::TargetGroup => &[TargetGroup],
        }
    }
}

/// Why a question on the desk does not count for these answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moot {
    /// A yes/no question before it was answered no (no care given, say).
    GateClosed(Gate),
    /// The AOW age follows from the birth date or the age.
    PensionFollows,
    /// The law already settles the outcome in every chosen municipality.
    SettledByLaw,
}

/// One question on the desk.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub question: Question,
    pub moot: Option<Moot>,
    /// The chosen municipalities whose rules use this question, when not all of them do.
    pub only_for: Vec<String>,
}

/// The desk's state: what the caseworker typed, as typed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Desk {
    pub lang: Lang,
    /// The municipalities side by side, by id, in the order added.
    pub municipalities: Vec<String>,
    /// Answers by field, including the reference date and birth date (`Fact::Date`,
    /// `Fact::BirthDate`); never the municipality.
    pub draft: Draft,
    /// The first day of the assignment, `YYYY-MM-DD`, if planned.
    pub start: String,
    pub note: String,
}

/// Everything a caseworker can do at the desk.
#[derive(Debug, Clone, PartialEq)]
pub enum DeskAction {
    Set(Field, String),
    SetStart(String),
    SetNote(String),
    /// Add a municipality as a column (ignored when already there, unknown or the desk is full).
    Add(String),
    Remove(String),
    SetLang(Lang),
    /// "Nieuwe intake": everything cleared, the language kept.
    New,
    /// An intake file was opened: its contents replace the desk.
    Open(Box<Desk>),
}

/// The reducer: the only way the desk changes.
pub fn reduce(desk: &Desk, action: DeskAction, env: &Env) -> Desk {
    let mut next = desk.clone();
    match action {
        DeskAction::Set(Field::Municipality, _) => {}
        DeskAction::Set(field, value) => {
            next.draft.insert(field, value);
        }
        DeskAction::SetStart(value) => next.start = value,
        DeskAction::SetNote(value) => next.note = value.chars().take(MAX_NOTE).collect(),
        DeskAction::Add(id) => {
            if let Some((_, m)) = env.catalog.find(id.trim()) {
                if !next.municipalities.contains(&m.id) && next.municipalities.len() < MAX_COLUMNS {
                    next.municipalities.push(m.id.clone());
                }
            }
        }
        DeskAction::Remove(id) => next.municipalities.retain(|m| *m != id),
        DeskAction::SetLang(lang) => next.lang = lang,
        DeskAction::New => {
            next = Desk {
                lang: desk.lang,
                ..Desk::default()
            }
        }
        DeskAction::Open(opened) => {
            next = Desk {
                lang: desk.lang,
                ..*opened
            }
        }
    }
    next
}

/// A column's outcome: the decision, or why there is none.
#[derive(Debug)]
pub enum Outcome<'e> {
    Decided {
        decision: Decision<'e>,
        /// Questions this municipality uses that are still open (unknown to the engine).
        open: usize,
    },
    /// Neither the age nor the birth date is given (or valid).
    NeedsAge,
    /// No version of this ordinance applies on the reference date.
    NotInForce(NotInForce),
}

impl Desk {
    fn value(&self, field: Field) -> Option<&str> {
        self.draft
            .get(&field)
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
    }

    fn is_yes(&self, gate: Gate) -> bool {
        self.value(Field::Gate(gate)) == Some("yes")
    }

    /// The reference date: the one typed, if valid, else today.
    pub fn reference(&self, env: &Env) -> Date {
        self.value(Field::Fact(Fact::Date))
            .and_then(Date::read)
            .unwrap_or(env.today)
    }

    /// The birth date, if one is given, valid and not after the reference date.
    pub fn birth(&self, env: &Env) -> Option<Date> {
        self.value(Field::Fact(Fact::BirthDate))
            .and_then(Date::read)
            .filter(|b| *b <= self.reference(env))
    }

    /// The start of the assignment, if one is given and valid.
    pub fn start_date(&self) -> Option<Date> {
        Date::read(&self.start)
    }

    /// The age: from the birth date where given, else as typed.
    pub fn age(&self, env: &Env) -> Option<u8> {
        if let Some(birth) = self.birth(env) {
            return u8::try_from(birth.years_until(self.reference(env)))
                .ok()
                .filter(|a| *a <= 130);
        }
        self.value(Field::Fact(Fact::Age)).and_then(age_of)
    }

    /// What is wrong with a field as typed, if anything (an empty field is not wrong yet).
    pub fn problem(&self, env: &Env, field: Field) -> Option<Problem> {
        let raw = self.value(field)?;
        // Dates as typed in Dutch; a birth date after the reference date is out of range.
        match field {
            Field::Fact(Fact::Date) => Date::read(raw).is_none().then_some(Problem::NotANumber),
            Field::Fact(Fact::BirthDate) => match Date::read(raw) {
                Some(b) if b > self.reference(env) => {
                    Some(Problem::OutOfRange { min: 0.0, max: 0.0 })
                }
                Some(_) => None,
                None => Some(Problem::NotANumber),
            },
            _ => check(env, field, Some(raw)).err(),
        }
    }

    /// The start date as typed is not a date.
    pub fn start_problem(&self) -> bool {
        !self.start.trim().is_empty() && self.start_date().is_none()
    }

    /// Every field with a problem, in the order of the desk.
    pub fn problems(&self, env: &Env) -> Vec<(Field, Problem)> {
        [Field::Fact(Fact::Date), Field::Fact(Fact::BirthDate)]
            .into_iter()
            .chain(
                Group::ALL
                    .iter()
                    .flat_map(|g| g.questions())
                    .flat_map(|q| q.fields().iter().copied()),
            )
            .filter_map(|f| self.problem(env, f).map(|p| (f, p)))
            .collect()
    }

    fn gates(&self, env: &Env, used: &[(&str, FactsUsed)]) -> Gates {
        let age = self.age(env);
        let pension_hinges = self.birth(env).is_none()
            && age.is_some_and(|age| {
                used.iter().any(|(id, _)| {
                    env.catalog.find(id).is_some_and(|(set, _)| {
                        set.pension_ages()
                            .check(self.reference(env), None, Some(f64::from(age)))
                            .reached
                            .is_none()
                    })
                })
            });
        Gates {
            age,
            pension_hinges,
            gives_care: self.is_yes(Gate::GivesCare),
            volunteers: self.is_yes(Gate::Volunteers),
            has_part_time_work: self.is_yes(Gate::HasPartTimeWork),
        }
    }

    fn used<'d>(&'d self, env: &Env) -> Vec<(&'d str, FactsUsed)> {
        self.municipalities
            .iter()
            .filter_map(|id| {
                let (set, _) = env.catalog.find(id)?;
                Some((id.as_str(), FactsUsed::of(set.statute(), set.ordinance())))
            })
            .collect()
    }

    /// The questions on the desk, by group: every question one of the chosen ordinances uses
    /// (with its follow-ups), each with why it does not count, if it does not.
    pub fn rows(&self, env: &Env) -> Vec<(Group, Vec<Row>)> {
        let used = self.used(env);
        let gates = self.gates(env, &used);
        let open = Gates {
            pension_hinges: true,
            gives_care: true,
            volunteers: true,
            has_part_time_work: true,
            ..gates
        };
        // The law settles it everywhere (under 18, AOW age, no benefit, art. 9 lid 5 or 7):
        // the ordinances' questions no longer count.
        let settled = !used.is_empty()
            && used.iter().all(|(id, _)| {
                let Some((set, _)) = env.catalog.find(id) else {
                    return false;
                };
                self.answers(env, id)
                    .and_then(|a| set.decide(&a).ok())
                    .is_some_and(|v| set.settled_by_law(&v))
            });
        Group::ALL
            .into_iter()
            .map(|group| {
                let rows = group
                    .questions()
                    .iter()
                    .filter(|q| used.iter().any(|(_, u)| applies(**q, u, &open)))
                    .map(|q| {
                        let users: Vec<String> = used
                            .iter()
                            .filter(|(_, u)| applies(*q, u, &open))
                            .map(|(id, _)| id.to_string())
                            .collect();
                        let moot = if *q == Question::PensionAge && !gates.pension_hinges {
                            Some(Moot::PensionFollows)
                        } else if let Some(gate) = closed_gate(*q, &gates) {
                            Some(Moot::GateClosed(gate))
                        } else if settled && !q.is_statutory() {
                            Some(Moot::SettledByLaw)
                        } else {
                            None
                        };
                        Row {
                            question: *q,
                            moot,
                            only_for: if users.len() < used.len() {
                                users
                            } else {
                                Vec::new()
                            },
                        }
                    })
                    .collect::<Vec<_>>();
                (group, rows)
            })
            .filter(|(_, rows)| !rows.is_empty())
            .collect()
    }

    /// The answers for one municipality: every valid answer to a question that counts; what is
    /// left open is unknown where the law allows that, else its default. `None` without an age.
    pub fn answers(&self, env: &Env, id: &str) -> Option<Answers> {
        let (set, _) = env.catalog.find(id)?;
        let used = FactsUsed::of(set.statute(), set.ordinance());
        let age = self.age(env)?;
        let gates = self.gates(env, &[(id, used.clone())]);
        let mut a = Answers::new(age, self.reference(env));
        a.set_date(Fact::BirthDate, self.birth(env));
        for q in Question::ALL {
            if !applies(q, &used, &gates) || q == Question::Age {
                continue;
            }
            for field in q.fields() {
                let Field::Fact(fact) = *field else { continue };
                // Left open: its default, which is "unknown" where the law allows that.
                if let Some(v) = self.fact_value(env, fact) {
                    a.set(fact, v);
                }
            }
        }
        Some(a)
    }

    fn fact_value(&self, env: &Env, fact: Fact) -> Option<f64> {
        fact_value(env, fact, self.value(Field::Fact(fact))?)
    }

    /// How many questions this municipality uses that are not answered (validly) yet.
    fn open_questions(&self, env: &Env, id: &str) -> usize {
        let Some((set, _)) = env.catalog.find(id) else {
            return 0;
        };
        let used = FactsUsed::of(set.statute(), set.ordinance());
        let gates = self.gates(env, &[(id, used.clone())]);
        Question::ALL
            .into_iter()
            .filter(|q| *q != Question::Municipality && applies(*q, &used, &gates))
            .filter(|q| {
                q.fields().iter().any(|f| match f {
                    Field::Fact(Fact::Age) => self.age(env).is_none(),
                    f => self.value(*f).is_none() || self.problem(env, *f).is_some(),
                })
            })
            .count()
    }

    /// The outcome in one municipality for the answers so far.
    pub fn outcome<'e>(&self, env: &'e Env, id: &str) -> Outcome<'e> {
        let Some(answers) = self.answers(env, id) else {
            return Outcome::NeedsAge;
        };
        let Some((set, m, verdict)) = env.catalog.verdict(id, &answers) else {
            return Outcome::NeedsAge;
        };
        match verdict {
            Ok(verdict) => Outcome::Decided {
                decision: set.explain(&verdict, m),
                open: self.open_questions(env, id),
            },
            Err(e) => Outcome::NotInForce(e),
        }
    }
}

/// The yes/no question that closes a follow-up, when it is answered no (or not yet).
fn closed_gate(q: Question, gates: &Gates) -> Option<Gate> {
    use Question::*;
    match q {
        CareAmount | CareNecessary if !gates.gives_care => Some(Gate::GivesCare),
        VolunteerAmount | RespiteCare if !gates.volunteers => Some(Gate::Volunteers),
        PartTimeHours if !gates.has_part_time_work => Some(Gate::HasPartTimeWork),
        _ => None,
    }
}
