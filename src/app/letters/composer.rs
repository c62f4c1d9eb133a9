//! The letter on the screen: the form (the person's details, the decision, the reasons), what to
//! know before sending it, the letter as it prints, and print, copy and close. Used by the
//! letters' own module (from the recipient's result) and by the caseworker desk.

use std::rc::Rc;

use yew::prelude::*;

use super::letter_view::letter_sheet;
use crate::answers::Answers;
use crate::app::browser;
use crate::catalog::Catalog;
use crate::date::Date;
use crate::flow::state::Lang;
use crate::flow::texts::letters::{letter_words, LetterWords};
use crate::flow::texts::t;
use crate::letters::form::{reduce, Action, Field, Form, Problem};
use crate::letters::{
    compose, ground_label, grounds, guidance, guidance_quotes, DecisionKind, Input, Kind,
};

#[derive(Properties, Clone)]
pub struct ComposerProps {
    pub catalog: std::sync::Arc<Catalog>,
    pub municipality: AttrValue,
    pub answers: Answers,
    pub kind: Kind,
    pub lang: Lang,
    /// The device's day: the letter's date.
    pub today: Date,
    pub on_print: Callback<()>,
    pub on_close: Callback<()>,
    /// At the desk: the caseworker fills in the client's details.
    #[prop_or_default]
    pub for_client: bool,
}

impl PartialEq for ComposerProps {
    fn eq(&self, other: &Self) -> bool {
        std::sync::Arc::ptr_eq(&self.catalog, &other.catalog)
            && self.municipality == other.municipality
            && self.answers == other.answers
            && self.kind == other.kind
            && self.lang == other.lang
            && self.today == other.today
            && self.for_client == other.for_client
    }
}

struct FormState(Form);

impl Reducible for FormState {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(FormState(reduce(&self.0, action)))
    }
}

fn problem_text(w: &LetterWords, p: Problem) -> &'static str {
    match p {
        Problem::Date => w.bad_date,
        Problem::Number => w.bad_number,
    }
}

struct FieldSpec<'a> {
    field: Field,
    label: &'a str,
    hint: Option<&'a str>,
    optional: bool,
    multiline: bool,
    /// `inputmode` for the phone's keyboard.
    mode: Option<&'static str>,
}

