//! The Yew single-page app (wasm only): components that render `flow::State` and send it
//! `flow::Action`s. One concern per file.

pub(crate) mod browser;
mod check;
pub mod desk;
mod dutch_words;
pub mod embed;
mod error_summary;
pub(crate) mod files;
mod header;
mod language_menu;
mod language_pack;
mod law_changed;
mod letter_offer;
pub mod letters;
mod municipality_step;
mod no_ordinance;
mod ordinance_file;
pub(crate) mod place;
mod question_step;
mod read_aloud;
mod reasons;
mod reference_day;
mod result;
mod review;
mod rules_coming;
mod rules_ended;
mod step_frame;
mod verdict;
pub mod workbench;

use wasm_bindgen::JsCast;

use crate::flow::state::Env;

/// The standalone page's element: the app owns that page (title, address, history, `lang`,
/// offline worker). Other sites embed the check as a guest instead (`embed.rs`).
const PAGE_SELECTOR: &str = "[data-tegenprestatie-check-page]";

/// Today on the device's own calendar.
pub fn today() -> crate::date::Date {
    browser::today()
}

/// Mounts the standalone app. Does nothing on any other page (a host's page embeds the check
/// through the entry module instead).
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
    let props = embed::EmbeddedProps {
        env,
        place: place::Place::page(root.clone()),
        fixed: None,
        lang: None,
        trouble: None,
        epoch: 0,
    };
    yew::Renderer::<embed::Embedded>::with_root_and_props(root, props).render();
}

fn find_root() -> Option<web_sys::Element> {
    let document = web_sys::window()?.document()?;
    let root = document.query_selector(PAGE_SELECTOR).ok()??;
    root.dyn_into::<web_sys::Element>().ok()
}
