//! The caseworker desk's wasm module (built by Trunk as `desk.js` + `desk_bg.wasm`), loaded by
//! the entry module only for `mode="caseworker"`: the recipient's download carries none of it.

#[cfg(target_arch = "wasm32")]
mod door {
    use tegenprestatie_check::app::desk;
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    pub struct Desk(desk::DeskWidget);

    /// Renders the desk into `root`; `host` is the host's element, or null on the standalone
    /// page.
    #[wasm_bindgen]
    pub fn mount(
        root: JsValue,
        host: JsValue,
        options: JsValue,
        internals: JsValue,
    ) -> Result<Desk, JsError> {
        desk::mount(root, host, options, internals)
            .map(Desk)
            .map_err(|e| JsError::new(&e))
    }

    #[wasm_bindgen]
    impl Desk {
        pub fn update(&mut self, options: JsValue) {
            self.0.update(&options);
        }

        pub fn unmount(&mut self) {
            self.0.unmount();
        }
    }
}

fn main() {}
