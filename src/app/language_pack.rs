//! The chosen language's pack, fetched when it is chosen (or asked for by the host page, or
//! restored with the answers) and read through the pack door. Until it is here, and when it
//! cannot be had, the check shows its Dutch texts and says why in Dutch.

use yew::prelude::*;

use super::browser::fetch;
use super::place::Place;
use crate::flow::state::Lang;
use crate::flow::texts::languages;
use crate::i18n::pack::PackError;

/// Where the chosen language stands.
#[derive(Debug, Clone, PartialEq)]
pub struct LanguageState {
    /// The language the texts are in: the chosen one once its pack is here, Dutch before.
    pub shown: Lang,
    pub loading: bool,
    /// Why the last pack was refused, in Dutch.
    pub problem: Option<&'static str>,
}

/// Loads the pack of `lang` when it is not here yet; `on_refused` hears when it cannot be had
/// (the check goes back to Dutch).
#[hook]
pub fn use_language_pack(lang: Lang, place: &Place, on_refused: Callback<()>) -> LanguageState {
    // Bumped when a pack arrives, so the check renders again in its language.
    let arrived = use_state(|| 0_u32);
    let loading = use_state(|| false);
    let problem = use_state(|| None::<&'static str>);
    {
        let (arrived, loading, problem) = (arrived.clone(), loading.clone(), problem.clone());
        let place = place.clone();
        use_effect_with(lang, move |lang| {
            let code = lang.code();
            if !languages::available(code) {
                loading.set(true);
                let url = place.asset(&languages::pack_file(code));
                wasm_bindgen_futures::spawn_local(async move {
                    let read = match fetch(&url).await {
                        Some(bytes) => languages::load(code, &bytes).map(|_| ()),
                        None => Err(PackError::Broken(format!("{url} could not be fetched"))),
                    };
                    loading.set(false);
                    match read {
                        Ok(()) => {
                            problem.set(None);
                            arrived.set(*arrived + 1);
                        }
                        Err(e) => {
                            web_sys::console::error_1(&format!("tegenprestatie-check: {e}").into());
                            problem.set(Some(e.message_nl()));
                            on_refused.emit(());
                        }
                    }
                });
            }
        });
    }
    let here = languages::available(lang.code());
    LanguageState {
        shown: if here { lang } else { Lang::Nl },
        loading: *loading && !here,
        problem: *problem,
    }
}
