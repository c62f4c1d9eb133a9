//! The few browser APIs the app uses, each failing quietly (a blocked storage is no error for a
//! person filling in a form).

use wasm_bindgen::JsCast;

const STORAGE_KEY: &str = "tegenprestatie-check:v1";

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// Fetches a file (a language pack, an ordinance); `None` for a network error or a status other
/// than 2xx.
pub async fn fetch(url: &str) -> Option<Vec<u8>> {
    use wasm_bindgen_futures::JsFuture;
    let response = JsFuture::from(window()?.fetch_with_str(url)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
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

/// A guest's kept answers: on the device, under its own key, only if the person chose that.
pub fn load_local(key: &str) -> Option<String> {
    local()?.get_item(key).ok()?.filter(|text| !text.is_empty())
}

pub fn save_local(key: &str, text: &str, remember: bool) {
    if let Some(s) = local() {
        let _ = if remember {
            s.set_item(key, text)
        } else {
            s.remove_item(key)
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

/// Registers the offline worker where the browser allows one. In a sandboxed frame merely
/// reading `navigator.serviceWorker` throws: that is caught, and the check works without it.
pub fn register_service_worker(url: &str) {
    let Some(w) = window() else {
        return;
    };
    let container = js_sys::Reflect::get(&w.navigator(), &"serviceWorker".into())
        .ok()
        .filter(|c| c.is_object())
        .map(|c| c.unchecked_into::<web_sys::ServiceWorkerContainer>());
    if let Some(container) = container {
        // A rejected promise (no secure context, blocked) is dropped unseen.
        let promise = js_sys::Reflect::get(&container, &"register".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .and_then(|f| f.call1(&container, &url.into()).ok())
            .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
        if let Some(promise) = promise {
            let ignore = wasm_bindgen::closure::Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(
                |_: wasm_bindgen::JsValue| {},
            );
            let _ = promise.catch(&ignore);
            // Registered once per page: the small closure lives as long as the page.
            ignore.forget();
        }
    }
}

/// Dispatches `tegenprestatie-check:outcome` with `{ status }` on `target`; it bubbles and
/// crosses the shadow root, so the host can listen on the element or the document.
pub fn dispatch_outcome(target: &web_sys::Element, status: &str) {
    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&detail, &"status".into(), &status.into());
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) =
        web_sys::CustomEvent::new_with_event_init_dict("tegenprestatie-check:outcome", &init)
    {
        let _ = target.dispatch_event(&event);
    }
}
