//! The language choice: a list of every language, each named in itself.

use yew::prelude::*;

use crate::flow::state::{Action, Lang};
use crate::flow::texts::t;

#[derive(Properties, PartialEq)]
pub struct LanguageMenuProps {
    /// The language chosen (its texts may still be on their way).
    pub chosen: Lang,
    /// The language the texts are in.
    pub shown: Lang,
    pub on_action: Callback<Action>,
}

#[function_component]
pub fn LanguageMenu(props: &LanguageMenuProps) -> Html {
    let c = t(props.shown);
    // The list follows the choice (back to Dutch when a pack is refused), whatever was picked.
    let select = use_node_ref();
    {
        let select = select.clone();
        use_effect_with(props.chosen, move |chosen| {
            if let Some(el) = select.cast::<web_sys::HtmlSelectElement>() {
                el.set_value(chosen.code());
            }
        });
    }
    let on_change = props.on_action.reform(|e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        Action::SetLang(Lang::from_code(&select.value()).unwrap_or_default())
    });
    html! {
        <div class="tpc-lang">
            <label class="tpc-lang__label" for="tpc-lang">{ c.language_label }</label>
            <select id="tpc-lang" class="tpc-lang__select" onchange={on_change} ref={select}>
                { for Lang::all().map(|lang| html! {
                    <option value={lang.code()} lang={lang.code()} dir={if lang.rtl() { "rtl" } else { "ltr" }}
                        selected={lang == props.chosen}>
                        { lang.info().name }
                    </option>
                }) }
            </select>
        </div>
    }
}
