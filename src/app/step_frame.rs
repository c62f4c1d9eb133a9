//! What every question page shares: the back button, "Stap 2 van 7", the error summary, and a
//! form whose submit button moves on.

use yew::prelude::*;

use super::error_summary::error_summary;
use super::place::Place;
use crate::flow::state::{Action, Env, State};
use crate::flow::texts::{step_text, t};

/// A question page around its `children`: `submit` is the submit button's text ("Volgende"
/// when not given). A function, not a component: it keeps no state.
pub fn step_frame(
    state: &State,
    env: &Env,
    place: &Option<Place>,
    on_action: &Callback<Action>,
    submit: Option<&'static str>,
    children: Html,
) -> Html {
    let c = t(state.lang);
    let step = state.step(env);
    // The button moves on, not the form's submission: a frame sandboxed without
    // `allow-forms` never submits a form (nor fires its submit event), but still clicks the
    // button, also for Enter in a text field.
    let next = on_action.reform(|e: MouseEvent| {
        e.prevent_default();
        Action::Next
    });
    let onsubmit = Callback::from(|e: SubmitEvent| e.prevent_default());
    let back = on_action.reform(|_: MouseEvent| Action::Back);
    let first = !state.has_previous(env);
    html! {
        <>
            if !first {
                <button type="button" class="tpc-back" onclick={back}>{ c.back }</button>
            }
            if let Some((n, total)) = step {
                <p class="tpc-step">{ step_text(state.lang, n, total) }</p>
            }
            { error_summary(state.lang, &state.errors, place) }
            <form class="tpc-form" novalidate=true {onsubmit}>
                { children }
                <button type="submit" class="tpc-button tpc-button--primary" onclick={next}>
                    { submit.unwrap_or(c.next) }
                </button>
            </form>
        </>
    }
}
