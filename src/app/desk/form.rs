//! The desk's form: the municipalities, the dates, every question grouped as an intake
//! conversation runs (moot ones kept, disabled, with the reason), and the note.

use std::rc::Rc;

use yew::prelude::*;

use super::Model;
use crate::facts::Fact;
use crate::flow::desk::{DeskAction, Row, MAX_COLUMNS, MAX_NOTE};
use crate::flow::questions::{Field, Input, Question};
use crate::flow::state::{Lang, Problem};
use crate::flow::texts::desk::{desk_texts, DeskTexts};
use crate::flow::texts::{fill, problem_text, t, unit};
use crate::model::{Detail, Municipality, Ordinance};
use crate::search::Index;

#[derive(Properties, PartialEq)]
pub struct DeskFormProps {
    pub model: Rc<Model>,
    pub on_action: Callback<DeskAction>,
}

pub fn field_id(field: Field) -> String {
    format!("tpc-desk-{}", field.key().replace('_', "-"))
}

fn error_id(field: Field) -> String {
    format!("{}-error", field_id(field))
}

fn problem_words(lang: Lang, w: &DeskTexts, field: Field, p: Problem) -> &'static str {
    match (field, p) {
        (Field::Fact(Fact::BirthDate), Problem::OutOfRange { .. }) => w.birth_after,
        (Field::Fact(Fact::BirthDate | Fact::Date), _) => w.bad_date,
        _ => problem_text(lang, field, p),
    }
}

fn error(lang: Lang, field: Field, message: Option<&str>) -> Html {
    match message {
        Some(m) => html! {
            <p class="tpc-error" id={error_id(field)}>
                <span class="tpc-visually-hidden">{ t(lang).error_prefix }{ " " }</span>{ m }
            </p>
        },
        None => html! {},
    }
}

/// A text input for a date, as typed in Dutch notation.
fn date_input(
    label: &str,
    id: String,
    value: String,
    message: Option<&str>,
    lang: Lang,
    oninput: Callback<InputEvent>,
) -> Html {
    let w = desk_texts(lang);
    let hint = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = match message {
        Some(_) => format!("{hint} {error_id}"),
        None => hint.clone(),
    };
    html! {
        <div class={classes!("tpc-desk-field", message.map(|_| "tpc-field--invalid"))}>
            <label class="tpc-label" for={id.clone()}>{ label }</label>
            <span class="tpc-hint" id={hint}>{ w.date_hint }</span>
            if let Some(m) = message {
                <p class="tpc-error" id={error_id}>
                    <span class="tpc-visually-hidden">{ t(lang).error_prefix }{ " " }</span>{ m }
                </p>
            }
            <input {id} class="tpc-input tpc-input--date" type="text" inputmode="numeric"
                autocomplete="off" spellcheck="false" aria-describedby={described}
                aria-invalid={message.map(|_| "true")} {value} {oninput} />
        </div>
    }
}

fn input_for(
    props: &DeskFormProps,
    field: Field,
    label: &str,
    disabled: bool,
    note: Option<String>,
) -> Html {
    let desk = &props.model.desk;
    let env = &props.model.env;
    let lang = desk.lang;
    let c = t(lang);
    let w = desk_texts(lang);
    let id = field_id(field);
    let value = desk.draft.get(&field).cloned().unwrap_or_default();
    let message = (!disabled)
        .then(|| desk.problem(env, field))
        .flatten()
        .map(|p| problem_words(lang, w, field, p));
    let note_id = format!("{id}-note");
    let described: Vec<String> = note
        .as_ref()
        .map(|_| note_id.clone())
        .into_iter()
        .chain(message.map(|_| error_id(field)))
        .collect();
    let described = (!described.is_empty()).then(|| described.join(" "));
    let control = match field.input() {
        input @ Input::Choice { .. } => {
            let onchange = props.on_action.reform(move |e: Event| {
                let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
                DeskAction::Set(field, select.value())
            });
            html! {
                <select {id} class="tpc-select" {disabled} aria-describedby={described}
                    aria-invalid={message.map(|_| "true")} {onchange}>
                    <option value="" selected={value.is_empty()}>{ "—" }</option>
                    { for input.options().into_iter().map(|o| html! {
                        <option value={o} selected={value == o}>
                            { if o == crate::flow::questions::UNKNOWN { c.unknown } else { c.option_label(field, o).unwrap_or(o) } }
                        </option>
                    }) }
                </select>
            }
        }
        _ => {
            let oninput = props.on_action.reform(move |e: InputEvent| {
                let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                DeskAction::Set(field, input.value())
            });
            let whole = matches!(field.input(), Input::Number { whole: true, .. });
            html! {
                <span class="tpc-input-unit">
                    <input {id} class="tpc-input tpc-input--number" type="text" {disabled}
                        inputmode={if whole { "numeric" } else { "decimal" }}
                        autocomplete="off" spellcheck="false" aria-describedby={described}
                        aria-invalid={message.map(|_| "true")} {value} {oninput} />
                    <span class="tpc-unit" aria-hidden="true">{ unit(lang, field) }</span>
                </span>
            }
        }
    };
    html! {
        <div class={classes!("tpc-desk-field", message.map(|_| "tpc-field--invalid"), disabled.then_some("tpc-desk-field--moot"))}>
            <label class="tpc-label" for={field_id(field)}>{ label.to_string() }</label>
            { error(lang, field, message) }
            { control }
            if let Some(note) = note {
                <p class="tpc-hint" id={note_id}>{ note }</p>
            }
        </div>
    }
}

