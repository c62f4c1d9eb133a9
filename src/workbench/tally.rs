//! A caseload's outcomes, counted: per status, per ground, and how many hours and how long, for
//! one rule set or two side by side, with the people whose outcome differs between them grouped
//! by how it differs. Fed a batch at a time, so a caseload of any length takes constant memory
//! (the CLI streams a file through it; the workbench a file or a synthetic population).

use std::collections::HashMap;

use serde::Serialize;

use crate::answers::Answers;
use crate::caseload_file::RowError;
use crate::contract;
use crate::decision::Status;
use crate::engine::caseload::Caseload;
use crate::engine::{BoundsChoice, NotInForce, RuleSet, Verdict};
use crate::facts::{Fact, Kind, Origin, SCHEMA};
use crate::model::{Bounds, Range};

/// People are decided this many at a time.
const BATCH: usize = 4096;
/// Rejected rows listed one by one; more are counted.
const LISTED: usize = 1000;

/// Counts for one rule set, by the engine's bits (named when the run is finished).
#[derive(Debug, Clone)]
struct Counts {
    by_status: [u64; Status::ALL.len()],
    by_ground: [u64; 64],
    by_bounds: HashMap<BoundsChoice, u64>,
    not_in_force: u64,
    law_changed: u64,
}

impl Counts {
    fn new() -> Counts {
        Counts {
            by_status: [0; Status::ALL.len()],
            by_ground: [0; 64],
            by_bounds: HashMap::new(),
            not_in_force: 0,
            law_changed: 0,
        }
    }

    fn add(&mut self, verdict: &Result<Verdict, NotInForce>) {
        let v = match verdict {
            Ok(v) => v,
            Err(NotInForce::LawChanged { .. }) => {
                self.law_changed += 1;
                return;
            }
            Err(_) => {
                self.not_in_force += 1;
                return;
            }
        };
        self.by_status[status_index(v.status)] += 1;
        let mut bits = v.grounds;
        while bits != 0 {
            self.by_ground[bits.trailing_zeros() as usize] += 1;
            bits &= bits - 1;
        }
        if let Some(b) = v.bounds {
            *self.by_bounds.entry(b).or_default() += 1;
        }
    }
}

fn status_index(s: Status) -> usize {
    Status::ALL.iter().position(|x| *x == s).unwrap_or(0)
}

/// An outcome as a comparison sees it: the status, the rules behind it, the bounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Outcome {
    status: Option<Status>,
    grounds: u64,
    bounds: Option<BoundsChoice>,
}

impl Outcome {
    fn of(v: &Result<Verdict, NotInForce>) -> Outcome {
        match v {
            Ok(v) => Outcome {
                status: Some(v.status),
                grounds: v.grounds,
                bounds: v.bounds,
            },
            Err(_) => Outcome {
                status: None,
                grounds: 0,
                bounds: None,
            },
        }
    }
}

/// What the people of one group have: each answer's lowest and highest value among them.
#[derive(Debug, Clone)]
struct Traits {
    low: Vec<f64>,
    high: Vec<f64>,
}

/// The answer facts a group is described by (everything a person answers but the date).
fn trait_facts() -> impl Iterator<Item = Fact> {
    SCHEMA
        .iter()
        .filter(|s| s.origin == Origin::Answer)
        .filter(|s| !matches!(s.kind, Kind::Date))
        .map(|s| s.fact)
}

impl Traits {
    fn new() -> Traits {
        let n = trait_facts().count();
        Traits {
            low: vec![f64::INFINITY; n],
            high: vec![f64::NEG_INFINITY; n],
        }
    }

    fn add(&mut self, a: &Answers) {
        for (i, fact) in trait_facts().enumerate() {
            // Not known counts as the lowest: a trait is what every member has.
            let v = a.get(fact);
            let v = if v.is_nan() { f64::NEG_INFINITY } else { v };
            self.low[i] = self.low[i].min(v);
            self.high[i] = self.high[i].max(v);
        }
    }
}

#[derive(Debug, Clone)]
struct Group {
    count: u64,
    example: Example,
    traits: Traits,
}

/// One person of a group, to look at.
#[derive(Debug, Clone)]
pub struct Example {
    /// The row in the caseload file (header = 1), or the person's number in a generated
    /// population (from 1).
    pub row: u64,
    pub id: Option<String>,
    pub answers: Answers,
}

