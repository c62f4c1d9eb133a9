//! The result: the conclusion first, then why (with the quoted rules), what happens next, known
//! practice, and which rules these are.

use yew::prelude::*;

use super::browser;
use super::check::HEADING_ID;
use crate::contract::DecisionView;
use crate::decision::{citation_label_in, Decision, Layer, Status};
use crate::flow::describe;
use crate::flow::share;
use crate::flow::state::{Action, Env, Lang, State};
use crate::flow::texts::{fill, pick, t, Catalogue};
use crate::model::{Detail, Ordinance, Topic};

#[derive(Properties, PartialEq)]
pub struct ResultProps {
    pub state: State,
    pub on_action: Callback<Action>,
}

fn status_class(status: Status) -> &'static str {
    match status {
        Status::NotApplicable | Status::Exempt => "tpc-outcome--no",
        Status::Fulfilled => "tpc-outcome--done",
        Status::Obligated => "tpc-outcome--yes",
        Status::Discretionary => "tpc-outcome--maybe",
    }
}

fn headline(c: &Catalogue, d: &Decision<'_>) -> String {
    let base = (c.status_headline)(d.status);
    match (d.status, d.bounds) {
        (Status::Obligated, Some((bounds, _))) => {
            format!("{base}: {}", describe::bounds(bounds, &c.bounds))
        }
        _ => base.to_string(),
    }
}

fn grounds(lang: Lang, c: &Catalogue, d: &Decision<'_>) -> Html {
    let view = DecisionView::new(d);
    html! {
        <ul class="tpc-grounds">
            { for view.grounds.iter().map(|g| html! {
                <li class="tpc-ground">
                    if let Some(question) = g.college_decides {
                        <p class="tpc-ground__question">{ pick(lang, question) }</p>
                        <p><strong>{ c.if_college_agrees }</strong>{ " " }{ pick(lang, g.explanation) }</p>
                    } else {
                        <p>{ pick(lang, g.explanation) }</p>
                    }
                    <p class="tpc-citation">{ citation_label_in(g.citation.citation, g.citation.ordinance_title, &c.citation) }</p>
                    <details class="tpc-quote">
                        <summary>{ c.quote_summary }</summary>
                        <blockquote lang="nl"><p>{ g.source_text }</p></blockquote>
                        <p class="tpc-source">
                            { c.source_label }{ ": " }{ g.citation.source.title }{ ", " }{ g.citation.source.location }
                        </p>
                    </details>
                </li>
            }) }
        </ul>
    }
}

fn next_steps(lang: Lang, c: &Catalogue, d: &Decision<'_>) -> Html {
    let order = [
        Topic::FindActivity,
        Topic::Choice,
        Topic::WhatCounts,
        Topic::Renewal,
        Topic::Other,
        Topic::NonCompliance,
        Topic::Objection,
    ];
    let info: Vec<_> = [(d.statute, Layer::Statute), (d.ordinance, Layer::Ordinance)]
        .into_iter()
        .flat_map(|(o, _)| o.info.iter().map(move |i| (o, i)))
        .collect();
    let renewal = d.bounds.and_then(|(b, _)| b.renewal.as_ref());
    html! {
        <>
            { for order.iter().map(|topic| {
                let items: Vec<_> = info.iter().filter(|(_, i)| i.topic == *topic).collect();
                let extra = (*topic == Topic::Renewal).then_some(renewal).flatten();
                if items.is_empty() && extra.is_none() {
                    return html! {};
                }
                html! {
                    <section class="tpc-next">
                        <h3>{ (c.topic)(*topic) }</h3>
                        if let Some(text) = extra {
                            <p>{ pick(lang, text) }</p>
                        }
                        { for items.iter().map(|(o, i)| html! {
                            <>
                                <p>{ pick(lang, &i.text) }</p>
                                <p class="tpc-citation">{ citation_label_in(&i.citation, &o.title, &c.citation) }</p>
                            </>
                        }) }
                    </section>
                }
            }) }
        </>
    }
}

