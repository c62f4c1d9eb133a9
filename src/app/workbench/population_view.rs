//! Who the comparison runs over: a population made up here with chosen shares (one per answer
//! of the schema), or the municipality's own caseload file (CSV), read on this device in steps
//! so the page stays responsive. Bad rows are listed with their row number; the rest count.

use std::rc::Rc;

use yew::prelude::*;

use super::PartProps;
use crate::app::files;
use crate::caseload_file;
use crate::facts::{Fact, Kind};
use crate::flow::questions::Field;
use crate::flow::state::Lang;
use crate::flow::texts::workbench::{workbench_texts, WorkbenchTexts};
use crate::flow::texts::{fill, t};
use crate::number;
use crate::workbench::population::Mix;
use crate::workbench::state::{Action, Population};

/// Rows read between two pauses that let the page paint.
const ROWS_PER_STEP: usize = 20_000;
/// The largest caseload file read.
const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

fn label(lang: Lang, fact: Fact) -> &'static str {
    t(lang).field_label(Field::Fact(fact))
}

fn percent_input(id: String, value: u8, label: String, on: Callback<u8>) -> Html {
    let on_change = Callback::from(move |e: Event| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        if let Some(v) = number::parse(input.value().trim()) {
            on.emit(v.clamp(0.0, 100.0).round() as u8);
        }
    });
    html! {
        <input id={id} class="tpc-input tpc-input--number tpc-bench-share__percent" type="text" inputmode="numeric"
            value={value.to_string()} aria-label={label} onchange={on_change} />
    }
}

fn share_row(lang: Lang, fact: Fact, mix: &Mix, on_action: &Callback<Action>) -> Html {
    let w = workbench_texts(lang);
    let name = label(lang, fact);
    let key = fact.key();
    let id = format!("tpc-bench-share-{key}");
    let cell = match mix.clone() {
        Mix::Yes(p) => {
            let on = on_action.reform(move |p| Action::SetShare(fact, Mix::Yes(p)));
            html! { <>{ percent_input(id, p, fill(w.share_yes, &[("name", name)]), on) }{ w.yes_suffix }</> }
        }
        Mix::Number { percent, lo, hi } => {
            let on = on_action
                .reform(move |p| Action::SetShare(fact, Mix::Number { percent: p, lo, hi }));
            let range = |max: bool| {
                let on_action = on_action.clone();
                Callback::from(move |e: Event| {
                    let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                    if let Some(v) = number::parse(input.value().trim()) {
                        let (lo, hi) = if max { (lo, v) } else { (v, hi) };
                        on_action.emit(Action::SetShare(fact, Mix::Number { percent, lo, hi }));
                    }
                })
            };
            html! { <>
                { percent_input(id, percent, fill(w.share_value, &[("name", name)]), on) }{ w.value_suffix }
                <input class="tpc-input tpc-input--number tpc-bench-share__range" type="text" inputmode="decimal"
                    aria-label={format!("{name}: {}", w.from.trim())} value={number::format(lo, ',')} onchange={range(false)} />
                { w.until }
                <input class="tpc-input tpc-input--number tpc-bench-share__range" type="text" inputmode="decimal"
                    aria-label={format!("{name}: {}", w.to.trim())} value={number::format(hi, ',')} onchange={range(true)} />
            </> }
        }
        Mix::Options(percents) => {
            let Kind::Choice(options) = fact.kind() else {
                return html! {};
            };
            html! { <> { for options.iter().enumerate().map(|(i, option)| {
                let current = percents.get(i).copied().unwrap_or(0);
                let all = percents.clone();
                let on = on_action.reform(move |p| {
                    let mut next = all.clone();
                    if let Some(slot) = next.get_mut(i) { *slot = p; }
                    Action::SetShare(fact, Mix::Options(next))
                });
                let text = t(lang).option_label(Field::Fact(fact), option).unwrap_or(option);
                html! { <span class="tpc-bench-share__option">
                    { percent_input(format!("{id}-{option}"), current, format!("{name}: procent {text}"), on) }
                    { format!(" % {text}") }
                </span> }
            }) } </> }
        }
    };
    html! {
        <li class="tpc-bench-share" key={key}>
            <span class="tpc-bench-share__name">{ name }</span>
            <span class="tpc-bench-share__mix">{ cell }</span>
        </li>
    }
}

#[derive(Clone, PartialEq)]
enum Reading {
    Idle,
    Busy(u64),
    Done { rows: u64, millis: f64 },
    TooLarge(u64),
    Unreadable,
    File(caseload_file::FileError),
}

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

