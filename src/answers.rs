//! A person's answers: the engine's input, free of any serialization format.
//!
//! One number per fact, in the order of `facts::SCHEMA`: booleans are 0 or 1, a choice is the
//! index of its option, a date is days since 1970-01-01, and NaN means "not known". The JSON
//! contract that fills it lives in `contract.rs`.

use crate::date::Date;
use crate::facts::{Fact, Kind, WhenAbsent, COUNT, SCHEMA};

/// The fact vector's length: the facts, rounded up to a power of two so the engine can index it
/// with a mask instead of a bounds check. The slots past `COUNT` stay unknown.
pub const SLOTS: usize = COUNT.next_power_of_two();

/// Everything the engine can be told about a person, as a fact vector.
#[derive(Debug, Clone, Copy)]
pub struct Answers {
    values: [f64; SLOTS],
}

impl PartialEq for Answers {
    /// Equal fact by fact, two unknowns (NaN) included.
    fn eq(&self, other: &Self) -> bool {
        self.values
            .iter()
            .zip(&other.values)
            .all(|(a, b)| a == b || (a.is_nan() && b.is_nan()))
    }
}

impl Answers {
    /// Every fact at its default, for a person of `age` on the reference day `date`. Computed
    /// facts (the AOW age, derived sums) are left unknown until the engine resolves them.
    pub fn new(age: u8, date: Date) -> Answers {
        let mut values = [f64::NAN; SLOTS];
        for spec in SCHEMA {
            if let WhenAbsent::Value(v) = spec.default {
                values[spec.fact as usize] = v;
            }
        }
        let mut answers = Answers { values };
        answers.set(Fact::Age, f64::from(age));
        answers.set(Fact::Date, date.as_fact());
        answers
    }

    /// The raw value of a fact (NaN when unknown).
    pub fn get(&self, fact: Fact) -> f64 {
        self.values[fact as usize]
    }

    /// The value of a fact, `None` when unknown.
    pub fn value(&self, fact: Fact) -> Option<f64> {
        let v = self.get(fact);
        (!v.is_nan()).then_some(v)
    }

    pub fn is_known(&self, fact: Fact) -> bool {
        !self.get(fact).is_nan()
    }

    /// Sets a raw value (use NaN for unknown).
    pub fn set(&mut self, fact: Fact, value: f64) {
        self.values[fact as usize] = value;
    }

    pub fn set_bool(&mut self, fact: Fact, value: bool) {
        self.set(fact, if value { 1.0 } else { 0.0 });
    }

    /// `None` sets the fact to unknown.
    pub fn set_maybe(&mut self, fact: Fact, value: Option<f64>) {
        self.set(fact, value.unwrap_or(f64::NAN));
    }

    /// Sets a choice by its option's name; false when the fact has no such option.
    pub fn set_choice(&mut self, fact: Fact, option: &str) -> bool {
        match fact.option_index(option) {
            Some(i) => {
                self.set(fact, i as f64);
                true
            }
            None => false,
        }
    }

    pub fn set_date(&mut self, fact: Fact, date: Option<Date>) {
        self.set(fact, date.map_or(f64::NAN, Date::as_fact));
    }

    /// A yes/no fact; `None` when unknown.
    pub fn flag(&self, fact: Fact) -> Option<bool> {
        self.value(fact).map(|v| v != 0.0)
    }

    /// A choice fact's option name; `None` when unknown.
    pub fn choice(&self, fact: Fact) -> Option<&'static str> {
        match fact.kind() {
            Kind::Choice(options) => self
                .value(fact)
                .and_then(|i| options.get(i as usize).copied()),
            _ => None,
        }
    }

    pub fn date(&self, fact: Fact) -> Option<Date> {
        Date::from_fact(self.get(fact))
    }

    /// The reference day.
    pub fn reference_date(&self) -> Option<Date> {
        self.date(Fact::Date)
    }

    /// The facts, in schema order.
    pub fn values(&self) -> &[f64] {
        &self.values[..COUNT]
    }

    /// The whole vector with its padding, for the engine's masked indexing.
    #[inline]
    pub fn slots(&self) -> &[f64; SLOTS] {
        &self.values
    }
}
