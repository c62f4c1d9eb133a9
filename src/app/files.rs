//! Files on the device: the text offered as a download (an object URL, so nothing is sent
//! anywhere), and the file a person chooses to open.

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

/// A callback that opens the file chooser of the hidden `<input type="file" id=…>` (emptied
/// first, so choosing the same file again still reads it).
pub fn chooser<E: 'static>(place: &Place, input_id: &'static str) -> yew::Callback<E> {
    let place = place.clone();
    yew::Callback::from(move |_: E| {
        if let Some(input) = place
            .root
            .query_selector(&format!("#{input_id}"))
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.set_value("");
            input.click();
        }
    })
}

/// The first file chosen in a file input's `change` event.
pub fn chosen(e: &yew::Event) -> Option<gloo_file::File> {
    use yew::TargetCast;
    let input: web_sys::HtmlInputElement = e.target_unchecked_into();
    input
        .files()
        .and_then(|f| f.get(0))
        .map(gloo_file::File::from)
}
