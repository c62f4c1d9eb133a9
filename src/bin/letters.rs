//! The letters' wasm module (built by Trunk as `letters.js` + `letters_bg.wasm`), loaded by the
//! entry module only when a person asks for a letter: the recipient's first load carries none
//! of it.

#[cfg(target_arch = "wasm32")]
mod door {
    use tegenprestatie_check::app::letters;
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    pub struct Letters(letters::LettersWidget);

    /// Renders a letter into `root` (see `app::letters::mount`).
    #[wasm_bindgen]
    pub fn mount(
        root: JsValue,
        request: JsValue,
        ordinance: JsValue,
        callbacks: JsValue,
    ) -> Result<Letters, JsError> {
        letters::mount(root, request, ordinance, callbacks)
            .map(Letters)
            .map_err(|e| JsError::new(&e))
    }

    #[wasm_bindgen]
    impl Letters {
        pub fn unmount(&mut self) {
            self.0.unmount();
        }
    }
}

fn main() {}
