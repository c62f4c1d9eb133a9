//! The comparison: counts per status and per ground, hours and duration, for the current
//! ordinance and the draft side by side (a chart and a table), and the people whose outcome
//! changes, grouped by how, each with an example person and a button that makes it a case.
//! Printed, this is the report for a council memo.

use yew::prelude::*;

use super::population_view::thousands;
use super::PartProps;
use crate::contract;
use crate::flow::questions::Field;
use crate::flow::state::Lang;
use crate::flow::texts::t;
use crate::number;
use crate::workbench::state::{Action, Population};
use crate::workbench::tally::{Bucket, Difference, Duration, Side, Summary};

pub fn status_nl(key: &str) -> &'static str {
    match key {
        "not_applicable" => "geldt niet (wet)",
        "exempt" => "vrijgesteld",
        "fulfilled" => "doet al genoeg",
        "obligated" => "verplicht",
        "discretionary" => "college beslist",
        _ => "geen regels op die datum",
    }
}

fn range_text(min: Option<f64>, max: Option<f64>, unit: &str) -> String {
    let n = |v: f64| number::format(v, ',');
    match (min, max) {
        (Some(a), Some(b)) if a == b => format!("{} {unit}", n(a)),
        (Some(a), Some(b)) => format!("{}–{} {unit}", n(a), n(b)),
        (None, Some(b)) => format!("hoogstens {} {unit}", n(b)),
        (Some(a), None) => format!("minstens {} {unit}", n(a)),
        (None, None) => "niet vastgelegd".into(),
    }
}

fn duration_text(b: &Bucket) -> String {
    duration_words(b.unit, b.min, b.max)
}

fn duration_words(unit: &str, min: Option<f64>, max: Option<f64>) -> String {
    match unit {
        "months" => range_text(min, max, "maanden"),
        "weeks" => range_text(min, max, "weken"),
        "permanent" => "zonder einde".into(),
        _ => "niet vastgelegd".into(),
    }
}

/// Two bars per row (current, draft), widths as SVG attributes (no inline style: the CSP).
fn chart(title: &str, rows: &[(String, u64, u64)]) -> Html {
    let top = rows.iter().map(|r| r.1.max(r.2)).max().unwrap_or(0).max(1) as f64;
    let row_h = 34.0;
    let height = rows.len() as f64 * row_h + 4.0;
    html! {
        <svg class="tpc-bench-chart" viewBox={format!("0 0 600 {height}")} role="img" aria-label={title.to_string()}
            preserveAspectRatio="xMinYMin meet">
            { for rows.iter().enumerate().map(|(i, (label, a, b))| {
                let y = i as f64 * row_h;
                let w = |v: u64| (v as f64 / top * 310.0).max(if v > 0 { 1.0 } else { 0.0 });
                html! { <g>
                    <text x="0" y={format!("{}", y + 20.0)} class="tpc-bench-chart__label">{ label.clone() }</text>
                    <rect x="200" y={format!("{}", y + 4.0)} height="12" width={format!("{:.1}", w(*a))} class="tpc-bench-chart__current" />
                    <rect x="200" y={format!("{}", y + 17.0)} height="12" width={format!("{:.1}", w(*b))} class="tpc-bench-chart__draft" />
                    <text x={format!("{:.1}", 206.0 + w(*a))} y={format!("{}", y + 14.0)} class="tpc-bench-chart__value">{ thousands(*a) }</text>
                    <text x={format!("{:.1}", 206.0 + w(*b))} y={format!("{}", y + 28.0)} class="tpc-bench-chart__value">{ thousands(*b) }</text>
                </g> }
            }) }
        </svg>
    }
}

