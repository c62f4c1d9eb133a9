//! "Lees voor": the button, shown only where the device has a voice for the page's language.
//! The reading is the entry module's (`readAloud` in tegenprestatie-check.js, for the
//! standalone page and every guest alike): it reads the visible text of the check's body block
//! by block in the order shown, the page's language with a voice for it, a Dutch quote
//! (`lang="nl"`) with a Dutch voice or skipped where the device has none, Dutch words inside a
//! sentence in their place; a second click stops it. This module stops the reading when the
//! screen or the language changes. (In the entry module the walk costs the first load about
//! 0.5 KB brotli of script instead of 1.9 KB of wasm.)

use wasm_bindgen::JsCast;
use web_sys::{SpeechSynthesis, SpeechSynthesisVoice};
use yew::prelude::*;

use crate::flow::state::Lang;
use crate::flow::texts::t;

fn synthesis() -> Option<SpeechSynthesis> {
    let window = web_sys::window()?;
    // Absent in some browsers: read the property before calling the binding.
    let present = js_sys::Reflect::get(&window, &"speechSynthesis".into()).ok()?;
    if present.is_undefined() || present.is_null() {
        return None;
    }
    window.speech_synthesis().ok()
}

/// A voice for a language code (`nl` matches `nl-NL` and `nl-BE`).
fn voice_for(synth: &SpeechSynthesis, code: &str) -> Option<SpeechSynthesisVoice> {
    synth
        .get_voices()
        .iter()
        .map(|v| v.unchecked_into::<SpeechSynthesisVoice>())
        .find(|v| {
            let lang = v.lang().to_ascii_lowercase();
            lang == code || lang.starts_with(&format!("{code}-"))
        })
}

#[derive(Properties, PartialEq)]
pub struct ReadAloudProps {
    pub lang: Lang,
    /// Changes with the screen: what is being read stops when the screen changes.
    pub screen: AttrValue,
}

#[function_component]
pub fn ReadAloud(props: &ReadAloudProps) -> Html {
    // Voices arrive after the page loads in some browsers: look again when they do.
    let voices_changed = use_state(|| 0_u32);
    {
        let voices_changed = voices_changed.clone();
        use_effect_with((), move |_| {
            let listener = synthesis().map(|s| {
                gloo_events::EventListener::new(&s, "voiceschanged", move |_| {
                    voices_changed.set(*voices_changed + 1)
                })
            });
            move || drop(listener)
        });
    }
    // A new screen or language: stop reading the old one.
    use_effect_with((props.screen.clone(), props.lang), move |_| {
        move || {
            if let Some(s) = synthesis() {
                s.cancel();
            }
        }
    });
    let code = props.lang.code();
    let Some(synth) = synthesis() else {
        return html! {};
    };
    if voice_for(&synth, code).is_none() {
        return html! {};
    }
    let c = t(props.lang);
    // The entry module answers the click (`data-read-aloud`: tegenprestatie-check.js reads the
    // blocks and speaks them, and marks the button `data-speaking` until it is done or stopped);
    // a new screen or language is a new button, never marked.
    html! {
        <button type="button" class="tpc-button tpc-button--subtle tpc-read-aloud"
            key={format!("{}-{code}", props.screen)} data-read-aloud={code}>
            <span class="tpc-read-aloud__start">{ c.read_aloud }</span>
            <span class="tpc-read-aloud__stop">{ c.read_aloud_stop }</span>
        </button>
    }
}
