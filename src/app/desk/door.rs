//! The desk's door, exported by `src/bin/desk.rs` and called by the entry module
//! (`tegenprestatie-check.js`) for `mode="caseworker"`, on the standalone page
//! (`?mode=caseworker`) or in a host's element.

use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};

use super::{DeskApp, DeskProps};
use crate::app::place::{Guest, Place};
use crate::flow::state::{Env, Lang};

/// A mounted desk; the entry module wraps it in the handle it gives the host.
pub struct DeskWidget {
    app: Option<yew::AppHandle<DeskApp>>,
    place: Place,
    env: Env,
}

fn lang_of(options: &JsValue) -> Lang {
    js_sys::Reflect::get(options, &"lang".into())
        .ok()
        .and_then(|v| v.as_string())
        .as_deref()
        .and_then(Lang::from_tag)
        .unwrap_or_default()
}

/// Renders the desk into `root`. `host` is the host's element, or `null` on the standalone
/// page (which the desk then owns: its title and `lang`).
pub fn mount(
    root: JsValue,
    host: JsValue,
    options: JsValue,
    internals: JsValue,
) -> Result<DeskWidget, String> {
    let root = root
        .dyn_into::<web_sys::Element>()
        .map_err(|_| "mount: the container must be an element".to_string())?;
    let place = if host.is_null() || host.is_undefined() {
        Place::page(root.clone())
    } else {
        let host = host
            .dyn_into::<web_sys::Element>()
            .map_err(|_| "mount: the host must be an element".to_string())?;
        let print = js_sys::Reflect::get(&internals, &"print".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        Place {
            root: root.clone(),
            guest: Some(Rc::new(Guest {
                host,
                // Nothing of an intake is kept beyond the session but a file the caseworker saves.
                may_remember: false,
                storage_key: String::new(),
                print,
                // The desk's Dutch and English are built in.
                assets: None,
            })),
        }
    };
    let env = Env {
        catalog: crate::catalog::bundled(),
        today: crate::app::today(),
    };
    let props = DeskProps {
        env: env.clone(),
        place: place.clone(),
        lang: lang_of(&options),
    };
    let app = yew::Renderer::<DeskApp>::with_root_and_props(root, props).render();
    Ok(DeskWidget {
        app: Some(app),
        place,
        env,
    })
}

impl DeskWidget {
    /// New options from the host: the language changes in place, the intake stays.
    pub fn update(&mut self, options: &JsValue) {
        let props = DeskProps {
            env: self.env.clone(),
            place: self.place.clone(),
            lang: lang_of(options),
        };
        if let Some(app) = self.app.as_mut() {
            app.update(props);
        }
    }

    pub fn unmount(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}