fn table(caption: &str, first: &str, rows: &[(String, u64, u64)], id: &str) -> Html {
    html! {
        // A region that scrolls sideways on a narrow screen, reachable by keyboard.
        <div class="tpc-bench-table-wrap" role="region" tabindex="0" aria-label={caption.to_string()}>
        <table class="tpc-bench-table" id={id.to_string()}>
            <caption>{ caption.to_string() }</caption>
            <thead><tr>
                <th scope="col">{ first.to_string() }</th>
                <th scope="col" class="tpc-num">{ "Huidig" }</th>
                <th scope="col" class="tpc-num">{ "Concept" }</th>
                <th scope="col" class="tpc-num">{ "Verschil" }</th>
            </tr></thead>
            <tbody>
                { for rows.iter().map(|(label, a, b)| {
                    let d = *b as i64 - *a as i64;
                    html! { <tr>
                        <th scope="row">{ label.clone() }</th>
                        <td class="tpc-num">{ thousands(*a) }</td>
                        <td class="tpc-num">{ thousands(*b) }</td>
                        <td class="tpc-num">{ if d > 0 { format!("+{}", thousands(d as u64)) } else if d < 0 { format!("−{}", thousands(d.unsigned_abs())) } else { "0".into() } }</td>
                    </tr> }
                }) }
            </tbody>
        </table>
        </div>
    }
}

fn status_rows(a: &Summary, b: &Summary) -> Vec<(String, u64, u64)> {
    a.by_status
        .iter()
        .map(|s| {
            let other = b
                .by_status
                .iter()
                .find(|x| x.status == s.status)
                .map_or(0, |x| x.count);
            (status_nl(s.status).to_string(), s.count, other)
        })
        .filter(|r| r.1 + r.2 > 0)
        .collect()
}

fn ground_rows(a: &Summary, b: &Summary) -> Vec<(String, u64, u64)> {
    let mut rules: Vec<(&str, &str)> = a
        .by_ground
        .iter()
        .map(|g| (g.rule.as_str(), g.label.as_str()))
        .collect();
    for g in &b.by_ground {
        if !rules.iter().any(|(r, _)| *r == g.rule) {
            rules.push((&g.rule, &g.label));
        }
    }
    let count = |s: &Summary, rule: &str| {
        s.by_ground
            .iter()
            .find(|g| g.rule == rule)
            .map_or(0, |g| g.count)
    };
    rules
        .into_iter()
        .map(|(rule, label)| (format!("{rule}: {label}"), count(a, rule), count(b, rule)))
        .collect()
}

fn bucket_rows(a: &[Bucket], b: &[Bucket], text: fn(&Bucket) -> String) -> Vec<(String, u64, u64)> {
    let mut labels: Vec<String> = Vec::new();
    for x in a.iter().chain(b) {
        let l = text(x);
        if !labels.contains(&l) {
            labels.push(l);
        }
    }
    let sum =
        |list: &[Bucket], l: &str| list.iter().filter(|x| text(x) == l).map(|x| x.count).sum();
    labels
        .into_iter()
        .map(|l| {
            let (x, y) = (sum(a, &l), sum(b, &l));
            (l, x, y)
        })
        .collect()
}

fn hours_text(b: &Bucket) -> String {
    range_text(b.min, b.max, "uur per week")
}

fn side_text(s: &Side) -> String {
    let mut out = status_nl(s.status.unwrap_or("")).to_string();
    if let Some(h) = s.hours_per_week {
        out.push_str(&format!(", {}", range_text(h.min, h.max, "uur per week")));
    }
    if let Some(Duration { unit, min, max }) = &s.duration {
        out.push_str(&format!(", {}", duration_words(unit, *min, *max)));
    }
    if !s.grounds.is_empty() {
        out.push_str(&format!(" (regel {})", s.grounds.join(", ")));
    }
    out
}

