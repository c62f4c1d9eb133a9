//! A letter laid out as it prints on A4: sender, addressee, place and date, subject, body,
//! signature; the quoted rules on a second page (the bijlage) when asked for.

use yew::prelude::*;

use crate::letters::Letter;

fn lines(lines: &[String], class: &'static str) -> Html {
    html! {
        <p class={class}>
            { for lines.iter().enumerate().map(|(i, l)| html! {
                <>{ if i > 0 { html! { <br /> } } else { html! {} } }{ l }</>
            }) }
        </p>
    }
}

/// The letter in Dutch, as sent.
/// `summary` opens the bijlage on the screen, in the person's language (`summary_lang`).
pub fn letter_sheet(letter: &Letter, summary: &str, summary_lang: &'static str) -> Html {
    html! {
        <div class="tpc-letter-print" lang="nl">
            <article class="tpc-letter" aria-labelledby="tpc-letter-subject">
                { lines(&letter.sender, "tpc-letter__sender") }
                { lines(&letter.addressee, "tpc-letter__addressee") }
                <p class="tpc-letter__date">{ &letter.place_date }</p>
                <p class="tpc-letter__subject" id="tpc-letter-subject"><strong>{ &letter.subject }</strong></p>
                if !letter.subject_lines.is_empty() {
                    { lines(&letter.subject_lines, "tpc-letter__reference") }
                }
                <p>{ &letter.salutation }</p>
                { for letter.body.iter().map(|p| html! { <p>{ p }</p> }) }
                <p class="tpc-letter__closing">{ &letter.closing }</p>
                <p class="tpc-letter__signature">
                    <span class="tpc-letter__signature-line">{ &letter.signature_label }</span>
                    <br />{ &letter.signature }
                </p>
                if !letter.enclosures.is_empty() {
                    { lines(&letter.enclosures, "tpc-letter__enclosures") }
                }
            </article>
            if !letter.annex.is_empty() {
                // On the screen behind a disclosure; printed as the second page.
                <details class="tpc-letter-annex">
                <summary lang={summary_lang}>{ summary }</summary>
                <section class="tpc-letter tpc-letter__annex" aria-label={letter.annex_title.clone()}>
                    <p><strong>{ &letter.annex_title }</strong></p>
                    { for letter.annex.iter().map(|c| html! {
                        <div class="tpc-letter__cited">
                            <p class="tpc-citation">{ &c.label }</p>
                            <blockquote>{ &c.text }</blockquote>
                        </div>
                    }) }
                </section>
                </details>
            }
        </div>
    }
}