/// The ordinance's sources, each document once with the places in it.
fn sources_by_document(ordinance: &Ordinance) -> Vec<(&'static str, Vec<&str>)> {
    let mut grouped: Vec<(&'static str, Vec<&str>)> = Vec::new();
    for source in &ordinance.sources {
        let title = source.document.title();
        match grouped.iter_mut().find(|(t, _)| *t == title) {
            Some((_, places)) => places.push(&source.location),
            None => grouped.push((title, vec![&source.location])),
        }
    }
    grouped
}

#[function_component]
pub fn ResultScreen(props: &ResultProps) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let c = t(lang);
    // None: not tried yet; Some(true): copied; Some(false): select and copy by hand.
    let copied = use_state(|| None::<bool>);
    let Some(env) = use_context::<Env>() else {
        return html! {};
    };
    let decision = state
        .municipality(&env)
        .zip(state.answers(&env))
        .and_then(|(id, answers)| crate::contract::decide(&env.catalog, id, &answers).ok());
    let Some(d) = decision else {
        return html! {};
    };
    let back = props.on_action.reform(|_: MouseEvent| Action::Back);
    let print = Callback::from(|_: MouseEvent| browser::print());
    let link = browser::link_with(&share::encode(state));
    let on_copy = {
        let copied = copied.clone();
        let link = link.clone();
        Callback::from(move |_: MouseEvent| {
            browser::select("tpc-share-link");
            let copied = copied.clone();
            let link = link.clone();
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(Some(browser::copy(&link).await));
            });
        })
    };
    let judgements: Vec<_> = d.judgements().collect();
    let ordinance = d.ordinance;
    html! {
        <article class="tpc-result">
            <button type="button" class="tpc-back tpc-no-print" onclick={back.clone()}>{ c.back }</button>
            <div class={classes!("tpc-outcome", status_class(d.status))}>
                <p class="tpc-outcome__label">{ c.result_title }</p>
                <h1 id={HEADING_ID} class="tpc-heading" tabindex="-1">{ headline(c, &d) }</h1>
                <p class="tpc-outcome__lead">{ (c.status_lead)(d.status) }</p>
                if !judgements.is_empty() {
                    <p>{ c.college_decides_intro }</p>
                    <ul class="tpc-judgements">
                        { for judgements.iter().map(|j| html! { <li>{ pick(lang, j) }</li> }) }
                    </ul>
                }
                if let (Status::Discretionary, Some((bounds, _))) = (d.status, d.bounds) {
                    <p class="tpc-outcome__bounds">{ describe::bounds(bounds, &c.bounds) }</p>
                }
                <p class="tpc-outcome__for">
                    { fill(c.result_for, &[("name", &d.municipality.name), ("year", &ordinance.version.year.to_string())]) }
                </p>
            </div>

            <section>
                <h2>{ c.why_title }</h2>
                { grounds(lang, c, &d) }
            </section>

            <section>
                <h2>{ c.next_steps_title }</h2>
                <p class="tpc-first-step">{ (c.status_next)(d.status) }</p>
                { next_steps(lang, c, &d) }
            </section>

            if !ordinance.practice.is_empty() {
                <section class="tpc-practice">
                    <h2>{ c.practice_title }</h2>
                    { for ordinance.practice.iter().map(|note| html! {
                        <div class="tpc-note">
                            <p class="tpc-note__label">{ c.practice_label }</p>
                            <p>{ pick(lang, &note.text) }</p>
                            <p class="tpc-citation">{ c.source_label }{ ": " }{ note.source.document.title() }{ ", " }{ &note.source.location }</p>
                        </div>
                    }) }
                </section>
            }

            <section class="tpc-about">
                <h2>{ c.about_rules_title }</h2>
                <dl class="tpc-facts">
                    <dt>{ c.version_label }</dt>
                    <dd>{ &ordinance.title }{ " (" }{ ordinance.version.year }{ ")" }</dd>
                    if let Some(date) = crate::date::Date::parse(&ordinance.version.valid_from) {
                        <dt>{ c.in_force_label }</dt>
                        <dd>{ date.dutch() }</dd>
                    }
                    <dt>{ c.detail_label }</dt>
                    <dd>{ (c.detail)(ordinance.detail) }</dd>
                    <dt>{ c.source_label }</dt>
                    <dd>
                        <ul>
                            { for sources_by_document(ordinance).into_iter().map(|(title, places)| html! {
                                <li>{ title }{ ": " }{ places.join("; ") }</li>
                            }) }
                        </ul>
                    </dd>
                </dl>
                if let Some(since) = &d.municipality.since {
                    <p>{ fill(c.merged_note, &[("note", pick(lang, since))]) }</p>
                }
                if ordinance.detail == Detail::Summary {
                    <p>{ (c.detail)(Detail::Summary) }</p>
                }
            </section>

            <p class="tpc-disclaimer">{ pick(lang, &DecisionView::new(&d).disclaimer) }</p>

            <div class="tpc-actions tpc-no-print">
                <button type="button" class="tpc-button tpc-button--primary" onclick={print}>{ c.print }</button>
                <button type="button" class="tpc-button tpc-button--secondary" onclick={back}>{ c.change_answers }</button>
                <div class="tpc-share">
                    <label class="tpc-label" for="tpc-share-link">{ c.share_label }</label>
                    <p class="tpc-hint" id="tpc-share-hint">{ c.share_hint }</p>
                    <div class="tpc-share__row">
                        <input id="tpc-share-link" class="tpc-input" type="text" readonly=true value={link}
                            aria-describedby="tpc-share-hint" />
                        <button type="button" class="tpc-button tpc-button--secondary" onclick={on_copy}>{ c.share }</button>
                    </div>
                    <p role="status" class="tpc-count">
                        { match *copied { Some(true) => c.share_done, Some(false) => c.share_failed, None => "" } }
                    </p>
                </div>
            </div>
        </article>
    }
}
