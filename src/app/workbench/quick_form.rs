//! The quick form: the numbers a council most often changes (hours a week, months, each rule's
//! thresholds) and leaving a rule out. An edit changes the draft and writes it back as JSON; a
//! problem with a number is shown under its field.

use yew::prelude::*;

use super::PartProps;
use crate::flow::questions::Field;
use crate::flow::state::Lang;
use crate::flow::texts::t;
use crate::model::Ordinance;
use crate::number;
use crate::workbench::state::{thresholds, Action, FormEdit};

fn shown(v: Option<f64>) -> String {
    v.map(|v| number::format(v, ',')).unwrap_or_default()
}

/// The problems the door found for this place and field.
fn problems_for(props: &PartProps, place: &str, field: &str) -> Vec<String> {
    props
        .model
        .0
        .checked
        .problems
        .iter()
        .filter(|p| p.place == place && p.field == field)
        .map(|p| p.nl.clone())
        .collect()
}

fn comparison_words(op: &str) -> &'static str {
    match op {
        "at_least" => "minstens",
        "above" => "meer dan",
        "below" => "minder dan",
        _ => "hoogstens",
    }
}

fn bound_input(
    props: &PartProps,
    place: &str,
    field: &'static str,
    max: bool,
    value: Option<f64>,
    label: &str,
) -> Html {
    let id = format!(
        "tpc-bench-{}-{}",
        field.replace('_', "-"),
        if max { "max" } else { "min" }
    );
    let key = format!("{field}.{}", if max { "max" } else { "min" });
    let errors = problems_for(props, place, &key);
    let error_id = format!("{id}-error");
    let on_change = props.on_action.reform(move |e: Event| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        let text = input.value();
        Action::Form(FormEdit::Bound {
            field,
            max,
            value: number::parse(text.trim()),
        })
    });
    html! {
        <div class="tpc-bench-field">
            <label class="tpc-label" for={id.clone()}>{ label.to_string() }</label>
            <input id={id} class={classes!("tpc-input", "tpc-input--number", (!errors.is_empty()).then_some("tpc-input--error"))}
                type="text" inputmode="decimal" value={shown(value)} onchange={on_change}
                aria-invalid={(!errors.is_empty()).then_some("true")}
                aria-describedby={(!errors.is_empty()).then_some(error_id.clone())} />
            if !errors.is_empty() {
                <p id={error_id} class="tpc-error">{ errors.join(" ") }</p>
            }
        </div>
    }
}

fn rule_row(props: &PartProps, o: &Ordinance, i: usize) -> Html {
    let rule = &o.rules[i];
    let effect = match rule.effect {
        crate::model::Effect::Exempt => "vrijstelling",
        crate::model::Effect::Fulfilled => "telt als tegenprestatie",
        crate::model::Effect::Obligated => "verplicht",
        crate::model::Effect::NotApplicable => "geldt niet",
    };
    let numbers = rule.when.as_ref().map(thresholds).unwrap_or_default();
    let remove = props
        .on_action
        .reform(move |_: MouseEvent| Action::Form(FormEdit::RemoveRule(i)));
    let place = format!("rule {}", rule.id);
    html! {
        <li class="tpc-bench-rule" key={rule.id.clone()}>
            <p class="tpc-bench-rule__head">
                <span class="tpc-bench-rule__effect">{ effect }</span>{ " " }
                <span>{ &rule.explanation.nl }</span>
            </p>
            <div class="tpc-bench-rule__numbers">
                { for numbers.iter().enumerate().map(|(n, (fact, op, value))| {
                    let id = format!("tpc-bench-rule-{i}-{n}");
                    let label = format!(
                        "{} ({})",
                        (t(Lang::Nl).field_label)(Field::Fact(*fact)),
                        comparison_words(op)
                    );
                    let on_change = props.on_action.reform(move |e: Event| {
                        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                        match number::parse(input.value().trim()) {
                            Some(value) => Action::Form(FormEdit::Threshold { rule: i, n, value }),
                            // Not a number: the text stays as it is.
                            None => Action::Form(FormEdit::Threshold { rule: usize::MAX, n, value: 0.0 }),
                        }
                    });
                    html! {
                        <div class="tpc-bench-field">
                            <label class="tpc-label" for={id.clone()}>{ label }</label>
                            <input id={id} class="tpc-input tpc-input--number" type="text" inputmode="decimal"
                                value={number::format(*value, ',')} onchange={on_change} />
                        </div>
                    }
                }) }
                { for props.model.0.checked.problems.iter().filter(|p| p.place == place)
                    .map(|p| html! { <p class="tpc-error">{ &p.nl }</p> }) }
            </div>
            <button type="button" class="tpc-button tpc-button--secondary tpc-bench-rule__remove" onclick={remove}
                aria-label={format!("Laat weg: regel {}", rule.id)}>
                { "Laat weg" }
            </button>
        </li>
    }
}

#[function_component]
pub fn QuickForm(props: &PartProps) -> Html {
    let bench = &props.model.0;
    let Some(o) = bench.checked.ordinance.as_ref() else {
        return html! {};
    };
    let bounds = o.assignment.as_ref().map(|a| {
        let place = format!("assignment {}", a.id);
        let b = &a.bounds;
        html! {
            <fieldset class="tpc-bench-bounds">
                <legend>{ "Omvang en duur" }</legend>
                { bound_input(props, &place, "hours_per_week", false, b.hours_per_week.min, "Uren per week, minimaal") }
                { bound_input(props, &place, "hours_per_week", true, b.hours_per_week.max, "Uren per week, maximaal") }
                { bound_input(props, &place, "duration_months", false, b.duration_months.min, "Maanden, minimaal") }
                { bound_input(props, &place, "duration_months", true, b.duration_months.max, "Maanden, maximaal") }
            </fieldset>
        }
    });
    html! {
        <details class="tpc-bench-form tpc-no-print" open=true>
            <summary>{ "Snel aanpassen: uren, duur en regels" }</summary>
            <p class="tpc-hint">{ "Een wijziging hier zet de tekst hieronder om naar JSON." }</p>
            { for bounds }
            <h3 class="tpc-bench__h3">{ format!("Regels ({})", o.rules.len()) }</h3>
            <ul class="tpc-bench-rules">
                { for (0..o.rules.len()).map(|i| rule_row(props, o, i)) }
            </ul>
        </details>
    }
}
