//! The quick form: the numbers a council most often changes (hours a week, months, each rule's
//! thresholds) and leaving a rule out. An edit changes the draft and writes it back as JSON; a
//! problem with a number is shown under its field.

use yew::prelude::*;

use super::number_field::NumberField;
use super::PartProps;
use crate::flow::texts::fill;
use crate::flow::texts::workbench::workbench_texts;
use crate::model::Ordinance;
use crate::workbench::state::{thresholds, Action, FormEdit};

/// A problem in the language shown.
fn said(props: &PartProps, p: &crate::workbench::Located) -> String {
    match props.lang {
        crate::flow::state::Lang::Nl => p.nl.clone(),
        _ => p.en.clone(),
    }
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
        .map(|p| said(props, p))
        .collect()
}

fn bound_input(
    props: &PartProps,
    place: &str,
    field: &'static str,
    max: bool,
    value: Option<f64>,
    label: &str,
) -> Html {
    let end = if max { "max" } else { "min" };
    let id = format!("tpc-bench-{}-{end}", field.replace('_', "-"));
    let problems = problems_for(props, place, &format!("{field}.{end}"));
    let on_value = props
        .on_action
        .reform(move |value| Action::Form(FormEdit::Bound { field, max, value }));
    html! {
        <NumberField id={id} label={label.to_string()} value={value} may_be_empty=true
            problems={problems} lang={props.lang} on_value={on_value} />
    }
}

fn rule_row(props: &PartProps, o: &Ordinance, i: usize) -> Html {
    let rule = &o.rules[i];
    let w = workbench_texts(props.lang);
    let effect = (w.effect)(rule.effect);
    let numbers = rule.when.as_ref().map(thresholds).unwrap_or_default();
    let remove = props
        .on_action
        .reform(move |_: MouseEvent| Action::Form(FormEdit::RemoveRule(i)));
    let place = format!("rule {}", rule.id);
    html! {
        <li class="tpc-bench-rule" key={rule.id.clone()}>
            <p class="tpc-bench-rule__head">
                <span class="tpc-bench-rule__effect">{ effect }</span>{ " " }
                <span>{ crate::flow::texts::pick(props.lang, &rule.explanation) }</span>
            </p>
            <div class="tpc-bench-rule__numbers">
                { for numbers.iter().enumerate().map(|(n, (fact, op, value))| {
                    let label = format!(
                        "{} ({})",
                        crate::flow::texts::rule_builder::fact_label(props.lang, *fact),
                        (w.comparison)(op)
                    );
                    let on_value = props.on_action.reform(move |value: Option<f64>| {
                        Action::Form(FormEdit::Threshold { rule: i, n, value: value.unwrap_or(0.0) })
                    });
                    html! {
                        <NumberField id={format!("tpc-bench-rule-{i}-{n}")} label={label} value={Some(*value)}
                            may_be_empty=false problems={Vec::<String>::new()} lang={props.lang} on_value={on_value} />
                    }
                }) }
                { for props.model.0.checked.problems.iter().filter(|p| p.place == place)
                    .map(|p| html! { <p class="tpc-error">{ said(props, p) }</p> }) }
            </div>
            <button type="button" class="tpc-button tpc-button--secondary tpc-bench-rule__remove" onclick={remove}
                aria-label={fill(w.leave_out_rule, &[("id", &rule.id)])}>
                { w.leave_out }
            </button>
        </li>
    }
}

#[function_component]
pub fn QuickForm(props: &PartProps) -> Html {
    let bench = &props.model.0;
    let w = workbench_texts(props.lang);
    // A draft with open places is filled in first (`FillIn`); its numbers here would be zeros.
    let Some(o) = bench
        .checked
        .ordinance
        .as_ref()
        .filter(|_| bench.checked.holes.is_empty())
    else {
        return html! {};
    };
    let bounds = o.assignment.as_ref().map(|a| {
        let place = format!("assignment {}", a.id);
        let b = &a.bounds;
        html! {
            <fieldset class="tpc-bench-bounds">
                <legend>{ w.bounds_title }</legend>
                { bound_input(props, &place, "hours_per_week", false, b.hours_per_week.min, w.hours_min) }
                { bound_input(props, &place, "hours_per_week", true, b.hours_per_week.max, w.hours_max) }
                { bound_input(props, &place, "duration_months", false, b.duration_months.min, w.months_min) }
                { bound_input(props, &place, "duration_months", true, b.duration_months.max, w.months_max) }
            </fieldset>
        }
    });
    html! {
        <details class="tpc-bench-form tpc-no-print" open=true>
            <summary>{ w.form_title }</summary>
            <p class="tpc-hint">{ w.form_hint }</p>
            { for bounds }
            <h3 class="tpc-bench__h3">{ fill(w.rules_title, &[("n", &o.rules.len().to_string())]) }</h3>
            <ul class="tpc-bench-rules">
                { for (0..o.rules.len()).map(|i| rule_row(props, o, i)) }
            </ul>
        </details>
    }
}
