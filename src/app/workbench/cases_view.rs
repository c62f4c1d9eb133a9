//! Step 2: the draft's example cases, in the form of the legal claims (`[[claim]]`), run on every
//! change: green when the draft gives the outcome the case says, red with what differs.

use yew::prelude::*;

use super::PartProps;
use crate::workbench::state::Action;

#[function_component]
pub fn CasesView(props: &PartProps) -> Html {
    let bench = &props.model.0;
    let on_input = props.on_action.reform(|e: InputEvent| {
        let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
        Action::EditCases(area.value())
    });
    let passed = bench
        .cases
        .iter()
        .filter(|c| matches!(c.outcome, Some(Ok(()))))
        .count();
    let failed = bench
        .cases
        .iter()
        .filter(|c| matches!(c.outcome, Some(Err(_))))
        .count();
    let summary = if bench.cases.is_empty() {
        "Nog geen testgevallen. Maak er een met de knop ‘Maak testgeval’ bij een voorbeeld hieronder, of schrijf er een.".to_string()
    } else if bench.checked.catalog.is_none() {
        format!(
            "{} testgevallen wachten: het concept heeft nog problemen.",
            bench.cases.len()
        )
    } else {
        format!("{passed} goed, {failed} fout")
    };
    html! {
        <section class="tpc-bench__cases" aria-labelledby="tpc-bench-cases-title">
            <h2 id="tpc-bench-cases-title" class="tpc-bench__h2">{ "2. Test met voorbeelden" }</h2>
            <p id="tpc-bench-cases-summary" class={classes!("tpc-bench__status", (failed > 0).then_some("tpc-bench__status--bad"))} role="status">
                { summary }
            </p>
            if let Some(problem) = &bench.cases_problem {
                <p class="tpc-error" id="tpc-bench-cases-error">{ &problem.nl }</p>
            }
            <ul class="tpc-bench-cases" id="tpc-bench-case-list">
                { for bench.cases.iter().enumerate().map(|(i, c)| {
                    let (class, mark, why) = match &c.outcome {
                        Some(Ok(())) => ("tpc-bench-case--pass", "Goed", None),
                        Some(Err(f)) => ("tpc-bench-case--fail", "Fout", Some(f.nl.clone())),
                        None => ("tpc-bench-case--wait", "Wacht", None),
                    };
                    html! {
                        <li class={classes!("tpc-bench-case", class)} key={i}>
                            <span class="tpc-bench-case__mark">{ mark }</span>{ " " }
                            <span>{ if c.title.is_empty() { "(zonder says)" } else { &c.title } }</span>
                            if let Some(why) = why { <p class="tpc-bench-case__why">{ why }</p> }
                        </li>
                    }
                }) }
            </ul>
            <details class="tpc-help tpc-no-print">
                <summary>{ "Testgevallen als tekst" }</summary>
                <label class="tpc-label" for="tpc-bench-cases">{ "Testgevallen (TOML, zoals tests/claims)" }</label>
                <textarea id="tpc-bench-cases" class="tpc-input tpc-textarea" rows="10" spellcheck="false"
                    value={bench.cases_text.clone()} oninput={on_input} />
            </details>
        </section>
    }
}
