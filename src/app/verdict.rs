//! The verdict box: one headline, the bounds in the same words, what follows from each answer
//! the municipality can give, and how old these rules are.

use yew::prelude::*;

use super::check::HEADING_ID;
use crate::decision::{Decision, Status};
use crate::flow::state::Lang;
use crate::flow::texts::{fill, pick, Catalogue};

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
fn version_line(lang: Lang, c: &Catalogue, d: &Decision<'_>) -> String {
    use crate::date::Date;
    use crate::flow::texts::day::{day_texts, long_date};
    // Without the ordinance, the lead has said so: no version to name.
    if d.ordinance.detail == crate::model::Detail::NotKnown {
        return String::new();
    }
    let version = &d.ordinance.version;
    let from = Date::parse(&version.valid_from).map_or(String::new(), |f| long_date(lang, f));
    let to = version
        .valid_to
        .as_deref()
        .and_then(Date::parse)
        .map_or(String::new(), |to| {
            fill(day_texts(lang).until, &[("date", &long_date(lang, to))])
        });
    fill(c.rules_from, &[("from", &from), ("to", &to)])
}

/// A template filled with Dutch words (a municipality's name, a date as the municipality's
/// letters write it): in another language each is marked `lang="nl"`, so it is read out in
/// Dutch and upper-cased by the Dutch rules ("JUNI", never the Turkish "JUNİ").
fn dutch_in(lang: Lang, template: &str, values: &[(&str, &str)]) -> Html {
    if lang.is_dutch() {
        return html! { { fill(template, values) } };
    }
    let mut parts = Vec::new();
    let mut rest = template;
    while let Some((start, key, value)) = values
        .iter()
        .filter_map(|(k, v)| rest.find(&format!("{{{k}}}")).map(|i| (i, *k, *v)))
        .min_by_key(|(i, _, _)| *i)
    {
        parts.push(html! { { &rest[..start] } });
        parts.push(html! { <span lang="nl">{ value }</span> });
        rest = &rest[start + key.len() + 2..];
    }
    parts.push(html! { { rest } });
    parts.into_iter().collect()
}

/// The box at the top of the result.
pub fn verdict(lang: Lang, c: &Catalogue, d: &Decision<'_>) -> Html {
    let bounds = d.bounds.map(|(b, _)| b);
    let open: Vec<_> = d.judgements().collect();
    html! {
        <div class={classes!("tpc-outcome", status_class(d.status))}>
            <p class="tpc-outcome__label">{ dutch_in(lang, c.result_for, &[
                ("name", &d.municipality.name),
                ("date", &d.pension.on.map_or(String::new(), |on| crate::flow::texts::day::long_date(lang, on))),
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
