//! Step 1: find and choose the municipality, each labelled with its ordinance version.

use yew::prelude::*;

use super::check::HEADING_ID;
use super::error_summary::{error_id, SEARCH_ID};
use super::place::Place;
use super::step_frame::step_frame;
use crate::flow::questions::{Field, Question};
use crate::flow::state::{Action, Env, State};
use crate::flow::texts::{fill, pick, problem_text, t};
use crate::model::{Detail, Municipality, Ordinance};
use crate::search::{Hit, Index, Via};

#[derive(Properties, PartialEq)]
pub struct MunicipalityStepProps {
    pub state: State,
    pub on_action: Callback<Action>,
}

/// At most this many municipalities are listed at once: more letters narrow the list.
const SHOWN: usize = 12;

/// The step: its heading and intro, and the search (its own component, so a keystroke renders
/// only the search and its results). A function: the step itself keeps no state.
pub fn municipality_step(
    state: &State,
    env: &Env,
    place: &Option<Place>,
    on_action: &Callback<Action>,
) -> Html {
    let c = t(state.lang);
    let text = c.question(Question::Municipality);
    let content = html! {
        <>
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
            <MunicipalitySearch state={state.clone()} on_action={on_action.clone()} />
        </>
    };
    step_frame(state, env, place, on_action, None, content)
}

