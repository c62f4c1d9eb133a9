//! The screen while the chosen municipality's rules are on their way, and when they could not be
//! had: nothing is decided before they are here, and every answer is kept.

use yew::prelude::*;

use super::check::HEADING_ID;
use super::dutch_words::{dutch, fill_marked};
use crate::flow::session::Step;
use crate::flow::state::{Env, State};
use crate::flow::texts::day::day_texts;
use crate::flow::texts::t;

/// Loading (`failed` false) or failed, for the municipality `state` names.
pub fn rules_coming(state: &State, env: &Env, failed: bool, on_step: &Callback<Step>) -> Html {
    let lang = state.lang;
    let c = t(lang);
    let name = state
        .municipality(env)
        .and_then(|id| env.catalog.municipality(id))
        .map(|(m, _)| dutch(lang, &m.name))
        .unwrap_or_default();
    if !failed {
        return html! {
            <div class="tpc-rules-coming" role="status">
                <h1 id={HEADING_ID} class="tpc-heading" tabindex="-1">
                    { fill_marked(c.rules_loading, &[("name", name)]) }
                </h1>
            </div>
        };
    }
    let retry = on_step.reform(|_: MouseEvent| Step::Retry);
    let other = on_step.reform(|_: MouseEvent| Step::ChooseAnother);
    html! {
        <div class="tpc-rules-coming" role="alert">
            <h1 id={HEADING_ID} class="tpc-heading" tabindex="-1">
                { fill_marked(c.rules_failed_title, &[("name", name)]) }
            </h1>
            <p>{ c.rules_failed }</p>
            <div class="tpc-actions">
                <button type="button" class="tpc-button tpc-button--primary" onclick={retry}>
                    { c.rules_retry }
                </button>
                if !state.fixed {
                    <button type="button" class="tpc-button tpc-button--secondary" onclick={other}>
                        { day_texts(lang).choose_municipality }
                    </button>
                }
            </div>
        </div>
    }
}