/// A caseload run through one rule set, or two.
pub struct Simulation<'a> {
    sets: Vec<&'a RuleSet>,
    counts: Vec<Counts>,
    groups: HashMap<(Outcome, Outcome), Group>,
    pending: Vec<Answers>,
    pending_rows: Vec<(u64, Option<String>)>,
    verdicts: Vec<Vec<Result<Verdict, NotInForce>>>,
    people: u64,
    rejected: Vec<RowError>,
    rejected_count: u64,
}

impl<'a> Simulation<'a> {
    /// A run of `current`, and of `draft` beside it when given. Both come from catalogues with
    /// the same statute (the AOW table is the statute's).
    pub fn new(current: &'a RuleSet, draft: Option<&'a RuleSet>) -> Simulation<'a> {
        let sets: Vec<&RuleSet> = std::iter::once(current).chain(draft).collect();
        Simulation {
            counts: sets.iter().map(|_| Counts::new()).collect(),
            verdicts: sets.iter().map(|_| Vec::new()).collect(),
            sets,
            groups: HashMap::new(),
            pending: Vec::with_capacity(BATCH),
            pending_rows: Vec::with_capacity(BATCH),
            people: 0,
            rejected: Vec::new(),
            rejected_count: 0,
        }
    }

    /// One person.
    pub fn add(&mut self, row: u64, id: Option<String>, answers: Answers) {
        self.pending.push(answers);
        self.pending_rows.push((row, id));
        if self.pending.len() >= BATCH {
            self.flush();
        }
    }

    /// A row that could not be read: listed (up to a thousand) and counted.
    pub fn reject(&mut self, error: RowError) {
        self.rejected_count += 1;
        if self.rejected.len() < LISTED {
            self.rejected.push(error);
        }
    }

    fn flush(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let caseload = Caseload::new(&self.pending, self.sets[0].pension_ages());
        for (set, out) in self.sets.iter().zip(&mut self.verdicts) {
            set.decide_caseload(&caseload, out);
        }
        for (i, answers) in self.pending.iter().enumerate() {
            for (counts, verdicts) in self.counts.iter_mut().zip(&self.verdicts) {
                counts.add(&verdicts[i]);
            }
            if self.sets.len() == 2 {
                let key = (
                    Outcome::of(&self.verdicts[0][i]),
                    Outcome::of(&self.verdicts[1][i]),
                );
                let rows = &mut self.pending_rows;
                let group = self.groups.entry(key).or_insert_with(|| Group {
                    count: 0,
                    example: Example {
                        row: rows[i].0,
                        id: rows[i].1.take(),
                        answers: *answers,
                    },
                    traits: Traits::new(),
                });
                group.count += 1;
                group.traits.add(answers);
            }
        }
        self.people += self.pending.len() as u64;
        self.pending.clear();
        self.pending_rows.clear();
    }

    /// The counts, named.
    pub fn finish(mut self) -> Report {
        self.flush();
        let current = summary(self.sets[0], &self.counts[0]);
        let draft = (self.sets.len() == 2).then(|| summary(self.sets[1], &self.counts[1]));
        let differences = (self.sets.len() == 2).then(|| {
            let mut groups: Vec<Difference> = Vec::new();
            let mut unchanged = 0;
            for ((a, b), group) in self.groups {
                let before = side(self.sets[0], &a);
                let after = side(self.sets[1], &b);
                let how = how(&before, &after);
                if how.is_empty() {
                    unchanged += group.count;
                    continue;
                }
                groups.push(Difference {
                    count: group.count,
                    how,
                    before,
                    after,
                    traits: traits(&group.traits),
                    example: ExampleView::new(&group.example),
                });
            }
            // Largest first; ties in a fixed order (the map's is not).
            groups.sort_by(|x, y| {
                y.count
                    .cmp(&x.count)
                    .then(x.how.cmp(&y.how))
                    .then(x.before.order_key().cmp(&y.before.order_key()))
                    .then(x.after.order_key().cmp(&y.after.order_key()))
                    .then(x.example.row.cmp(&y.example.row))
            });
            Differences {
                changed: groups.iter().map(|g| g.count).sum(),
                unchanged,
                groups,
            }
        });
        Report {
            people: self.people,
            rejected: Rejected {
                count: self.rejected_count,
                rows: self
                    .rejected
                    .into_iter()
                    .map(|e| RejectedRow {
                        row: e.row,
                        field: e.field,
                        message: e.message,
                        nl: e.nl,
                    })
                    .collect(),
            },
            current,
            draft,
            differences,
        }
    }
}

