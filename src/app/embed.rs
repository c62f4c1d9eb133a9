//! The embedding door (exported by the app module, `src/bin/app.rs`, so the JS API module
//! links none of it): `mount` renders the check as a guest
//! into a container the entry module (`tegenprestatie-check.js`) made inside the host
//! element's shadow root, and returns a `Widget` with `update` and `unmount`.
//!
//! The entry module has already turned whatever the host passed into plain strings and
//! booleans (it catches a throwing getter or a proxy); this side checks every value again and
//! never reads a host object deeper than one level, so no host input can trap the instance.

use std::rc::Rc;
use std::sync::Arc;

use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use super::check::Check;
use super::place::{Guest, Place};
use crate::catalog::{self, Catalog};
use crate::flow::state::{Env, Lang};
use crate::flow::texts::t;

/// Why the widget shows a message instead of the check.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Trouble {
    OrdinanceUnreachable,
    OrdinanceInvalid,
    MunicipalityUnknown,
}

#[derive(Properties, PartialEq)]
pub struct EmbeddedProps {
    pub env: Env,
    pub place: Place,
    pub fixed: Option<AttrValue>,
    /// The host's language; `None` on the standalone page (the link's language holds).
    pub lang: Option<Lang>,
    pub trouble: Option<Trouble>,
    /// Changes when the rule sets change: the check starts afresh with them.
    pub epoch: u32,
}

/// The root of every check, the standalone page's and each guest's: the check, or a clear
/// message when the host's setup is wrong (never an answer from the wrong rules).
#[function_component]
pub fn Embedded(props: &EmbeddedProps) -> Html {
    let lang = props.lang.unwrap_or_default();
    let c = t(lang);
    match props.trouble {
        Some(trouble) => {
            let text = match trouble {
                Trouble::OrdinanceUnreachable => c.ordinance_unreachable,
                Trouble::OrdinanceInvalid => c.ordinance_invalid,
                Trouble::MunicipalityUnknown => c.municipality_unknown,
            };
            html! {
                <section class="tpc tpc--guest" lang={lang.code()} aria-label={c.app_title}>
                    <p class="tpc-brand">{ c.app_title }</p>
                    <p class="tpc-notice tpc-notice--warning" role="alert">{ text }</p>
                </section>
            }
        }
        None => html! {
            <Check key={props.epoch} env={props.env.clone()} place={props.place.clone()}
                fixed={props.fixed.clone()} lang={props.lang} />
        },
    }
}

/// A mounted check; the entry module wraps it in the handle `mount` returns to the host.
pub struct Widget {
    app: Option<yew::AppHandle<Embedded>>,
    root: web_sys::Element,
    host: web_sys::Element,
    /// The host's storage permission and the fixed municipality, kept while they stay the
    /// same (the place is part of the check's identity).
    place: Place,
    key: (Option<String>, bool),
    /// The host's ordinance as last given (bytes, or the problem fetching it) and what it
    /// gave, so an unchanged file is not compiled again.
    source: Source,
    catalog: Result<Arc<Catalog>, Trouble>,
    epoch: u32,
}

#[derive(PartialEq)]
enum Source {
    Bundled,
    Bytes(Vec<u8>),
    Problem(String),
}

/// What the entry module read from the host's attributes or options.
struct Options {
    gemeente: Option<String>,
    lang: Lang,
    remember: bool,
}

/// A text option, trimmed; `None` when absent, not a text or empty.
pub(crate) fn text_of(object: &JsValue, key: &str) -> Option<String> {
    js_sys::Reflect::get(object, &key.into())
        .ok()
        .and_then(|v| v.as_string())
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
}

fn read_options(options: &JsValue) -> Options {
    let gemeente = text_of(options, "gemeente")
        // Ids are short; anything longer is not one (and is not kept).
        .filter(|id| id.len() <= 80)
        .map(|id| id.to_ascii_lowercase());
    let lang = text_of(options, "lang")
        .as_deref()
        .and_then(Lang::from_tag)
        .unwrap_or_default();
    let remember = js_sys::Reflect::get(options, &"remember".into())
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    Options {
        gemeente,
        lang,
        remember,
    }
}

/// Where the rules come from, as the entry module says: the bundle, the bytes of the host's
/// ordinance, or the problem fetching or validating it.
fn source_of(internals: &JsValue) -> Source {
    if let Some(problem) = text_of(internals, "ordinanceProblem") {
        return Source::Problem(problem);
    }
    js_sys::Reflect::get(internals, &"ordinance".into())
        .ok()
        .filter(|v| v.is_instance_of::<js_sys::Uint8Array>())
        .map_or(Source::Bundled, |v| {
            Source::Bytes(js_sys::Uint8Array::from(v).to_vec())
        })
}

