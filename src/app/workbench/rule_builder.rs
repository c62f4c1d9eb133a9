//! The rule builder: add an exemption, a rule that counts as the tegenprestatie, a judgement of
//! the college or other bounds by choosing and filling in fields; or open a rule of the draft to
//! change it. "Zet in het concept" writes it into the draft's text, where the door checks it;
//! the door's problems with it are shown here too. The state is `workbench::state::Builder`.

use yew::prelude::*;

use super::PartProps;
use crate::flow::texts::fill;
use crate::flow::texts::rule_builder::{builder_texts, fact_label, BuilderTexts};
use crate::model::Effect;
use crate::workbench::builder::{self, is_yes_no, Comparison, Kind, RuleForm};
use crate::workbench::state::{Action, BuildAction};

fn set(props: &PartProps, field: &'static str) -> Callback<String> {
    props
        .on_action
        .reform(move |v: String| Action::Build(BuildAction::Set(field.into(), v)))
}

/// A text field of the form, one line or several, with its label and an optional hint.
fn text_field(
    props: &PartProps,
    field: &'static str,
    label: &str,
    value: &str,
    hint: Option<&str>,
    lines: bool,
) -> Html {
    let id = format!("tpc-rb-{}", field.replace('_', "-"));
    let on = set(props, field).reform(move |e: InputEvent| {
        if lines {
            e.target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                .value()
        } else {
            e.target_unchecked_into::<web_sys::HtmlInputElement>()
                .value()
        }
    });
    let hint_id = format!("{id}-hint");
    let described = hint.map(|_| hint_id.clone());
    let input = if lines {
        html! { <textarea id={id.clone()} class="tpc-input tpc-textarea" rows="3" value={value.to_string()}
        oninput={on} aria-describedby={described} /> }
    } else {
        html! { <input id={id.clone()} class="tpc-input" type="text" value={value.to_string()}
        oninput={on} aria-describedby={described} /> }
    };
    html! {
        <div class={classes!("tpc-rb__field", lines.then_some("tpc-rb__field--wide"))}>
            <label class="tpc-label" for={id}>{ label }</label>
            { input }
            if let Some(h) = hint { <p id={hint_id} class="tpc-hint">{ h }</p> }
        </div>
    }
}

fn select(
    props: &PartProps,
    field: &'static str,
    label: &str,
    options: Vec<(String, String, bool)>,
) -> Html {
    let id = format!("tpc-rb-{}", field.replace('_', "-"));
    let on = set(props, field).reform(|e: Event| {
        let s: web_sys::HtmlSelectElement = e.target_unchecked_into();
        s.value()
    });
    html! {
        <div class="tpc-rb__field">
            <label class="tpc-label" for={id.clone()}>{ label }</label>
            <select id={id} class="tpc-select" onchange={on}>
                { for options.into_iter().map(|(value, text, selected)| html! {
                    <option value={value} selected={selected}>{ text }</option>
                }) }
            </select>
        </div>
    }
}

fn form_view(props: &PartProps, b: &BuilderTexts, f: &RuleForm) -> Html {
    let facts = builder::facts()
        .map(|fact| {
            (
                fact.key().to_string(),
                fact_label(props.lang, fact),
                fact == f.fact,
            )
        })
        .collect();
    let comparisons = Comparison::ALL
        .into_iter()
        .filter(|c| c.takes_number() != is_yes_no(f.fact))
        .map(|c| {
            (
                c.key().to_string(),
                (b.comparison)(c).to_string(),
                c == f.comparison,
            )
        })
        .collect();
    let effects = [
        (Effect::Exempt, "exempt", b.effect_exempt),
        (Effect::Fulfilled, "fulfilled", b.effect_fulfilled),
        (Effect::Obligated, "obligated", b.effect_obligated),
    ]
    .into_iter()
    .map(|(e, key, text)| (key.to_string(), text.to_string(), e == f.effect))
    .collect();
    let kinds = Kind::ALL
        .into_iter()
        .map(|k| (k.key().to_string(), (b.kind)(k).to_string(), k == f.kind))
        .collect();
    html! {
        <>
            <div class="tpc-rb__grid">
                { select(props, "kind", b.kind_label, kinds) }
                { text_field(props, "id", b.id, &f.id, Some(b.id_hint), false) }
                { select(props, "fact", b.fact, facts) }
                { select(props, "comparison", b.comparison_label, comparisons) }
                if f.comparison.takes_number() {
                    { text_field(props, "number", b.number, &f.number, None, false) }
                }
                if f.kind == Kind::Judgement {
                    { select(props, "effect", b.effect, effects) }
                }
                if f.kind == Kind::Variant {
                    { text_field(props, "hours_max", b.hours_max, &f.hours_max, None, false) }
                    { text_field(props, "months_max", b.months_max, &f.months_max, None, false) }
                }
            </div>
            <fieldset class="tpc-rb__citation">
                <legend>{ b.citation }</legend>
                { text_field(props, "artikel", b.artikel, &f.artikel, None, false) }
                { text_field(props, "lid", b.lid, &f.lid, None, false) }
                { text_field(props, "onderdeel", b.onderdeel, &f.onderdeel, None, false) }
            </fieldset>
            { text_field(props, "source_text", b.source_text, &f.source_text, Some(b.source_text_hint), true) }
            if f.kind == Kind::Judgement {
                { text_field(props, "question_nl", b.question_nl, &f.question_nl, None, true) }
                { text_field(props, "question_en", b.question_en, &f.question_en, None, true) }
                { text_field(props, "ask_nl", b.ask_nl, &f.ask_nl, Some(b.ask_hint), false) }
                { text_field(props, "ask_en", b.ask_en, &f.ask_en, None, false) }
            }
            { text_field(props, "explanation_nl", b.explanation_nl, &f.explanation_nl, None, true) }
            { text_field(props, "explanation_en", b.explanation_en, &f.explanation_en, None, true) }
        </>
    }
}

