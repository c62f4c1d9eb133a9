//! One municipality's outcome at the desk: conclusion first, then what the college decides,
//! the dates, the grounds with article and quoted source, next steps, practice and version.

use yew::prelude::*;

use crate::decision::Status;
use crate::flow::record::Column;
use crate::flow::state::Lang;
use crate::flow::texts::desk::desk_texts;

#[derive(Properties, PartialEq)]
pub struct ColumnProps {
    pub column: Column,
    pub lang: Lang,
    /// The last change altered this outcome.
    pub changed: bool,
    /// The columns do not all conclude the same.
    pub differs: bool,
}

pub fn status_class(status: Option<Status>) -> &'static str {
    match status {
        Some(Status::NotApplicable | Status::Exempt) => "tpc-outcome--no",
        Some(Status::Fulfilled) => "tpc-outcome--done",
        Some(Status::Obligated) => "tpc-outcome--yes",
        Some(Status::Discretionary | Status::OrdinanceUnknown) => "tpc-outcome--maybe",
        None => "",
    }
}

#[function_component]
pub fn OutcomeColumn(props: &ColumnProps) -> Html {
    let col = &props.column;
    let lang = props.lang;
    let w = desk_texts(lang);
    let heading = format!("tpc-desk-col-{}", col.id);
    html! {
        <article class={classes!("tpc-desk-col", props.changed.then_some("tpc-desk-col--changed"))}
            aria-labelledby={heading.clone()}>
            <h3 id={heading} class="tpc-desk-col__name">{ &col.name }</h3>
            <div class={classes!("tpc-desk-col__verdict", "tpc-outcome", status_class(col.status))}>
                if !col.headline.is_empty() {
                    <p class="tpc-desk-col__headline">{ &col.headline }</p>
                }
                if let Some(remark) = &col.remark {
                    <p class="tpc-desk-col__remark">{ remark }</p>
                }
                if props.changed || props.differs {
                    <p class="tpc-desk-badges">
                        if props.changed { <span class="tpc-badge tpc-badge--changed">{ w.changed }</span> }
                        if props.differs { <span class="tpc-badge">{ w.differs }</span> }
                    </p>
                }
            </div>
            if !col.college.is_empty() {
                <h4 class="tpc-desk-col__h">{ w.college_title }</h4>
                { for col.college.iter().map(|j| html! {
                    <table class="tpc-branch">
                        <caption>{ &j.question }</caption>
                        <tbody>
                            <tr><th scope="row">{ j.yes }</th><td>{ &j.if_yes }</td></tr>
                            <tr><th scope="row">{ j.no }</th><td>{ &j.if_no }</td></tr>
                        </tbody>
                    </table>
                }) }
            }
            if !col.dates.is_empty() || !col.date_notes.is_empty() {
                <h4 class="tpc-desk-col__h">{ w.dates_in_column }</h4>
                <dl class="tpc-desk-dates-list">
                    { for col.dates.iter().map(|(label, day)| html! {
                        <div><dt>{ label }</dt><dd>{ day }</dd></div>
                    }) }
                </dl>
                { for col.date_notes.iter().map(|n| html! { <p class="tpc-hint">{ n }</p> }) }
            }
            if !col.grounds.is_empty() {
                <h4 class="tpc-desk-col__h">{ w.grounds_title }</h4>
                <ul class="tpc-grounds">
                    { for col.grounds.iter().map(|g| html! {
                        <li class="tpc-ground">
                            <p>{ &g.explanation }</p>
                            <p class="tpc-citation">{ &g.citation }</p>
                            <blockquote lang="nl"><p>{ &g.quote }</p></blockquote>
                        </li>
                    }) }
                </ul>
            }
            if !col.next.is_empty() {
                <h4 class="tpc-desk-col__h">{ w.next_title }</h4>
                <ul class="tpc-next__list">
                    { for col.next.iter().map(|n| html! { <li>{ n }</li> }) }
                </ul>
            }
            if !col.practice.is_empty() {
                <h4 class="tpc-desk-col__h">{ w.practice_title }</h4>
                { for col.practice.iter().map(|p| html! { <p class="tpc-practice">{ p }</p> }) }
            }
            if !col.version.is_empty() {
                <p class="tpc-desk-col__version">{ &col.version }</p>
            }
        </article>
    }
}
