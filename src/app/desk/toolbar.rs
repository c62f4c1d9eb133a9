//! The desk's actions: print the record, copy it as text, save and open an intake file, start
//! a new intake (with a way back). Every outcome is said in the status line.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::Model;
use crate::app::place::Place;
use crate::app::{browser, files};
use crate::flow::desk::{Desk, DeskAction};
use crate::flow::intake;
use crate::flow::texts::desk::desk_texts;
use crate::flow::texts::fill;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub model: Rc<Model>,
    pub on_action: Callback<DeskAction>,
    pub place: Place,
    /// The record as text.
    pub text: String,
}

#[derive(Clone, PartialEq)]
enum Notice {
    None,
    Copied,
    CopyFailed,
    Saved,
    SaveBlocked(usize),
    Opened,
    OpenFailed(String),
    Cleared(Box<Desk>),
}

fn element<T: JsCast>(place: &Place, id: &str) -> Option<T> {
    place
        .root
        .query_selector(&format!("#{id}"))
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<T>().ok())
}

#[function_component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let desk = &props.model.desk;
    let env = &props.model.env;
    let w = desk_texts(desk.lang);
    let notice = use_state(|| Notice::None);
    let url = use_mut_ref(|| None::<gloo_file::ObjectUrl>);
    let print = {
        let place = props.place.clone();
        Callback::from(move |_: MouseEvent| place.print())
    };
    let copy = {
        let notice = notice.clone();
        let text = props.text.clone();
        let place = props.place.clone();
        Callback::from(move |_: MouseEvent| {
            let notice = notice.clone();
            let text = text.clone();
            let place = place.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if browser::copy(&text).await {
                    notice.set(Notice::Copied);
                } else {
                    notice.set(Notice::CopyFailed);
                    if let Some(details) =
                        element::<web_sys::Element>(&place, "tpc-desk-text-details")
                    {
                        let _ = details.set_attribute("open", "");
                    }
                    place.select("tpc-desk-text");
                }
            });
        })
    };
    let save = {
        let notice = notice.clone();
        let model = props.model.clone();
        let place = props.place.clone();
        Callback::from(
            move |_: MouseEvent| match intake::write(&model.desk, &model.env) {
                Ok(text) => {
                    let name = format!("intake-{}.json", model.desk.reference(&model.env).iso());
                    if files::download(&place, &name, "application/json", &text, &url) {
                        notice.set(Notice::Saved);
                    }
                }
                Err(problems) => notice.set(Notice::SaveBlocked(problems.len())),
            },
        )
    };
    let choose = files::chooser::<MouseEvent>(&props.place, "tpc-desk-file");
    let opened = {
        let notice = notice.clone();
        let on_action = props.on_action.clone();
        let env = env.clone();
        let lang = desk.lang;
        Callback::from(move |e: Event| {
            let Some(file) = files::chosen(&e) else {
                return;
            };
            let notice = notice.clone();
            let on_action = on_action.clone();
            let env = env.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let w = desk_texts(lang);
                if file.size() > intake::MAX_BYTES as u64 {
                    notice.set(Notice::OpenFailed((w.intake_error)(
                        &intake::IntakeError::TooLarge(file.size() as usize),
                    )));
                    return;
                }
                match gloo_file::futures::read_as_text(&file).await {
                    Ok(text) => match intake::read(&text, &env, lang) {
                        Ok(desk) => {
                            on_action.emit(DeskAction::Open(Box::new(desk)));
                            notice.set(Notice::Opened);
                        }
                        Err(e) => notice.set(Notice::OpenFailed((w.intake_error)(&e))),
                    },
                    Err(_) => notice.set(Notice::OpenFailed((w.intake_error)(
                        &intake::IntakeError::NotAnIntake,
                    ))),
                }
            });
        })
    };
    let new = {
        let notice = notice.clone();
        let on_action = props.on_action.clone();
        let model = props.model.clone();
        let place = props.place.clone();
        Callback::from(move |_: MouseEvent| {
            notice.set(Notice::Cleared(Box::new(model.desk.clone())));
            on_action.emit(DeskAction::New);
            place.focus("tpc-desk-municipality");
        })
    };
    let undo = {
        let notice = notice.clone();
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            if let Notice::Cleared(desk) = &*notice {
                on_action.emit(DeskAction::Open(desk.clone()));
                notice.set(Notice::None);
            }
        })
    };
    let undo_label = match desk.lang {
        crate::flow::state::Lang::Nl => "Zet terug",
        _ => "Undo",
    };
    let (message, alert) = match &*notice {
        Notice::None => (String::new(), false),
        Notice::Copied => (w.copied.to_string(), false),
        Notice::CopyFailed => (w.copy_failed.to_string(), true),
        Notice::Saved => (w.saved.to_string(), false),
        Notice::SaveBlocked(n) => (fill(w.save_blocked, &[("n", &n.to_string())]), true),
        Notice::Opened => (w.opened.to_string(), false),
        Notice::OpenFailed(m) => (m.clone(), true),
        Notice::Cleared(_) => (w.cleared.to_string(), false),
    };
    html! {
        <section class="tpc-desk__actions tpc-no-print" aria-label={w.print}>
            <div class="tpc-actions">
                <button type="button" id="tpc-desk-print" class="tpc-button tpc-button--primary" onclick={print}>{ w.print }</button>
                <button type="button" id="tpc-desk-copy" class="tpc-button tpc-button--secondary" onclick={copy}>{ w.copy }</button>
                <button type="button" id="tpc-desk-save" class="tpc-button tpc-button--secondary" onclick={save}>{ w.save }</button>
                <button type="button" id="tpc-desk-open" class="tpc-button tpc-button--secondary" onclick={choose}>{ w.open }</button>
                <input type="file" id="tpc-desk-file" hidden=true tabindex="-1" accept=".json,application/json" onchange={opened} />
                <button type="button" id="tpc-desk-new" class="tpc-button tpc-button--secondary" onclick={new}>{ w.new }</button>
            </div>
            <div class={classes!("tpc-desk__notice", alert.then_some("tpc-error"))} role="status">
                { message }
                if matches!(*notice, Notice::Cleared(_)) {
                    { " " }<button type="button" class="tpc-link-button" onclick={undo}>{ undo_label }</button>
                }
            </div>
            <details id="tpc-desk-text-details" class="tpc-help">
                <summary>{ w.text_label }</summary>
                <textarea id="tpc-desk-text" class="tpc-input tpc-textarea" readonly=true rows="12"
                    aria-label={w.text_label} value={props.text.clone()} />
            </details>
        </section>
    }
}
