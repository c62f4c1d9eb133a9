//! "Lees voor": reads the visible text of the check's body aloud with the browser's speech
//! synthesis, block by block in the order shown: the page's language with a voice for it, a
//! Dutch quote (`lang="nl"`) with a Dutch voice, or skipped where the device has none. The
//! button is hidden where the device has no voice for the page's language; it stops what it
//! started.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};
use yew::prelude::*;

use super::place::Place;
use crate::flow::state::Lang;
use crate::flow::texts::t;

type Ends = Vec<Closure<dyn FnMut()>>;

/// The blocks read, outermost only, in document order.
const BLOCKS: &str = "h1, h2, h3, p, li, legend, label, caption, th, td, dt, dd, blockquote";

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

/// The language an element is in: its own `lang`, or its nearest ancestor's.
fn lang_of(el: &web_sys::Element, shown: &str) -> String {
    el.closest("[lang]")
        .ok()
        .flatten()
        .and_then(|e| e.get_attribute("lang"))
        .unwrap_or_else(|| shown.to_string())
}

/// What is read: a text, its language, and the language to read it in where the device has no
/// voice for that one (a Dutch date inside a Turkish sentence: the sentence's).
struct Said {
    text: String,
    lang: String,
    fallback: Option<String>,
}

/// The visible blocks of the body with their language, in order. A block in another language
/// inside one (a Dutch quote in a translated rule) is read on its own, in its language; words in
/// another language inside a sentence (a Dutch date) are read in their place, in theirs.
fn blocks(place: &Place, shown: &str) -> Vec<Said> {
    let Ok(Some(body)) = place.root.query_selector(".tpc-body") else {
        return Vec::new();
    };
    let Ok(all) = body.query_selector_all(BLOCKS) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut say = |text: &str, lang: &str, fallback: Option<&str>| {
        let text = text.trim();
        // Punctuation alone between two Dutch words is not read.
        if text.chars().any(char::is_alphanumeric) {
            out.push(Said {
                text: text.to_string(),
                lang: lang.to_string(),
                fallback: fallback.map(str::to_string),
            });
        }
    };
    for i in 0..all.length() {
        let Some(el) = all
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            continue;
        };
        let lang = lang_of(&el, shown);
        // Inside another block of the same language (a paragraph in a list item): read with it.
        let nested = el
            .parent_element()
            .and_then(|p| p.closest(BLOCKS).ok().flatten())
            .is_some_and(|outer| body.contains(Some(&outer)) && lang_of(&outer, shown) == lang);
        // Not shown (a closed disclosure, a visually hidden label): not read.
        if nested
            || el.offset_parent().is_none()
            || el.closest(".tpc-visually-hidden").ok().flatten().is_some()
        {
            continue;
        }
        let mut text = el.inner_text();
        // What is in another language inside it: a block is read on its own; words are read in
        // their place, with the text before them first.
        if let Ok(foreign) = el.query_selector_all("[lang]") {
            for j in 0..foreign.length() {
                let Some(f) = foreign
                    .item(j)
                    .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
                else {
                    continue;
                };
                let f_lang = lang_of(&f, shown);
                if f_lang == lang {
                    continue;
                }
                let words = f.inner_text();
                let Some(at) = text.find(&words).filter(|_| !words.is_empty()) else {
                    continue;
                };
                if f.matches(BLOCKS).unwrap_or(false) {
                    text.replace_range(at..at + words.len(), " ");
                } else {
                    say(&text[..at], &lang, None);
                    say(&words, &f_lang, Some(&lang));
                    text = text[at + words.len()..].to_string();
                }
            }
        }
        say(&text, &lang, None);
    }
    out
}

#[derive(Properties, PartialEq)]
pub struct ReadAloudProps {
    pub lang: Lang,
    /// Changes with the screen: what is being read stops when the screen changes.
    pub screen: AttrValue,
}

#[function_component]
pub fn ReadAloud(props: &ReadAloudProps) -> Html {
    let place = use_context::<Place>().expect("the check provides its place");
    let speaking = use_state(|| false);
    // Voices arrive after the page loads in some browsers: look again when they do.
    let voices_changed = use_state(|| 0_u32);
    // The handlers of the last utterances, kept while the browser may still call them.
    let ends: Rc<RefCell<Ends>> = use_mut_ref(Vec::new);
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
    {
        let speaking = speaking.clone();
        use_effect_with((props.screen.clone(), props.lang), move |_| {
            move || {
                if let Some(s) = synthesis() {
                    s.cancel();
                }
                speaking.set(false);
            }
        });
    }
    let code = props.lang.code();
    let Some(synth) = synthesis() else {
        return html! {};
    };
    if voice_for(&synth, code).is_none() {
        return html! {};
    }
    let c = t(props.lang);
    let onclick = {
        let speaking = speaking.clone();
        let place = place.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(synth) = synthesis() else { return };
            synth.cancel();
            if *speaking {
                speaking.set(false);
                return;
            }
            let mut queued = Vec::new();
            let primary = |lang: &str| {
                let code = lang.split('-').next().unwrap_or_default();
                code.to_ascii_lowercase()
            };
            for said in blocks(&place, code) {
                // A block in a language the device cannot speak is skipped; words inside a
                // sentence are read with the sentence's voice instead.
                let Some(voice) = voice_for(&synth, &primary(&said.lang)).or_else(|| {
                    said.fallback
                        .as_deref()
                        .and_then(|f| voice_for(&synth, &primary(f)))
                }) else {
                    continue;
                };
                let Ok(u) = SpeechSynthesisUtterance::new_with_text(&said.text) else {
                    continue;
                };
                u.set_lang(&voice.lang());
                u.set_voice(Some(&voice));
                queued.push(u);
            }
            let Some(last) = queued.last() else { return };
            let done = {
                let speaking = speaking.clone();
                Closure::<dyn FnMut()>::new(move || speaking.set(false))
            };
            last.set_onend(Some(done.as_ref().unchecked_ref()));
            ends.borrow_mut().push(done);
            for u in &queued {
                synth.speak(u);
            }
            speaking.set(true);
        })
    };
    html! {
        <button type="button" class="tpc-button tpc-button--subtle tpc-read-aloud" {onclick}>
            { if *speaking { c.read_aloud_stop } else { c.read_aloud } }
        </button>
    }
}
