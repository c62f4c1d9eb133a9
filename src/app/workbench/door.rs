//! The workbench's door, exported by `src/bin/workbench.rs` and called by the entry module at
//! `?mode=workbench` on the standalone page (the workbench is not embedded in a host's page).

use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};

use super::{WorkbenchApp, WorkbenchProps};
use crate::app::place::Place;
use crate::workbench::state::Bench;

/// Renders the workbench into `root`, which it then owns (the page's title and `lang`).
pub fn mount(root: JsValue) -> Result<(), String> {
    let root = root
        .dyn_into::<web_sys::Element>()
        .map_err(|_| "mount: the container must be an element".to_string())?;
    let base = Rc::new((*crate::catalog::bundled()).clone());
    let props = WorkbenchProps {
        bench: Bench::new(base, crate::app::today()),
        place: Place::page(root.clone()),
    };
    yew::Renderer::<WorkbenchApp>::with_root_and_props(root, props).render();
    Ok(())
}
