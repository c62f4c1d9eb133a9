//! The reference interpreter: walks each rule's condition tree over the facts. Kept, slow and
//! plain, as the yardstick the compiled engine (`compiled.rs`) is tested against: a differential
//! property test asserts they agree on status, bounds and grounds.
//!
//! Takes answers already resolved (`engine::resolve`).

use crate::answers::Answers;
use crate::decision::{Ground, Layer, Outcome, Status};
use crate::facts::{Fact, Kind};
use crate::model::{Bounds, Condition, Detail, Effect, Literal, Ordinance, Rule};

/// The value of a fact for one person.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Value {
    Number(f64),
    Bool(bool),
    Text(&'static str),
    Unknown,
}

fn fact(answers: &Answers, fact: Fact) -> Value {
    let Some(v) = answers.value(fact) else {
        return Value::Unknown;
    };
    match fact.kind() {
        Kind::Bool => Value::Bool(v != 0.0),
        Kind::Choice(_) => answers.choice(fact).map_or(Value::Unknown, Value::Text),
        Kind::Number { .. } | Kind::Date => Value::Number(v),
    }
}

/// Whether a condition holds. Comparisons with an unknown fact do not hold.
fn holds(answers: &Answers, condition: &Condition) -> bool {
    let number = |f: Fact| match fact(answers, f) {
        Value::Number(n) => Some(n),
        _ => None,
    };
    match condition {
        Condition::All(parts) => parts.iter().all(|c| holds(answers, c)),
        Condition::Any(parts) => parts.iter().any(|c| holds(answers, c)),
        Condition::Not(inner) => !holds(answers, inner),
        Condition::AtLeast(f, n) => number(*f).is_some_and(|v| v >= *n),
        Condition::Above(f, n) => number(*f).is_some_and(|v| v > *n),
        Condition::Below(f, n) => number(*f).is_some_and(|v| v < *n),
        Condition::AtMost(f, n) => number(*f).is_some_and(|v| v <= *n),
        Condition::Is(f, literal) => match (fact(answers, *f), literal) {
            (Value::Bool(a), Literal::Bool(b)) => a == *b,
            (Value::Number(a), Literal::Number(b)) => a == *b,
            (Value::Text(a), Literal::Text(b)) => a == b,
            _ => false,
        },
        Condition::Unknown(f) => fact(answers, *f) == Value::Unknown,
    }
}

/// What a rule contributes for these answers, if it applies at all.
fn outcome(answers: &Answers, rule: &Rule) -> Option<Outcome> {
    if !rule.when.as_ref().is_none_or(|c| holds(answers, c)) {
        return None;
    }
    match &rule.judgement {
        None => Some(Outcome::Definite),
        Some(judgement) => match judgement.answered_by.map(|f| fact(answers, f)) {
            Some(Value::Bool(true)) => Some(Outcome::Definite),
            Some(Value::Bool(false)) => None,
            _ => Some(Outcome::CollegeDecides),
        },
    }
}

/// The status that a set of fired rules leads to: the strongest definite effect wins; any open
/// judgement makes the outcome the college's to decide; otherwise the college may assign.
fn status_of(fired: &[Ground<'_>], ordinance_known: bool) -> Status {
    let definite = |effect: Effect| {
        fired
            .iter()
            .any(|g| g.outcome == Outcome::Definite && g.rule.effect == effect)
    };
    if let Some((_, status)) = PRECEDENCE.iter().find(|(effect, _)| definite(*effect)) {
        *status
    } else if !ordinance_known {
        Status::OrdinanceUnknown
    } else if fired.iter().any(|g| g.outcome == Outcome::CollegeDecides) {
        Status::Discretionary
    } else {
        Status::Obligated
    }
}

use super::PRECEDENCE;

/// Whether a fired rule is one of the grounds for `status`.
fn decides(ground: &Ground<'_>, status: Status) -> bool {
    match status {
        Status::Discretionary => ground.outcome == Outcome::CollegeDecides,
        Status::Obligated => ground.rule.effect == Effect::Obligated,
        Status::OrdinanceUnknown => {
            ground.rule.effect == Effect::Obligated || ground.outcome == Outcome::CollegeDecides
        }
        settled => PRECEDENCE.iter().any(|(effect, s)| {
            *s == settled && ground.outcome == Outcome::Definite && ground.rule.effect == *effect
        }),
    }
}

/// The bounds that apply to this person: the first variant whose condition holds, else the
/// ordinance's general bounds.
fn bounds_for<'a>(answers: &Answers, ordinance: &'a Ordinance) -> Option<(&'a Bounds, &'a str)> {
    let assignment = ordinance.assignment.as_ref()?;
    Some(
        assignment
            .variants
            .iter()
            .find(|v| holds(answers, &v.when))
            .map_or((&assignment.bounds, assignment.id.as_str()), |v| {
                (&v.bounds, v.id.as_str())
            }),
    )
}

/// Decides for one person under one ordinance, with the statutory layer applied first.
pub fn evaluate<'a>(
    statute: &'a Ordinance,
    ordinance: &'a Ordinance,
    answers: &Answers,
) -> Reference<'a> {
    let mut trace: Vec<Ground<'a>> =
        Vec::with_capacity(statute.rules.len() + ordinance.rules.len());
    for (layer, source) in [(Layer::Statute, statute), (Layer::Ordinance, ordinance)] {
        for rule in &source.rules {
            if let Some(outcome) = outcome(answers, rule) {
                trace.push(Ground {
                    layer,
                    rule,
                    outcome,
                });
            }
        }
    }
    let status = status_of(&trace, ordinance.detail != Detail::NotKnown);
    let grounds: Vec<Ground<'a>> = trace
        .iter()
        .filter(|g| decides(g, status))
        .cloned()
        .collect();
    let bounds = match status {
        Status::Obligated | Status::Discretionary => bounds_for(answers, ordinance),
        _ => None,
    };
    Reference {
        status,
        bounds,
        grounds,
        trace,
    }
}

/// The reference interpreter's decision.
#[derive(Debug, Clone, PartialEq)]
pub struct Reference<'a> {
    pub status: Status,
    pub bounds: Option<(&'a Bounds, &'a str)>,
    pub grounds: Vec<Ground<'a>>,
    pub trace: Vec<Ground<'a>>,
}
