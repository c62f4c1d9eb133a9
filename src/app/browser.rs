//! The few browser APIs the app uses, each failing quietly (a blocked storage is no error for a
//! person filling in a form).

use wasm_bindgen::JsCast;

const STORAGE_KEY: &str = "tegenprestatie-check:v1";

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The URL fragment without `#`.
pub fn fragment() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_string())
        .unwrap_or_default()
}

/// Writes the fragment without any request: as a new history entry when `step` is true (a new
/// screen, so the back button returns to the one before), else in place (an answer typed).
pub fn set_fragment(text: &str, step: bool) {
    if let Some(w) = window() {
        if let Ok(history) = w.history() {
            let url = if text.is_empty() {
                w.location().pathname().unwrap_or_default()
                    + &w.location().search().unwrap_or_default()
            } else {
                format!("#{text}")
            };
            let state = wasm_bindgen::JsValue::NULL;
            let _ = if step {
                history.push_state_with_url(&state, "", Some(&url))
            } else {
                history.replace_state_with_url(&state, "", Some(&url))
            };
        }
    }
}

/// Calls `on_change` with the new fragment whenever the browser moves through its history or
/// the link is changed in an open tab. The listeners go when the returned value is dropped.
pub fn on_fragment_change(
    on_change: impl Fn(String) + Clone + 'static,
) -> Vec<gloo_events::EventListener> {
    let Some(w) = window() else {
        return Vec::new();
    };
    ["popstate", "hashchange"]
        .into_iter()
        .map(|event| {
            let on_change = on_change.clone();
            gloo_events::EventListener::new(&w, event, move |_| on_change(fragment()))
        })
        .collect()
}

/// The full address of this page with the given fragment.
pub fn link_with(text: &str) -> String {
    window()
        .and_then(|w| w.location().href().ok())
        .map(|href| {
            let base = href.split('#').next().unwrap_or_default().to_string();
            format!("{base}#{text}")
        })
        .unwrap_or_default()
}

fn local() -> Option<web_sys::Storage> {
    window()?.local_storage().ok()?
}

fn session() -> Option<web_sys::Storage> {
    window()?.session_storage().ok()?
}

/// The kept answers, and whether they were kept on this device beyond the session (the person
/// chose "Onthoud mijn antwoorden").
pub fn load() -> Option<(String, bool)> {
    let remembered = local().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
    match remembered {
        Some(text) => Some((text, true)),
        None => session()?
            .get_item(STORAGE_KEY)
            .ok()?
            .map(|text| (text, false)),
    }
}

/// Keeps the answers for this tab's session; on the device as well only if `remember`.
pub fn save(text: &str, remember: bool) {
    if let Some(s) = session() {
        let _ = s.set_item(STORAGE_KEY, text);
    }
    if let Some(s) = local() {
        let _ = if remember {
            s.set_item(STORAGE_KEY, text)
        } else {
            s.remove_item(STORAGE_KEY)
        };
    }
}

pub fn forget() {
    for s in [local(), session()].into_iter().flatten() {
        let _ = s.remove_item(STORAGE_KEY);
    }
}

pub fn set_title(title: &str) {
    if let Some(d) = window().and_then(|w| w.document()) {
        d.set_title(title);
    }
}

/// Sets `lang` on the document, so screen readers read the right language.
pub fn set_document_lang(code: &str) {
    if let Some(html) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = html.set_attribute("lang", code);
    }
}

/// Moves keyboard and screen reader focus to an element by id; false if there is none.
pub fn focus(id: &str) -> bool {
    match window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        Some(el) => el.focus().is_ok(),
        None => false,
    }
}

/// Selects the text of an input, so it can be copied by hand.
pub fn select(id: &str) {
    if let Some(input) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        input.select();
    }
}

/// Copies text to the clipboard where the browser offers one; resolves to whether it worked.
pub async fn copy(text: &str) -> bool {
    let Some(navigator) = window().map(|w| w.navigator()) else {
        return false;
    };
    let has_clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .map(|c| !c.is_undefined() && !c.is_null())
        .unwrap_or(false);
    if !has_clipboard {
        return false;
    }
    wasm_bindgen_futures::JsFuture::from(navigator.clipboard().write_text(text))
        .await
        .is_ok()
}

/// Today on the device's own calendar (its local date, so no time zone surprises).
pub fn today() -> crate::date::Date {
    let now = js_sys::Date::new_0();
    crate::date::Date::new(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or(crate::date::Date(0))
}

pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

pub fn register_service_worker(url: &str) {
    if let Some(w) = window() {
        let container = w.navigator().service_worker();
        let _ = container.register(url);
    }
}
