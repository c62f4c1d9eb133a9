//! The chosen municipality's ordinance, fetched as soon as it is chosen (or opened from a link
//! or fixed by the host page) in the app built with `ordinance-files`: the file whose name the
//! catalogue gives, from beside the app (a guest: the asset origin). The session takes only its
//! exact bytes (`flow::session`).

use std::sync::Arc;

use yew::prelude::*;

use super::browser::fetch;
use super::place::Place;
use crate::flow::session::Step;

/// Fetches `file` when it changes, and again on each retry (`attempt`); what comes, or that
/// nothing came, goes to `on_step`.
#[hook]
pub fn use_ordinance_file(
    file: Option<String>,
    attempt: u32,
    place: &Place,
    on_step: Callback<Step>,
) {
    let place = place.clone();
    use_effect_with((file, attempt), move |(file, _)| {
        if let Some(file) = file.clone() {
            let url = place.asset(&file);
            wasm_bindgen_futures::spawn_local(async move {
                match fetch(&url).await {
                    Some(bytes) => on_step.emit(Step::Arrived {
                        file,
                        bytes: Arc::from(bytes),
                    }),
                    None => {
                        web_sys::console::error_1(
                            &format!("tegenprestatie-check: {url} could not be fetched").into(),
                        );
                        on_step.emit(Step::Failed(file));
                    }
                }
            });
        }
    });
}
