//! Step 2: the draft's example cases, in the form of the legal claims (`[[claim]]`), run on every
//! change: green when the draft gives the outcome the case says, red with what differs.

use yew::prelude::*;

use super::PartProps;
use crate::flow::state::Lang;
use crate::flow::texts::fill;
use crate::flow::texts::workbench::workbench_texts;
use crate::workbench::state::Action;

#[function_component]
pub fn CasesView(props: &PartProps) -> Html {
    let bench = &props.model.0;
    let w = workbench_texts(props.lang);
    let nl = props.lang == Lang::Nl;
    let on_input = props.on_action.reform(|e: InputEvent| {
        let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
        Action::EditCases(area.value())
    });
    let count = |pass: bool| {
        bench
            .cases
            .iter()
            .filter(|c| matches!(&c.outcome, Some(r) if r.is_ok() == pass))
            .count()
    };
    let (passed, failed) = (count(true), count(false));
    let summary = if bench.cases.is_empty() {
        w.no_cases.to_string()
    } else if bench.checked.catalog.is_none() {
        fill(w.cases_waiting, &[("n", &bench.cases.len().to_string())])
    } else {
        fill(
            w.cases_result,
            &[("pass", &passed.to_string()), ("fail", &failed.to_string())],
        )
    };
    html! {
        <section class="tpc-bench__cases" aria-labelledby="tpc-bench-cases-title">
            <h2 id="tpc-bench-cases-title" class="tpc-bench__h2">{ w.cases_title }</h2>
            <p id="tpc-bench-cases-summary" class={classes!("tpc-bench__status", (failed > 0).then_some("tpc-bench__status--bad"))} role="status">
                { summary }
            </p>
            if let Some(problem) = &bench.cases_problem {
                <p class="tpc-error" id="tpc-bench-cases-error">{ if nl { &problem.nl } else { &problem.en } }</p>
            }
            <ul class="tpc-bench-cases" id="tpc-bench-case-list">
                { for bench.cases.iter().enumerate().map(|(i, c)| {
                    let (class, mark, why) = match &c.outcome {
                        Some(Ok(())) => ("tpc-bench-case--pass", w.case_pass, None),
                        Some(Err(f)) => ("tpc-bench-case--fail", w.case_fail, Some(if nl { f.nl.clone() } else { f.en.clone() })),
                        None => ("tpc-bench-case--wait", w.case_wait, None),
                    };
                    html! {
                        <li class={classes!("tpc-bench-case", class)} key={i}>
                            <span class="tpc-bench-case__mark">{ mark }</span>{ " " }
                            <span>{ if c.title.is_empty() { w.case_untitled } else { &c.title } }</span>
                            if let Some(why) = why { <p class="tpc-bench-case__why">{ why }</p> }
                        </li>
                    }
                }) }
            </ul>
            <details class="tpc-help tpc-no-print">
                <summary>{ w.cases_text }</summary>
                <label class="tpc-label" for="tpc-bench-cases">{ w.cases_label }</label>
                <textarea id="tpc-bench-cases" class="tpc-input tpc-textarea" rows="10" spellcheck="false"
                    value={bench.cases_text.clone()} oninput={on_input} />
            </details>
        </section>
    }
}
