//! The top bar: the product name and the language switch.

use yew::prelude::*;

use crate::flow::state::{Action, Lang};
use crate::flow::texts::t;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub lang: Lang,
    pub on_action: Callback<Action>,
    /// The page's banner (the standalone app); a guest's header is no landmark.
    pub landmark: bool,
}

#[function_component]
pub fn Header(props: &HeaderProps) -> Html {
    let c = t(props.lang);
    let other = match props.lang {
        Lang::Nl => Lang::En,
        Lang::En => Lang::Nl,
    };
    let switch = props
        .on_action
        .reform(move |_: MouseEvent| Action::SetLang(other));
    let content = html! {
        <>
            <p class="tpc-brand">{ c.app_title }</p>
            <button type="button" class="tpc-button tpc-button--subtle tpc-lang" lang={other.code()} onclick={switch}>
                { t(other).lang_name }
            </button>
        </>
    };
    if props.landmark {
        html! { <header class="tpc-header">{ content }</header> }
    } else {
        html! { <div class="tpc-header">{ content }</div> }
    }
}
