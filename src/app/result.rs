//! The result: the verdict, what to do next (only what fits this verdict), then the reasons and
//! sources behind a disclosure, and the actions (print, change, share).

use yew::prelude::*;

use super::browser;
use super::dutch_words::{date, dutch, fill_marked};
use super::letter_offer::letter_offer_section;
use super::no_ordinance::no_ordinance;
use super::place::Place;
use super::reasons::reasons;
use super::verdict::verdict;
use crate::decision::{Decision, Status};
use crate::flow::share;
use crate::flow::state::{Action, Env, Lang, State};
use crate::flow::texts::day::{day_texts, TOLERANCE_SOURCE_URL};
use crate::flow::texts::{pick, t, Catalogue};
use crate::model::Info;

#[derive(Properties, PartialEq)]
pub struct ResultProps {
    pub state: State,
    pub on_action: Callback<Action>,
    /// Where the check lives (print, copy, the outcome event).
    pub place: Place,
}

use crate::flow::describe::topics;

/// The law's and the ordinance's texts for the topics this verdict needs, with the title of
/// the instrument they come from.
fn next_info<'a>(d: &Decision<'a>) -> Vec<(&'a str, &'a Info)> {
    let (statute, ordinance) = (d.statute, d.ordinance);
    topics(d.status)
        .iter()
        .flat_map(|topic| {
            [statute, ordinance].into_iter().flat_map(move |o| {
                o.info
                    .iter()
                    .filter(move |i| i.topic == *topic)
                    .map(move |i| (o.title.as_str(), i))
            })
        })
        .collect()
}

fn next_steps(lang: Lang, c: &Catalogue, d: &Decision<'_>, info: &[(&str, &Info)]) -> Html {
    let renewal = d
        .bounds
        .filter(|_| d.status == Status::Obligated)
        .and_then(|(b, _)| b.renewal.as_ref());
    html! {
        <section class="tpc-next">
            <h2>{ c.next_steps_title }</h2>
            <p class="tpc-first-step">{ c.status_next(d.status) }</p>
            if !info.is_empty() || renewal.is_some() {
                <ul class="tpc-next__list">
                    { for info.iter().map(|(_, i)| html! { <li>{ pick(lang, &i.text) }</li> }) }
                    if let Some(text) = renewal {
                        <li>{ pick(lang, text) }</li>
                    }
                </ul>
            }
        </section>
    }
}

#[function_component]
pub fn ResultScreen(props: &ResultProps) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let c = t(lang);
    // None: not tried yet; Some(true): copied; Some(false): select and copy by hand.
    let copied = use_state(|| None::<bool>);
    let env = use_context::<Env>();
    let place = &props.place;
    let decision = env.as_ref().and_then(|env| {
        state
            .municipality(env)
            .zip(state.answers(env))
            .and_then(|(id, answers)| {
                // The check shows a refusal on its own screen; here only a decision is shown.
                let (set, municipality, verdict) = env.catalog.verdict(id, &answers)?;
                Some(set.explain(&verdict.ok()?, municipality))
            })
    });
    // The host page may show its own next step: it hears the status, never the answers.
    {
        let place = place.clone();
        use_effect_with(decision.as_ref().map(|d| d.status.key()), move |status| {
            if let Some(status) = status {
                place.announce(status);
            }
        });
    }
    let (Some(d), Some(env)) = (decision, env.as_ref()) else {
        return html! {};
    };
    let day = state.reference_day(env);
    let w = day_texts(lang);
    // 2026, the year before the law changes: the ministry's tolerance, in one sentence.
    let tolerance = env
        .catalog
        .rules_known_until()
        .is_some_and(|last| last.year() == day.year());
    // Within the two years after a merger: the old ordinance may already have been replaced.
    let merged_within = env
        .catalog
        .merger_window(d.municipality)
        .filter(|(on, until)| *on <= day && day <= *until)
        .map(|(on, until)| {
            let into = d
                .municipality
                .merged
                .as_ref()
                .map_or("", |m| m.into.as_str());
            fill_marked(
                w.merged_within,
                &[
                    ("name", dutch(lang, &d.municipality.name)),
                    ("on", date(lang, on)),
                    ("until", date(lang, until)),
                    ("into", dutch(lang, into)),
                ],
            )
        });
    let back = props.on_action.reform(|_: MouseEvent| Action::Back);
    let print = {
        let place = place.clone();
        Callback::from(move |_: MouseEvent| place.print())
    };
    let link = browser::link_with(&share::encode(state));
    let on_copy = {
        let copied = copied.clone();
        let link = link.clone();
        let place = place.clone();
        Callback::from(move |_: MouseEvent| {
            place.select("tpc-share-link");
            let copied = copied.clone();
            let link = link.clone();
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(Some(browser::copy(&link).await));
            });
        })
    };
    let info = next_info(&d);
    // The register knows a municipality by the name it uses itself: Den Haag, not 's-Gravenhage.
    let register_name = env
        .catalog
        .directory()
        .common_names
        .iter()
        .find(|c| Some(c.cbs_code) == d.municipality.cbs_code)
        .map_or(d.municipality.name.clone(), |c| c.name.clone());
    let letters = state
        .answers(env)
        .is_some_and(|a| crate::letters::any_offered(&a));
    html! {
        <article class="tpc-result">
            <button type="button" class="tpc-back tpc-no-print" onclick={back.clone()}>{ c.back }</button>
            { verdict(lang, c, &d) }
            if let Some(note) = merged_within {
                <p class="tpc-notice tpc-notice--warning">{ note }</p>
            }
            // Old rules looked at after the law changed: what they may still mean, once.
            if state.looks_back(env) {
                <p class="tpc-notice tpc-notice--warning tpc-past-note">{ w.past_rules_objection }</p>
            }
            { next_steps(lang, c, &d, &info) }
            if d.status == Status::OrdinanceUnknown {
                { no_ordinance(lang, &d, &register_name) }
            }
            { reasons(lang, c, &d, &info) }
            // Background to the outcome, not a step: after the reasons, before the disclaimer.
            if tolerance {
                <p class="tpc-notice tpc-notice--info tpc-tolerance">
                    { w.tolerance }{ " " }
                    <a href={TOLERANCE_SOURCE_URL} rel="noopener">{ w.tolerance_source }</a>
                </p>
            }

            <p class="tpc-disclaimer">{ t(lang).disclaimer }</p>

            // The letter the person may need next: after the reasons, with the other actions.
            if letters {
                { letter_offer_section(lang, &share::encode(state), &env.today.iso()) }
            }
            <div class="tpc-actions tpc-no-print">
                <button type="button" class="tpc-button tpc-button--primary" onclick={print}>{ c.print }</button>
                <button type="button" class="tpc-button tpc-button--secondary" onclick={back}>{ c.change_answers }</button>
                if place.is_page() {
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
                }
            </div>
        </article>
    }
}
