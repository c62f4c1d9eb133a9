//! The top bar: the product name and the language choice.

use yew::prelude::*;

use super::language_menu::LanguageMenu;
use crate::flow::state::{Action, Lang};
use crate::flow::texts::t;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// The language the texts are in.
    pub lang: Lang,
    /// The language chosen (its pack may still be on its way).
    pub chosen: Lang,
    pub on_action: Callback<Action>,
    /// The page's banner (the standalone app); a guest's header is no landmark.
    pub landmark: bool,
}

#[function_component]
pub fn Header(props: &HeaderProps) -> Html {
    let c = t(props.lang);
    let content = html! {
        <>
            <p class="tpc-brand">{ c.app_title }</p>
            <LanguageMenu chosen={props.chosen} shown={props.lang} on_action={props.on_action.clone()} />
        </>
    };
    if props.landmark {
        html! { <header class="tpc-header">{ content }</header> }
    } else {
        html! { <div class="tpc-header">{ content }</div> }
    }
}
