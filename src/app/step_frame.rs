//! What every question page shares: the back button, "Stap 2 van 7", the error summary, and a
//! form whose submit button moves on.

use yew::prelude::*;

use super::error_summary::ErrorSummary;
use crate::flow::state::{Action, Env, State};
use crate::flow::texts::{step_text, t};

#[derive(Properties, PartialEq)]
pub struct StepFrameProps {
    pub state: State,
    pub on_action: Callback<Action>,
    /// The submit button's text; "Volgende" when not given.
    #[prop_or_default]
    pub submit: Option<AttrValue>,
    pub children: Html,
}

#[function_component]
pub fn StepFrame(props: &StepFrameProps) -> Html {
    let state = &props.state;
    let c = t(state.lang);
    let Some(env) = use_context::<Env>() else {
        return html! {};
    };
    let step = state.step(&env);
    // The button moves on, not the form's submission: a frame sandboxed without
    // `allow-forms` never submits a form (nor fires its submit event), but still clicks the
    // button, also for Enter in a text field.
    let next = props.on_action.reform(|e: MouseEvent| {
        e.prevent_default();
        Action::Next
    });
    let onsubmit = Callback::from(|e: SubmitEvent| e.prevent_default());
    let back = props.on_action.reform(|_: MouseEvent| Action::Back);
    let first = !state.has_previous(&env);
    html! {
        <>
            if !first {
                <button type="button" class="tpc-back" onclick={back}>{ c.back }</button>
            }
            if let Some((n, total)) = step {
                <p class="tpc-step">{ step_text(state.lang, n, total) }</p>
            }
            <ErrorSummary lang={state.lang} errors={state.errors.clone()} />
            <form class="tpc-form" novalidate=true {onsubmit}>
                { props.children.clone() }
                <button type="submit" class="tpc-button tpc-button--primary" onclick={next}>
                    { props.submit.clone().unwrap_or_else(|| AttrValue::from(c.next)) }
                </button>
            </form>
        </>
    }
}
