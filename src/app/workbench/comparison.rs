//! The comparison: counts per status and per ground, hours and duration, for the current
//! ordinance and the draft side by side (a chart and a table), and the people whose outcome
//! changes, grouped by how, each with an example person and a button that makes it a case.
//! Printed, this is the report for a council memo.

use yew::prelude::*;

use super::population_view::thousands;
use super::{ordinance_options, PartProps};
use crate::contract;
use crate::flow::questions::Field;
use crate::flow::state::Lang;
use crate::flow::texts::workbench::{workbench_texts, WorkbenchTexts};
use crate::flow::texts::{fill, t};
use crate::number;
use crate::workbench::state::{Action, Population};
use crate::workbench::tally::{Bucket, Difference, Duration, Side, Summary};

/// Groups of changed people listed; the rest are in the CSV.
const SHOWN: usize = 12;

/// A row of a chart and its table: label, current, draft.
type Row = (String, u64, u64);

fn decimal(lang: Lang) -> char {
    match lang {
        Lang::Nl => ',',
        _ => '.',
    }
}

fn range_text(lang: Lang, min: Option<f64>, max: Option<f64>, unit: &str) -> String {
    let w = workbench_texts(lang);
    let n = |v: f64| number::format(v, decimal(lang));
    match (min, max) {
        (Some(a), Some(b)) if a == b => format!("{} {unit}", n(a)),
        (Some(a), Some(b)) => format!("{}–{} {unit}", n(a), n(b)),
        (None, Some(b)) => fill(w.at_most, &[("n", &n(b)), ("unit", unit)]),
        (Some(a), None) => fill(w.at_least, &[("n", &n(a)), ("unit", unit)]),
        (None, None) => w.not_set.into(),
    }
}

fn duration_words(lang: Lang, unit: &str, min: Option<f64>, max: Option<f64>) -> String {
    let w = workbench_texts(lang);
    match unit {
        "months" => range_text(lang, min, max, w.unit_months),
        "weeks" => range_text(lang, min, max, w.unit_weeks),
        "permanent" => w.no_end.into(),
        _ => w.not_set.into(),
    }
}

/// Two bars per row (current, draft), widths as SVG attributes (no inline style: the CSP).
fn chart(lang: Lang, title: &str, rows: &[Row]) -> Html {
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
                    <text x={format!("{:.1}", 206.0 + w(*a))} y={format!("{}", y + 14.0)} class="tpc-bench-chart__value">{ thousands(lang, *a) }</text>
                    <text x={format!("{:.1}", 206.0 + w(*b))} y={format!("{}", y + 28.0)} class="tpc-bench-chart__value">{ thousands(lang, *b) }</text>
                </g> }
            }) }
        </svg>
    }
}

fn table(lang: Lang, caption: &str, first: &str, rows: &[Row], id: &str) -> Html {
    let w = workbench_texts(lang);
    html! {
        // A region that scrolls sideways on a narrow screen, reachable by keyboard.
        <div class="tpc-bench-table-wrap" role="region" tabindex="0" aria-label={caption.to_string()}>
        <table class="tpc-bench-table" id={id.to_string()}>
            <caption>{ caption.to_string() }</caption>
            <thead><tr>
                <th scope="col">{ first.to_string() }</th>
                <th scope="col" class="tpc-num">{ w.current }</th>
                <th scope="col" class="tpc-num">{ w.draft }</th>
                <th scope="col" class="tpc-num">{ w.difference }</th>
            </tr></thead>
            <tbody>
                { for rows.iter().map(|(label, a, b)| {
                    let d = *b as i64 - *a as i64;
                    let shown = match d.signum() {
                        1 => format!("+{}", thousands(lang, d as u64)),
                        -1 => format!("−{}", thousands(lang, d.unsigned_abs())),
                        _ => "0".into(),
                    };
                    html! { <tr>
                        <th scope="row">{ label.clone() }</th>
                        <td class="tpc-num">{ thousands(lang, *a) }</td>
                        <td class="tpc-num">{ thousands(lang, *b) }</td>
                        <td class="tpc-num">{ shown }</td>
                    </tr> }
                }) }
            </tbody>
        </table>
        </div>
    }
}

fn status_rows(w: &WorkbenchTexts, a: &Summary, b: &Summary) -> Vec<Row> {
    a.by_status
        .iter()
        .map(|s| {
            let other = b
                .by_status
                .iter()
                .find(|x| x.status == s.status)
                .map_or(0, |x| x.count);
            ((w.status)(s.status).to_string(), s.count, other)
        })
        .filter(|r| r.1 + r.2 > 0)
        .collect()
}

