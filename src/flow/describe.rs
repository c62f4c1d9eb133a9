//! Hours and duration in words: "8 tot 16 uur per week, 6 maanden".

use super::state::Lang;
use super::texts::{fill, pick, BoundsWords, Catalogue, Counted};
use crate::decision::{Branch, BranchOutcome, Status};
use crate::model::{Bounds, Range};

/// A number as people write it: no ".0", and the language's decimal separator.
pub fn number(n: f64, words: &BoundsWords) -> String {
    let decimal = words.decimal.chars().next().unwrap_or(',');
    crate::number::format(n, decimal)
}

fn range(r: &Range, unit: &Counted, average: bool, words: &BoundsWords) -> Option<String> {
    let n = |v: f64| number(v, words);
    let amount = match (r.min, r.max) {
        (Some(min), Some(max)) if min == max && average => fill(words.average, &[("n", &n(min))]),
        (Some(min), Some(max)) if min == max => n(min),
        (Some(min), Some(max)) => fill(words.from_to, &[("min", &n(min)), ("max", &n(max))]),
        (Some(min), None) => fill(words.at_least, &[("n", &n(min))]),
        (None, Some(max)) => fill(words.at_most, &[("n", &n(max))]),
        (None, None) => return None,
    };
    // The unit follows the number nearest it: "8 tot 16 uur", "hoogstens 6 maanden".
    let unit = unit.of(r.max.or(r.min).unwrap_or_default());
    Some(format!("{amount} {unit}"))
}

/// The bounds of a tegenprestatie in one line.
pub fn bounds(b: &Bounds, words: &BoundsWords) -> String {
    let mut parts = Vec::new();
    match range(
        &b.hours_per_week,
        &words.hours_a_week,
        b.hours_are_average,
        words,
    ) {
        Some(hours) if b.according_to_ability => {
            parts.push(hours);
            parts.push(words.or_less.to_string());
        }
        Some(hours) => parts.push(hours),
        None if b.according_to_ability => parts.push(words.according_to_ability.to_string()),
        None => {}
    }
    let per_year = |text: String| {
        if b.per_year {
            format!("{text} {}", words.per_year)
        } else {
            text
        }
    };
    if let Some(months) = range(&b.duration_months, &words.months, false, words) {
        parts.push(per_year(months));
    }
    if let Some(weeks) = range(&b.duration_weeks, &words.weeks, false, words) {
        let weeks = match b.times {
            Some(times) if times > 1 => {
                format!("{} {weeks}", words.times.of(f64::from(times)))
            }
            _ => weeks,
        };
        parts.push(per_year(weeks));
    }
    if let Some(total) = range(&b.total_hours, &words.total_hours, false, words) {
        parts.push(per_year(total));
    }
    if b.permanent {
        parts.push(words.no_end.to_string());
    }
    parts.join(words.separator)
}

/// The headline of an outcome: the status, with the bounds where the municipality can ask
/// something ("U moet een tegenprestatie doen: hoogstens 20 uur per week").
pub fn headline(c: &Catalogue, status: Status, bounds: Option<&Bounds>) -> String {
    let base = c.status_headline(status);
    match (status, bounds.map(|b| self::bounds(b, &c.bounds))) {
        (Status::Obligated, Some(words)) if !words.is_empty() => format!("{base}: {words}"),
        _ => base.to_string(),
    }
}

/// What to read next, by outcome: nobody who is exempt needs to know how to choose an activity.
pub fn topics(status: Status) -> &'static [crate::model::Topic] {
    use crate::model::Topic;
    match status {
        Status::NotApplicable | Status::Exempt => &[],
        Status::Fulfilled => &[Topic::WhatCounts],
        Status::Obligated => &[
            Topic::Choice,
            Topic::FindActivity,
            Topic::NonCompliance,
            Topic::Objection,
        ],
        // Not yet known whether there will be one: what to say, and what to do about the
        // decision.
        Status::Discretionary => &[Topic::Choice, Topic::Objection],
        // What the law says whatever the ordinance does: the result shows it in its own part.
        Status::OrdinanceUnknown => &[],
    }
}

/// The ordinance sets a minimum number of hours but no maximum: the court's ceiling applies.
pub fn no_maximum(bounds: Option<&Bounds>) -> bool {
    bounds.is_some_and(|b| b.hours_per_week.max.is_none() && !b.according_to_ability)
}

fn outcome_words(c: &Catalogue, o: &BranchOutcome<'_>) -> String {
    let bounds = o.bounds.map(|(b, _)| b);
    let mut text = headline(c, o.status, bounds);
    text.push('.');
    if o.status == Status::Obligated && no_maximum(bounds) {
        text.push(' ');
        text.push_str(c.no_maximum_short);
    }
    text
}

/// The judgements worth asking: a trailing judgement whose yes and no lead to the same outcome
/// changes nothing and is left out; the last one shown then ends in the outcome when every
/// judgement is no.
fn shown<'b, 'a>(
    branches: &'b [Branch<'a>],
) -> Vec<(&'b Branch<'a>, Option<&'b BranchOutcome<'a>>)> {
    let same =
        |b: &Branch<'_>| b.if_yes.status == b.if_no.status && b.if_yes.bounds == b.if_no.bounds;
    let keep = branches.len() - branches.iter().rev().take_while(|b| same(b)).count();
    // At least one is shown, and none when there are none.
    let keep = keep.max(1).min(branches.len());
    let all_no = branches.last().map(|b| &b.if_no);
    branches[..keep]
        .iter()
        .enumerate()
        .map(|(i, b)| {
            (
                b,
                (i + 1 == keep && keep < branches.len())
                    .then_some(all_no)
                    .flatten(),
            )
        })
        .collect()
}

/// One judgement of the college in words: its question, and what follows from yes and from no.
#[derive(Debug, Clone, PartialEq)]
pub struct JudgementRow {
    /// Numbered ("2. …") when there are several.
    pub question: String,
    pub yes: &'static str,
    pub no: &'static str,
    pub if_yes: String,
    pub if_no: String,
}

/// The college's judgements as a decision list, for the check's verdict and the desk alike: in a
/// list of several, "no" leads on to the next question while later ones are still open.
pub fn judgement_rows(lang: Lang, c: &Catalogue, branches: &[Branch<'_>]) -> Vec<JudgementRow> {
    let shown = shown(branches);
    let numbered = shown.len() > 1;
    shown
        .iter()
        .enumerate()
        .map(|(i, (b, all_no))| {
            let number = numbered.then_some(i + 1);
            let (question, yes, no) = match b.ask {
                Some(ask) => (pick(lang, ask), c.yes, c.no),
                None => (pick(lang, b.question), c.if_it_holds, c.if_it_does_not),
            };
            let if_no = match (number, all_no) {
                (_, Some(outcome)) => outcome_words(c, outcome),
                (Some(n), None) if b.if_no.status == Status::Discretionary => {
                    fill(c.see_next, &[("n", &(n + 1).to_string())])
                }
                _ => outcome_words(c, &b.if_no),
            };
            JudgementRow {
                question: match number {
                    Some(n) => format!("{n}. {question}"),
                    None => question.to_string(),
                },
                yes,
                no,
                if_yes: outcome_words(c, &b.if_yes),
                if_no,
            }
        })
        .collect()
}
