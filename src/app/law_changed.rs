//! The screen for a day from which the law is a version this checker does not know (from
//! 1 January 2027, the Participatiewet in balans): what changed, that the check does not know
//! what the municipality asks now, what to do, and the way to the rules as they were before.

use yew::prelude::*;

use super::check::HEADING_ID;
use super::dutch_words::{date, fill_marked};
use crate::facts::Fact;
use crate::flow::questions::Field;
use crate::flow::state::{Action, Env, State};
use crate::flow::texts::day::day_texts;
use crate::flow::texts::pick;

/// The screen (a function: it keeps no state; the check tells the host page `law_changed`
/// when it shows it).
pub fn law_changed(state: &State, env: &Env, on_action: &Callback<Action>) -> Html {
    let lang = state.lang;
    let w = day_texts(lang);
    let day = state.reference_day(env);
    let Some((_, not_known)) = env.catalog.law_change_on(day) else {
        return html! {};
    };
    let past = env.catalog.rules_known_until();
    let to_past = past.map(|past| {
        on_action.reform(move |_: MouseEvent| Action::Set(Field::Fact(Fact::Date), past.iso()))
    });
    html! {
        <article class="tpc-law-changed">
            <h1 id={HEADING_ID} class="tpc-heading" tabindex="-1">{ w.law_changed_title }</h1>
            <p class="tpc-lead">{ pick(lang, &not_known.summary) }</p>
            <p>{ fill_marked(w.law_changed_unknown, &[("date", date(lang, day))]) }</p>
            <h2>{ w.what_to_do }</h2>
            <ul class="tpc-next__list">
                { for w.law_changed_steps.iter().map(|s| html! { <li>{ *s }</li> }) }
                <li><a href={not_known.url.clone()} rel="noopener">{ w.law_text_link }</a></li>
            </ul>
            if let (Some(past), Some(to_past)) = (past, to_past) {
                <div class="tpc-actions">
                    <button type="button" class="tpc-button tpc-button--secondary" onclick={to_past}
                        aria-describedby="tpc-past-hint">
                        { fill_marked(w.see_past_rules, &[("date", date(lang, past))]) }
                    </button>
                    <p class="tpc-hint" id="tpc-past-hint">{ w.see_past_rules_hint }</p>
                </div>
            }
        </article>
    }
}
