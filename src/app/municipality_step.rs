//! Step 1: find and choose the municipality, each labelled with its ordinance version.

use yew::prelude::*;

use super::check::HEADING_ID;
use super::error_summary::{error_id, SEARCH_ID};
use super::step_frame::StepFrame;
use crate::flow::questions::{Field, Question};
use crate::flow::state::{Action, Env, State};
use crate::flow::texts::{fill, pick, problem_text, t};

#[derive(Properties, PartialEq)]
pub struct MunicipalityStepProps {
    pub state: State,
    pub on_action: Callback<Action>,
}

/// Lowercase, without accents, for searching "Súdwest" as "sudwest".
fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|ch| match ch {
            'á' | 'à' | 'ä' | 'â' => 'a',
            'é' | 'è' | 'ë' | 'ê' => 'e',
            'í' | 'ì' | 'ï' | 'î' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' => 'o',
            'ú' | 'ù' | 'ü' | 'û' => 'u',
            other => other,
        })
        .collect()
}

#[function_component]
pub fn MunicipalityStep(props: &MunicipalityStepProps) -> Html {
    let state = &props.state;
    let c = t(state.lang);
    let query = use_state(String::new);
    let chosen = state
        .draft
        .get(&Field::Municipality)
        .cloned()
        .unwrap_or_default();
    let text = (c.question)(Question::Municipality);
    let error = state
        .error_for(Field::Municipality)
        .map(|p| problem_text(state.lang, Field::Municipality, p));

    let needle = fold(query.trim());
    let Some(env) = use_context::<Env>() else {
        return html! {};
    };
    // A merged municipality is found by its new name too ("Amsterdam" finds Weesp).
    let matches: Vec<_> = env
        .catalog
        .municipalities()
        .filter(|(m, _)| {
            fold(&m.name).contains(&needle)
                || m.id.contains(&needle)
                || m.since.as_ref().is_some_and(|since| {
                    needle.chars().count() >= 3
                        && (fold(&since.nl).contains(&needle) || fold(&since.en).contains(&needle))
                })
        })
        .collect();
    let single = match matches.as_slice() {
        [(m, _)] => Some(m.id.clone()),
        _ => None,
    };
    let merged = env
        .catalog
        .find(&chosen)
        .and_then(|(_, m)| m.since.as_ref().map(|since| (m.name.clone(), since)));
    let count = match matches.len() {
        0 => c.none_found.to_string(),
        1 => c.found_one.to_string(),
        n => fill(c.found, &[("n", &n.to_string())]),
    };
    let on_search = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            query.set(input.value());
        })
    };
    // Enter in the search box picks the one municipality found and goes on.
    let on_key = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() != "Enter" {
                return;
            }
            if let Some(id) = single.clone() {
                e.prevent_default();
                on_action.emit(Action::Set(Field::Municipality, id));
                on_action.emit(Action::Next);
            }
        })
    };
    let describedby = if error.is_some() {
        format!("tpc-gemeente-hint {}", error_id(Field::Municipality))
    } else {
        "tpc-gemeente-hint".to_string()
    };

    html! {
        <StepFrame state={state.clone()} on_action={props.on_action.clone()}>
            <h1 id={HEADING_ID} class="tpc-heading" tabindex="-1">{ text.title }</h1>
            <div class="tpc-intro">
                { for c.intro.iter().map(|p| html! { <p>{ *p }</p> }) }
            </div>
            if let Some(help) = text.help {
                <details class="tpc-help">
                    <summary>{ c.what_does_this_mean }</summary>
                    <p>{ help }</p>
                </details>
            }
            <div class="tpc-field">
                <label class="tpc-label" for={SEARCH_ID}>{ c.search_label }</label>
                <p class="tpc-hint" id="tpc-gemeente-zoek-hint">{ c.search_hint }</p>
                <input id={SEARCH_ID} class="tpc-input" type="search" autocomplete="off"
                    aria-describedby="tpc-gemeente-zoek-hint tpc-gemeente-count"
                    value={(*query).clone()} oninput={on_search} onkeydown={on_key} />
                <p class="tpc-count" id="tpc-gemeente-count" role="status" aria-live="polite">{ count }</p>
            </div>
            if matches.is_empty() {
                <div class="tpc-notice tpc-notice--info">
                    <p>{ c.no_match_next }</p>
                    <ul>{ for c.law_everywhere.iter().map(|line| html! { <li>{ *line }</li> }) }</ul>
                </div>
            }
            <fieldset class={classes!("tpc-fieldset", error.map(|_| "tpc-field--invalid"))} aria-describedby={describedby}>
                <legend class="tpc-legend tpc-label">{ (c.field_label)(Field::Municipality) }</legend>
                if let Some(hint) = text.hint {
                    <p class="tpc-hint" id="tpc-gemeente-hint">{ hint }</p>
                }
                if let Some(message) = error {
                    <p class="tpc-error" id={error_id(Field::Municipality)}>
                        <span class="tpc-visually-hidden">{ c.error_prefix }{ " " }</span>{ message }
                    </p>
                }
                <div class="tpc-radios tpc-radios--municipalities">
                    { for matches.iter().enumerate().map(|(i, (m, o))| {
                        // The first option carries the id the error summary links to.
                        let id = if i == 0 { "tpc-gemeente".to_string() } else { format!("tpc-gemeente-{}", m.id) };
                        let value = m.id.clone();
                        let onchange = props.on_action.reform(move |_: Event| Action::Set(Field::Municipality, value.clone()));
                        let meta = format!("{} · {}", fill(c.ordinance_label, &[("year", &o.version.year.to_string())]), (c.detail_short)(o.detail));
                        html! {
                            <div class="tpc-radio">
                                <input class="tpc-radio__input" type="radio" name="gemeente" id={id.clone()}
                                    value={m.id.clone()} checked={chosen == m.id} {onchange} />
                                <label class="tpc-radio__label" for={id}>
                                    <span class="tpc-radio__name">{ &m.name }</span>
                                    <span class="tpc-radio__meta">{ meta }</span>
                                    if let Some(since) = &m.since {
                                        <span class="tpc-radio__meta">{ fill(c.merged_note, &[("note", pick(state.lang, since))]) }</span>
                                    }
                                </label>
                            </div>
                        }
                    }) }
                </div>
            </fieldset>
            if let Some((name, since)) = merged {
                <p class="tpc-notice tpc-notice--warning" role="status">
                    { fill(c.merged_warning, &[("name", &name), ("note", pick(state.lang, since))]) }
                </p>
            }
        </StepFrame>
    }
}
