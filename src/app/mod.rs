//! The Yew single-page app (wasm only): components that render `flow::State` and send it
//! `flow::Action`s. One concern per file.

mod browser;
mod check;
mod error_summary;
mod header;
mod municipality_step;
mod question_step;
mod reasons;
mod result;
mod review;
mod step_frame;
mod verdict;

use wasm_bindgen::JsCast;

use crate::flow::state::Env;

/// The element the app mounts into: `#tegenprestatie-check`, or any element with
/// `data-tegenprestatie-check` (for municipalities embedding it in their own page).
const ROOT_SELECTOR: &str = "#tegenprestatie-check, [data-tegenprestatie-check]";

/// Today on the device's own calendar.
pub fn today() -> crate::date::Date {
    browser::today()
}

/// Mounts the app. Does nothing when the page has no root element.
pub fn start() {
    let Some(root) = find_root() else {
        return;
    };
    if let Some(worker) = root.get_attribute("data-service-worker") {
        browser::register_service_worker(&worker);
    }
    let env = Env {
        catalog: crate::catalog::bundled(),
        today: browser::today(),
    };
    yew::Renderer::<check::Check>::with_root_and_props(root, check::CheckProps { env }).render();
}

fn find_root() -> Option<web_sys::Element> {
    let document = web_sys::window()?.document()?;
    let root = document.query_selector(ROOT_SELECTOR).ok()??;
    root.dyn_into::<web_sys::Element>().ok()
}
