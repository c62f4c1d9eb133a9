//! The part of the result where this checker does not have the municipality's ordinance
//! (`ordinance_unknown`): what the ordinance decides, what holds whatever it says (each with
//! its source), where to find the ordinance and what to ask the klantmanager.

use yew::prelude::*;

use crate::decision::{citation_label, Decision};
use crate::flow::state::Lang;
use crate::flow::texts::fill;
use crate::flow::texts::no_ordinance::{no_ordinance_texts, REGISTER_URL};
use crate::letters::law::{AWB_6_7, COURT_32_HOURS};
use crate::model::Effect;

/// One thing that holds, with its source (a link where the text is published).
fn holds(w_source: &str, text: &str, source: &str, url: Option<&str>) -> Html {
    html! {
        <li>
            { text.to_string() }
            <span class="tpc-source">
                { format!("{w_source}: ") }
                if let Some(url) = url {
                    <a href={url.to_string()} rel="noopener">{ source.to_string() }</a>
                } else {
                    { source.to_string() }
                }
            </span>
        </li>
    }
}

pub fn no_ordinance(lang: Lang, d: &Decision<'_>) -> Html {
    let w = no_ordinance_texts(lang);
    // The Act's own duty (art. 9 lid 1 onderdeel c, or the IOAW/IOAZ's art. 37 lid 1
    // onderdeel f): the ground that lets the municipality assign.
    let law = d
        .grounds
        .iter()
        .rev()
        .find(|g| g.rule.effect == Effect::Obligated)
        .map(|g| {
            (
                citation_label(&g.rule.citation, &d.statute.title),
                g.rule.citation.url.as_deref(),
            )
        });
    html! {
        <section class="tpc-no-ordinance">
            <h2>{ w.decides_title }</h2>
            <ul>{ for w.decides.iter().map(|line| html! { <li>{ *line }</li> }) }</ul>
            <h2>{ w.holds_title }</h2>
            <ul class="tpc-no-ordinance__holds">
                if let Some((label, url)) = &law {
                    { holds(w.source, w.holds_law, label, *url) }
                }
                { holds(w.source, w.holds_memorandum, w.memorandum_source, None) }
                { holds(w.source, w.holds_objection, &AWB_6_7.label(), Some(AWB_6_7.url)) }
                { holds(w.source, w.holds_court, COURT_32_HOURS.instrument, Some(COURT_32_HOURS.url)) }
            </ul>
            <h2>{ w.find_title }</h2>
            <ol>
                { for w.find_steps.iter().map(|line| html! { <li>{ fill(line, &[("name", &d.municipality.name)]) }</li> }) }
            </ol>
            <p><a href={REGISTER_URL} rel="noopener">{ w.register_link }</a></p>
            <h2>{ w.ask_title }</h2>
            <ul>{ for w.ask.iter().map(|line| html! { <li>{ *line }</li> }) }</ul>
        </section>
    }
}