fn how_text(how: &[&str]) -> String {
    how.iter()
        .map(|h| match *h {
            "status" => "andere uitkomst",
            "hours_up" => "meer uren",
            "hours_down" => "minder uren",
            "hours" => "andere uren",
            "longer" => "langer",
            "shorter" => "korter",
            "duration" => "andere duur",
            _ => "andere grond",
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// What the people of a group have in common, in words.
fn traits_text(g: &Difference) -> String {
    let parts: Vec<String> = g
        .traits
        .iter()
        .filter(|t| t.fact != "age")
        .map(|tr| {
            let label = crate::facts::SCHEMA
                .iter()
                .find(|s| s.key == tr.fact)
                .map_or(tr.fact, |s| (t(Lang::Nl).field_label)(Field::Fact(s.fact)));
            match (&tr.min, &tr.max) {
                (serde_json::Value::Bool(_), _) => label.to_string(),
                (serde_json::Value::String(s), serde_json::Value::String(e)) if s == e => {
                    format!("{label}: {s}")
                }
                (a, b) if a == b => format!(
                    "{label}: {}",
                    number::format(a.as_f64().unwrap_or(0.0), ',')
                ),
                (a, b) => format!(
                    "{label}: {}–{}",
                    number::format(a.as_f64().unwrap_or(0.0), ','),
                    number::format(b.as_f64().unwrap_or(0.0), ',')
                ),
            }
        })
        .collect();
    if parts.is_empty() {
        "geen gedeeld kenmerk".into()
    } else {
        parts.join("; ")
    }
}

/// The example's answers that are not the default, in short.
fn example_text(answers: &serde_json::Value) -> String {
    answers
        .as_object()
        .into_iter()
        .flatten()
        .filter(|(k, v)| {
            *k != "date"
                && !v.is_null()
                && **v != serde_json::Value::Bool(false)
                && **v != serde_json::json!(0)
                && !(*k == "benefit" && *v == "participatiewet")
        })
        .map(|(k, v)| {
            format!(
                "{k} = {}",
                match v {
                    serde_json::Value::String(s) => s.clone(),
                    other => other.to_string(),
                }
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Groups of changed people listed; the rest are in the CSV.
const SHOWN: usize = 12;

fn change_item(props: &PartProps, i: usize, g: &Difference) -> Html {
    let bench = &props.model.0;
    let answers = contract::answers_from_json(&g.example.answers, bench.today).ok();
    let says = format!("{} → {}", side_text(&g.before), side_text(&g.after));
    let add = answers
        .and_then(|a| bench.case_for(&says, &a))
        .map(|block| {
            props
                .on_action
                .reform(move |_: MouseEvent| Action::AddCase(block.clone()))
        });
    let row = format!(
        "Voorbeeld: rij {}{}",
        g.example.row,
        g.example
            .id
            .as_ref()
            .map(|id| format!(", id {id}"))
            .unwrap_or_default()
    );
    html! {
        <li class="tpc-bench-change" key={i}>
            <p class="tpc-bench-change__head">
                <strong>{ format!("{} mensen", thousands(g.count)) }</strong>{ format!(" · {}", how_text(&g.how)) }
            </p>
            <p>{ format!("Nu: {}", side_text(&g.before)) }<br />{ format!("Concept: {}", side_text(&g.after)) }</p>
            <p class="tpc-hint">{ format!("Wat zij gemeen hebben: {}", traits_text(g)) }</p>
            <details class="tpc-help">
                <summary>{ row }</summary>
                <p class="tpc-bench-change__example">{ example_text(&g.example.answers) }</p>
            </details>
            if let Some(add) = add {
                <button type="button" class="tpc-button tpc-button--secondary tpc-no-print tpc-bench-make-case" onclick={add}>
                    { "Maak testgeval" }
                </button>
            }
        </li>
    }
}

#[function_component]
pub fn Comparison(props: &PartProps) -> Html {
    let bench = &props.model.0;
    let Some(report) = bench.report.as_ref() else {
        return html! {
            <p class="tpc-bench__status tpc-bench__status--bad" id="tpc-bench-compare-wait">
                { "De vergelijking verschijnt als het concept geen problemen meer heeft." }
            </p>
        };
    };
    let (Some(draft), Some(diff)) = (report.draft.as_ref(), report.differences.as_ref()) else {
        return html! {};
    };
    let current = &report.current;
    let on_compare = props.on_action.reform(|e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        Action::Compare(select.value())
    });
    let mut ordinances: Vec<(&str, &str)> = bench
        .base
        .rule_sets()
        .iter()
        .map(|s| (s.ordinance().id.as_str(), s.ordinance().title.as_str()))
        .collect();
    ordinances.sort_by_key(|(_, title)| title.to_lowercase());
    let who = match &bench.population {
        Population::Synthetic { size, .. } => {
            format!("een gemaakte groep van {} mensen", thousands(*size as u64))
        }
        Population::File { name, people, .. } => {
            format!("{} mensen uit {name}", thousands(people.len() as u64))
        }
    };
    let statuses = status_rows(current, draft);
    let grounds = ground_rows(current, draft);
    let hours = bucket_rows(
        &current.hours_per_week.distribution,
        &draft.hours_per_week.distribution,
        hours_text,
    );
    let durations = bucket_rows(
        &current.duration.distribution,
        &draft.duration.distribution,
        duration_text,
    );
    let draft_title = bench
        .checked
        .ordinance
        .as_ref()
        .map_or("", |o| o.title.as_str());
    // Only another ground: the same outcome for the person; counted, not listed.
    let (other, real): (Vec<&Difference>, Vec<&Difference>) =
        diff.groups.iter().partition(|g| g.how == ["grounds"]);
    let other_ground: u64 = other.iter().map(|g| g.count).sum();
    html! {
        <div class="tpc-bench-result" id="tpc-bench-result">
            <div class="tpc-bench-field tpc-no-print">
                <label class="tpc-label" for="tpc-bench-current">{ "Vergelijk het concept met" }</label>
                <select id="tpc-bench-current" class="tpc-select" onchange={on_compare}>
                    { for ordinances.iter().map(|(id, title)| html! {
                        <option value={id.to_string()} selected={*id == bench.current}>{ *title }</option>
                    }) }
                </select>
            </div>
            <h2 class="tpc-print-only">{ "Wat verandert er met het concept?" }</h2>
            <p id="tpc-bench-headline" class="tpc-bench__headline" role="status">
                { format!(
                    "Over {who}: bij {} mensen verandert de uitkomst of de omvang, bij {} niet.",
                    thousands(diff.changed), thousands(diff.unchanged)
                ) }
            </p>
            <p class="tpc-hint">
                <span class="tpc-bench-key tpc-bench-key--current"></span>{ format!(" Huidig: {}. ", current.title) }
                <span class="tpc-bench-key tpc-bench-key--draft"></span>{ format!(" Concept: {draft_title}. ") }
                if report.rejected.count > 0 { { format!("{} rijen met een fout tellen niet mee.", thousands(report.rejected.count)) } }
            </p>
            <div class="tpc-bench-columns">
                <div>
                    <h3 class="tpc-bench__h3">{ "Uitkomst" }</h3>
                    { chart("Aantal mensen per uitkomst, huidig en concept", &statuses) }
                    { table("Aantal mensen per uitkomst", "Uitkomst", &statuses, "tpc-bench-status-table") }
                </div>
                <div>
                    <h3 class="tpc-bench__h3">{ "Uren per week" }</h3>
                    { chart("Aantal mensen per aantal uren, huidig en concept", &hours) }
                    { table("Uren per week (verplicht of college beslist)", "Uren", &hours, "tpc-bench-hours-table") }
                    <h3 class="tpc-bench__h3">{ "Duur" }</h3>
                    { chart("Aantal mensen per duur, huidig en concept", &durations) }
                    { table("Duur van de tegenprestatie", "Duur", &durations, "tpc-bench-duration-table") }
                </div>
            </div>
            { table("Aantal mensen per regel die de uitkomst bepaalt", "Regel", &grounds, "tpc-bench-ground-table") }
            <h3 class="tpc-bench__h3">{ "Wie verandert, en hoe" }</h3>
            if real.is_empty() {
                <p>{ "Niemand krijgt een andere uitkomst, andere uren of een andere duur." }</p>
            }
            <ol class="tpc-bench-changes" id="tpc-bench-changes">
                { for real.iter().take(SHOWN).enumerate().map(|(i, g)| change_item(props, i, g)) }
            </ol>
            if real.len() > SHOWN {
                <p class="tpc-hint">{ format!("En nog {} kleinere groepen (zie de CSV).", real.len() - SHOWN) }</p>
            }
            if other_ground > 0 {
                <p class="tpc-hint" id="tpc-bench-other-ground">{ format!(
                    "{} mensen houden dezelfde uitkomst, maar op grond van een andere regel (zie de CSV).",
                    thousands(other_ground)
                ) }</p>
            }
        </div>
    }
}
