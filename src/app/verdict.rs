//! The verdict box: one headline, the bounds in the same words, what follows from each answer
//! the municipality can give, and how old these rules are.

use yew::prelude::*;

use super::check::HEADING_ID;
use crate::decision::{Branch, BranchOutcome, Decision, Status};
use crate::flow::state::Lang;
use crate::flow::texts::{fill, pick, Catalogue};
use crate::model::Bounds;

fn status_class(status: Status) -> &'static str {
    match status {
        Status::NotApplicable | Status::Exempt => "tpc-outcome--no",
        Status::Fulfilled => "tpc-outcome--done",
        Status::Obligated => "tpc-outcome--yes",
        Status::Discretionary => "tpc-outcome--maybe",
    }
}

pub use crate::flow::describe::headline;

/// The ordinance sets a minimum number of hours but no maximum: the court's ceiling applies.
fn no_maximum(bounds: Option<&Bounds>) -> bool {
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

/// One judgement as a small table: its question, then what follows from yes and from no. In a
/// list of several, "no" leads on to the next question while later ones are still open.
fn branch_table(
    lang: Lang,
    c: &Catalogue,
    b: &Branch<'_>,
    number: Option<usize>,
    all_no: Option<&BranchOutcome<'_>>,
) -> Html {
    let (question, yes, no) = match b.ask {
        Some(ask) => (pick(lang, ask), c.yes, c.no),
        None => (pick(lang, b.question), c.if_it_holds, c.if_it_does_not),
    };
    let caption = match number {
        Some(n) => format!("{n}. {question}"),
        None => question.to_string(),
    };
    let if_no = match (number, all_no) {
        (_, Some(outcome)) => outcome_words(c, outcome),
        (Some(n), None) if b.if_no.status == Status::Discretionary => {
            fill(c.see_next, &[("n", &(n + 1).to_string())])
        }
        _ => outcome_words(c, &b.if_no),
    };
    html! {
        <table class="tpc-branch">
            <caption>{ caption }</caption>
            <tbody>
                <tr>
                    <th scope="row">{ yes }</th>
                    <td>{ outcome_words(c, &b.if_yes) }</td>
                </tr>
                <tr>
                    <th scope="row">{ no }</th>
                    <td>{ if_no }</td>
                </tr>
            </tbody>
        </table>
    }
}

/// The box at the top of the result.
pub fn verdict(lang: Lang, c: &Catalogue, d: &Decision<'_>) -> Html {
    let bounds = d.bounds.map(|(b, _)| b);
    let open: Vec<_> = d.judgements().collect();
    let branches = shown(&d.branches);
    let numbered = branches.len() > 1;
    html! {
        <div class={classes!("tpc-outcome", status_class(d.status))}>
            <p class="tpc-outcome__label">{ fill(c.result_for, &[("name", &d.municipality.name)]) }</p>
            <h1 id={HEADING_ID} class="tpc-heading" tabindex="-1">{ headline(c, d.status, bounds) }</h1>
            if let Some(lead) = (c.status_lead)(d.status) {
                <p class="tpc-outcome__lead">{ lead }</p>
            }
            if d.status == Status::Obligated && no_maximum(bounds) {
                <p class="tpc-outcome__bounds">{ c.no_maximum }</p>
            }
            if d.status == Status::Discretionary {
                if d.branches.is_empty() {
                    <p>{ c.college_decides_intro }</p>
                    <ul class="tpc-judgements">
                        { for open.iter().map(|j| html! { <li>{ pick(lang, j) }</li> }) }
                    </ul>
                } else {
                    { for branches.iter().enumerate().map(|(i, (b, all_no))| {
                        branch_table(lang, c, b, numbered.then_some(i + 1), *all_no)
                    }) }
                }
            }
            <p class="tpc-outcome__age">
                { fill(c.rules_from, &[("year", &d.ordinance.version.year.to_string())]) }
                if let Some(since) = &d.municipality.since {
                    { " " }{ pick(lang, since) }
                }
            </p>
        </div>
    }
}
