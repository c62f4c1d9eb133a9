//! The desk's letters for the client: for each municipality whose outcome lets a letter help,
//! the request for an exemption and the proposal of an own activity (the objection is the
//! client's own, from the recipient's check). The letter opens below the outcome, in the same
//! composer as the recipient's; while it is open, printing prints the letter instead of the record.

use std::rc::Rc;

use yew::prelude::*;

use super::Model;
use crate::app::letters::Composer;
use crate::flow::texts::letters::letter_words;
use crate::letters::{offered, Kind};

#[derive(Properties, PartialEq)]
pub struct DeskLettersProps {
    pub model: Rc<Model>,
    /// The letter open, if any: the municipality's id and the kind.
    pub open: Option<(AttrValue, Kind)>,
    pub on_open: Callback<Option<(AttrValue, Kind)>>,
    pub on_print: Callback<()>,
}

#[function_component]
pub fn DeskLetters(props: &DeskLettersProps) -> Html {
    let desk = &props.model.desk;
    let env = &props.model.env;
    let lang = desk.lang;
    let w = letter_words(lang);
    // What each municipality's outcome offers the caseworker to hand over.
    let offers: Vec<(String, String, Kind)> = desk
        .municipalities
        .iter()
        .filter_map(|id| {
            let answers = desk.answers(env, id)?;
            let d = crate::contract::decide(&env.catalog, id, &answers).ok()?;
            let name = d.municipality.name.clone();
            Some(
                offered(&d, &answers)
                    .into_iter()
                    .filter(|k| *k != Kind::Objection)
                    .map(move |k| (id.clone(), name.clone(), k))
                    .collect::<Vec<_>>(),
            )
        })
        .flatten()
        .collect();
    if offers.is_empty() {
        return html! {};
    }
    let open = props.open.as_ref().and_then(|(id, kind)| {
        let answers = desk.answers(env, id)?;
        Some((id.clone(), *kind, answers))
    });
    html! {
        <section class="tpc-desk-letters" aria-labelledby="tpc-desk-letters-title">
            <h2 id="tpc-desk-letters-title" class="tpc-desk__h2 tpc-no-print">{ w.desk_title }</h2>
            if let Some((id, kind, answers)) = open {
                <Composer catalog={env.catalog.clone()} municipality={id} {answers} {kind} {lang}
                    today={env.today} for_client=true on_print={props.on_print.clone()}
                    on_close={props.on_open.reform(|_| None)} />
            } else {
                <p class="tpc-hint">{ w.desk_intro }</p>
                <ul class="tpc-letter-offer__list">
                    { for offers.into_iter().map(|(id, name, kind)| {
                        let key = format!("tpc-desk-letter-{}-{}", id, kind.key());
                        let onclick = {
                            let id: AttrValue = id.clone().into();
                            props.on_open.reform(move |_: MouseEvent| Some((id.clone(), kind)))
                        };
                        html! {
                            <li>
                                <button type="button" class="tpc-button tpc-button--secondary" id={key}
                                    data-letter={kind.key()} data-gemeente={id.clone()} {onclick}>
                                    { format!("{} · {}", kind.title(w), name) }
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}
