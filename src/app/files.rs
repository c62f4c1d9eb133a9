//! Files the person saves: the text offered as a download, made on the device (an object URL),
//! so nothing is sent anywhere.

use std::cell::RefCell;

use wasm_bindgen::JsCast;

use crate::app::place::Place;

/// Offers `text` as a download named `name`; the object URL is kept in `keep` until the next
/// download. False when the page gives no way to do it.
pub fn download(
    place: &Place,
    name: &str,
    mime: &str,
    text: &str,
    keep: &RefCell<Option<gloo_file::ObjectUrl>>,
) -> bool {
    let blob = gloo_file::Blob::new_with_options(text, Some(mime));
    let url = gloo_file::ObjectUrl::from(blob);
    let Some(document) = place.root.owner_document() else {
        return false;
    };
    let Ok(a) = document.create_element("a") else {
        return false;
    };
    let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() else {
        return false;
    };
    a.set_href(&url);
    a.set_download(name);
    a.set_hidden(true);
    if place.root.append_child(&a).is_err() {
        return false;
    }
    a.click();
    a.remove();
    *keep.borrow_mut() = Some(url);
    true
}
