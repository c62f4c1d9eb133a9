//! A number field of the quick form: what is typed is read as people write numbers (`7,5`);
//! text that is no number stays in the field with a message and changes nothing.

use yew::prelude::*;

use crate::flow::state::Lang;
use crate::number;

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    pub id: String,
    pub label: String,
    pub value: Option<f64>,
    /// Empty means "not set" (an open bound); otherwise empty is not a number.
    pub may_be_empty: bool,
    /// The door's problems with this field, already in the language shown.
    pub problems: Vec<String>,
    pub lang: Lang,
    pub on_value: Callback<Option<f64>>,
}

#[function_component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    // Text typed that is no number: kept, with its message, until it is fixed.
    let unread = use_state(|| None::<String>);
    let decimal = match props.lang {
        Lang::Nl => ',',
        _ => '.',
    };
    let on_change = {
        let unread = unread.clone();
        let on_value = props.on_value.clone();
        let may_be_empty = props.may_be_empty;
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let text = input.value();
            match number::parse(text.trim()) {
                Some(v) => {
                    unread.set(None);
                    on_value.emit(Some(v));
                }
                None if may_be_empty && text.trim().is_empty() => {
                    unread.set(None);
                    on_value.emit(None);
                }
                None => unread.set(Some(text)),
            }
        })
    };
    let mut messages = props.problems.clone();
    if unread.is_some() {
        messages.insert(
            0,
            match props.lang {
                Lang::Nl => "Dit is geen getal. Vul een getal in, zoals 8 of 7,5.",
                _ => "This is not a number. Fill in a number, such as 8 or 7.5.",
            }
            .to_string(),
        );
    }
    let error_id = format!("{}-error", props.id);
    let value = (*unread).clone().unwrap_or_else(|| {
        props
            .value
            .map(|v| number::format(v, decimal))
            .unwrap_or_default()
    });
    let bad = !messages.is_empty();
    html! {
        <div class="tpc-bench-field">
            <label class="tpc-label" for={props.id.clone()}>{ props.label.clone() }</label>
            <input id={props.id.clone()} class={classes!("tpc-input", "tpc-input--number", bad.then_some("tpc-input--error"))}
                type="text" inputmode="decimal" value={value} onchange={on_change}
                aria-invalid={bad.then_some("true")}
                aria-describedby={bad.then_some(error_id.clone())} />
            if bad {
                <p id={error_id} class="tpc-error">{ messages.join(" ") }</p>
            }
        </div>
    }
}
