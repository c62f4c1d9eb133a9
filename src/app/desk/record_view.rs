//! The intake record as it is printed (A4): the date, the answers, each municipality's outcome
//! with grounds and citations, the dates, the next steps, the note and the notice that this is
//! not a decision. Hidden on screen; the desk itself is hidden in print.

use yew::prelude::*;

use super::column::status_class;
use crate::flow::record::Record;
use crate::flow::state::Lang;
use crate::flow::texts::desk::desk_texts;
use crate::flow::texts::fill;

pub fn record_view(lang: Lang, rec: &Record, differs: bool) -> Html {
    let w = desk_texts(lang);
    html! {
        <section class="tpc-desk-record">
            <h1>{ &rec.title }</h1>
            <dl class="tpc-desk-record__facts">
                { for rec.facts.iter().map(|(l, v)| html! { <div><dt>{ l }</dt><dd>{ v }</dd></div> }) }
            </dl>
            if differs {
                <p><strong>{ w.differs }</strong></p>
            }
            { for rec.columns.iter().map(|col| html! {
                <section class="tpc-desk-record__col">
                    <h2>{ fill(w.record_outcome, &[("name", &col.name)]) }</h2>
                    <p class={classes!("tpc-desk-record__headline", status_class(col.status))}>
                        <strong>{ &col.headline }</strong>{ " " }{ col.remark.clone().unwrap_or_default() }
                    </p>
                    { for col.college.iter().map(|j| html! {
                        <p>{ &j.question }{ " " }<strong>{ j.yes }{ ": " }</strong>{ &j.if_yes }{ " " }<strong>{ j.no }{ ": " }</strong>{ &j.if_no }</p>
                    }) }
                    if !col.dates.is_empty() || !col.date_notes.is_empty() {
                        <ul>
                            { for col.dates.iter().map(|(l, d)| html! { <li>{ l }{ " " }<strong>{ d }</strong></li> }) }
                            { for col.date_notes.iter().map(|n| html! { <li>{ n }</li> }) }
                        </ul>
                    }
                    if !col.grounds.is_empty() {
                        <h3>{ w.grounds_title }</h3>
                        <ul>
                            { for col.grounds.iter().map(|g| html! {
                                <li>{ &g.explanation }{ " " }<em>{ &g.citation }</em><br/><q lang="nl">{ &g.quote }</q></li>
                            }) }
                        </ul>
                    }
                    if !col.next.is_empty() {
                        <h3>{ w.next_title }</h3>
                        <ul>{ for col.next.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
                    }
                    <p class="tpc-desk-record__small">{ &col.version }</p>
                </section>
            }) }
            <h2>{ w.record_answers }</h2>
            <table class="tpc-desk-record__answers">
                <tbody>
                    { for rec.answers.iter().map(|(q, a)| html! { <tr><th scope="row">{ q }</th><td>{ a }</td></tr> }) }
                </tbody>
            </table>
            if !rec.note.is_empty() {
                <h2>{ w.record_note }</h2>
                <p class="tpc-desk-record__note">{ &rec.note }</p>
            }
            if let Some(col) = rec.columns.iter().find(|c| !c.disclaimer.is_empty()) {
                <p class="tpc-desk-record__small">{ &col.disclaimer }</p>
            }
        </section>
    }
}
