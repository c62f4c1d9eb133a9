//! The root component: holds the state, keeps it in the URL fragment and local storage, and
//! shows the screen the person is on.

use std::rc::Rc;

use yew::prelude::*;

use super::browser;
use super::header::Header;
use super::municipality_step::MunicipalityStep;
use super::question_step::QuestionStep;
use super::result::ResultScreen;
use super::review::Review;
use crate::flow::questions::Question;
use crate::flow::share;
use crate::flow::state::{reduce, Action, Env, Screen, State};
use crate::flow::texts::{step_text, t};

/// The state in Yew's reducer, with the rule sets it is read against: every change goes
/// through `flow::state::reduce`.
#[derive(PartialEq)]
pub struct Store(pub State, pub Env);

impl Reducible for Store {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Store(reduce(&self.0, action, &self.1), self.1.clone()))
    }
}

#[derive(Properties, PartialEq)]
pub struct CheckProps {
    /// The rule sets and the day; handed to every screen as a context.
    pub env: Env,
}

/// The heading every screen has; focus moves here when the screen changes.
pub const HEADING_ID: &str = "tpc-heading";
/// The error summary; focus moves here when an answer is wrong.
pub const ERRORS_ID: &str = "tpc-errors";

fn initial(env: &Env) -> State {
    share::decode(&browser::fragment(), env)
        .or_else(|| browser::load().and_then(|saved| share::decode(&saved, env)))
        .unwrap_or_default()
}

fn page_title(state: &State, env: &Env) -> String {
    let c = t(state.lang);
    let screen_title = match state.screen {
        Screen::Question(q) => (c.question)(q).title.to_string(),
        Screen::Review => c.review_title.to_string(),
        Screen::Result => c.result_title.to_string(),
    };
    let step = state
        .step(env)
        .map(|(n, total)| step_text(state.lang, n, total) + ": ")
        .unwrap_or_default();
    let error = if state.errors.is_empty() {
        String::new()
    } else {
        format!("{} ", c.error_prefix)
    };
    format!("{error}{step}{screen_title} - {}", c.app_title)
}

#[function_component]
pub fn Check(props: &CheckProps) -> Html {
    let store = use_reducer(|| Store(initial(&props.env), props.env.clone()));
    let env = &store.1;
    let cleared = use_state(|| false);
    // Counts Next, Back, Edit and Clear: focus moves only after those, never while typing.
    let moves = use_state(|| 0_u32);
    let state = &store.0;

    let dispatch = {
        let store = store.clone();
        let cleared = cleared.clone();
        let moves = moves.clone();
        Callback::from(move |action: Action| {
            let clearing = action == Action::Clear;
            if clearing {
                browser::forget();
            }
            if !matches!(action, Action::Set(..) | Action::SetLang(_)) {
                moves.set(*moves + 1);
            }
            cleared.set(clearing);
            store.dispatch(action)
        })
    };

    // Keep the answers: in the fragment (for sharing and reload) and in local storage.
    use_effect_with(share::encode(state), |encoded| {
        browser::save(encoded);
        browser::set_fragment(encoded);
    });
    use_effect_with((page_title(state, env), state.lang), |(title, lang)| {
        browser::set_title(title);
        browser::set_document_lang(lang.code());
    });
    // Focus after a move: the error summary when answers are wrong, else the new screen's
    // heading. Not on the first render, and not while the person types.
    let has_errors = !state.errors.is_empty();
    use_effect_with(*moves, move |moves| {
        if has_errors {
            browser::focus(ERRORS_ID);
        } else if *moves > 0 {
            browser::focus(HEADING_ID);
        }
    });

    let c = t(state.lang);
    let body = match state.screen {
        Screen::Question(Question::Municipality) => html! {
            <MunicipalityStep state={state.clone()} on_action={dispatch.clone()} />
        },
        Screen::Question(question) => html! {
            <QuestionStep state={state.clone()} {question} on_action={dispatch.clone()} />
        },
        Screen::Review => html! { <Review state={state.clone()} on_action={dispatch.clone()} /> },
        Screen::Result => {
            html! { <ResultScreen state={state.clone()} on_action={dispatch.clone()} /> }
        }
    };
    let on_clear = dispatch.reform(|_: MouseEvent| Action::Clear);
    html! {
        <ContextProvider<Env> context={env.clone()}>
        <div class="tpc" data-step={state.screen.key()} lang={state.lang.code()}>
            <Header lang={state.lang} on_action={dispatch.clone()} />
            if *cleared {
                <p class="tpc-notice" role="status">{ c.cleared }</p>
            }
            <div class="tpc-body">{ body }</div>
            <footer class="tpc-footer">
                <p class="tpc-privacy">{ c.privacy }</p>
                <button type="button" class="tpc-button tpc-button--subtle" onclick={on_clear}>
                    { c.clear }
                </button>
            </footer>
        </div>
        </ContextProvider<Env>>
    }
}
