//! The web app's entry point (built by Trunk for wasm32). Natively it does nothing.

/// The embedding door, called by tegenprestatie-check.js: a thin wasm facade over
/// `app::embed` (defined here, so the JS API module links none of the app).
#[cfg(target_arch = "wasm32")]
mod door {
    use tegenprestatie_check::app::embed;
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    pub struct Widget(embed::Widget);

    /// Renders the check into `root` (inside `host`'s shadow root) with the host's options.
    #[wasm_bindgen]
    pub fn mount(
        root: JsValue,
        host: JsValue,
        options: JsValue,
        internals: JsValue,
    ) -> Result<Widget, JsError> {
        embed::mount(root, host, options, internals)
            .map(Widget)
            .map_err(|e| JsError::new(&e))
    }

    #[wasm_bindgen]
    impl Widget {
        pub fn update(&mut self, options: JsValue, internals: JsValue) {
            self.0.update(&options, &internals);
        }

        pub fn unmount(&mut self) {
            self.0.unmount();
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {
    tegenprestatie_check::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The app runs in the browser: see the README (scripts/serve.sh).");
}