#[function_component]
fn MunicipalitySearch(props: &MunicipalityStepProps) -> Html {
    let state = &props.state;
    let c = t(state.lang);
    let query = use_state(String::new);
    let chosen = state
        .draft
        .get(&Field::Municipality)
        .cloned()
        .unwrap_or_default();
    let text = c.question(Question::Municipality);
    let error = state
        .error_for(Field::Municipality)
        .map(|p| problem_text(state.lang, Field::Municipality, p));

    let env = use_context::<Env>();
    // The names folded once per catalogue; a keystroke folds only what was typed.
    let index = use_memo(env.as_ref().map(|e| e.catalog.clone()), |catalog| {
        catalog.as_ref().map(|c| Index::new(c))
    });
    let (Some(env), Some(index)) = (env, index.as_ref()) else {
        return html! {};
    };
    let typed = query.trim();
    let hits = index.search(typed);
    // Nothing typed yet: the municipality already chosen, if any, stays in view.
    let shown: Vec<(Hit, &Municipality, &Ordinance)> = if typed.is_empty() {
        env.catalog
            .municipality(&chosen)
            .map(|(m, o)| {
                (
                    Hit {
                        id: m.id.clone(),
                        via: Via::Name,
                    },
                    m,
                    o,
                )
            })
            .into_iter()
            .collect()
    } else {
        hits.iter()
            .take(SHOWN)
            .filter_map(|h| {
                env.catalog
                    .municipality(&h.id)
                    .map(|(m, o)| (h.clone(), m, o))
            })
            .collect()
    };
    let single = match hits.as_slice() {
        [hit] => Some(hit.id.clone()),
        _ => None,
    };
    let merged = env.catalog.municipality(&chosen).and_then(|(m, o)| {
        let since = m.since.as_ref()?;
        let note = pick(state.lang, since);
        Some(if o.rules_known() {
            fill(c.merged_warning, &[("name", &m.name), ("note", note)])
        } else {
            fill(
                c.merged_warning_no_rules,
                &[("name", &m.name), ("note", note)],
            )
        })
    });
    let count = match hits.len() {
        _ if typed.is_empty() => String::new(),
        0 => c.none_found.to_string(),
        n => c.found(n),
    };
    let more = hits.len().saturating_sub(SHOWN);
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
        <>
            <div class="tpc-field">
                <label class="tpc-label" for={SEARCH_ID}>{ c.search_label }</label>
                <p class="tpc-hint" id="tpc-gemeente-zoek-hint">{ c.search_hint }</p>
                <input id={SEARCH_ID} class="tpc-input" type="search" autocomplete="off"
                    aria-describedby="tpc-gemeente-zoek-hint tpc-gemeente-count"
                    value={(*query).clone()} oninput={on_search} onkeydown={on_key} />
                <p class="tpc-count" id="tpc-gemeente-count" role="status" aria-live="polite">{ count }</p>
            </div>
            if !typed.is_empty() && hits.is_empty() {
                <p class="tpc-notice tpc-notice--info">{ fill(c.no_match_next, &[("query", typed)]) }</p>
            }
            // Always in the page, hidden while empty, with a fixed number of places: a keystroke
            // patches text and attributes instead of building the list anew (at 4x slower CPU a
            // new list took 30 to 60 ms, a patched one a few).
            <fieldset class={classes!("tpc-fieldset", error.map(|_| "tpc-field--invalid"))} aria-describedby={describedby}
                hidden={shown.is_empty() && error.is_none()}>
                <legend class="tpc-legend tpc-label">{ c.field_label(Field::Municipality) }</legend>
                if let Some(hint) = text.hint {
                    <p class="tpc-hint" id="tpc-gemeente-hint">{ hint }</p>
                }
                if let Some(message) = error {
                    <p class="tpc-error" id={error_id(Field::Municipality)}>
                        <span class="tpc-visually-hidden">{ c.error_prefix }{ " " }</span>{ message }
                    </p>
                }
                <div class="tpc-radios tpc-radios--municipalities">
                    { for (0..SHOWN).map(|i| {
                        let Some((hit, m, o)) = shown.get(i) else {
                            // An empty place: no name, so no radio of the group.
                            let id = format!("tpc-gemeente-leeg-{i}");
                            return html! {
                                <div class="tpc-radio" hidden=true>
                                    <input class="tpc-radio__input" type="radio" name="" id={id.clone()} value="" checked=false disabled=true />
                                    <label class="tpc-radio__label" for={id}>
                                        <span class="tpc-radio__name"></span>
                                        <span class="tpc-radio__meta"></span>
                                    </label>
                                </div>
                            };
                        };
                        // The first option carries the id the error summary links to.
                        let id = if i == 0 { "tpc-gemeente".to_string() } else { format!("tpc-gemeente-{}", m.id) };
                        let value = m.id.clone();
                        let onchange = props.on_action.reform(move |_: Event| Action::Set(Field::Municipality, value.clone()));
                        let rules = if o.detail == Detail::NotKnown {
                            c.no_ordinance_meta.to_string()
                        } else {
                            format!("{} · {}", fill(c.ordinance_label, &[("year", &o.version.year.to_string())]), c.detail_short(o.detail))
                        };
                        let via = match &hit.via {
                            Via::Name => None,
                            Via::CommonName(name) => Some(fill(c.via_common, &[("name", name)])),
                            Via::FormerName(former) => Some(fill(c.via_former, &[("former", former)])),
                        };
                        let since = m.since.as_ref().map(|since| fill(c.merged_note, &[("note", pick(state.lang, since))]));
                        // One line of what to know about it: fewer nodes to patch per keystroke.
                        let meta = [m.province.clone(), Some(rules), via, since].into_iter().flatten().collect::<Vec<_>>().join(" · ");
                        html! {
                            <div class="tpc-radio" hidden=false>
                                <input class="tpc-radio__input" type="radio" name="gemeente" id={id.clone()}
                                    value={m.id.clone()} checked={chosen == m.id} disabled=false {onchange} />
                                <label class="tpc-radio__label" for={id}>
                                    <span class="tpc-radio__name">{ &m.name }</span>
                                    <span class="tpc-radio__meta">{ meta }</span>
                                </label>
                            </div>
                        }
                    }) }
                </div>
            </fieldset>
            if more > 0 {
                <p class="tpc-hint">{ c.search_more(more) }</p>
            }
            if let Some(note) = merged {
                <p class="tpc-notice tpc-notice--warning" role="status">{ note }</p>
            }
        </>
    }
}