fn row_html(props: &DeskFormProps, row: &Row) -> Html {
    let desk = &props.model.desk;
    let env = &props.model.env;
    let lang = desk.lang;
    let c = t(lang);
    let w = desk_texts(lang);
    // The desk's own register: a question about the client, for the professional (the check's
    // explanations of terms speak to the client, so the desk leaves them out).
    let text = crate::flow::texts::desk::desk_question(lang, row.question);
    let names: Vec<String> = row
        .only_for
        .iter()
        .filter_map(|id| env.catalog.find(id).map(|(_, m)| m.name.clone()))
        .collect();
    let mut notes: Vec<String> = Vec::new();
    if let Some(m) = row.moot {
        notes.push((w.moot)(m).to_string());
    }
    if !names.is_empty() {
        notes.push(fill(w.only_for, &[("names", &names.join(", "))]));
    }
    let birth_age = (row.question == Question::Age)
        .then(|| desk.birth(env).and_then(|_| desk.age(env)))
        .flatten();
    if let Some(age) = birth_age {
        notes.push(fill(w.age_from_birth, &[("age", &age.to_string())]));
    }
    // A question settled by the birth date or moot needs no hint on how to answer it.
    if let (Some(hint), None, None) = (text.hint, row.moot, birth_age) {
        notes.push(hint.to_string());
    }
    let note = (!notes.is_empty()).then(|| notes.join(" "));
    let disabled = row.moot.is_some() || birth_age.is_some();
    let fields = row.question.fields();
    match fields {
        [field] => html! {
            <div class="tpc-desk-row">
                { input_for(props, *field, text.title, disabled, note) }
            </div>
        },
        _ => {
            let group = format!("tpc-desk-q-{}", row.question.key());
            html! {
                <div class="tpc-desk-row" role="group" aria-labelledby={group.clone()}>
                    <p class="tpc-desk-row__title" id={group}>{ text.title }</p>
                    { for fields.iter().enumerate().map(|(i, f)| {
                        let n = if i + 1 == fields.len() { note.clone() } else { None };
                        input_for(props, *f, c.field_label(*f), disabled, n)
                    }) }
                    </div>
            }
        }
    }
}