fn field(
    spec: FieldSpec<'_>,
    form: &Form,
    w: &LetterWords,
    lang: Lang,
    dispatch: &Callback<Action>,
) -> Html {
    let id = spec.field.id();
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let problem = form.problem(spec.field);
    let described = [
        spec.hint.map(|_| hint_id.clone()),
        problem.map(|_| error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let described = (!described.is_empty()).then_some(described);
    let value = form.text(spec.field).to_string();
    let f = spec.field;
    let oninput = dispatch.reform(move |e: InputEvent| {
        let value = e
            .target_dyn_into::<web_sys::HtmlInputElement>()
            .map(|i| i.value())
            .or_else(|| {
                e.target_dyn_into::<web_sys::HtmlTextAreaElement>()
                    .map(|t| t.value())
            })
            .unwrap_or_default();
        Action::Set(f, value)
    });
    html! {
        <div class={classes!("tpc-field", problem.map(|_| "tpc-field--invalid"))}>
            <label class="tpc-label" for={id}>
                { spec.label }
                if spec.optional { <span class="tpc-optional">{ " " }{ w.optional }</span> }
            </label>
            if let Some(hint) = spec.hint {
                <p class="tpc-hint" id={hint_id}>{ hint }</p>
            }
            if let Some(p) = problem {
                <p class="tpc-error" id={error_id}>
                    <span class="tpc-visually-hidden">{ t(lang).error_prefix }{ " " }</span>
                    { problem_text(w, p) }
                </p>
            }
            if spec.multiline {
                <textarea id={id} class="tpc-input tpc-textarea" rows="3" autocomplete="off"
                    maxlength="2000" aria-describedby={described} {value} {oninput} />
            } else {
                <input id={id} class="tpc-input" type="text" autocomplete="off" spellcheck="false"
                    inputmode={spec.mode} maxlength="2000"
                    aria-invalid={problem.map(|_| "true")}
                    aria-describedby={described} {value} {oninput} />
            }
        </div>
    }
}

fn text_field(f: Field, label: &str, optional: bool) -> FieldSpec<'_> {
    FieldSpec {
        field: f,
        label,
        hint: None,
        optional,
        multiline: false,
        mode: None,
    }
}

#[function_component]
pub fn Composer(props: &ComposerProps) -> Html {
    let lang = props.lang;
    let w = letter_words(lang);
    let prefill = {
        let props = props.clone();
        move || {
            let values =
                crate::contract::decide(&props.catalog, &props.municipality, &props.answers)
                    .map(|d| crate::letters::prefill(props.kind, &d, &props.answers))
                    .unwrap_or_default();
            FormState(Form::prefilled(&values))
        }
    };
    let form = use_reducer(prefill);
    let copied = use_state(|| None::<bool>);
    // The heading takes the focus, so keyboard and screen reader users start at the letter.
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with(props.kind, move |_| {
            if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        });
    }
    let dispatch = {
        let form = form.clone();
        Callback::from(move |a: Action| form.dispatch(a))
    };
    // Leaving the page empties the form, so a page restored from the back-forward cache shows
    // none of what was typed.
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                gloo_events::EventListener::new(&w, "pagehide", move |_| {
                    dispatch.emit(Action::Clear)
                })
            });
            move || drop(listener)
        });
    }
    let Ok(d) = crate::contract::decide(&props.catalog, &props.municipality, &props.answers) else {
        return html! { <p class="tpc-notice tpc-notice--warning" role="alert" lang={w.lang}>{ w.cannot_make }</p> };
    };
    let (details, person) = form.0.read();
    let input = Input {
        kind: props.kind,
        decision: &d,
        answers: &props.answers,
        details: &details,
        person: &person,
        today: props.today,
    };
    let letter = compose(&input, Lang::Nl);
    let aid = (lang != Lang::Nl).then(|| compose(&input, lang));
    let notes = guidance(&input, lang);
    let quotes = guidance_quotes(props.kind);
    let offered_grounds = grounds(&d, &details);
    let late = input.late();
    let print = props.on_print.reform(|_: MouseEvent| ());
    let close = {
        let on_close = props.on_close.clone();
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::Clear);
            on_close.emit(());
        })
    };
    let on_copy = {
        let copied = copied.clone();
        let text = letter.to_text();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            let text = text.clone();
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(Some(browser::copy(&text).await));
            });
        })
    };
    let f = &form.0;
    let field = |spec: FieldSpec<'_>| field(spec, f, w, lang, &dispatch);
    let kind_radio = |kind: DecisionKind, label: &str, id: &str| {
        let onchange = dispatch.reform(move |_: Event| Action::Kind(kind));
        html! {
            <div class="tpc-radio">
                <input type="radio" class="tpc-radio__input" name="tpc-brief-soort" id={id.to_string()}
                    checked={f.kind == kind} {onchange} />
                <label class="tpc-radio__label" for={id.to_string()}>{ label }</label>
            </div>
        }
    };
    html! {
        <section class="tpc-letters" aria-labelledby="tpc-letter-title" data-letter={props.kind.key()} lang={w.lang}>
            <h2 id="tpc-letter-title" class="tpc-heading tpc-no-print" tabindex="-1" ref={heading}>{ props.kind.title(w) }</h2>
            // At the desk the section's own line says the client's details are not kept.
            if !props.for_client {
                <p class="tpc-notice tpc-notice--info tpc-no-print">{ w.privacy }</p>
            }
            if !w.dutch_leading.is_empty() {
                <p class="tpc-hint tpc-no-print">{ w.dutch_leading }</p>
            }
            <form class="tpc-letter-form tpc-no-print" autocomplete="off"
                onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <fieldset class="tpc-fieldset">
                    <legend class="tpc-legend">{ if props.for_client { w.client_details } else { w.your_details } }</legend>
                    { field(text_field(Field::Name, if props.for_client { w.field_client_name } else { w.field_name }, false)) }
                    { field(text_field(Field::Street, w.field_street, false)) }
                    { field(text_field(Field::PostcodeCity, w.field_postcode_city, false)) }
                    { field(text_field(Field::ClientNumber, w.field_client_number, true)) }
                </fieldset>
                if props.kind == Kind::Objection {
                    <fieldset class="tpc-fieldset">
                        <legend class="tpc-legend">{ w.decision_details }</legend>
                        <fieldset class="tpc-fieldset tpc-radios">
                            <legend class="tpc-label">{ w.field_kind }</legend>
                            { kind_radio(DecisionKind::Imposes, w.kind_imposes, "tpc-brief-soort-opdracht") }
                            { kind_radio(DecisionKind::RefusesExemption, w.kind_refuses, "tpc-brief-soort-weigering") }
                        </fieldset>
                        { field(FieldSpec { hint: Some(w.date_hint), mode: Some("numeric"), ..text_field(Field::DecisionDate, w.field_decision_date, false) }) }
                        { field(FieldSpec { hint: Some(w.field_made_known_hint), ..text_field(Field::MadeKnown, w.field_made_known, true) }) }
                        { field(text_field(Field::Reference, w.field_reference, true)) }
                        { field(FieldSpec { hint: Some(w.field_body_hint), ..text_field(Field::Body, w.field_body, true) }) }
                        { field(FieldSpec { multiline: true, ..text_field(Field::BodyAddress, w.field_body_address, true) }) }
                        if f.kind == DecisionKind::Imposes {
                            { field(FieldSpec { mode: Some("decimal"), ..text_field(Field::Hours, w.field_hours, true) }) }
                            { field(FieldSpec { mode: Some("decimal"), ..text_field(Field::Months, w.field_months, true) }) }
                        }
                    </fieldset>
                    <fieldset class="tpc-fieldset">
                        <legend class="tpc-legend">{ w.field_grounds }</legend>
                        if offered_grounds.is_empty() {
                            <p class="tpc-hint">{ w.no_grounds_offered }</p>
                        } else {
                            <p class="tpc-hint">{ w.field_grounds_hint }</p>
                            { for offered_grounds.iter().enumerate().map(|(i, g)| {
                                let key = g.key();
                                let id = format!("tpc-brief-grond-{i}");
                                let included = !f.left_out.contains(&key);
                                let onchange = dispatch.reform(move |e: Event| {
                                    let on = e.target_dyn_into::<web_sys::HtmlInputElement>().is_some_and(|i| i.checked());
                                    Action::Ground(key.clone(), on)
                                });
                                html! {
                                    <div class="tpc-check">
                                        <input type="checkbox" class="tpc-check__input" id={id.clone()} checked={included} {onchange} />
                                        <label class="tpc-check__label" for={id}>{ ground_label(lang, &d, g) }</label>
                                    </div>
                                }
                            }) }
                        }
                        { field(FieldSpec { hint: Some(w.field_reasons_hint), multiline: true, ..text_field(Field::Reasons, w.field_reasons, true) }) }
                        if late {
                            { field(FieldSpec { multiline: true, ..text_field(Field::LateReason, w.field_late_reason, false) }) }
                        }
                    </fieldset>
                }
                if props.kind == Kind::Exemption {
                    <fieldset class="tpc-fieldset">
                        <legend class="tpc-legend">{ w.explain_title }</legend>
                        { field(FieldSpec { hint: Some(w.field_urgent_reasons_hint), multiline: true, ..text_field(Field::Reasons, w.field_urgent_reasons, true) }) }
                        { field(FieldSpec { hint: Some(w.field_addressee_hint), ..text_field(Field::Body, w.field_addressee, true) }) }
                    </fieldset>
                }
                if props.kind == Kind::OwnActivity {
                    <fieldset class="tpc-fieldset">
                        <legend class="tpc-legend">{ w.own_activity_title }</legend>
                        { field(FieldSpec { hint: Some(w.field_activity_hint), ..text_field(Field::Activity, w.field_activity, false) }) }
                        { field(FieldSpec { hint: Some(w.field_addressee_hint), ..text_field(Field::Body, w.field_addressee, true) }) }
                        { field(FieldSpec { mode: Some("decimal"), ..text_field(Field::ActivityHours, w.field_activity_hours, true) }) }
                        { field(FieldSpec { hint: Some(w.date_hint), mode: Some("numeric"), ..text_field(Field::ActivitySince, w.field_activity_since, true) }) }
                    </fieldset>
                }
                <div class="tpc-check">
                    <input type="checkbox" class="tpc-check__input" id="tpc-brief-bijlage" checked={f.annex}
                        onchange={dispatch.reform(|e: Event| Action::Annex(e.target_dyn_into::<web_sys::HtmlInputElement>().is_some_and(|i| i.checked())))} />
                    <label class="tpc-check__label" for="tpc-brief-bijlage">{ w.field_annex }</label>
                </div>
            </form>

            <section class="tpc-letter-notes tpc-no-print" aria-labelledby="tpc-letter-notes-title">
                <h3 id="tpc-letter-notes-title">{ if props.kind == Kind::Objection { w.term_title } else { w.notes_title } }</h3>
                // The objection's last day leads, on its own line.
                if props.kind == Kind::Objection {
                    if let Some(first) = notes.first() {
                        <p class="tpc-letter-deadline"><strong>{ first }</strong></p>
                    }
                }
                <ul>
                    { for notes.iter().skip(usize::from(props.kind == Kind::Objection)).map(|n| html! { <li>{ n }</li> }) }
                </ul>
                if !quotes.is_empty() {
                    <details class="tpc-why">
                        <summary>{ t(lang).sources_title }</summary>
                        { for quotes.iter().map(|q| html! {
                            <div class="tpc-ground">
                                <p class="tpc-citation"><a href={q.url} rel="noopener" lang="nl">{ q.label() }</a></p>
                                <blockquote lang="nl">{ q.text }</blockquote>
                            </div>
                        }) }
                    </details>
                }
            </section>

            <h3 class="tpc-no-print" id="tpc-letter-preview">{ w.preview_title }</h3>
            { letter_sheet(&letter, w.show_annex, w.lang) }
            if let Some(aid) = aid {
                <details class="tpc-why tpc-no-print tpc-letter-aid">
                    <summary>{ w.reading_aid }</summary>
                    <div lang={w.lang}>
                        <p><strong>{ &aid.subject }</strong></p>
                        { for aid.body.iter().map(|p| html! { <p>{ p }</p> }) }
                    </div>
                </details>
            }
            <div class="tpc-actions tpc-no-print">
                <button type="button" class="tpc-button tpc-button--primary" onclick={print}>{ w.print }</button>
                <button type="button" class="tpc-button tpc-button--secondary" onclick={on_copy}>{ w.copy }</button>
                <button type="button" class="tpc-button tpc-button--secondary" id="tpc-letter-close" onclick={close}>{ w.close }</button>
                <p role="status" class="tpc-count">
                    { match *copied { Some(true) => w.copied, Some(false) => w.copy_failed, None => "" } }
                </p>
            </div>
        </section>
    }
}
