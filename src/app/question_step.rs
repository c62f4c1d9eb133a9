//! One question page: a choice (radio buttons) or one or two numbers, with its hint, its
//! "Wat betekent dit?" help and each field's own error message.

use yew::prelude::*;

use super::check::HEADING_ID;
use super::error_summary::{error_id, input_id, option_id};
use super::place::Place;
use super::step_frame::step_frame;
use crate::flow::questions::{Field, Input, Question};
use crate::flow::state::{Action, Env, Lang, State};
use crate::flow::texts::{problem_text, t, unit, QuestionText};

/// What a question page shows: the state, which question, and where its actions go.
pub struct QuestionStepProps {
    pub state: State,
    pub question: Question,
    pub on_action: Callback<Action>,
    pub env: Env,
    pub place: Option<Place>,
}

fn help(lang: Lang, text: &QuestionText) -> Html {
    match text.help {
        Some(help) => html! {
            <details class="tpc-help">
                <summary>{ t(lang).what_does_this_mean }</summary>
                <p>{ help }</p>
            </details>
        },
        None => html! {},
    }
}

fn error_message(state: &State, field: Field) -> Option<&'static str> {
    state
        .error_for(field)
        .map(|p| problem_text(state.lang, field, p))
}

fn error_html(lang: Lang, field: Field, message: Option<&'static str>) -> Html {
    match message {
        Some(message) => html! {
            <p class="tpc-error" id={error_id(field)}>
                <span class="tpc-visually-hidden">{ t(lang).error_prefix }{ " " }</span>{ message }
            </p>
        },
        None => html! {},
    }
}

fn describedby(hint: Option<&str>, field: Field, has_error: bool) -> Option<String> {
    let ids: Vec<String> = hint
        .map(str::to_string)
        .into_iter()
        .chain(has_error.then(|| error_id(field)))
        .collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// A single choice: the question is the fieldset's legend.
fn choice(props: &QuestionStepProps, field: Field, options: Vec<&'static str>) -> Html {
    let state = &props.state;
    let c = t(state.lang);
    let text = c.question(props.question);
    let hint_id = format!("tpc-{}-hint", field.key());
    let message = error_message(state, field);
    let current = state.draft.get(&field).cloned().unwrap_or_default();
    let inline = options.len() == 2;
    html! {
        <fieldset class={classes!("tpc-fieldset", message.map(|_| "tpc-field--invalid"))}
            aria-describedby={describedby(text.hint.map(|_| hint_id.as_str()), field, message.is_some())}>
            <legend class="tpc-legend">
                <h1 id={HEADING_ID} class="tpc-heading" tabindex="-1">{ text.title }</h1>
            </legend>
            if let Some(hint) = text.hint {
                <p class="tpc-hint" id={hint_id.clone()}>{ hint }</p>
            }
            { help(state.lang, text) }
            { error_html(state.lang, field, message) }
            <div class={classes!("tpc-radios", inline.then_some("tpc-radios--inline"))}>
                { for options.iter().map(|option| {
                    let id = option_id(field, option);
                    let value = option.to_string();
                    let onchange = props.on_action.reform(move |_: Event| Action::Set(field, value.clone()));
                    html! {
                        <div class="tpc-radio">
                            <input class="tpc-radio__input" type="radio" name={field.key()} id={id.clone()}
                                value={*option} checked={current == *option} {onchange} />
                            <label class="tpc-radio__label" for={id}>
                                { c.option_label(field, option).unwrap_or(option) }
                            </label>
                        </div>
                    }
                }) }
            </div>
        </fieldset>
    }
}

/// One or two numbers: the question is the page heading, each input has its own label.
fn numbers(props: &QuestionStepProps) -> Html {
    let state = &props.state;
    let c = t(state.lang);
    let text = c.question(props.question);
    let fields = props.question.fields();
    let single = fields.len() == 1;
    html! {
        <>
            <h1 id={HEADING_ID} class="tpc-heading" tabindex="-1">{ text.title }</h1>
            if let Some(hint) = text.hint {
                <p class="tpc-hint" id="tpc-question-hint">{ hint }</p>
            }
            { help(state.lang, text) }
            { for fields.iter().map(|field| {
                let field = *field;
                let id = input_id(field);
                let message = error_message(state, field);
                let value = state.draft.get(&field).cloned().unwrap_or_default();
                let oninput = props.on_action.reform(move |e: InputEvent| {
                    let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                    Action::Set(field, input.value())
                });
                let whole = matches!(field.input(), Input::Number { whole: true, .. });
                let hint = (single && text.hint.is_some()).then_some("tpc-question-hint");
                html! {
                    <div class={classes!("tpc-field", message.map(|_| "tpc-field--invalid"))}>
                        <label class="tpc-label" for={id.clone()}>{ c.field_label(field) }</label>
                        { error_html(state.lang, field, message) }
                        <div class="tpc-input-unit">
                            <input {id} class="tpc-input tpc-input--number" type="text"
                                inputmode={if whole { "numeric" } else { "decimal" }}
                                autocomplete="off" spellcheck="false" aria-required="true"
                                aria-invalid={message.is_some().then_some("true")}
                                aria-describedby={describedby(hint, field, message.is_some())}
                                {value} {oninput} />
                            <span class="tpc-unit" aria-hidden="true">{ unit(state.lang, field) }</span>
                        </div>
                    </div>
                }
            }) }
        </>
    }
}

/// The page of one question (a function, not a component: it keeps no state).
pub fn question_step(props: &QuestionStepProps) -> Html {
    let fields = props.question.fields();
    let body = match (fields, fields.first().map(|f| f.input())) {
        ([field], Some(input @ Input::Choice { .. })) => choice(props, *field, input.options()),
        _ => numbers(props),
    };
    step_frame(
        &props.state,
        &props.env,
        &props.place,
        &props.on_action,
        None,
        body,
    )
}
