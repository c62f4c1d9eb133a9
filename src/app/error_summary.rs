//! The error summary above a form: takes focus, and links to each field with a problem.

use yew::prelude::*;

use super::check::ERRORS_ID;
use super::place::Place;
use crate::flow::questions::{Field, Input};
use crate::flow::state::{Lang, Problem};
use crate::flow::texts::{problem_text, t};

/// The municipality search field.
pub const SEARCH_ID: &str = "tpc-gemeente-zoek";

/// The id of a field's input (the first option for a choice).
pub fn input_id(field: Field) -> String {
    match field.input() {
        input @ Input::Choice { .. } => {
            option_id(field, input.options().first().copied().unwrap_or_default())
        }
        Input::Municipality | Input::Number { .. } | Input::Date => format!("tpc-{}", field.key()),
    }
}

pub fn option_id(field: Field, option: &str) -> String {
    format!("tpc-{}-{option}", field.key())
}

/// The id of a field's own error message.
pub fn error_id(field: Field) -> String {
    format!("tpc-{}-error", field.key())
}

/// The summary of `errors`, in `lang`; nothing when there are none. A function, not a
/// component: it keeps no state.
pub fn error_summary(lang: Lang, errors: &[(Field, Problem)], place: &Option<Place>) -> Html {
    if errors.is_empty() {
        return html! {};
    }
    let c = t(lang);
    html! {
        <div class="tpc-error-summary" id={ERRORS_ID} tabindex="-1" role="alert" aria-labelledby="tpc-errors-title">
            <h2 id="tpc-errors-title" class="tpc-error-summary__title">{ c.error_summary_title }</h2>
            <ul class="tpc-error-summary__list">
                { for errors.iter().map(|(field, problem)| {
                    let target = input_id(*field);
                    let onclick = {
                        let target = target.clone();
                        let place = place.clone();
                        Callback::from(move |e: MouseEvent| {
                            e.prevent_default();
                            // An empty search leaves no option to focus: go to the search field.
                            if let Some(place) = &place {
                                if !place.focus(&target) {
                                    place.focus(SEARCH_ID);
                                }
                            }
                        })
                    };
                    html! {
                        <li><a href={format!("#{target}")} {onclick}>{ problem_text(lang, *field, *problem) }</a></li>
                    }
                }) }
            </ul>
        </div>
    }
}
