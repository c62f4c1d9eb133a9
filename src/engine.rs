//! The rules engine: answers and an ordinance in, a decision with its grounds out.
//!
//! Pure: no IO, no browser, no clock. It never panics: every fact has a value or is unknown, and
//! every rule outcome maps to a status.

use crate::answers::Answers;
use crate::decision::{Decision, Ground, Layer, Outcome, Status};
use crate::model::{Bounds, Condition, Effect, Fact, Literal, Municipality, Ordinance, Rule};

/// The value of a fact for one person.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Value {
    Number(f64),
    Bool(bool),
    Text(&'static str),
    Unknown,
}

fn fact(answers: &Answers, fact: Fact) -> Value {
    use Value::*;
    match fact {
        Fact::Age => Number(f64::from(answers.age)),
        Fact::ReachedPensionAge => Bool(answers.reached_pension_age),
        Fact::Benefit => Text(answers.benefit.key()),
        Fact::FullyPermanentlyIncapacitated => Bool(answers.fully_permanently_incapacitated),
        Fact::SingleParentExemption => Bool(answers.single_parent_exemption),
        Fact::CaregivingHoursPerWeek => Number(answers.caregiving_hours_per_week),
        Fact::CaregivingMonths => Number(answers.caregiving_months),
        Fact::CaregivingNecessary => answers.caregiving_necessary.map_or(Unknown, Bool),
        Fact::VolunteerHoursPerWeek => Number(answers.volunteer_hours_per_week),
        Fact::VolunteerMonths => Number(answers.volunteer_months),
        Fact::RespiteCareVolunteer => Bool(answers.respite_care_volunteer),
        Fact::ReintegrationTrajectory => Bool(answers.reintegration_trajectory),
        Fact::SocialActivation => Bool(answers.social_activation),
        Fact::GroupTraining => Bool(answers.group_training),
        Fact::WmoGuidance => Bool(answers.wmo_guidance),
        Fact::PartTimeWorkHoursPerWeek => Number(answers.part_time_work_hours_per_week),
        Fact::ParticipationLadderStep => answers
            .participation_ladder_step
            .map_or(Unknown, |s| Number(f64::from(s))),
        Fact::HasDisability => Bool(answers.has_disability),
        Fact::PermanentlyUnable => Bool(answers.permanently_unable),
        Fact::UrgentReasons => Bool(answers.urgent_reasons),
        Fact::MonthsOnBenefit => answers.months_on_benefit.map_or(Unknown, Number),
        Fact::TargetGroup => answers.target_group.map_or(Unknown, |g| Text(g.key())),
        Fact::VolunteerStartAfterBenefitMonths => answers
            .months_on_benefit
            .map_or(Unknown, |m| Number((m - answers.volunteer_months).max(0.0))),
        Fact::VolunteerAndCaregivingHoursPerWeek => {
            Number(answers.volunteer_hours_per_week + answers.caregiving_hours_per_week)
        }
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
fn status_of(fired: &[Ground<'_>]) -> Status {
    let definite = |effect: Effect| {
        fired
            .iter()
            .any(|g| g.outcome == Outcome::Definite && g.rule.effect == effect)
    };
    if let Some((_, status)) = PRECEDENCE.iter().find(|(effect, _)| definite(*effect)) {
        *status
    } else if fired.iter().any(|g| g.outcome == Outcome::CollegeDecides) {
        Status::Discretionary
    } else {
        Status::Obligated
    }
}

/// Definite effects that settle the status, strongest first.
const PRECEDENCE: [(Effect, Status); 3] = [
    (Effect::NotApplicable, Status::NotApplicable),
    (Effect::Exempt, Status::Exempt),
    (Effect::Fulfilled, Status::Fulfilled),
];

/// Whether a fired rule is one of the grounds for `status`.
fn decides(ground: &Ground<'_>, status: Status) -> bool {
    match status {
        Status::Discretionary => ground.outcome == Outcome::CollegeDecides,
        Status::Obligated => ground.rule.effect == Effect::Obligated,
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
    municipality: &'a Municipality,
    answers: &Answers,
) -> Decision<'a> {
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
    let status = status_of(&trace);
    let grounds: Vec<Ground<'a>> = trace
        .iter()
        .filter(|g| decides(g, status))
        .cloned()
        .collect();
    let bounds = match status {
        Status::Obligated | Status::Discretionary => bounds_for(answers, ordinance),
        _ => None,
    };
    Decision {
        status,
        bounds,
        grounds,
        trace,
        statute,
        ordinance,
        municipality,
    }
}
