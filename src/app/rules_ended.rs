//! The screen for a municipality whose rules do not hold on the check's day: an ordinance that
//! was replaced (Weesp's of 2015, with what is known of its successor), or the ordinance of a
//! municipality that merged, more than two years after the merger (Wet arhi art. 28). It names
//! the successor, and offers its check where this checker has its rules.

use yew::prelude::*;

use super::check::HEADING_ID;
use super::dutch_words::{date, dutch, fill_marked};
use crate::date::Date;
use crate::engine::NotInForce;
use crate::flow::questions::{Field, Question};
use crate::flow::state::{Action, Env, State};
use crate::flow::texts::day::day_texts;
use crate::flow::texts::pick;

/// The screen for `refusal` (a function: it keeps no state; the check tells the host page
/// `not_in_force` when it shows it).
pub fn rules_ended(
    state: &State,
    env: &Env,
    refusal: NotInForce,
    on_action: &Callback<Action>,
) -> Html {
    let lang = state.lang;
    let w = day_texts(lang);
    let day = state.reference_day(env);
    let Some((set, m)) = state.municipality(env).and_then(|id| env.catalog.find(id)) else {
        return html! {};
    };
    let long = |d: Date| date(lang, d);
    let nl = |words: &str| dutch(lang, words);
    let merged = m.merged.as_ref();
    let into = merged.map_or("", |g| g.into.as_str());
    let version = &set.ordinance().version;
    let mut lines: Vec<Html> = Vec::new();
    match refusal {
        NotInForce::Merged { on, until } => lines.push(html! { <p>{ fill_marked(w.merged_ended, &[
            ("name", nl(&m.name)), ("on", long(on)), ("into", nl(into)), ("until", long(until)),
            ("date", long(day)),
        ]) }</p> }),
        NotInForce::After { valid_to } => {
            lines.push(html! { <p>{ fill_marked(w.ordinance_ended, &[
                ("name", nl(&m.name)), ("year", html! { { version.year } }), ("to", long(valid_to)),
                ("date", long(day)),
            ]) }</p> });
            if let Some(next) = &version.replaced_by {
                let from = Date::parse(&next.valid_from).map(long).unwrap_or_default();
                let title = html! { <span lang="nl">{ &next.title }</span> };
                lines.push(html! {
                    <>
                        <p>{ fill_marked(w.replaced_by, &[("title", title), ("from", from)]) }</p>
                        <p>{ pick(lang, &next.known) }</p>
                        <p><a href={next.url.clone()} rel="noopener">{ w.replaced_by_link }</a></p>
                    </>
                });
            }
            if let Some(g) = merged.filter(|g| Date::parse(&g.on).is_some_and(|on| on <= day)) {
                let on = Date::parse(&g.on).map(long).unwrap_or_default();
                lines.push(html! { <p>{ fill_marked(w.now_part_of, &[
                    ("on", on), ("name", nl(&m.name)), ("into", nl(into)),
                ]) }</p> });
            }
        }
        _ => {}
    }
    let successor = env
        .catalog
        .successor(m)
        .filter(|_| merged.is_some())
        .map(|id| {
            let id = id.to_string();
            on_action.reform(move |_: MouseEvent| Action::Set(Field::Municipality, id.clone()))
        });
    let unknown_successor = matches!(refusal, NotInForce::Merged { .. }) && successor.is_none();
    let choose = on_action.reform(|_: MouseEvent| Action::Edit(Question::Municipality));
    html! {
        <article class="tpc-rules-ended">
            <h1 id={HEADING_ID} class="tpc-heading" tabindex="-1">{ w.ended_title }</h1>
            { for lines }
            if unknown_successor {
                <p>{ fill_marked(w.successor_unknown, &[("into", dutch(lang, into))]) }</p>
            }
            <div class="tpc-actions">
                if let Some(successor) = successor {
                    <button type="button" class="tpc-button tpc-button--primary" onclick={successor}>
                        { fill_marked(w.check_successor, &[("into", dutch(lang, into))]) }
                    </button>
                }
                if !state.fixed {
                    <button type="button" class="tpc-button tpc-button--secondary" onclick={choose}>
                        { w.choose_municipality }
                    </button>
                }
            </div>
        </article>
    }
}
