//! Step 1: the draft. Start from a bundled ordinance or the empty template, edit it in the quick
//! form or as text (TOML or JSON); every change goes through the door, and each problem is
//! listed in Dutch with the line it is on (a button that selects that line).

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::fill_in::FillIn;
use super::quick_form::QuickForm;
use super::rule_builder::RuleBuilder;
use super::{ordinance_options, PartProps};
use crate::flow::texts::fill;
use crate::flow::texts::workbench::{workbench_texts, WorkbenchTexts};
use crate::workbench::state::Action;
use crate::workbench::{Format, Located};

/// Selects line `line` (1-based) of the draft's text area and scrolls it into view.
fn select_line(place: &crate::app::place::Place, text: &str, line: usize) {
    let Some(area) = place
        .root
        .query_selector("#tpc-bench-text")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    else {
        return;
    };
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(|l| l.encode_utf16().count())
        .sum();
    let len = text
        .split_inclusive('\n')
        .nth(line.saturating_sub(1))
        .map_or(0, |l| l.trim_end_matches('\n').encode_utf16().count());
    let _ = area.focus();
    let _ = area.set_selection_range(start as u32, (start + len) as u32);
    let lines = text.lines().count().max(1) as i32;
    let per_line = area.scroll_height() / lines;
    area.set_scroll_top((per_line * (line as i32 - 3)).max(0));
}

fn problem_item(
    w: &WorkbenchTexts,
    nl: bool,
    p: &Located,
    i: usize,
    on_line: &Callback<usize>,
) -> Html {
    let at = p.line.map(|line| {
        let on_line = on_line.clone();
        html! {
            <button type="button" class="tpc-link-button tpc-bench-problem__line"
                onclick={Callback::from(move |_: MouseEvent| on_line.emit(line))}>
                { fill(w.line, &[("n", &line.to_string())]) }
            </button>
        }
    });
    let place = if p.place.is_empty() {
        String::new()
    } else if p.field.is_empty() {
        p.place.clone()
    } else {
        format!("{} · {}", p.place, p.field)
    };
    html! {
        <li class="tpc-bench-problem" key={i}>
            { for at }
            if !place.is_empty() { <span class="tpc-bench-problem__place">{ place }</span> }
            <span class="tpc-bench-problem__text">{ if nl { &p.nl } else { &p.en } }</span>
        </li>
    }
}

#[function_component]
pub fn Editor(props: &PartProps) -> Html {
    let bench = &props.model.0;
    let checked = &bench.checked;
    let w = workbench_texts(props.lang);
    let nl = props.lang == crate::flow::state::Lang::Nl;
    let on_input = props.on_action.reform(|e: InputEvent| {
        let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
        Action::Edit(area.value())
    });
    let on_start = props.on_action.reform(|e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        Action::StartFrom(select.value())
    });
    let on_empty = props.on_action.reform(|_: MouseEvent| Action::StartEmpty);
    let on_skeleton = props
        .on_action
        .reform(|_: MouseEvent| Action::StartSkeleton);
    let on_line = {
        let place = props.place.clone();
        let text = bench.text.clone();
        Callback::from(move |line: usize| select_line(&place, &text, line))
    };
    let format = match checked.format {
        Format::Json => "JSON",
        Format::Toml => "TOML",
    };
    // The places still open are listed with their fields (`FillIn`), not again as problems.
    let listed: Vec<(usize, &Located)> = checked
        .problems
        .iter()
        .enumerate()
        .filter(|(_, p)| !p.field.starts_with("{{"))
        .collect();
    let n = checked.problems.len();
    let open = checked.holes.len();
    let status = match (n, open) {
        (0, _) => w.draft_ok.to_string(),
        (_, 1..) => fill(
            crate::flow::texts::rule_builder::builder_texts(props.lang).fill_status,
            &[("n", &open.to_string())],
        ),
        (1, _) => w.one_problem.to_string(),
        _ => fill(w.problems, &[("n", &n.to_string())]),
    };
    html! {
        <section class="tpc-bench__editor" aria-labelledby="tpc-bench-editor-title">
            <h2 id="tpc-bench-editor-title" class="tpc-bench__h2">{ w.write_title }</h2>
            <div class="tpc-bench__start tpc-no-print">
                <label class="tpc-label" for="tpc-bench-start">{ w.start_with }</label>
                <select id="tpc-bench-start" class="tpc-select" onchange={on_start}>
                    { ordinance_options(bench, &bench.current) }
                </select>
                <button type="button" id="tpc-bench-empty" class="tpc-button tpc-button--secondary" onclick={on_empty}>
                    { w.start_empty }
                </button>
                <button type="button" id="tpc-bench-skeleton" class="tpc-button tpc-button--secondary" onclick={on_skeleton}>
                    { crate::flow::texts::rule_builder::builder_texts(props.lang).start_skeleton }
                </button>
            </div>
            <div id="tpc-bench-status" class={classes!("tpc-bench__status", (n > 0).then_some("tpc-bench__status--bad"))} role="status">
                { status }
            </div>
            if !listed.is_empty() {
                <ul id="tpc-bench-problems" class="tpc-bench-problems" aria-label={w.problems_label}>
                    { for listed.iter().map(|(i, p)| problem_item(w, nl, p, *i, &on_line)) }
                </ul>
            }
            <FillIn ..props.clone() />
            <QuickForm ..props.clone() />
            <RuleBuilder ..props.clone() />
            <label class="tpc-label" for="tpc-bench-text">{ fill(w.text_label, &[("format", format)]) }</label>
            <p id="tpc-bench-text-hint" class="tpc-hint">
                { w.text_hint }
            </p>
            <textarea id="tpc-bench-text" class="tpc-input tpc-textarea tpc-bench__text" rows="24"
                spellcheck="false" aria-describedby="tpc-bench-text-hint tpc-bench-status"
                value={bench.text.clone()} oninput={on_input} />
        </section>
    }
}
