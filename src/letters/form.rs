//! The letter's form as a reducer: what the person typed (kept as typed, so nothing is lost on
//! an error), read into `Details` and `Person` with each field's problem. Nothing of it is ever
//! stored: the form lives as long as the open letter, and `Action::Clear` empties it.

use std::collections::BTreeMap;

use super::{DecisionKind, Details, Person};
use crate::date::Date;

/// Every field of the letters' form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Name,
    Street,
    PostcodeCity,
    ClientNumber,
    Place,
    Body,
    BodyAddress,
    DecisionDate,
    MadeKnown,
    Reference,
    Hours,
    Months,
    Reasons,
    LateReason,
    Activity,
    ActivityHours,
    ActivitySince,
}

/// What is wrong with a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    Date,
    Number,
}

impl Field {
    /// The person's own details: never in a link, never kept.
    pub const PERSONAL: [Field; 4] = [
        Field::Name,
        Field::Street,
        Field::PostcodeCity,
        Field::ClientNumber,
    ];

    pub const ALL: [Field; 16] = [
        Field::Name,
        Field::Street,
        Field::PostcodeCity,
        Field::ClientNumber,
        Field::Place,
        Field::Body,
        Field::BodyAddress,
        Field::DecisionDate,
        Field::MadeKnown,
        Field::Reference,
        Field::Hours,
        Field::Months,
        Field::Reasons,
        Field::LateReason,
        Field::Activity,
        Field::ActivityHours,
    ];

    /// Its name without the page's prefix (`naam`): the fuzz door's keys.
    pub fn key(self) -> &'static str {
        &self.id()["tpc-brief-".len()..]
    }

    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL
            .into_iter()
            .chain([Field::ActivitySince])
            .find(|f| f.key() == key)
    }

    /// Its element id (`tpc-brief-naam`).
    pub fn id(self) -> &'static str {
        match self {
            Field::Name => "tpc-brief-naam",
            Field::Street => "tpc-brief-straat",
            Field::PostcodeCity => "tpc-brief-postcode",
            Field::ClientNumber => "tpc-brief-klantnummer",
            Field::Place => "tpc-brief-plaats",
            Field::Body => "tpc-brief-orgaan",
            Field::BodyAddress => "tpc-brief-orgaan-adres",
            Field::DecisionDate => "tpc-brief-besluitdatum",
            Field::MadeKnown => "tpc-brief-verzonden",
            Field::Reference => "tpc-brief-kenmerk",
            Field::Hours => "tpc-brief-uren",
            Field::Months => "tpc-brief-maanden",
            Field::Reasons => "tpc-brief-redenen",
            Field::LateReason => "tpc-brief-te-laat",
            Field::Activity => "tpc-brief-activiteit",
            Field::ActivityHours => "tpc-brief-activiteit-uren",
            Field::ActivitySince => "tpc-brief-activiteit-sinds",
        }
    }

    fn kind(self) -> Option<Problem> {
        match self {
            Field::DecisionDate | Field::MadeKnown | Field::ActivitySince => Some(Problem::Date),
            Field::Hours | Field::Months | Field::ActivityHours => Some(Problem::Number),
            _ => None,
        }
    }
}

/// The longest text a field keeps (a letter is one page).
pub const MAX_CHARS: usize = 2000;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Form {
    pub raw: BTreeMap<Field, String>,
    pub kind: DecisionKind,
    pub left_out: Vec<String>,
    pub annex: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Set(Field, String),
    Kind(DecisionKind),
    /// Include or leave out an offered ground (by its key).
    Ground(String, bool),
    Annex(bool),
    /// Empties the form (closing the letter, leaving the page).
    Clear,
}

pub fn reduce(form: &Form, action: Action) -> Form {
    let mut next = form.clone();
    match action {
        Action::Set(field, value) => {
            let value: String = value.chars().take(MAX_CHARS).collect();
            next.raw.insert(field, value);
        }
        Action::Kind(kind) => next.kind = kind,
        Action::Ground(key, included) => {
            next.left_out.retain(|k| *k != key);
            if !included {
                next.left_out.push(key);
            }
        }
        Action::Annex(on) => next.annex = on,
        Action::Clear => next = Form::default(),
    }
    next
}

impl Form {
    /// A form with the numbers the person already gave in the check (the hours of the activity
    /// they propose, say); their own details always start empty.
    pub fn prefilled(values: &[(Field, String)]) -> Form {
        let mut form = Form {
            annex: true,
            ..Form::default()
        };
        for (field, value) in values {
            if !Field::PERSONAL.contains(field) {
                form.raw.insert(*field, value.clone());
            }
        }
        form
    }

    pub fn text(&self, field: Field) -> &str {
        self.raw.get(&field).map_or("", String::as_str)
    }

    /// The problem with a field as typed; an empty field has none (every field may be empty).
    pub fn problem(&self, field: Field) -> Option<Problem> {
        let text = self.text(field).trim();
        if text.is_empty() {
            return None;
        }
        match field.kind()? {
            Problem::Date => Date::read(text).is_none().then_some(Problem::Date),
            Problem::Number => crate::number::parse(text)
                .filter(|n| (0.0..=168.0 * 52.0).contains(n))
                .is_none()
                .then_some(Problem::Number),
        }
    }

    pub fn problems(&self) -> Vec<(Field, Problem)> {
        self.raw
            .keys()
            .filter_map(|f| self.problem(*f).map(|p| (*f, p)))
            .collect()
    }

    fn date(&self, field: Field) -> Option<Date> {
        Date::read(self.text(field).trim())
    }

    fn number(&self, field: Field) -> Option<f64> {
        self.problem(field)
            .is_none()
            .then(|| crate::number::parse(self.text(field).trim()))
            .flatten()
    }

    fn string(&self, field: Field) -> String {
        self.text(field).trim().to_string()
    }

    /// What the form says, with invalid fields left out (they show their problem instead).
    pub fn read(&self) -> (Details, Person) {
        let details = Details {
            kind: self.kind,
            body: self.string(Field::Body),
            body_address: self.text(Field::BodyAddress).to_string(),
            decision_date: self.date(Field::DecisionDate),
            made_known: self.date(Field::MadeKnown),
            reference: self.string(Field::Reference),
            hours_per_week: self.number(Field::Hours),
            months: self.number(Field::Months),
            left_out: self.left_out.clone(),
            reasons: self.string(Field::Reasons),
            late_reason: self.string(Field::LateReason),
            activity: self.string(Field::Activity),
            activity_hours: self.number(Field::ActivityHours),
            activity_since: self.date(Field::ActivitySince),
            place: self.string(Field::Place),
            annex: self.annex,
        };
        let person = Person {
            name: self.string(Field::Name),
            street: self.string(Field::Street),
            postcode_city: self.string(Field::PostcodeCity),
            client_number: self.string(Field::ClientNumber),
        };
        (details, person)
    }
}
