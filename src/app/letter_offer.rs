//! On the result: "Maak een brief". The letters are their own module (`letters.js`): a click on
//! this button is answered by the entry module, which loads that module, shows it in place of
//! the check (it offers the letters that fit) and brings the check back when it is closed. So the
//! recipient's first load carries only this button. The section's data attributes are what the
//! entry module passes on: the answers as the check's link has them, the day, the language, and
//! the words it shows while loading or when loading fails.

use yew::prelude::*;

use crate::flow::state::Lang;
use crate::flow::texts::letters::letter_offer;
use crate::flow::texts::t;

#[derive(Properties, PartialEq)]
pub struct LetterOfferProps {
    pub lang: Lang,
    /// The answers as the check's link writes them.
    pub fragment: AttrValue,
    /// The device's day (ISO): the letter's date.
    pub today: AttrValue,
}

#[function_component]
pub fn LetterOffer(props: &LetterOfferProps) -> Html {
    let w = letter_offer(props.lang);
    html! {
        <section class="tpc-letter-offer tpc-no-print" aria-labelledby="tpc-letter-offer-title"
            data-letters-fragment={props.fragment.clone()} data-letters-today={props.today.clone()}
            data-letters-lang={props.lang.code()} data-letters-loading={w.loading}
            data-letters-failed={w.load_failed} data-letters-back={t(props.lang).back}>
            <h2 id="tpc-letter-offer-title">{ w.heading }</h2>
            <p class="tpc-hint" id="tpc-letter-offer-hint">{ w.make_letter_intro }</p>
            <button type="button" class="tpc-button tpc-button--secondary" id="tpc-letter-open"
                data-letter="" aria-describedby="tpc-letter-offer-hint">{ w.make_letter }</button>
        </section>
    }
}
