//! The part of the result where this checker does not have the municipality's ordinance
//! (`ordinance_unknown`): what the ordinance decides, what holds whatever it says (each with
//! its source), where to find the ordinance and what to ask the klantmanager.

use yew::prelude::*;

use crate::decision::{citation_label, Decision};
use crate::flow::state::Lang;
use crate::flow::texts::fill;
use crate::flow::texts::no_ordinance::{no_ordinance_texts, REGISTER_URL};
use crate::letters::law::{AWB_6_7, AWB_6_8, COURT_32_HOURS};
use crate::model::{Effect, Topic};

/// A heading and its list.
fn part(title: &str, items: Vec<Html>) -> Html {
    html! {
        <>
            <h2>{ title.to_string() }</h2>
            <ul>{ for items }</ul>
        </>
    }
}

fn item(text: String) -> Html {
    html! { <li>{ text }</li> }
}

/// `search_name` is the name to look for in the register: the one people use where it has one
/// (Den Haag for 's-Gravenhage).
pub fn no_ordinance(lang: Lang, d: &Decision<'_>, search_name: &str) -> Html {
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
                w.holds_law,
                citation_label(&g.rule.citation, &d.statute.title),
                g.rule.citation.url.as_deref(),
            )
        });
    // Art. 18 lid 2, as the statute's own note on not taking part cites it.
    let lowered = d
        .statute
        .info
        .iter()
        .find(|i| i.topic == Topic::NonCompliance)
        .map(|i| {
            (
                w.holds_non_compliance,
                citation_label(&i.citation, &d.statute.title),
                i.citation.url.as_deref(),
            )
        });
    let mut holds: Vec<(&str, String, Option<&str>)> = law.into_iter().collect();
    holds.push((w.holds_memorandum, w.memorandum_source.to_string(), None));
    holds.extend(lowered);
    holds.extend([
        (
            w.holds_objection,
            format!("{} en {}", AWB_6_7.label(), AWB_6_8.label()),
            Some(AWB_6_7.url),
        ),
        (
            w.holds_court,
            COURT_32_HOURS.instrument.to_string(),
            Some(COURT_32_HOURS.url),
        ),
    ]);
    let holds: Vec<Html> = holds
        .into_iter()
        .map(|(text, source, url)| {
            html! {
                <li>
                    { text }
                    <span class="tpc-source">
                        { w.source }{ ": " }
                        if let Some(url) = url {
                            <a href={url.to_string()} rel="noopener">{ source }</a>
                        } else {
                            { source }
                        }
                    </span>
                </li>
            }
        })
        .collect();
    let name = [("name", search_name)];
    html! {
        <section class="tpc-no-ordinance">
            { part(w.decides_title, w.decides.iter().map(|l| item(l.to_string())).collect()) }
            // Background with its sources, behind a disclosure: what to do comes first.
            <details class="tpc-help tpc-no-ordinance__holds">
                <summary>{ w.holds_title }</summary>
                <ul>{ for holds }</ul>
            </details>
            { part(w.find_title, w.find_steps.iter().map(|l| item(fill(l, &name))).collect()) }
            <p><a href={REGISTER_URL} rel="noopener">{ w.register_link }</a></p>
            { part(w.ask_title, w.ask.iter().map(|l| item(l.to_string())).collect()) }
        </section>
    }
}
