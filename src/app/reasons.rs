//! "Waarom? En de bronnen": the rules behind the verdict with their quoted text, known practice,
//! and the sources, behind one disclosure so the verdict itself stays short.

use yew::prelude::*;

use crate::decision::{citation_label_in, Decision};
use crate::flow::state::Lang;
use crate::flow::texts::{pick, Catalogue};
use crate::model::{Citation, Info, SourceRef};

/// Every place a source is used, each document once with its places in order.
fn by_document<'a>(refs: impl Iterator<Item = &'a SourceRef>) -> Vec<(&'static str, Vec<&'a str>)> {
    let mut grouped: Vec<(&'static str, Vec<&'a str>)> = Vec::new();
    for r in refs {
        let title = r.document.title();
        match grouped.iter_mut().find(|(t, _)| *t == title) {
            Some((_, places)) if !places.contains(&r.location.as_str()) => places.push(&r.location),
            Some(_) => {}
            None => grouped.push((title, vec![&r.location])),
        }
    }
    grouped
}

fn label(c: &Catalogue, citation: &Citation, title: &str) -> String {
    citation_label_in(citation, title, &c.citation)
}

/// The disclosure under the verdict and the next steps; `info` is what the next steps showed.
pub fn reasons(lang: Lang, c: &Catalogue, d: &Decision<'_>, info: &[(&str, &Info)]) -> Html {
    let ordinance = d.ordinance;
    let refs = d
        .grounds
        .iter()
        .map(|g| &g.rule.citation.source)
        .chain(info.iter().map(|(_, i)| &i.citation.source))
        .chain(ordinance.practice.iter().map(|n| &n.source));
    // Another municipality's ordinance is never listed as a source for this one.
    let own = |r: &&SourceRef| {
        !r.document.is_one_municipality()
            || ordinance.sources.iter().any(|s| s.document == r.document)
    };
    let sources = by_document(refs.filter(own));
    html! {
        <details class="tpc-why">
            <summary>{ c.why_title }</summary>
            <h2>{ c.rules_title }</h2>
            <ul class="tpc-grounds">
                { for d.grounds.iter().map(|g| {
                    let title = match g.layer {
                        crate::decision::Layer::Statute => &d.statute.title,
                        crate::decision::Layer::Ordinance => &ordinance.title,
                    };
                    html! {
                        <li class="tpc-ground">
                            <p>{ pick(lang, &g.rule.explanation) }</p>
                            <p class="tpc-citation">{ label(c, &g.rule.citation, title) }</p>
                            <blockquote lang="nl"><p>{ &g.rule.source_text }</p></blockquote>
                        </li>
                    }
                }) }
            </ul>
            if !info.is_empty() {
                <h2>{ c.next_steps_sources }</h2>
                <ul class="tpc-grounds">
                    { for info.iter().map(|(title, i)| html! {
                        <li><p>{ c.topic(i.topic) }{ ": " }{ label(c, &i.citation, title) }</p></li>
                    }) }
                </ul>
            }
            if !ordinance.practice.is_empty() {
                <h2>{ c.practice_title }</h2>
                { for ordinance.practice.iter().map(|note| html! {
                    <div class="tpc-note">
                        <p class="tpc-note__label">{ c.practice_label }</p>
                        <p>{ pick(lang, &note.text) }</p>
                    </div>
                }) }
            }
            <h2>{ c.sources_title }</h2>
            <dl class="tpc-facts">
                if ordinance.detail != crate::model::Detail::NotKnown {
                <dt>{ c.version_label }</dt>
                <dd>{ &ordinance.title }{ " (" }{ ordinance.version.year }{ ")" }</dd>
                }
                if let Some(date) = crate::date::Date::parse(&ordinance.version.valid_from).filter(|_| ordinance.detail != crate::model::Detail::NotKnown) {
                    <dt>{ c.in_force_label }</dt>
                    <dd>{ date.dutch() }</dd>
                }
                <dt>{ c.detail_label }</dt>
                <dd>{ c.detail(ordinance.detail) }</dd>
            </dl>
            <ul class="tpc-sources">
                { for sources.into_iter().map(|(title, places)| html! {
                    <li>{ title }{ ": " }{ places.join("; ") }</li>
                }) }
            </ul>
        </details>
    }
}