#[function_component]
fn MunicipalityPicker(props: &DeskFormProps) -> Html {
    let desk = &props.model.desk;
    let env = &props.model.env;
    let w = desk_texts(desk.lang);
    let full = desk.municipalities.len() >= MAX_COLUMNS;
    // The names folded once per catalogue; the search narrows the list as the check's does.
    let index = use_memo(env.catalog.clone(), |catalog| Index::new(catalog));
    let query = use_state(String::new);
    let label = |m: &Municipality, o: &Ordinance| {
        if o.detail == Detail::NotKnown {
            format!("{} · {}", m.name, w.law_only)
        } else {
            m.name.clone()
        }
    };
    let all: Vec<(String, String)> = if query.trim().is_empty() {
        env.catalog
            .municipalities()
            .map(|(m, o)| (m.id.clone(), label(m, o)))
            .collect()
    } else {
        index
            .search(&query)
            .into_iter()
            .filter_map(|hit| {
                env.catalog
                    .find(&hit.id)
                    .map(|(set, m)| (m.id.clone(), label(m, set.ordinance())))
            })
            .collect()
    };
    let all: Vec<(String, String)> = all
        .into_iter()
        .filter(|(id, _)| !desk.municipalities.contains(id))
        .collect();
    let on_search = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            query.set(input.value());
        })
    };
    let chosen = use_state(String::new);
    let onchange = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            chosen.set(select.value());
        })
    };
    // After a search, the best match is the one "Voeg toe" adds unless another is chosen.
    let picked = if all.iter().any(|(id, _)| *id == *chosen) {
        (*chosen).clone()
    } else if !query.trim().is_empty() {
        all.first().map_or(String::new(), |(id, _)| id.clone())
    } else {
        String::new()
    };
    let add = {
        let chosen = chosen.clone();
        let query = query.clone();
        let picked = picked.clone();
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            if !picked.is_empty() {
                on_action.emit(DeskAction::Add(picked.clone()));
                chosen.set(String::new());
                query.set(String::new());
            }
        })
    };
    html! {
        <fieldset class="tpc-desk-group">
            <legend class="tpc-desk__h2">{ w.municipalities_title }</legend>
            if !desk.municipalities.is_empty() {
                <ul class="tpc-desk-chips">
                    { for desk.municipalities.iter().map(|id| {
                        let name = env.catalog.find(id).map_or(id.clone(), |(_, m)| m.name.clone());
                        let remove = props.on_action.reform({ let id = id.clone(); move |_: MouseEvent| DeskAction::Remove(id.clone()) });
                        html! {
                            <li class="tpc-desk-chip">
                                <span>{ name.clone() }</span>
                                <button type="button" class="tpc-desk-chip__remove" onclick={remove}
                                    aria-label={fill(w.remove, &[("name", &name)])}>{ "×" }</button>
                            </li>
                        }
                    }) }
                </ul>
            }
            if full {
                <p class="tpc-hint">{ w.full }</p>
            } else {
                <div class="tpc-desk-add tpc-desk-add--search">
                    <label class="tpc-label" for="tpc-desk-zoek">{ w.search }</label>
                    <input id="tpc-desk-zoek" class="tpc-input" type="search" autocomplete="off"
                        aria-describedby="tpc-desk-zoek-count" value={(*query).clone()} oninput={on_search} />
                    <p class="tpc-hint" id="tpc-desk-zoek-count" role="status">
                        { if query.trim().is_empty() { String::new() } else { fill(w.search_count, &[("n", &all.len().to_string())]) } }
                    </p>
                </div>
                <div class="tpc-desk-add">
                    <label class="tpc-label" for="tpc-desk-municipality">{ w.choose }</label>
                    <select id="tpc-desk-municipality" class="tpc-select" {onchange}>
                        <option value="" selected={picked.is_empty()}>{ "—" }</option>
                        { for all.iter().map(|(id, name)| html! {
                            <option value={id.clone()} selected={picked == *id}>{ name.clone() }</option>
                        }) }
                    </select>
                    <button type="button" id="tpc-desk-add" class="tpc-button tpc-button--secondary" onclick={add}>{ w.add }</button>
                </div>
            }
        </fieldset>
    }
}

#[function_component]
pub fn DeskForm(props: &DeskFormProps) -> Html {
    let desk = &props.model.desk;
    let env = &props.model.env;
    let lang = desk.lang;
    let w = desk_texts(lang);
    let set = |field: Field| {
        props.on_action.reform(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            DeskAction::Set(field, input.value())
        })
    };
    let value = |field: Field| desk.draft.get(&field).cloned().unwrap_or_default();
    let message = |field: Field| {
        desk.problem(env, field)
            .map(|p| problem_words(lang, w, field, p))
    };
    let reference = Field::Fact(Fact::Date);
    let birth = Field::Fact(Fact::BirthDate);
    let on_start = props.on_action.reform(|e: InputEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        DeskAction::SetStart(input.value())
    });
    let on_note = props.on_action.reform(|e: InputEvent| {
        let input: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
        DeskAction::SetNote(input.value())
    });
    let prevent = Callback::from(|e: SubmitEvent| e.prevent_default());
    html! {
        <form class="tpc-desk__form" onsubmit={prevent} novalidate=true aria-label={w.questions_title}>
            <MunicipalityPicker model={props.model.clone()} on_action={props.on_action.clone()} />
            <fieldset class="tpc-desk-group">
                <legend class="tpc-desk__h2">{ w.dates_title }</legend>
                <div class="tpc-desk-dates">
                    { date_input(w.reference, field_id(reference), value(reference), message(reference), lang, set(reference)) }
                    { date_input(w.birth, field_id(birth), value(birth), message(birth), lang, set(birth)) }
                    { date_input(w.start, "tpc-desk-start".into(), desk.start.clone(),
                        desk.start_problem().then_some(w.bad_date), lang, on_start) }
                </div>
            </fieldset>
            { for desk.rows(env).iter().map(|(group, rows)| html! {
                <fieldset class="tpc-desk-group">
                    <legend class="tpc-desk__h2">{ (w.group)(*group) }</legend>
                    { for rows.iter().map(|row| row_html(props, row)) }
                </fieldset>
            }) }
            <div class="tpc-desk-field tpc-desk-note">
                <label class="tpc-label" for="tpc-desk-note">{ w.note }</label>
                <span class="tpc-hint" id="tpc-desk-note-hint">{ w.note_hint }</span>
                <textarea id="tpc-desk-note" class="tpc-input tpc-textarea" rows="4" maxlength={MAX_NOTE.to_string()}
                    aria-describedby="tpc-desk-note-hint" value={desk.note.clone()} oninput={on_note} />
            </div>
        </form>
    }
}
