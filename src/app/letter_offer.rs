//! On the result: "Maak een brief". The letters are their own module (`letters.js`): a click on
//! this button is answered by the entry module, which loads that module, shows it in place of
//! the check (it offers the letters that fit) and brings the check back when it is closed. So the
//! recipient's first load carries only this button. The section's data attributes are what the
//! entry module passes on: the answers as the check's link has them, the day, the language, and
//! the words it shows while loading or when loading fails.

use yew::prelude::*;

use crate::flow::state::Lang;
use crate::flow::texts::t;

/// The section with the button, in `lang`, for the answers as the check's link writes them
/// (`fragment`) and the device's day (`today`, ISO: the letter's date).
pub fn letter_offer_section(lang: Lang, fragment: &str, today: &str) -> Html {
    let w = t(lang);
    html! {
        <section class="tpc-letter-offer tpc-no-print" aria-labelledby="tpc-letter-offer-title"
            data-letters-fragment={fragment.to_string()} data-letters-today={today.to_string()}
            data-letters-lang={lang.code()} data-letters-loading={w.letter_offer_loading}
            data-letters-failed={w.letter_offer_failed} data-letters-back={w.back}>
            <h2 id="tpc-letter-offer-title">{ w.letter_offer_heading }</h2>
            <p class="tpc-hint" id="tpc-letter-offer-hint">{ w.letter_offer_intro }</p>
            <button type="button" class="tpc-button tpc-button--secondary" id="tpc-letter-open"
                data-letter="" aria-describedby="tpc-letter-offer-hint">{ w.letter_offer_button }</button>
        </section>
    }
}
