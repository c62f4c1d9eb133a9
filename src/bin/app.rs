//! The web app's entry point (built by Trunk for wasm32). Natively it does nothing.

#[cfg(target_arch = "wasm32")]
fn main() {
    tegenprestatie_check::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The app runs in the browser: see the README (scripts/serve.sh).");
}
