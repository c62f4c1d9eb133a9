//! The places a draft leaves open (`{{uren per week}}`), each with a field: what is filled in
//! goes everywhere the place occurs, numbers and quoted texts alike. Shown while any is open.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::PartProps;
use crate::flow::texts::fill;
use crate::flow::texts::rule_builder::builder_texts;
use crate::workbench::state::Action;

#[function_component]
pub fn FillIn(props: &PartProps) -> Html {
    let bench = &props.model.0;
    let b = builder_texts(props.lang);
    let holes = &bench.checked.holes;
    if holes.is_empty() {
        return html! {};
    }
    let rows = holes.iter().enumerate().map(|(i, h)| {
        let id = format!("tpc-fill-{i}");
        let name = h.name.clone();
        let on_submit = props.on_action.reform(move |e: SubmitEvent| {
            e.prevent_default();
            let value = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|form| form.query_selector("input").ok().flatten())
                .and_then(|i| i.dyn_into::<web_sys::HtmlInputElement>().ok())
                .map(|i| i.value())
                .unwrap_or_default();
            Action::FillIn { name: name.clone(), value }
        });
        let lines = h.lines.iter().map(|l| l.to_string()).collect::<Vec<_>>().join(", ");
        let problem = bench
            .fill_problem
            .as_ref()
            .filter(|(n, _)| *n == h.name)
            .map(|_| if h.number { b.fill_number } else { b.fill_text });
        let error_id = format!("{id}-error");
        html! {
            <li key={h.name.clone()}>
                <form class="tpc-fill__row" onsubmit={on_submit}>
                    <label class="tpc-label" for={id.clone()}>
                        { h.name.clone() }
                        <span class="tpc-hint">{ " · " }{ fill(b.fill_lines, &[("lines", &lines)]) }</span>
                    </label>
                    <input id={id} class="tpc-input" type="text" inputmode={h.number.then_some("decimal")}
                        aria-invalid={problem.is_some().then_some("true")}
                        aria-describedby={problem.is_some().then(|| error_id.clone())} />
                    <button type="submit" class="tpc-button tpc-button--secondary">{ b.fill_button }</button>
                    if let Some(p) = problem { <p id={error_id} class="tpc-error">{ p }</p> }
                </form>
            </li>
        }
    });
    html! {
        <section id="tpc-fill" class="tpc-bench-form tpc-no-print" aria-labelledby="tpc-fill-title">
            <h3 id="tpc-fill-title" class="tpc-bench__h3">{ b.fill_title }</h3>
            <p class="tpc-hint">{ fill(b.fill_hint, &[("n", &holes.len().to_string())]) }</p>
            <ul class="tpc-fill">{ for rows }</ul>
        </section>
    }
}
