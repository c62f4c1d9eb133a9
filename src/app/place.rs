//! Where the check runs, and so what it may touch: its own page (the standalone app, which owns
//! the title, the address, the history and `<html lang>`), or a host's page as a guest (the
//! `<tegenprestatie-check>` element or `mount()`), where it owns only its own element.

use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};

use super::browser;

/// What a guest was allowed by its host.
#[derive(Debug, Clone)]
pub struct Guest {
    /// The host's element (the custom element, or the element given to `mount`): events are
    /// dispatched on it.
    pub host: web_sys::Element,
    /// The host set `remember`: the person may keep their answers on the device.
    pub may_remember: bool,
    /// The storage key, with the municipality the host fixed: widgets for different
    /// municipalities keep their answers apart (widgets for the same one share them).
    pub storage_key: String,
    /// Prints the widget alone (the entry module's printer, a frame of its own); the host's
    /// page is never printed.
    pub print: Option<js_sys::Function>,
    /// Where the check's own files are (the entry module's folder, perhaps on another origin):
    /// the language packs are fetched from there.
    pub assets: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Place {
    /// The element the app renders into (inside the shadow root when a guest).
    pub root: web_sys::Element,
    pub guest: Option<Rc<Guest>>,
}

impl PartialEq for Place {
    fn eq(&self, other: &Self) -> bool {
        self.root == other.root
            && match (&self.guest, &other.guest) {
                (None, None) => true,
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                _ => false,
            }
    }
}

impl Place {
    pub fn page(root: web_sys::Element) -> Place {
        Place { root, guest: None }
    }

    /// The address of one of the check's own files (a language pack): beside the entry module
    /// for a guest, beside the page for the standalone app.
    pub fn asset(&self, name: &str) -> String {
        let base = self.guest.as_ref().and_then(|g| g.assets.as_deref());
        format!("{}{name}", base.unwrap_or(""))
    }

    pub fn is_page(&self) -> bool {
        self.guest.is_none()
    }

    /// Whether the person can choose to keep their answers on the device.
    pub fn may_remember(&self) -> bool {
        self.guest.as_ref().is_none_or(|g| g.may_remember)
    }

    fn element(&self, id: &str) -> Option<web_sys::Element> {
        // Ids are the app's own ([a-z0-9-]), so they need no escaping in a selector.
        self.root.query_selector(&format!("#{id}")).ok().flatten()
    }

    /// Moves keyboard and screen reader focus to one of the check's own elements; false if
    /// there is none.
    pub fn focus(&self, id: &str) -> bool {
        match self
            .element(id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            Some(el) => el.focus().is_ok(),
            None => false,
        }
    }

    /// Selects the text of an input, so it can be copied by hand.
    pub fn select(&self, id: &str) {
        if let Some(input) = self
            .element(id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.select();
        }
    }

    /// The kept answers, and whether they were kept beyond the session. A guest keeps nothing
    /// unless its host allowed it and the person ticked "Onthoud".
    pub fn load(&self) -> Option<(String, bool)> {
        match &self.guest {
            None => browser::load(),
            Some(g) if g.may_remember => {
                browser::load_local(&g.storage_key).map(|text| (text, true))
            }
            Some(_) => None,
        }
    }

    pub fn save(&self, text: &str, remember: bool) {
        match &self.guest {
            None => browser::save(text, remember),
            Some(g) if g.may_remember => browser::save_local(&g.storage_key, text, remember),
            Some(_) => {}
        }
    }

    pub fn forget(&self) {
        match &self.guest {
            None => browser::forget(),
            // Also when the host no longer allows keeping: what was kept before goes. Only the
            // check's own key is touched.
            Some(g) => browser::save_local(&g.storage_key, "", false),
        }
    }

    /// Prints the check: the page's own print as the standalone app, the widget alone as a
    /// guest.
    pub fn print(&self) {
        match self.guest.as_ref().and_then(|g| g.print.as_ref()) {
            Some(print) => {
                if let Some(check) = self.root.first_element_child() {
                    let _ = print.call1(&JsValue::NULL, &check);
                }
            }
            None if self.is_page() => browser::print(),
            None => {}
        }
    }

    /// The answers in the page's address: the standalone page's link; a guest never reads
    /// the host's address.
    pub fn linked(&self) -> Option<String> {
        self.is_page().then(browser::fragment)
    }

    /// Puts the answers in the page's address (a history entry when `entry`): the standalone
    /// page only.
    pub fn show_in_address(&self, encoded: &str, entry: bool) {
        if self.is_page() && browser::fragment() != encoded {
            browser::set_fragment(encoded, entry);
        }
    }

    /// Names the page and its language: the standalone page only (a guest sets `lang` on its
    /// own element).
    pub fn name_page(&self, title: &str, lang: &str) {
        if self.is_page() {
            browser::set_title(title);
            browser::set_document_lang(lang);
        }
    }

    /// Tells the host page the outcome's status (`tegenprestatie-check:outcome`), never the
    /// answers.
    pub fn announce(&self, status: &str) {
        let target = self.guest.as_ref().map_or(&self.root, |g| &g.host).clone();
        browser::dispatch_outcome(&target, status);
    }
}