// ---- the report -----------------------------------------------------------------------------

/// Everything a run found; the CLI prints it as JSON, the workbench shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// People counted (rows read without a problem).
    pub people: u64,
    pub rejected: Rejected,
    pub current: Summary,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub draft: Option<Summary>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub differences: Option<Differences>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Rejected {
    pub count: u64,
    /// The first thousand, in file order.
    pub rows: Vec<RejectedRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RejectedRow {
    pub row: u64,
    pub field: String,
    pub message: String,
    pub nl: String,
}

/// One rule set's counts.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub ordinance: String,
    pub title: String,
    /// People for whom the ordinance's version does not apply on their reference date.
    pub not_in_force: u64,
    /// People whose reference date is in a version of the law whose rules this checker does
    /// not know (from 2027-01-01): no outcome from the old rules.
    pub law_changed: u64,
    pub by_status: Vec<StatusCount>,
    pub by_ground: Vec<GroundCount>,
    pub hours_per_week: Spread,
    pub duration: Spread,
}

impl Summary {
    pub fn count(&self, status: Status) -> u64 {
        self.by_status
            .iter()
            .find(|s| s.status == status.key())
            .map_or(0, |s| s.count)
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct StatusCount {
    pub status: &'static str,
    pub count: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct GroundCount {
    pub rule: String,
    /// The rule in the ordinance's own words for the person, in Dutch and in English.
    pub label: String,
    pub label_en: String,
    pub count: u64,
}

/// How a bound is spread over the people it applies to (obligated or left to the college).
#[derive(Debug, Clone, Serialize)]
pub struct Spread {
    /// The lowest and highest value any of them can be given.
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub distribution: Vec<Bucket>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Bucket {
    /// `hours_per_week`, `months`, `weeks`, `permanent` (no end) or `open` (the ordinance
    /// sets none).
    pub unit: &'static str,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub count: u64,
}

fn hours_of(b: &Bounds) -> (&'static str, Range) {
    ("hours_per_week", b.hours_per_week)
}

fn duration_of(b: &Bounds) -> (&'static str, Range) {
    let set = |r: &Range| r.min.is_some() || r.max.is_some();
    if b.permanent {
        ("permanent", Range::default())
    } else if set(&b.duration_months) {
        ("months", b.duration_months)
    } else if set(&b.duration_weeks) {
        ("weeks", b.duration_weeks)
    } else {
        ("open", Range::default())
    }
}

fn spread(
    set: &RuleSet,
    by_bounds: &HashMap<BoundsChoice, u64>,
    of: fn(&Bounds) -> (&'static str, Range),
) -> Spread {
    let mut distribution: Vec<Bucket> = Vec::new();
    for (choice, count) in by_bounds {
        let Some((bounds, _)) = set.bounds(*choice) else {
            continue;
        };
        let (unit, range) = of(bounds);
        match distribution
            .iter_mut()
            .find(|b| b.unit == unit && b.min == range.min && b.max == range.max)
        {
            Some(b) => b.count += count,
            None => distribution.push(Bucket {
                unit,
                min: range.min,
                max: range.max,
                count: *count,
            }),
        }
    }
    distribution.sort_by(|a, b| {
        let key = |x: &Bucket| (x.unit, x.min.unwrap_or(0.0), x.max.unwrap_or(f64::MAX));
        let (ka, kb) = (key(a), key(b));
        ka.0.cmp(kb.0)
            .then(ka.1.total_cmp(&kb.1))
            .then(ka.2.total_cmp(&kb.2))
    });
    let with_count = || distribution.iter().filter(|b| b.count > 0);
    Spread {
        min: with_count()
            .filter_map(|b| b.min.or(b.max))
            .min_by(f64::total_cmp),
        max: with_count().filter_map(|b| b.max).max_by(f64::total_cmp),
        distribution,
    }
}

fn summary(set: &RuleSet, counts: &Counts) -> Summary {
    let ordinance = set.ordinance();
    Summary {
        ordinance: ordinance.id.clone(),
        title: ordinance.title.clone(),
        not_in_force: counts.not_in_force,
        law_changed: counts.law_changed,
        by_status: Status::ALL
            .iter()
            .map(|s| StatusCount {
                status: s.key(),
                count: counts.by_status[status_index(*s)],
            })
            .collect(),
        by_ground: (0..64)
            .filter(|i| counts.by_ground[*i] > 0)
            .filter_map(|i| {
                let (_, rule) = set.rule(i)?;
                Some(GroundCount {
                    rule: rule.id.clone(),
                    label: rule.explanation.nl.clone(),
                    label_en: rule.explanation.en.clone(),
                    count: counts.by_ground[i],
                })
            })
            .collect(),
        hours_per_week: spread(set, &counts.by_bounds, hours_of),
        duration: spread(set, &counts.by_bounds, duration_of),
    }
}

// ---- differences ----------------------------------------------------------------------------

/// The people whose outcome differs, grouped by how.
#[derive(Debug, Clone, Serialize)]
pub struct Differences {
    pub changed: u64,
    pub unchanged: u64,
    /// Largest group first.
    pub groups: Vec<Difference>,
}

/// One kind of change and the people it happens to.
#[derive(Debug, Clone, Serialize)]
pub struct Difference {
    pub count: u64,
    /// What changes, as keys: `status`, `hours_up`, `hours_down`, `longer`, `shorter`,
    /// `duration`, `grounds`.
    pub how: Vec<&'static str>,
    pub before: Side,
    pub after: Side,
    /// What every person of the group has in common: the answers they all give a value
    /// above nil, with the range.
    pub traits: Vec<Trait>,
    pub example: ExampleView,
}

/// One side of a change.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Side {
    /// `null` when the ordinance does not apply on the person's date.
    pub status: Option<&'static str>,
    pub grounds: Vec<String>,
    pub hours_per_week: Option<Range>,
    pub duration: Option<Duration>,
}

impl Side {
    fn order_key(&self) -> String {
        format!(
            "{:?}{:?}{:?}{:?}",
            self.status, self.grounds, self.hours_per_week, self.duration
        )
    }
}

/// How long an assignment runs, as the ordinance sets it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Duration {
    /// `months`, `weeks`, `permanent` (no end) or `open` (the ordinance sets none).
    pub unit: &'static str,
    pub min: Option<f64>,
    pub max: Option<f64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Trait {
    pub fact: &'static str,
    pub min: serde_json::Value,
    pub max: serde_json::Value,
}

#[derive(Debug, Clone, Serialize)]
pub struct ExampleView {
    pub row: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// In the contract's form: paste it into a check or a case.
    pub answers: serde_json::Value,
}

impl ExampleView {
    fn new(e: &Example) -> ExampleView {
        ExampleView {
            row: e.row,
            id: e.id.clone(),
            answers: contract::answers_to_json(&e.answers),
        }
    }
}

fn side(set: &RuleSet, o: &Outcome) -> Side {
    let bounds = o.bounds.and_then(|b| set.bounds(b)).map(|(b, _)| b);
    Side {
        status: o.status.map(Status::key),
        grounds: (0..64)
            .filter(|i| o.grounds >> i & 1 == 1)
            .filter_map(|i| set.rule(i).map(|(_, r)| r.id.clone()))
            .collect(),
        hours_per_week: bounds.map(|b| b.hours_per_week),
        duration: bounds.map(|b| {
            let (unit, r) = duration_of(b);
            Duration {
                unit,
                min: r.min,
                max: r.max,
            }
        }),
    }
}

/// How two sides differ; empty when they do not.
fn how(a: &Side, b: &Side) -> Vec<&'static str> {
    let mut how = Vec::new();
    if a.status != b.status {
        how.push("status");
    }
    let top = |r: &Option<Range>| r.and_then(|r| r.max.or(r.min));
    if a.status == b.status && a.hours_per_week != b.hours_per_week {
        match (top(&a.hours_per_week), top(&b.hours_per_week)) {
            (Some(x), Some(y)) if y > x => how.push("hours_up"),
            (Some(x), Some(y)) if y < x => how.push("hours_down"),
            _ => how.push("hours"),
        }
    }
    if a.status == b.status && a.duration != b.duration {
        let end = |d: &Option<Duration>| {
            d.as_ref()
                .filter(|d| d.unit == "months")
                .and_then(|d| d.max)
        };
        match (end(&a.duration), end(&b.duration)) {
            (Some(x), Some(y)) if y > x => how.push("longer"),
            (Some(x), Some(y)) if y < x => how.push("shorter"),
            _ => how.push("duration"),
        }
    }
    if a.grounds != b.grounds && how.is_empty() {
        how.push("grounds");
    }
    how
}

fn traits(t: &Traits) -> Vec<Trait> {
    trait_facts()
        .enumerate()
        .filter(|(i, _)| t.low[*i] > 0.0 && t.low[*i].is_finite())
        .map(|(i, fact)| {
            let value = |v: f64| match fact.kind() {
                Kind::Bool => serde_json::Value::Bool(v != 0.0),
                Kind::Choice(options) => options
                    .get(v as usize)
                    .map_or(serde_json::Value::Null, |o| serde_json::Value::from(*o)),
                Kind::Number { whole: true, .. } => serde_json::Value::from(v as i64),
                _ => serde_json::Value::from(v),
            };
            Trait {
                fact: fact.key(),
                min: value(t.low[i]),
                max: value(t.high[i]),
            }
        })
        .collect()
}

/// A report as a CSV a spreadsheet opens (`;`-separated, as Dutch spreadsheets write it): per
/// status and per ground the count under the current ordinance and the draft, then each group
/// of changed people with its example's row.
pub fn to_csv(report: &Report) -> String {
    let cell = |s: &str| {
        if s.contains([';', '"', '\n']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s.to_string()
        }
    };
    let mut out = String::from("onderdeel;wat;huidig;concept\n");
    let draft = report.draft.as_ref();
    out.push_str(&format!(
        "mensen;geteld;{};{}\n",
        report.people, report.people
    ));
    out.push_str(&format!(
        "mensen;rijen met een fout;{};{}\n",
        report.rejected.count, report.rejected.count
    ));
    for s in &report.current.by_status {
        let other = draft.map_or(0, |d| {
            d.by_status
                .iter()
                .find(|x| x.status == s.status)
                .map_or(0, |x| x.count)
        });
        out.push_str(&format!("status;{};{};{other}\n", s.status, s.count));
    }
    let mut rules: Vec<&str> = report
        .current
        .by_ground
        .iter()
        .map(|g| g.rule.as_str())
        .collect();
    for g in draft.into_iter().flat_map(|d| &d.by_ground) {
        if !rules.contains(&g.rule.as_str()) {
            rules.push(&g.rule);
        }
    }
    let count = |s: Option<&Summary>, rule: &str| {
        s.and_then(|s| s.by_ground.iter().find(|g| g.rule == rule))
            .map_or(0, |g| g.count)
    };
    for rule in rules {
        out.push_str(&format!(
            "grond;{};{};{}\n",
            cell(rule),
            count(Some(&report.current), rule),
            count(draft, rule)
        ));
    }
    if let Some(d) = &report.differences {
        out.push_str("\nverandering;van;naar;aantal;voorbeeld (rij)\n");
        for g in &d.groups {
            let side = |s: &Side| {
                format!(
                    "{} ({})",
                    s.status.unwrap_or("geen regels op die datum"),
                    s.grounds.join(", ")
                )
            };
            out.push_str(&format!(
                "{};{};{};{};{}\n",
                g.how.join(" "),
                cell(&side(&g.before)),
                cell(&side(&g.after)),
                g.count,
                g.example.row
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog;
    use crate::date::Date;

    fn day() -> Date {
        Date::parse("2026-06-01").unwrap()
    }

    #[test]
    fn counts_add_up_and_match_single_decisions() {
        let catalog = catalog::bundled();
        let (set, _) = catalog.find("overbetuwe").unwrap();
        let people = crate::workbench::population::Shares::default().generate(10_000, 5, day());
        let mut sim = Simulation::new(set, None);
        for (i, a) in people.iter().enumerate() {
            sim.add(i as u64 + 1, None, *a);
        }
        let report = sim.finish();
        assert_eq!(report.people, 10_000);
        let total: u64 = report.current.by_status.iter().map(|s| s.count).sum();
        assert_eq!(total + report.current.not_in_force, 10_000);
        let exempt = people
            .iter()
            .filter(|a| set.decide(a).unwrap().status == Status::Exempt)
            .count() as u64;
        assert_eq!(report.current.count(Status::Exempt), exempt);
        assert!(report.draft.is_none() && report.differences.is_none());
        let csv = to_csv(&report);
        assert!(csv.contains(&format!("status;exempt;{exempt};0")), "{csv}");
    }
}
