//! The policy workbench's wasm module (built by Trunk as `workbench.js` + `workbench_bg.wasm`),
//! loaded by the entry module only at `?mode=workbench`: neither the recipient nor the desk
//! downloads it.

#[cfg(target_arch = "wasm32")]
mod door {
    use wasm_bindgen::prelude::*;

    /// Renders the workbench into `root`, the standalone page's element.
    #[wasm_bindgen]
    pub fn mount(root: JsValue) -> Result<(), JsError> {
        tegenprestatie_check::app::workbench::mount(root).map_err(|e| JsError::new(&e))
    }
}

fn main() {}
