//! What every question page shares: the back button, "Stap 2 van 7", the error summary, and a
//! form whose submit button moves on.

use yew::prelude::*;

use super::error_summary::ErrorSummary;
use crate::flow::questions::Question;
use crate::flow::state::{Action, Env, Screen, State};
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
    let onsubmit = props.on_action.reform(|e: SubmitEvent| {
        e.prevent_default();
        Action::Next
    });
    let back = props.on_action.reform(|_: MouseEvent| Action::Back);
    let first = state.screen == Screen::Question(Question::Municipality);
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
                <button type="submit" class="tpc-button tpc-button--primary">
                    { props.submit.clone().unwrap_or_else(|| AttrValue::from(c.next)) }
                </button>
            </form>
        </>
    }
}
