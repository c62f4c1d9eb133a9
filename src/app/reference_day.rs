//! "De check is voor 1 december 2026 · Wijzig datum": the day the check answers for, and a way
//! to choose another (a wrong clock, or a question about another day). A typed day that is no
//! date stays in the field with its error; the check's day changes only to a valid one.

use yew::prelude::*;

use super::dutch_words::{date, fill_marked};
use crate::date::Date;
use crate::facts::Fact;
use crate::flow::questions::Field;
use crate::flow::state::{Action, Env, State};
use crate::flow::texts::day::day_texts;
use crate::flow::texts::t;

#[derive(Properties, PartialEq)]
pub struct ReferenceDayProps {
    pub state: State,
    pub on_action: Callback<Action>,
}

const INPUT_ID: &str = "tpc-day";
const HINT_ID: &str = "tpc-day-hint";
const ERROR_ID: &str = "tpc-day-error";

#[function_component]
pub fn ReferenceDay(props: &ReferenceDayProps) -> Html {
    let env = use_context::<Env>();
    let editing = use_state(|| false);
    let typed = use_state(String::new);
    let invalid = use_state(|| false);
    let Some(env) = env else {
        return html! {};
    };
    let state = &props.state;
    let lang = state.lang;
    let w = day_texts(lang);
    let day = state.reference_day(&env);

    let open = {
        let (editing, typed, invalid) = (editing.clone(), typed.clone(), invalid.clone());
        Callback::from(move |_: MouseEvent| {
            typed.set(day.dutch());
            invalid.set(false);
            editing.set(true);
        })
    };
    let apply = {
        let (editing, typed, invalid) = (editing.clone(), typed.clone(), invalid.clone());
        let on_action = props.on_action.clone();
        move || match Date::read(&typed) {
            Some(chosen) => {
                on_action.emit(Action::Set(Field::Fact(Fact::Date), chosen.iso()));
                invalid.set(false);
                editing.set(false);
            }
            None => invalid.set(true),
        }
    };
    let on_apply = {
        let apply = apply.clone();
        Callback::from(move |_: MouseEvent| apply())
    };
    let on_key = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" {
            e.prevent_default();
            apply();
        }
    });
    let on_input = {
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            typed.set(input.value());
        })
    };
    let to_today = {
        let editing = editing.clone();
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::Set(Field::Fact(Fact::Date), String::new()));
            editing.set(false);
        })
    };
    let cancel = {
        let editing = editing.clone();
        Callback::from(move |_: MouseEvent| editing.set(false))
    };
    let describedby = if *invalid {
        format!("{HINT_ID} {ERROR_ID}")
    } else {
        HINT_ID.to_string()
    };
    html! {
        <div class="tpc-day tpc-no-print">
            <p class="tpc-day__line">
                { fill_marked(w.check_is_for, &[("date", date(lang, day))]) }{ " " }
                if !*editing {
                    <button type="button" class="tpc-link-button" onclick={open}
                        aria-expanded="false">{ w.change_day }</button>
                }
            </p>
            if *editing {
                <div class="tpc-field tpc-day__edit">
                    <label class="tpc-label" for={INPUT_ID}>{ w.day_label }</label>
                    <p class="tpc-hint" id={HINT_ID}>{ w.day_hint }</p>
                    if *invalid {
                        <p class="tpc-error" id={ERROR_ID}>
                            <span class="tpc-visually-hidden">{ t(lang).error_prefix }{ " " }</span>
                            { w.day_invalid }
                        </p>
                    }
                    <input id={INPUT_ID} class="tpc-input tpc-input--date" type="text"
                        inputmode="numeric" autocomplete="off" value={(*typed).clone()}
                        aria-describedby={describedby} aria-invalid={(*invalid).to_string()}
                        oninput={on_input} onkeydown={on_key} />
                    <div class="tpc-day__actions">
                        <button type="button" class="tpc-button tpc-button--primary" onclick={on_apply}>{ w.use_day }</button>
                        if state.day_chosen(&env) {
                            <button type="button" class="tpc-button tpc-button--secondary" onclick={to_today}>{ w.back_to_today }</button>
                        }
                        <button type="button" class="tpc-button tpc-button--subtle" onclick={cancel}>{ w.cancel }</button>
                    </div>
                </div>
            }
        </div>
    }
}