#[function_component]
pub fn PopulationView(props: &PartProps) -> Html {
    let bench = &props.model.0;
    let lang = props.lang;
    let w = workbench_texts(lang);
    let nl = lang == Lang::Nl;
    let reading = use_state(|| Reading::Idle);
    let url = use_mut_ref(|| None::<gloo_file::ObjectUrl>);
    let synthetic = matches!(bench.population, Population::Synthetic { .. });
    let use_synthetic = props.on_action.reform(|_: Event| Action::UseSynthetic);
    let template = {
        let place = props.place.clone();
        let bench = props.model.0.clone();
        Callback::from(move |_: MouseEvent| {
            let people =
                crate::workbench::population::Shares::default().generate(20, 7, bench.today);
            let text = caseload_file::write(&people);
            let _ = files::download(
                &place,
                "klantenbestand-voorbeeld.csv",
                "text/csv",
                &text,
                &url,
            );
        })
    };
    let choose = files::chooser::<MouseEvent>(&props.place, "tpc-bench-file");
    let opened = {
        let reading = reading.clone();
        let on_action = props.on_action.clone();
        let today = bench.today;
        Callback::from(move |e: Event| {
            let Some(file) = files::chosen(&e) else {
                return;
            };
            let reading = reading.clone();
            let on_action = on_action.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if file.size() > MAX_FILE_BYTES {
                    reading.set(Reading::TooLarge(file.size() / 1_048_576));
                    return;
                }
                let started = now();
                reading.set(Reading::Busy(0));
                let Ok(bytes) = gloo_file::futures::read_as_bytes(&file).await else {
                    reading.set(Reading::Unreadable);
                    return;
                };
                let rows = match caseload_file::read(std::io::Cursor::new(bytes), today) {
                    Ok(rows) => rows,
                    Err(e) => {
                        reading.set(Reading::File(e));
                        return;
                    }
                };
                let mut people = Vec::new();
                let mut rejected = Vec::new();
                let mut rejected_count = 0u64;
                let mut rows = rows.peekable();
                let mut read = 0u64;
                while rows.peek().is_some() {
                    for row in rows.by_ref().take(ROWS_PER_STEP) {
                        read += 1;
                        match row {
                            Ok(p) => people.push((p.row, p.id, p.answers)),
                            Err(e) => {
                                rejected_count += 1;
                                if rejected.len() < 1000 {
                                    rejected.push(e);
                                }
                            }
                        }
                    }
                    reading.set(Reading::Busy(read));
                    gloo_timers::future::TimeoutFuture::new(0).await;
                }
                on_action.emit(Action::UseFile(Population::File {
                    name: file.name(),
                    people: Rc::new(people),
                    rejected: Rc::new(rejected),
                    rejected_count,
                }));
                reading.set(Reading::Done {
                    rows: read,
                    millis: now() - started,
                });
            });
        })
    };
    let status = match &*reading {
        Reading::Idle => String::new(),
        Reading::Busy(n) => fill(w.reading, &[("n", &thousands(lang, *n))]),
        Reading::Done { rows, millis } => fill(
            w.read_done,
            &[
                ("n", &thousands(lang, *rows)),
                (
                    "s",
                    &number::format((millis / 100.0).round() / 10.0, if nl { ',' } else { '.' }),
                ),
            ],
        ),
        Reading::TooLarge(mb) => fill(
            w.too_large,
            &[
                ("mb", &mb.to_string()),
                ("max", &(MAX_FILE_BYTES / 1_048_576).to_string()),
            ],
        ),
        Reading::Unreadable => w.unreadable.to_string(),
        Reading::File(e) if nl => e.nl(),
        Reading::File(e) => e.to_string(),
    };
    let failed = matches!(
        *reading,
        Reading::TooLarge(_) | Reading::Unreadable | Reading::File(_)
    );
    let body = match &bench.population {
        Population::Synthetic { shares, size, .. } => {
            let on_size = props.on_action.reform(|e: Event| {
                let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                let n = number::parse(&input.value().replace('.', "")).unwrap_or(0.0);
                Action::SetSize(n.max(1.0) as usize)
            });
            let on_reseed = props.on_action.reform(|_: MouseEvent| Action::Reseed);
            let (lo, hi) = shares.age;
            let ages = |which: bool| {
                props.on_action.reform(move |e: Event| {
                    let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                    let v = number::parse(input.value().trim())
                        .unwrap_or(18.0)
                        .clamp(0.0, 130.0) as u8;
                    if which {
                        Action::SetAges(lo, v)
                    } else {
                        Action::SetAges(v, hi)
                    }
                })
            };
            html! {
                <div class="tpc-bench-synthetic">
                    <div class="tpc-bench-field">
                        <label class="tpc-label" for="tpc-bench-size">{ w.size }</label>
                        <input id="tpc-bench-size" class="tpc-input tpc-input--number" type="text" inputmode="numeric"
                            value={size.to_string()} onchange={on_size} />
                    </div>
                    <div class="tpc-bench-field">
                        <span class="tpc-label" id="tpc-bench-ages-label">{ w.age }</span>
                        <span>
                            { w.from }<input class="tpc-input tpc-input--number tpc-bench-share__range" type="text" inputmode="numeric"
                                aria-label={w.age_from} value={lo.to_string()} onchange={ages(false)} />
                            { w.to }<input class="tpc-input tpc-input--number tpc-bench-share__range" type="text" inputmode="numeric"
                                aria-label={w.age_to} value={hi.to_string()} onchange={ages(true)} />
                            { w.years }
                        </span>
                    </div>
                    <button type="button" class="tpc-button tpc-button--secondary" onclick={on_reseed}>{ w.reseed }</button>
                    <details class="tpc-help">
                        <summary>{ w.shares }</summary>
                        <ul class="tpc-bench-shares">
                            { for shares.facts.iter().map(|s| share_row(lang, s.fact, &s.mix, &props.on_action)) }
                        </ul>
                    </details>
                </div>
            }
        }
        Population::File {
            name,
            people,
            rejected,
            rejected_count,
        } => html! {
            <div class="tpc-bench-file">
                <p>{ fill(w.file_counted, &[("name", name), ("n", &thousands(lang, people.len() as u64))]) }</p>
                if *rejected_count > 0 {
                    <p class="tpc-error" id="tpc-bench-rejected-count">
                        { fill(w.rejected, &[("n", &thousands(lang, *rejected_count))]) }
                    </p>
                    <ul class="tpc-bench-rejected" id="tpc-bench-rejected">
                        { for rejected.iter().take(50).map(|e| html! {
                            <li>{ rejected_row(w, nl, e) }</li>
                        }) }
                    </ul>
                    if *rejected_count > 50 {
                        <p class="tpc-hint">{ fill(w.more_rejected, &[("n", &thousands(lang, rejected_count - 50))]) }</p>
                    }
                }
            </div>
        },
    };
    html! {
        <div class="tpc-bench-population tpc-no-print">
            <fieldset class="tpc-bench-source">
                <legend>{ w.who_title }</legend>
                <label class="tpc-bench-radio">
                    <input type="radio" name="tpc-bench-source" id="tpc-bench-source-synthetic" checked={synthetic} onchange={use_synthetic} />
                    { " " }{ w.synthetic }
                </label>
                <div class="tpc-bench-radio">
                    <button type="button" id="tpc-bench-open-csv" class="tpc-button tpc-button--secondary" onclick={choose}>
                        { w.open_csv }
                    </button>
                    <button type="button" id="tpc-bench-template" class="tpc-link-button" onclick={template}>
                        { w.template }
                    </button>
                    <input type="file" id="tpc-bench-file" hidden=true tabindex="-1" accept=".csv,text/csv,text/plain" onchange={opened} />
                </div>
                <p class="tpc-hint">{ w.privacy }</p>
            </fieldset>
            <p id="tpc-bench-reading" class={classes!("tpc-bench__status", failed.then_some("tpc-bench__status--bad"))} role="status">{ status }</p>
            { body }
        </div>
    }
}

/// "Rij 3, kolom age: moet …"
fn rejected_row(w: &WorkbenchTexts, nl: bool, e: &caseload_file::RowError) -> String {
    let mut out = fill(w.row, &[("row", &e.row.to_string())]);
    if !e.field.is_empty() {
        out.push_str(&fill(w.column, &[("field", &e.field)]));
    }
    out.push_str(": ");
    out.push_str(if nl { &e.nl } else { &e.message });
    out
}

/// 100000 as "100.000" in Dutch, "100,000" in English.
pub fn thousands(lang: Lang, n: u64) -> String {
    let mark = match lang {
        Lang::Nl => '.',
        _ => ',',
    };
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(mark);
        }
        out.push(c);
    }
    out
}
