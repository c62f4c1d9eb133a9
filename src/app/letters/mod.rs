//! The letters (wasm only): the composer, shared by the letters' own module and the caseworker
//! desk, and the module's door. The recipient's app never links this: from its result it asks
//! the entry module (an event on its own element) to load `letters.js` and mount it.

pub mod composer;
mod letter_view;

use std::sync::Arc;

use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

pub use composer::Composer;

use crate::app::embed::text_of;
use crate::catalog::{self, Catalog};
use crate::date::Date;
use crate::flow::share;
use crate::flow::state::{Env, Lang};
use crate::flow::texts::letters::letter_words;
use crate::letters::Kind;

#[derive(Properties, PartialEq)]
struct RootProps {
    props: composer::ComposerProps,
    /// The letter asked for; `None`: the person chooses from the letters that fit.
    chosen: Option<Kind>,
    on_done: Callback<()>,
}

/// The letters' module: the letters that fit (`letters::offered`) to choose from, then the
/// chosen one. Closing a letter returns to the choice with an empty form.
#[function_component]
fn LettersRoot(p: &RootProps) -> Html {
    let chosen = use_state(|| p.chosen);
    let lang = p.props.lang;
    let w = letter_words(lang);
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with(*chosen, move |chosen| {
            if chosen.is_none() {
                if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                    let _ = h.focus();
                }
            }
        });
    }
    if let Some(kind) = *chosen {
        let back = {
            let chosen = chosen.clone();
            Callback::from(move |_| chosen.set(None))
        };
        return html! {
            <Composer kind={kind} on_close={back} ..p.props.clone() />
        };
    }
    let kinds = crate::contract::decide(&p.props.catalog, &p.props.municipality, &p.props.answers)
        .map(|d| crate::letters::offered(&d, &p.props.answers))
        .unwrap_or_default();
    let done = p.on_done.reform(|_: MouseEvent| ());
    html! {
        <section class="tpc-letters tpc-letters--choose" aria-labelledby="tpc-letters-choose" lang={w.lang}>
            <h2 id="tpc-letters-choose" class="tpc-heading" tabindex="-1" ref={heading}>{ w.choose_title }</h2>
            <p class="tpc-hint">{ w.choose_intro }</p>
            <ul class="tpc-letter-offer__list">
                { for kinds.iter().map(|&kind| {
                    let id = format!("tpc-letter-{}", kind.key());
                    let hint = format!("{id}-hint");
                    let onclick = {
                        let chosen = chosen.clone();
                        Callback::from(move |_: MouseEvent| chosen.set(Some(kind)))
                    };
                    html! {
                        <li>
                            <button type="button" class="tpc-button tpc-button--primary" id={id}
                                data-letter={kind.key()} aria-describedby={hint.clone()} {onclick}>
                                { kind.title(w) }
                            </button>
                            <p class="tpc-hint" id={hint}>{ kind.when(w) }</p>
                        </li>
                    }
                }) }
            </ul>
            <p class="tpc-hint">{ w.privacy }</p>
            <button type="button" class="tpc-button tpc-button--secondary" id="tpc-letters-done" onclick={done}>{ w.back_to_result }</button>
        </section>
    }
}

/// A mounted letter; the entry module unmounts it when the person closes it.
pub struct LettersWidget {
    app: Option<yew::AppHandle<LettersRoot>>,
}

fn function_of(object: &JsValue, key: &str) -> Option<js_sys::Function> {
    js_sys::Reflect::get(object, &key.into())
        .ok()
        .and_then(|v| v.dyn_into::<js_sys::Function>().ok())
}

/// The rules: the bundled ones, or the host's own ordinance (the binary form the JS API wrote
/// after validating it), compiled.
fn catalog_from(ordinance: &JsValue) -> Result<Arc<Catalog>, String> {
    if !ordinance.is_instance_of::<js_sys::Uint8Array>() {
        return Ok(catalog::bundled());
    }
    let bytes = js_sys::Uint8Array::from(ordinance.clone()).to_vec();
    catalog::bundled()
        .with_encoded_ordinance(&bytes)
        .map(Arc::new)
        .map_err(|_| "letters: the host's ordinance cannot be used".to_string())
}

/// Renders a letter into `root`. `request` is what the check asked for: `kind` (a letter's
/// key), `fragment` (the answers as the check's link writes them), `today` (ISO) and `lang`;
/// `ordinance` the host's ordinance in binary form, or null; `callbacks` has `print` and
/// `close`.
pub fn mount(
    root: JsValue,
    request: JsValue,
    ordinance: JsValue,
    callbacks: JsValue,
) -> Result<LettersWidget, String> {
    let root = root
        .dyn_into::<web_sys::Element>()
        .map_err(|_| "letters: the container must be an element".to_string())?;
    // A letter's key, or nothing (the person chooses).
    let chosen = text_of(&request, "kind")
        .as_deref()
        .and_then(Kind::from_key);
    let today = text_of(&request, "today")
        .as_deref()
        .and_then(Date::parse)
        .ok_or("letters: `today` must be a date (YYYY-MM-DD)")?;
    let lang = text_of(&request, "lang")
        .as_deref()
        .and_then(Lang::from_tag)
        .unwrap_or_default();
    let catalog = catalog_from(&ordinance)?;
    let env = Env {
        catalog: catalog.clone(),
        today,
    };
    let fragment = text_of(&request, "fragment").unwrap_or_default();
    let state = share::decode(&fragment, &env).ok_or("letters: the answers cannot be read")?;
    let municipality = state
        .municipality(&env)
        .ok_or("letters: no municipality in the answers")?
        .to_string();
    let answers = state
        .answers(&env)
        .ok_or("letters: the answers are not complete")?;
    let print = function_of(&callbacks, "print");
    let close = function_of(&callbacks, "close");
    let props = composer::ComposerProps {
        catalog,
        municipality: municipality.into(),
        answers,
        kind: chosen.unwrap_or(Kind::Objection),
        lang,
        today,
        on_print: Callback::from(move |_| {
            if let Some(f) = &print {
                let _ = f.call0(&JsValue::NULL);
            }
        }),
        on_close: Callback::noop(),
        for_client: false,
    };
    let on_done = Callback::from(move |_| {
        if let Some(f) = &close {
            let _ = f.call0(&JsValue::NULL);
        }
    });
    let app = yew::Renderer::<LettersRoot>::with_root_and_props(
        root,
        RootProps {
            props,
            chosen,
            on_done,
        },
    )
    .render();
    Ok(LettersWidget { app: Some(app) })
}

impl LettersWidget {
    pub fn unmount(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}
