//! Step 4: take the work along. The validated draft as the JSON file the embedded widget loads
//! (`ordinance="…"`), the cases, the comparison as CSV and as a printed report; and open an
//! ordinance file (JSON or TOML) to go on with it.

use yew::prelude::*;

use super::PartProps;
use crate::app::files;
use crate::flow::texts::fill;
use crate::flow::texts::workbench::workbench_texts;
use crate::workbench::state::Action;
use crate::workbench::{tally, to_json};

/// The largest ordinance file opened.
const MAX_ORDINANCE_BYTES: u64 = 4 * 1024 * 1024;

#[function_component]
pub fn Export(props: &PartProps) -> Html {
    let bench = &props.model.0;
    let w = workbench_texts(props.lang);
    let notice = use_state(String::new);
    let url = use_mut_ref(|| None::<gloo_file::ObjectUrl>);
    let valid = bench.checked.catalog.is_some();
    let id = bench
        .checked
        .ordinance
        .as_ref()
        .map(|o| o.id.clone())
        .unwrap_or_default();
    let save_ordinance = {
        let place = props.place.clone();
        let ordinance = bench.checked.ordinance.clone();
        let notice = notice.clone();
        let url = url.clone();
        let id = id.clone();
        Callback::from(move |_: MouseEvent| {
            if let (true, Some(o)) = (valid, ordinance.as_ref()) {
                if files::download(
                    &place,
                    &format!("{id}.json"),
                    "application/json",
                    &to_json(o),
                    &url,
                ) {
                    notice.set(fill(w.saved_ordinance, &[("file", &format!("{id}.json"))]));
                }
            }
        })
    };
    let save_cases = {
        let place = props.place.clone();
        let text = bench.cases_text.clone();
        let notice = notice.clone();
        let url = url.clone();
        let id = id.clone();
        Callback::from(move |_: MouseEvent| {
            if files::download(
                &place,
                &format!("{id}-testgevallen.toml"),
                "application/toml",
                &text,
                &url,
            ) {
                notice.set(w.saved_cases.into());
            }
        })
    };
    let save_csv = {
        let place = props.place.clone();
        let report = bench.report.clone();
        let notice = notice.clone();
        let url = url.clone();
        let id = id.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(r) = report.as_ref() {
                if files::download(
                    &place,
                    &format!("{id}-vergelijking.csv"),
                    "text/csv",
                    &tally::to_csv(r),
                    &url,
                ) {
                    notice.set(w.saved_csv.into());
                }
            }
        })
    };
    let print = {
        let place = props.place.clone();
        Callback::from(move |_: MouseEvent| place.print())
    };
    let choose = files::chooser::<MouseEvent>(&props.place, "tpc-bench-open-file");
    let opened = {
        let notice = notice.clone();
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            let Some(file) = files::chosen(&e) else {
                return;
            };
            let notice = notice.clone();
            let on_action = on_action.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if file.size() > MAX_ORDINANCE_BYTES {
                    notice.set(w.open_too_large.into());
                    return;
                }
                match gloo_file::futures::read_as_text(&file).await {
                    Ok(text) => {
                        on_action.emit(Action::Edit(text));
                        notice.set(fill(w.opened, &[("name", &file.name())]));
                    }
                    Err(_) => notice.set(w.open_not_text.into()),
                }
            });
        })
    };
    html! {
        <section class="tpc-bench__export tpc-no-print" aria-labelledby="tpc-bench-export-title">
            <h2 id="tpc-bench-export-title" class="tpc-bench__h2">{ w.save_title }</h2>
            <div class="tpc-actions tpc-bench-actions">
                <button type="button" id="tpc-bench-save" class="tpc-button tpc-button--primary" onclick={save_ordinance}
                    disabled={!valid} aria-describedby={(!valid).then_some("tpc-bench-save-why")}>
                    { w.save_ordinance }
                </button>
                <button type="button" id="tpc-bench-save-csv" class="tpc-button tpc-button--secondary" onclick={save_csv} disabled={bench.report.is_none()}>
                    { w.save_csv }
                </button>
                <button type="button" id="tpc-bench-print" class="tpc-button tpc-button--secondary" onclick={print} disabled={bench.report.is_none()}>
                    { w.print }
                </button>
                <button type="button" id="tpc-bench-save-cases" class="tpc-button tpc-button--secondary" onclick={save_cases} disabled={bench.cases_text.trim().is_empty()}>
                    { w.save_cases }
                </button>
                <button type="button" id="tpc-bench-open" class="tpc-button tpc-button--secondary" onclick={choose}>
                    { w.open_ordinance }
                </button>
                <input type="file" id="tpc-bench-open-file" hidden=true tabindex="-1" accept=".json,.toml,application/json,text/plain" onchange={opened} />
            </div>
            if !valid {
                <p id="tpc-bench-save-why" class="tpc-hint">{ w.save_why }</p>
            }
            <p id="tpc-bench-notice" class="tpc-bench__notice" role="status">{ (*notice).clone() }</p>
        </section>
    }
}