#[function_component]
pub fn RuleBuilder(props: &PartProps) -> Html {
    let bench = &props.model.0;
    let b = builder_texts(props.lang);
    let nl = props.lang == crate::flow::state::Lang::Nl;
    let Some(o) = bench.checked.ordinance.as_ref() else {
        return html! {};
    };
    let incomplete = !bench.checked.holes.is_empty();
    let add = Kind::ALL.into_iter().map(|k| {
        let on = props.on_action.reform(move |_: MouseEvent| Action::Build(BuildAction::New(k)));
        html! {
            <button type="button" id={format!("tpc-rb-new-{}", k.key())} class="tpc-button tpc-button--secondary" onclick={on}>
                { (b.kind)(k) }
            </button>
        }
    });
    let parts = builder::openable(o);
    let list = parts.iter().map(|(id, form)| {
        let control = match form {
            Some(_) if !incomplete => {
                let id2 = id.clone();
                let on = props
                    .on_action
                    .reform(move |_: MouseEvent| Action::Build(BuildAction::Open(id2.clone())));
                html! {
                    <button type="button" class="tpc-link-button" onclick={on}
                        aria-label={fill(b.edit_rule, &[("id", id)])}>{ b.edit }</button>
                }
            }
            Some(_) => html! {},
            None => html! { <span class="tpc-hint">{ b.only_text }</span> },
        };
        html! { <li key={id.clone()}><code>{ id }</code>{ " " }{ control }</li> }
    });
    let open = bench.builder.as_ref().map(|state| {
        let title = match &state.editing {
            Some(id) => fill(b.form_edit, &[("id", id)]),
            None => b.form_new.to_string(),
        };
        let save = props.on_action.reform(|e: SubmitEvent| {
            e.prevent_default();
            Action::Build(BuildAction::Save)
        });
        let close = props.on_action.reform(|_: MouseEvent| Action::Build(BuildAction::Close));
        let door = bench.builder_problems();
        // A select keeps what was chosen in it over a changed `selected`: another part opened is
        // a new form.
        let key = format!("{}-{}", state.editing.as_deref().unwrap_or("nieuw"), state.form.kind.key());
        html! {
            <form id="tpc-rb-form" key={key} class="tpc-rb__form" onsubmit={save} aria-labelledby="tpc-rb-form-title">
                <h4 id="tpc-rb-form-title" class="tpc-bench__h3">{ title }</h4>
                { form_view(props, b, &state.form) }
                <div class="tpc-rb__actions">
                    <button type="submit" id="tpc-rb-save" class="tpc-button">{ b.save }</button>
                    <button type="button" id="tpc-rb-close" class="tpc-button tpc-button--secondary" onclick={close}>{ b.close }</button>
                </div>
                <div id="tpc-rb-status" role="status" class="tpc-rb__status">
                    if let Some(p) = state.problem {
                        <p class="tpc-error">{ (b.problem)(p) }</p>
                    } else if state.saved {
                        <p>{ fill(b.saved, &[("id", state.editing.as_deref().unwrap_or_default())]) }</p>
                    }
                    { for door.iter().map(|p| html! { <p class="tpc-error">{ if nl { &p.nl } else { &p.en } }</p> }) }
                </div>
            </form>
        }
    });
    html! {
        <details id="tpc-rb" class="tpc-bench-form tpc-no-print" open=true>
            <summary>{ b.title }</summary>
            <p class="tpc-hint">{ b.hint }</p>
            <div class="tpc-rb__add">{ for add }</div>
            if incomplete { <p class="tpc-hint">{ b.fill_first }</p> }
            <ul class="tpc-rb__list">{ for list }</ul>
            { for open }
        </details>
    }
}
