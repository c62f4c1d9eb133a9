//! "Controleer uw antwoorden": every answer with a change button, before the result.

use yew::prelude::*;

use super::check::HEADING_ID;
use super::place::Place;
use super::step_frame::step_frame;
use crate::flow::questions::{Field, Input};
use crate::flow::state::{Action, Env, State};
use crate::flow::texts::{t, unit};

fn shown_value(state: &State, env: &Env, field: Field) -> String {
    let c = t(state.lang);
    let raw = state
        .draft
        .get(&field)
        .map(|v| v.trim())
        .unwrap_or_default();
    match field.input() {
        Input::Municipality => env
            .catalog
            .find(raw)
            .map(|(_, m)| m.name.clone())
            .unwrap_or_else(|| raw.to_string()),
        Input::Choice { .. } => c.option_label(field, raw).unwrap_or(raw).to_string(),
        Input::Date => raw.to_string(),
        Input::Number { .. } => format!("{raw} {}", unit(state.lang, field)),
    }
}

/// The page (a function, not a component: it keeps no state).
pub fn review(
    state: &State,
    env: &Env,
    place: &Option<Place>,
    on_action: &Callback<Action>,
) -> Html {
    let c = t(state.lang);
    let rows = html! {
        <>
            <h1 id={HEADING_ID} class="tpc-heading" tabindex="-1">{ c.review_title }</h1>
            <p>{ c.review_intro }</p>
            <dl class="tpc-summary">
                { for state.questions(env).into_iter().flat_map(|q| q.fields().iter().map(move |f| (q, *f))).map(|(q, field)| {
                    let edit = on_action.reform(move |_: MouseEvent| Action::Edit(q));
                    html! {
                        <div class="tpc-summary__row">
                            <dt class="tpc-summary__key">{ c.field_label(field) }</dt>
                            <dd class="tpc-summary__value">{ shown_value(state, env, field) }</dd>
                            <dd class="tpc-summary__action">
                                <button type="button" class="tpc-link-button" onclick={edit}>
                                    { c.change }
                                    <span class="tpc-visually-hidden">{ " " }{ c.field_label(field) }</span>
                                </button>
                            </dd>
                        </div>
                    }
                }) }
            </dl>
        </>
    };
    step_frame(state, env, place, on_action, Some(c.to_result), rows)
}