/// The catalogue to use: the bundled one, or the host's own ordinance in the binary form the
/// JS API writes after validating it (the door), compiled: the check carries no validator,
/// which saves the recipient's first load 6.2 KB brotli. (The bytes come only from the entry
/// module's `api.encode`; a host gives an address, never bytes.)
fn catalog_from(source: &Source) -> Result<Arc<Catalog>, Trouble> {
    match source {
        Source::Problem(problem) if problem == "unreachable" => Err(Trouble::OrdinanceUnreachable),
        Source::Problem(_) => Err(Trouble::OrdinanceInvalid),
        Source::Bundled => Ok(catalog::bundled()),
        Source::Bytes(bytes) => {
            let Some(ordinance) = crate::codec::read_ordinance(bytes) else {
                web_sys::console::error_1(
                    &"tegenprestatie-check: the ordinance's binary form cannot be read (are \
                      api.js and the check from the same release?)"
                        .into(),
                );
                return Err(Trouble::OrdinanceInvalid);
            };
            catalog::bundled()
                .with_validated_ordinances(vec![ordinance])
                .map(Arc::new)
                .map_err(|problems| {
                    for p in &problems {
                        web_sys::console::error_1(&format!("tegenprestatie-check: {p}").into());
                    }
                    Trouble::OrdinanceInvalid
                })
        }
    }
}

fn props_for(
    widget_place: &Place,
    options: &Options,
    rules: &Result<Arc<Catalog>, Trouble>,
    epoch: u32,
) -> EmbeddedProps {
    let env = |catalog| Env {
        catalog,
        today: super::today(),
    };
    let (catalog, mut trouble) = match rules {
        Ok(catalog) => (catalog.clone(), None),
        Err(trouble) => (catalog::bundled(), Some(*trouble)),
    };
    // A custom ordinance for one municipality needs no choice.
    let only = {
        let mut all = catalog.municipalities();
        match (all.next(), all.next()) {
            (Some((m, _)), None) => Some(m.id.clone()),
            _ => None,
        }
    };
    let fixed = options.gemeente.clone().or(only);
    if trouble.is_none() {
        if let Some(id) = &fixed {
            if catalog.municipality(id).is_none() {
                web_sys::console::error_1(
                    &format!(
                        "tegenprestatie-check: gemeente=\"{id}\" is not a municipality this check \
                         knows; see municipalities() in api.js for the ids"
                    )
                    .into(),
                );
                trouble = Some(Trouble::MunicipalityUnknown);
            }
        }
    }
    EmbeddedProps {
        env: env(catalog),
        place: widget_place.clone(),
        fixed: fixed.map(AttrValue::from),
        lang: Some(options.lang),
        trouble,
        epoch,
    }
}

fn place_for(
    root: &web_sys::Element,
    host: &web_sys::Element,
    options: &Options,
    internals: &JsValue,
) -> Place {
    let print = js_sys::Reflect::get(internals, &"print".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    Place {
        root: root.clone(),
        guest: Some(Rc::new(Guest {
            host: host.clone(),
            may_remember: options.remember,
            storage_key: format!(
                "tegenprestatie-check:v1:{}",
                options.gemeente.as_deref().unwrap_or("")
            ),
            print,
            assets: text_of(internals, "assets"),
        })),
    }
}

fn element(value: JsValue, what: &str) -> Result<web_sys::Element, String> {
    value
        .dyn_into::<web_sys::Element>()
        .map_err(|_| format!("mount: {what} must be an element"))
}

/// Renders the check into `root` (inside `host`'s shadow root) with the host's options.
pub fn mount(
    root: JsValue,
    host: JsValue,
    options: JsValue,
    internals: JsValue,
) -> Result<Widget, String> {
    let root = element(root, "the container")?;
    let host = element(host, "the host element")?;
    let read = read_options(&options);
    let place = place_for(&root, &host, &read, &internals);
    let source = source_of(&internals);
    let catalog = catalog_from(&source);
    let props = props_for(&place, &read, &catalog, 0);
    let app = yew::Renderer::<Embedded>::with_root_and_props(root.clone(), props).render();
    Ok(Widget {
        app: Some(app),
        root,
        host,
        place,
        key: (read.gemeente, read.remember),
        source,
        catalog,
        epoch: 0,
    })
}

impl Widget {
    /// New options from the host (an attribute changed, or `handle.update`). The language
    /// and the municipality change in place and keep the answers; a new ordinance or storage
    /// permission starts the check afresh with it.
    pub fn update(&mut self, options: &JsValue, internals: &JsValue) {
        let read = read_options(options);
        let key = (read.gemeente.clone(), read.remember);
        if key != self.key {
            // What was kept under the old setting goes: the host took `remember` away, or the
            // answers now belong to another municipality (and are kept there if allowed).
            self.place.forget();
            self.place = place_for(&self.root, &self.host, &read, internals);
            self.key = key;
        }
        let source = source_of(internals);
        if source != self.source {
            self.catalog = catalog_from(&source);
            self.source = source;
            self.epoch += 1;
        }
        let props = props_for(&self.place, &read, &self.catalog, self.epoch);
        if let Some(app) = self.app.as_mut() {
            app.update(props);
        }
    }

    /// Removes the check from the page; the handle is spent.
    pub fn unmount(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}