fn ground_rows(lang: Lang, a: &Summary, b: &Summary) -> Vec<Row> {
    let label = |g: &'_ crate::workbench::tally::GroundCount| match lang {
        Lang::Nl => g.label.clone(),
        _ => g.label_en.clone(),
    };
    let mut rules: Vec<(&str, String)> = a
        .by_ground
        .iter()
        .map(|g| (g.rule.as_str(), label(g)))
        .collect();
    for g in &b.by_ground {
        if !rules.iter().any(|(r, _)| *r == g.rule) {
            rules.push((&g.rule, label(g)));
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

fn bucket_rows(a: &[Bucket], b: &[Bucket], text: impl Fn(&Bucket) -> String) -> Vec<Row> {
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

fn side_text(lang: Lang, s: &Side) -> String {
    let w = workbench_texts(lang);
    let mut out = (w.status)(s.status.unwrap_or("")).to_string();
    if let Some(h) = s.hours_per_week {
        out.push_str(&format!(
            ", {}",
            range_text(lang, h.min, h.max, w.unit_hours)
        ));
    }
    if let Some(Duration { unit, min, max }) = &s.duration {
        out.push_str(&format!(", {}", duration_words(lang, unit, *min, *max)));
    }
    if !s.grounds.is_empty() {
        out.push_str(&fill(w.by_rule, &[("ids", &s.grounds.join(", "))]));
    }
    out
}

/// What the people of a group have in common, in words.
fn traits_text(lang: Lang, g: &Difference) -> String {
    let w = workbench_texts(lang);
    let n = |v: &serde_json::Value| number::format(v.as_f64().unwrap_or(0.0), decimal(lang));
    let parts: Vec<String> = g
        .traits
        .iter()
        .filter(|t| t.fact != "age")
        .filter_map(|tr| {
            let label = crate::facts::SCHEMA
                .iter()
                .find(|s| s.key == tr.fact)
                .map_or(tr.fact, |s| t(lang).field_label(Field::Fact(s.fact)));
            match (&tr.min, &tr.max) {
                (serde_json::Value::Bool(_), _) => Some(label.to_string()),
                // One option for all of them; several options are no shared trait.
                (serde_json::Value::String(s), serde_json::Value::String(e)) => {
                    (s == e).then(|| format!("{label}: {s}"))
                }
                (a, b) if a == b => Some(format!("{label}: {}", n(a))),
                (a, b) => Some(format!("{label}: {}–{}", n(a), n(b))),
            }
        })
        .collect();
    if parts.is_empty() {
        w.nothing_in_common.into()
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
        .map(|(k, v)| match v {
            serde_json::Value::String(s) => format!("{k} = {s}"),
            other => format!("{k} = {other}"),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn change_item(props: &PartProps, i: usize, g: &Difference) -> Html {
    let bench = &props.model.0;
    let lang = props.lang;
    let w = workbench_texts(lang);
    let answers = contract::answers_from_json(&g.example.answers, bench.today).ok();
    let says = format!(
        "{} → {}",
        side_text(lang, &g.before),
        side_text(lang, &g.after)
    );
    let add = answers
        .and_then(|a| bench.case_for(&says, &a))
        .map(|block| {
            props
                .on_action
                .reform(move |_: MouseEvent| Action::AddCase(block.clone()))
        });
    let mut row = fill(w.example, &[("row", &g.example.row.to_string())]);
    if let Some(id) = &g.example.id {
        row.push_str(&format!(", id {id}"));
    }
    let how: Vec<&str> = g.how.iter().map(|h| (w.how)(h)).collect();
    html! {
        <li class="tpc-bench-change" key={i}>
            <p class="tpc-bench-change__head">
                <strong>{ if g.count == 1 { w.one_person.to_string() } else { fill(w.people, &[("n", &thousands(lang, g.count))]) } }</strong>{ format!(" · {}", how.join(", ")) }
            </p>
            <p>
                { fill(w.now, &[("side", &side_text(lang, &g.before))]) }<br />
                { fill(w.then, &[("side", &side_text(lang, &g.after))]) }
            </p>
            <p class="tpc-hint">{ fill(w.in_common, &[("traits", &traits_text(lang, g))]) }</p>
            <details class="tpc-help">
                <summary>{ row }</summary>
                <p class="tpc-bench-change__example">{ example_text(&g.example.answers) }</p>
            </details>
            if let Some(add) = add {
                <button type="button" class="tpc-button tpc-button--secondary tpc-no-print tpc-bench-make-case" onclick={add}>
                    { w.make_case }
                </button>
            }
        </li>
    }
}

#[function_component]
pub fn Comparison(props: &PartProps) -> Html {
    let bench = &props.model.0;
    let lang = props.lang;
    let w = workbench_texts(lang);
    let Some(report) = bench.report.as_ref() else {
        return html! {
            <p class="tpc-bench__status tpc-bench__status--bad" id="tpc-bench-compare-wait">
                { w.compare_wait }
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
    let who = match &bench.population {
        Population::Synthetic { size, .. } => {
            fill(w.who_synthetic, &[("n", &thousands(lang, *size as u64))])
        }
        Population::File { name, people, .. } => fill(
            w.who_file,
            &[("n", &thousands(lang, people.len() as u64)), ("name", name)],
        ),
    };
    let statuses = status_rows(w, current, draft);
    let grounds = ground_rows(lang, current, draft);
    let hours = bucket_rows(
        &current.hours_per_week.distribution,
        &draft.hours_per_week.distribution,
        |b| range_text(lang, b.min, b.max, w.unit_hours),
    );
    let durations = bucket_rows(
        &current.duration.distribution,
        &draft.duration.distribution,
        |b| duration_words(lang, b.unit, b.min, b.max),
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
    let headline = fill(
        w.headline,
        &[
            ("who", &who),
            ("changed", &thousands(lang, diff.changed)),
            ("unchanged", &thousands(lang, diff.unchanged)),
        ],
    );
    html! {
        <div class="tpc-bench-result" id="tpc-bench-result">
            <div class="tpc-bench-field tpc-no-print">
                <label class="tpc-label" for="tpc-bench-current">{ w.compare_with }</label>
                <select id="tpc-bench-current" class="tpc-select" onchange={on_compare}>
                    { ordinance_options(bench, &bench.current) }
                </select>
            </div>
            <h2 class="tpc-print-only">{ w.report_title }</h2>
            <p id="tpc-bench-headline" class="tpc-bench__headline" role="status">{ headline }</p>
            <p class="tpc-hint">
                <span class="tpc-bench-key tpc-bench-key--current"></span>{ fill(w.key_current, &[("title", &current.title)]) }
                <span class="tpc-bench-key tpc-bench-key--draft"></span>{ fill(w.key_draft, &[("title", draft_title)]) }
                if report.rejected.count > 0 { { fill(w.rejected_short, &[("n", &thousands(lang, report.rejected.count))]) } }
            </p>
            <div class="tpc-bench-columns">
                <div>
                    <h3 class="tpc-bench__h3">{ w.outcome }</h3>
                    { chart(lang, w.chart_status, &statuses) }
                    { table(lang, w.table_status, w.outcome, &statuses, "tpc-bench-status-table") }
                </div>
                <div>
                    <h3 class="tpc-bench__h3">{ w.hours }</h3>
                    { chart(lang, w.chart_hours, &hours) }
                    { table(lang, w.table_hours, w.hours, &hours, "tpc-bench-hours-table") }
                    <h3 class="tpc-bench__h3">{ w.duration }</h3>
                    { chart(lang, w.chart_duration, &durations) }
                    { table(lang, w.table_duration, w.duration, &durations, "tpc-bench-duration-table") }
                </div>
            </div>
            { table(lang, w.table_grounds, w.rule, &grounds, "tpc-bench-ground-table") }
            <h3 class="tpc-bench__h3">{ w.changes_title }</h3>
            if real.is_empty() {
                <p>{ w.nobody }</p>
            }
            <ol class="tpc-bench-changes" id="tpc-bench-changes">
                { for real.iter().take(SHOWN).enumerate().map(|(i, g)| change_item(props, i, g)) }
            </ol>
            if real.len() > SHOWN {
                <p class="tpc-hint">{ fill(w.more_groups, &[("n", &(real.len() - SHOWN).to_string())]) }</p>
            }
            if other_ground > 0 {
                <p class="tpc-hint" id="tpc-bench-other-ground">
                    { fill(w.other_ground, &[("n", &thousands(lang, other_ground))]) }
                </p>
            }
        </div>
    }
}
