//! The top bar: the product name and the language choice.

use yew::prelude::*;

use super::language_menu::LanguageMenu;
use crate::flow::state::{Action, Lang};
use crate::flow::texts::t;

/// The top bar in `lang` (the language the texts are in), with the language `chosen` (its pack
/// may still be on its way). On the standalone page it is the page's banner (`landmark`); a
/// guest's header is no landmark. A function, not a component: it keeps no state.
pub fn header(lang: Lang, chosen: Lang, on_action: &Callback<Action>, landmark: bool) -> Html {
    let c = t(lang);
    let content = html! {
        <>
            <p class="tpc-brand">{ c.app_title }</p>
            <LanguageMenu {chosen} shown={lang} on_action={on_action.clone()} />
        </>
    };
    if landmark {
        html! { <header class="tpc-header">{ content }</header> }
    } else {
        html! { <div class="tpc-header">{ content }</div> }
    }
}
