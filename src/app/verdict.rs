//! The verdict box: one headline, the bounds in the same words, what follows from each answer
//! the municipality can give, and how old these rules are.

use yew::prelude::*;

use super::check::HEADING_ID;
use super::dutch_words::{date, dutch, fill_marked};
use crate::decision::{Decision, Status};
use crate::flow::state::Lang;
use crate::flow::texts::{pick, Catalogue};

fn status_class(status: Status) -> &'static str {
    match status {
        Status::NotApplicable | Status::Exempt => "tpc-outcome--no",
        Status::Fulfilled => "tpc-outcome--done",
        Status::Obligated => "tpc-outcome--yes",
        // Not known here: the municipality's ordinance decides; shown as "it depends".
        Status::Discretionary | Status::OrdinanceUnknown => "tpc-outcome--maybe",
    }
}

pub use crate::flow::describe::headline;
use crate::flow::describe::{judgement_rows, no_maximum, JudgementRow};

/// One judgement as a small table: its question, then what follows from yes and from no.
fn branch_table(row: &JudgementRow) -> Html {
    html! {
        <table class="tpc-branch">
            <caption>{ &row.question }</caption>
            <tbody>
                <tr>
                    <th scope="row">{ row.yes }</th>
                    <td>{ &row.if_yes }</td>
                </tr>
                <tr>
                    <th scope="row">{ row.no }</th>
                    <td>{ &row.if_no }</td>
                </tr>
            </tbody>
        </table>
    }
}

/// From when the rules hold, until when if known, and that later changes may exist.
fn version_line(lang: Lang, c: &Catalogue, d: &Decision<'_>) -> Html {
    use crate::date::Date;
    use crate::flow::texts::day::day_texts;
    // Without the ordinance, the lead has said so: no version to name.
    if d.ordinance.detail == crate::model::Detail::NotKnown {
        return Html::default();
    }
    let version = &d.ordinance.version;
    let from = Date::parse(&version.valid_from).map_or(Html::default(), |f| date(lang, f));
    let to = version
        .valid_to
        .as_deref()
        .and_then(Date::parse)
        .map_or(Html::default(), |to| {
            fill_marked(day_texts(lang).until, &[("date", date(lang, to))])
        });
    fill_marked(c.rules_from, &[("from", from), ("to", to)])
}

/// The box at the top of the result.
pub fn verdict(lang: Lang, c: &Catalogue, d: &Decision<'_>) -> Html {
    let bounds = d.bounds.map(|(b, _)| b);
    let open: Vec<_> = d.judgements().collect();
    html! {
        <div class={classes!("tpc-outcome", status_class(d.status))}>
            <p class="tpc-outcome__label">{ fill_marked(c.result_for, &[
                ("name", dutch(lang, &d.municipality.name)),
                ("date", d.pension.on.map_or(Html::default(), |on| date(lang, on))),
            ]) }</p>
            <h1 id={HEADING_ID} class="tpc-heading" tabindex="-1">{ headline(c, d.status, bounds) }</h1>
            if let Some(lead) = c.status_lead(d.status) {
                <p class="tpc-outcome__lead">{ lead }</p>
            }
            if d.status == Status::Obligated && no_maximum(bounds) {
                <p class="tpc-outcome__bounds">{ c.no_maximum }</p>
            }
            if d.status == Status::Discretionary || d.status == Status::OrdinanceUnknown && !d.branches.is_empty() {
                if d.branches.is_empty() {
                    <p>{ c.college_decides_intro }</p>
                    <ul class="tpc-judgements">
                        { for open.iter().map(|j| html! { <li>{ pick(lang, j) }</li> }) }
                    </ul>
                } else {
                    { for judgement_rows(lang, c, &d.branches).iter().map(branch_table) }
                }
            }
            <p class="tpc-outcome__age">
                { version_line(lang, c, d) }
                if let Some(since) = &d.municipality.since {
                    { " " }{ pick(lang, since) }
                }
            </p>
        </div>
    }
}
