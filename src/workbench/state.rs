//! The workbench's state and reducer, without the browser: the draft's text and what the door
//! says of it, the quick form's edits (written back into the text as JSON), the example cases
//! and their results, the population and the comparison over it. Every change recomputes what
//! depends on it, so the screen only renders.

use std::rc::Rc;

use crate::answers::Answers;
use crate::caseload_file::RowError;
use crate::catalog::Catalog;
use crate::date::Date;
use crate::facts::Fact;
use crate::model::{Condition, Ordinance};
use crate::workbench::builder::{self, FormProblem, Kind, Part, RuleForm};
use crate::workbench::cases::{self, Failure};
use crate::workbench::population::{Mix, Shares};
use crate::workbench::tally::{Report, Simulation};
use crate::workbench::{check, holes, to_json, Checked, Format};

/// A starting point for a new ordinance: valid as it stands, to be filled in.
pub const TEMPLATE: &str = include_str!("template.toml");

/// Oldenzaal's ordinance (it follows the VNG model) as a skeleton: its articles as rules, every
/// number and day it chose left as a hole to fill in (`holes`).
pub const SKELETON: &str = include_str!("oldenzaal-skeleton.toml");

/// People drawn for a synthetic population unless the officer asks for another number.
pub const DEFAULT_SIZE: usize = 10_000;
/// The largest synthetic population.
pub const MAX_SIZE: usize = 1_000_000;

/// Who the comparison runs over.
#[derive(Debug, Clone, PartialEq)]
pub enum Population {
    Synthetic {
        shares: Shares,
        size: usize,
        seed: u64,
    },
    /// A caseload file, read: its people (row, id, answers) and the rows that were not.
    File {
        name: String,
        people: Rc<Vec<(u64, Option<String>, Answers)>>,
        rejected: Rc<Vec<RowError>>,
        rejected_count: u64,
    },
}

/// One example case and whether it holds.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseResult {
    pub title: String,
    /// `None`: not run (the draft has problems).
    pub outcome: Option<Result<(), Failure>>,
}

#[derive(Debug, Clone)]
pub struct Bench {
    /// The bundled catalogue: the statute, and the ordinances to start from or compare with.
    pub base: Rc<Catalog>,
    pub today: Date,
    /// The ordinance the draft is compared with (its id in `base`).
    pub current: String,
    pub text: String,
    pub checked: Rc<Checked>,
    pub cases_text: String,
    /// The case file's own problem (not TOML), if any.
    pub cases_problem: Option<Failure>,
    pub cases: Vec<CaseResult>,
    pub population: Population,
    /// The comparison over the population: `None` while the draft has problems.
    pub report: Option<Rc<Report>>,
    /// The rule builder, while it is open.
    pub builder: Option<Builder>,
    /// A value typed for a hole that does not fit it (the hole's name and the value).
    pub fill_problem: Option<(String, String)>,
}

/// The rule builder's state: the form, the part of the draft it edits, and what it says.
#[derive(Debug, Clone, PartialEq)]
pub struct Builder {
    pub form: RuleForm,
    /// The id of the rule or variant in the draft the form edits; `None` for a new one.
    pub editing: Option<String>,
    pub problem: Option<BuildProblem>,
    /// The form was written into the draft (and not changed since).
    pub saved: bool,
}

/// Why the builder did not write the form into the draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BuildProblem {
    Form(FormProblem),
    /// The draft cannot be read, so nothing can be added to it.
    Unreadable,
    /// A JSON draft with holes: fill them in first.
    Holes,
}

/// What the rule builder is asked to do.
#[derive(Debug, Clone, PartialEq)]
pub enum BuildAction {
    New(Kind),
    /// Open a rule or variant of the draft, by id.
    Open(String),
    Set(String, String),
    Save,
    Close,
}

impl PartialEq for Bench {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
            && self.current == other.current
            && self.cases_text == other.cases_text
            && self.population == other.population
            && Rc::ptr_eq(&self.checked, &other.checked)
    }
}

/// A change to the draft made in the quick form.
#[derive(Debug, Clone, PartialEq)]
pub enum FormEdit {
    /// The assignment's hours a week or months: which (`hours_per_week`, `duration_months`),
    /// which end, and the value (`None` = open).
    Bound {
        field: &'static str,
        max: bool,
        value: Option<f64>,
    },
    /// The `n`th number compared in rule `rule`'s condition.
    Threshold { rule: usize, n: usize, value: f64 },
    /// Leave a rule out of the draft.
    RemoveRule(usize),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Start from a bundled ordinance (its id), which also becomes the one compared with.
    StartFrom(String),
    StartEmpty,
    /// Compare with another bundled ordinance.
    Compare(String),
    Edit(String),
    Form(FormEdit),
    /// Start from Oldenzaal's articles with every number left open.
    StartSkeleton,
    /// Fill in a hole of the draft, by name.
    FillIn {
        name: String,
        value: String,
    },
    Build(BuildAction),
    EditCases(String),
    /// Append a case (a `[[claim]]` block).
    AddCase(String),
    SetShare(Fact, Mix),
    SetAges(u8, u8),
    SetSize(usize),
    Reseed,
    UseSynthetic,
    UseFile(Population),
}

impl Bench {
    /// The workbench on first open: the first bundled ordinance as draft and as current.
    pub fn new(base: Rc<Catalog>, today: Date) -> Bench {
        let first = base
            .rule_sets()
            .first()
            .map(|s| s.ordinance().id.clone())
            .unwrap_or_default();
        let mut bench = Bench {
            checked: Rc::new(check("", &base)),
            base,
            today,
            current: first.clone(),
            text: String::new(),
            cases_text: String::new(),
            cases_problem: None,
            cases: Vec::new(),
            population: Population::Synthetic {
                shares: Shares::default(),
                size: DEFAULT_SIZE,
                seed: 1,
            },
            report: None,
            builder: None,
            fill_problem: None,
        };
        bench.start_from(&first);
        bench.checked = Rc::new(check(&bench.text, &bench.base));
        bench.refresh();
        bench
    }

    /// The ordinance compared with.
    pub fn current_ordinance(&self) -> Option<&Ordinance> {
        self.base
            .rule_sets()
            .iter()
            .map(|s| s.ordinance())
            .find(|o| o.id == self.current)
    }

    fn start_from(&mut self, id: &str) {
        if let Some(o) = self
            .base
            .rule_sets()
            .iter()
            .map(|s| s.ordinance())
            .find(|o| o.id == id)
        {
            self.current = o.id.clone();
            self.text = to_json(o);
        }
    }

    /// The reducer.
    pub fn reduce(&self, action: Action) -> Bench {
        let mut next = self.clone();
        match action {
            Action::StartFrom(id) => next.start_from(&id),
            Action::StartEmpty => next.text = TEMPLATE.to_string(),
            Action::StartSkeleton => next.text = SKELETON.to_string(),
            Action::FillIn { name, value } => next.fill_in(&name, &value),
            Action::Build(b) => next.build(b),
            Action::Compare(id) => {
                if next.base.rule_sets().iter().any(|s| s.ordinance().id == id) {
                    next.current = id;
                }
            }
            Action::Edit(text) => next.text = text,
            Action::Form(FormEdit::RemoveRule(i)) if self.checked.format == Format::Toml => {
                if let Some(o) = self.checked.ordinance.as_ref() {
                    if let Some(text) = o.rules.get(i).and_then(|r| {
                        builder::remove(&self.text, Format::Toml, o, &Part::Rule(r.clone()))
                    }) {
                        next.text = text;
                    }
                }
            }
            Action::Form(edit) => {
                if let Some(mut o) = self.checked.ordinance.clone() {
                    if apply(&mut o, edit) {
                        next.text = to_json(&o);
                    }
                }
            }
            Action::EditCases(text) => {
                next.cases_text = text;
            }
            Action::AddCase(block) => {
                if !next.cases_text.is_empty() && !next.cases_text.ends_with("\n\n") {
                    next.cases_text
                        .push_str(if next.cases_text.ends_with('\n') {
                            "\n"
                        } else {
                            "\n\n"
                        });
                }
                next.cases_text.push_str(&block);
            }
            Action::SetShare(fact, mix) => {
                if let Population::Synthetic { shares, .. } = &mut next.population {
                    if let Some(m) = shares.get_mut(fact) {
                        *m = mix;
                    }
                }
            }
            Action::SetAges(lo, hi) => {
                if let Population::Synthetic { shares, .. } = &mut next.population {
                    shares.age = (lo.min(hi), lo.max(hi));
                }
            }
            Action::SetSize(n) => {
                if let Population::Synthetic { size, .. } = &mut next.population {
                    *size = n.clamp(1, MAX_SIZE);
                }
            }
            Action::Reseed => {
                if let Population::Synthetic { seed, .. } = &mut next.population {
                    *seed += 1;
                }
            }
            Action::UseSynthetic => {
                if !matches!(next.population, Population::Synthetic { .. }) {
                    next.population = Population::Synthetic {
                        shares: Shares::default(),
                        size: DEFAULT_SIZE,
                        seed: 1,
                    };
                }
            }
            Action::UseFile(population) => {
                next.population = population;
            }
        }
        // Only what the change touches is worked out again: the door for a new text, the cases
        // for a new draft or case file, the comparison for a new draft, ordinance or population.
        let new_draft = next.text != self.text;
        if new_draft {
            next.checked = Rc::new(check(&next.text, &next.base));
        }
        if new_draft || next.cases_text != self.cases_text {
            next.run_cases();
        }
        if new_draft
            || next.current != self.current
            || !same_population(&next.population, &self.population)
        {
            next.run_comparison();
        }
        next
    }

    /// Fills a hole: a number hole takes a number only (`7,5` is seven and a half).
    fn fill_in(&mut self, name: &str, value: &str) {
        let Some(hole) = self.checked.holes.iter().find(|h| h.name == name) else {
            return;
        };
        if value.trim().is_empty() || (hole.number && builder::parse_number(value).is_none()) {
            self.fill_problem = Some((name.to_string(), value.to_string()));
            return;
        }
        let value = if hole.number {
            builder::number_text(builder::parse_number(value).unwrap_or_default())
        } else {
            value.trim().to_string()
        };
        self.fill_problem = None;
        self.text = holes::fill(&self.text, name, &value);
    }

    fn build(&mut self, action: BuildAction) {
        match action {
            BuildAction::New(kind) => {
                self.builder = Some(Builder {
                    form: RuleForm::new(kind),
                    editing: None,
                    problem: None,
                    saved: false,
                })
            }
            BuildAction::Open(id) => {
                let form = self.checked.ordinance.as_ref().and_then(|o| {
                    builder::openable(o)
                        .into_iter()
                        .find(|(i, _)| *i == id)
                        .and_then(|(_, f)| f)
                });
                if let Some(form) = form {
                    self.builder = Some(Builder {
                        form,
                        editing: Some(id),
                        problem: None,
                        saved: false,
                    });
                }
            }
            BuildAction::Set(field, value) => {
                if let Some(b) = self.builder.as_mut() {
                    if b.form.set(&field, &value) {
                        b.saved = false;
                        b.problem = None;
                    }
                }
            }
            BuildAction::Close => self.builder = None,
            BuildAction::Save => {
                let Some(mut b) = self.builder.take() else {
                    return;
                };
                let checked = self.checked.clone();
                let result = match checked.ordinance.as_ref() {
                    None => Err(BuildProblem::Unreadable),
                    Some(_) if checked.format == Format::Json && !checked.holes.is_empty() => {
                        Err(BuildProblem::Holes)
                    }
                    Some(o) => b
                        .form
                        .build(o, b.editing.as_deref())
                        .map_err(BuildProblem::Form)
                        .and_then(|part| {
                            builder::write(
                                &self.text,
                                checked.format,
                                o,
                                &part,
                                b.editing.as_deref(),
                            )
                            .map(|text| (part, text))
                            .ok_or(BuildProblem::Unreadable)
                        }),
                };
                match result {
                    Ok((part, text)) => {
                        self.text = text;
                        b.editing = Some(part.id().to_string());
                        b.problem = None;
                        b.saved = true;
                    }
                    Err(p) => {
                        b.problem = Some(p);
                        b.saved = false;
                    }
                }
                self.builder = Some(b);
            }
        }
    }

    /// The door's problems for the part the builder edits.
    pub fn builder_problems(&self) -> Vec<&crate::workbench::Located> {
        let Some(id) = self.builder.as_ref().and_then(|b| b.editing.as_deref()) else {
            return Vec::new();
        };
        let rule = format!("rule {id}");
        let variant = format!("assignment variant {id}");
        self.checked
            .problems
            .iter()
            .filter(|p| p.place == rule || p.place == variant)
            .collect()
    }

    fn refresh(&mut self) {
        self.run_cases();
        self.run_comparison();
    }

    fn run_comparison(&mut self) {
        self.report = self
            .checked
            .catalog
            .as_ref()
            .and_then(|d| self.compare(d))
            .map(Rc::new);
    }

    /// Runs the example cases against the draft.
    fn run_cases(&mut self) {
        let draft = self.checked.catalog.as_ref();
        match cases::parse(&self.cases_text) {
            Ok(list) => {
                self.cases_problem = None;
                self.cases = list
                    .iter()
                    .map(|c| CaseResult {
                        title: cases::title(c).to_string(),
                        outcome: draft.map(|d| cases::run(d, c, self.today)),
                    })
                    .collect();
            }
            Err(e) => {
                self.cases_problem = Some(e);
                self.cases = Vec::new();
            }
        }
    }

    fn compare(&self, draft: &Catalog) -> Option<Report> {
        let current = self
            .base
            .rule_sets()
            .iter()
            .find(|s| s.ordinance().id == self.current)?;
        let draft = draft.rule_sets().first()?;
        let mut sim = Simulation::new(current, Some(draft));
        match &self.population {
            Population::Synthetic { shares, size, seed } => {
                let mut rng = crate::rng::Rng(*seed);
                for row in 1..=*size as u64 {
                    sim.add(row, None, shares.draw(&mut rng, self.today));
                }
            }
            Population::File {
                people, rejected, ..
            } => {
                for (row, id, answers) in people.iter() {
                    sim.add(*row, id.clone(), *answers);
                }
                for e in rejected.iter() {
                    sim.reject(e.clone());
                }
            }
        }
        let mut report = sim.finish();
        if let Population::File { rejected_count, .. } = &self.population {
            report.rejected.count = *rejected_count;
        }
        Some(report)
    }

    /// The draft's first municipality: where a new case is decided.
    pub fn draft_municipality(&self) -> Option<&str> {
        self.checked
            .ordinance
            .as_ref()?
            .municipalities
            .first()
            .map(|m| m.id.as_str())
    }

    /// A new case for these answers with what the draft now decides, as a `[[claim]]` block.
    pub fn case_for(&self, says: &str, answers: &Answers) -> Option<String> {
        let catalog = self.checked.catalog.as_ref()?;
        let gemeente = self.draft_municipality()?;
        let decision = crate::contract::decide(catalog, gemeente, answers).ok()?;
        let view = serde_json::to_value(crate::contract::DecisionView::new(&decision)).ok()?;
        Some(cases::write(
            says,
            gemeente,
            &crate::contract::answers_to_json(answers),
            &view,
        ))
    }
}

/// Whether two populations are the same people: a file by identity (comparing 100,000 answer
/// sets on every keystroke would be work for nothing), a synthetic one by its make-up.
fn same_population(a: &Population, b: &Population) -> bool {
    match (a, b) {
        (Population::File { people: x, .. }, Population::File { people: y, .. }) => {
            Rc::ptr_eq(x, y)
        }
        (a @ Population::Synthetic { .. }, b @ Population::Synthetic { .. }) => a == b,
        _ => false,
    }
}

/// The numbers a condition compares, in order, to show or change.
pub fn thresholds(c: &Condition) -> Vec<(Fact, &'static str, f64)> {
    fn walk(c: &Condition, out: &mut Vec<(Fact, &'static str, f64)>) {
        match c {
            Condition::All(parts) | Condition::Any(parts) => {
                parts.iter().for_each(|p| walk(p, out))
            }
            Condition::Not(inner) => walk(inner, out),
            Condition::AtLeast(f, n) => out.push((*f, "at_least", *n)),
            Condition::Above(f, n) => out.push((*f, "above", *n)),
            Condition::Below(f, n) => out.push((*f, "below", *n)),
            Condition::AtMost(f, n) => out.push((*f, "at_most", *n)),
            Condition::Is(..) | Condition::Unknown(_) => {}
        }
    }
    let mut out = Vec::new();
    walk(c, &mut out);
    out
}

fn set_threshold(c: &mut Condition, n: usize, value: f64) -> bool {
    fn walk(c: &mut Condition, n: &mut usize, value: f64) -> bool {
        match c {
            Condition::All(parts) | Condition::Any(parts) => {
                parts.iter_mut().any(|p| walk(p, n, value))
            }
            Condition::Not(inner) => walk(inner, n, value),
            Condition::AtLeast(_, x)
            | Condition::Above(_, x)
            | Condition::Below(_, x)
            | Condition::AtMost(_, x) => {
                if *n == 0 {
                    *x = value;
                    return true;
                }
                *n -= 1;
                false
            }
            Condition::Is(..) | Condition::Unknown(_) => false,
        }
    }
    let mut n = n;
    walk(c, &mut n, value)
}

/// Applies a form edit; false when it does not fit the ordinance.
fn apply(o: &mut Ordinance, edit: FormEdit) -> bool {
    match edit {
        FormEdit::Bound { field, max, value } => {
            let Some(a) = o.assignment.as_mut() else {
                return false;
            };
            let range = match field {
                "hours_per_week" => &mut a.bounds.hours_per_week,
                "duration_months" => &mut a.bounds.duration_months,
                _ => return false,
            };
            if max {
                range.max = value;
            } else {
                range.min = value;
            }
            true
        }
        FormEdit::Threshold { rule, n, value } => o
            .rules
            .get_mut(rule)
            .and_then(|r| r.when.as_mut())
            .is_some_and(|w| set_threshold(w, n, value)),
        FormEdit::RemoveRule(i) => {
            if i < o.rules.len() {
                o.rules.remove(i);
                true
            } else {
                false
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog;
    use crate::decision::Status;

    fn bench() -> Bench {
        let base = Rc::new((*catalog::bundled()).clone());
        Bench::new(base, Date::parse("2026-06-01").unwrap())
            .reduce(Action::StartFrom("overbetuwe".into()))
    }

    #[test]
    fn the_workbench_opens_on_a_bundled_ordinance_that_passes_and_compares() {
        let base = Rc::new((*catalog::bundled()).clone());
        let b = Bench::new(base, Date::parse("2026-06-01").unwrap());
        assert_eq!(b.checked.problems, vec![]);
        assert_eq!(b.checked.ordinance.as_ref().unwrap().id, b.current);
        assert!(b.report.is_some());
    }

    #[test]
    fn an_unchanged_draft_changes_nobody() {
        let b = bench();
        assert!(b.checked.problems.is_empty());
        let r = b.report.as_ref().unwrap();
        let d = r.differences.as_ref().unwrap();
        assert_eq!(d.changed, 0);
        assert_eq!(d.unchanged, DEFAULT_SIZE as u64);
    }

    #[test]
    fn dropping_the_volunteer_exemption_obliges_the_volunteers_and_says_who() {
        let b = bench();
        let at = b
            .checked
            .ordinance
            .as_ref()
            .unwrap()
            .rules
            .iter()
            .position(|r| r.id == "vrijwilligerswerk-4-uur")
            .unwrap();
        let b = b.reduce(Action::Form(FormEdit::RemoveRule(at)));
        assert!(b.checked.problems.is_empty(), "{:?}", b.checked.problems);
        let r = b.report.as_ref().unwrap();
        let d = r.differences.as_ref().unwrap();
        let group = d
            .groups
            .iter()
            .find(|g| g.before.status == Some("exempt") && g.after.status == Some("obligated"))
            .expect("some exempt volunteers become obligated");
        assert_eq!(group.how, vec!["status"]);
        assert!(group
            .before
            .grounds
            .contains(&"vrijwilligerswerk-4-uur".to_string()));
        let hours = group
            .traits
            .iter()
            .find(|t| t.fact == "volunteer_hours_per_week")
            .expect("they all do volunteer work");
        assert!(hours.min.as_f64().unwrap() >= 4.0);
        assert!(
            r.draft.as_ref().unwrap().count(Status::Obligated) > r.current.count(Status::Obligated)
        );
    }

    #[test]
    fn a_case_from_an_outcome_holds_and_turns_red_when_the_draft_changes_it() {
        let b = bench();
        let mut person = Answers::new(35, b.today);
        person.set(Fact::VolunteerHoursPerWeek, 5.0);
        let block = b
            .case_for("Vrijwilliger van 5 uur is vrijgesteld", &person)
            .unwrap();
        assert!(block.contains("status = \"exempt\""), "{block}");
        let b = b.reduce(Action::AddCase(block));
        assert_eq!(b.cases.len(), 1);
        assert_eq!(b.cases[0].outcome, Some(Ok(())));
        let b = b.reduce(Action::Form(FormEdit::Threshold {
            rule: 0,
            n: 0,
            value: 6.0,
        }));
        let failure = b.cases[0].outcome.clone().unwrap().unwrap_err();
        assert!(
            failure.nl.contains("verwacht: vrijgesteld"),
            "{}",
            failure.nl
        );
    }

    #[test]
    fn a_draft_that_breaks_the_law_has_no_comparison_and_its_cases_do_not_run() {
        let b = bench()
            .reduce(Action::AddCase(
                "[[claim]]\nsays = \"x\"\ngemeente = \"overbetuwe\"\nanswers = { age = 35 }\nstatus = \"obligated\"\n"
                    .into(),
            ))
            .reduce(Action::Form(FormEdit::Bound {
                field: "hours_per_week",
                max: true,
                value: Some(40.0),
            }));
        assert!(b.checked.problems.iter().any(|p| p.nl.contains("BZ5171")));
        assert!(b.report.is_none());
        assert_eq!(b.cases[0].outcome, None);
    }

    #[test]
    fn typing_a_case_reruns_the_cases_but_not_the_comparison() {
        let b = bench();
        let before = b.report.clone().unwrap();
        let b = b.reduce(Action::EditCases(
            "[[claim]]\nsays = \"x\"\ngemeente = \"overbetuwe\"\nanswers = { age = 35 }\nstatus = \"obligated\"\n"
                .into(),
        ));
        assert_eq!(b.cases.len(), 1);
        assert!(
            Rc::ptr_eq(&before, b.report.as_ref().unwrap()),
            "the same comparison"
        );
        let b = b.reduce(Action::Reseed);
        assert!(
            !Rc::ptr_eq(&before, b.report.as_ref().unwrap()),
            "other people, compared again"
        );
    }

    #[test]
    fn the_empty_template_passes_the_door() {
        let b = bench().reduce(Action::StartEmpty);
        assert_eq!(b.checked.problems, vec![], "{}", b.text);
        assert!(b.report.is_some());
    }

    /// The skeleton's holes, filled as Oldenzaal filled them.
    const OLDENZAAL: [(&str, &str); 7] = [
        ("jaar", "2026"),
        ("ingangsdatum (JJJJ-MM-DD)", "2026-01-01"),
        ("maanden", "6"),
        ("uren per week", "24"),
        ("maanden verlenging", "6"),
        ("hoogste trede grote afstand", "4"),
        ("maanden tot nieuwe beoordeling", "6"),
    ];

    #[test]
    fn the_skeleton_is_incomplete_until_every_number_is_filled_in_and_then_decides_as_oldenzaal() {
        let b = bench().reduce(Action::StartSkeleton);
        let names: Vec<&str> = b.checked.holes.iter().map(|h| h.name.as_str()).collect();
        let expected: Vec<&str> = OLDENZAAL.iter().map(|(n, _)| *n).collect();
        let mut sorted = names.clone();
        sorted.sort();
        let mut want = expected.clone();
        want.sort();
        assert_eq!(sorted, want);
        assert!(b.checked.catalog.is_none() && b.report.is_none());
        assert!(b.checked.problems[0].nl.starts_with("Nog in te vullen"));
        assert_eq!(
            b.checked.ordinance.as_ref().unwrap().rules.len(),
            5,
            "its rules can be listed"
        );

        let b = b.reduce(Action::FillIn {
            name: "uren per week".into(),
            value: "veel".into(),
        });
        assert_eq!(
            b.fill_problem,
            Some(("uren per week".into(), "veel".into()))
        );
        let mut b = b;
        for (name, value) in &OLDENZAAL[..OLDENZAAL.len() - 1] {
            b = b.reduce(Action::FillIn {
                name: name.to_string(),
                value: value.to_string(),
            });
            assert!(b.checked.catalog.is_none(), "still incomplete after {name}");
        }
        let (last, value) = OLDENZAAL[OLDENZAAL.len() - 1];
        let b = b.reduce(Action::FillIn {
            name: last.into(),
            value: value.into(),
        });
        assert_eq!(b.checked.problems, vec![], "{}", b.text);
        assert!(
            b.text.contains("maximaal 24 uren per week"),
            "the quoted text is filled too"
        );
        // Filled as Oldenzaal did, the draft decides as the bundled Oldenzaal.
        let draft = b.checked.catalog.as_ref().unwrap();
        let bundled = catalog::bundled();
        for (ladder, care) in [
            (Some(3.0), 0.0),
            (Some(5.0), 0.0),
            (None, 10.0),
            (Some(2.0), 12.0),
        ] {
            let mut person = Answers::new(40, b.today);
            if let Some(step) = ladder {
                person.set(Fact::ParticipationLadderStep, step);
            }
            person.set(Fact::CaregivingHoursPerWeek, care);
            let ours = crate::contract::decide(draft, "mijn-gemeente", &person).unwrap();
            let theirs = crate::contract::decide(&bundled, "oldenzaal", &person).unwrap();
            assert_eq!(ours.status, theirs.status, "{ladder:?} {care}");
            assert_eq!(ours.branches.len(), theirs.branches.len());
        }
    }

    #[test]
    fn thirty_two_hours_in_the_skeleton_is_refused_once_the_rest_is_filled_in() {
        let mut b = bench().reduce(Action::StartSkeleton);
        for (name, value) in OLDENZAAL {
            let value = if name == "uren per week" { "32" } else { value };
            b = b.reduce(Action::FillIn {
                name: name.into(),
                value: value.into(),
            });
        }
        assert!(
            b.checked.problems.iter().any(|p| p.nl.contains("BZ5171")),
            "{:?}",
            b.checked.problems
        );
    }

    #[test]
    fn the_builder_adds_two_exemptions_and_a_judgement_that_decide_and_reopen() {
        let mut b = bench().reduce(Action::StartEmpty);
        let set = |b: Bench, field: &str, value: &str| {
            b.reduce(Action::Build(BuildAction::Set(field.into(), value.into())))
        };
        for (kind, id, fact, comparison, number) in [
            (
                Kind::Exemption,
                "re-integratie",
                "reintegration_trajectory",
                "yes",
                "",
            ),
            (
                Kind::Exemption,
                "deeltijdwerk",
                "part_time_work_hours_per_week",
                "at_least",
                "12",
            ),
            (Kind::Judgement, "beperking", "has_disability", "yes", ""),
        ] {
            b = b.reduce(Action::Build(BuildAction::New(kind)));
            for (field, value) in [
                ("id", id),
                ("fact", fact),
                ("comparison", comparison),
                ("number", number),
                ("artikel", "3"),
                (
                    "source_text",
                    "Het college draagt geen tegenprestatie op aan deze belanghebbende.",
                ),
                ("explanation_nl", "Dan hoeft u geen tegenprestatie te doen."),
                ("explanation_en", "Then you need not do a tegenprestatie."),
                (
                    "question_nl",
                    "Of uw beperking een tegenprestatie in de weg staat.",
                ),
                ("question_en", "Whether your limitation stands in the way."),
                (
                    "ask_nl",
                    "Vindt de gemeente dat uw beperking in de weg staat?",
                ),
                (
                    "ask_en",
                    "Does the municipality find your limitation stands in the way?",
                ),
            ] {
                b = set(b, field, value);
            }
            b = b.reduce(Action::Build(BuildAction::Save));
            let builder = b.builder.as_ref().unwrap();
            assert!(builder.saved, "{id}: {:?}", builder.problem);
            assert_eq!(
                b.builder_problems(),
                Vec::<&crate::workbench::Located>::new()
            );
        }
        assert_eq!(b.checked.problems, vec![], "{}", b.text);
        assert!(
            b.text.starts_with("# Een nieuwe verordening"),
            "the TOML stays TOML"
        );
        let draft = b.checked.catalog.as_ref().unwrap();
        let decide = |fact: Fact, value: f64| {
            let mut person = Answers::new(40, Date::parse("2027-06-01").unwrap());
            person.set(fact, value);
            crate::contract::decide(draft, "mijn-gemeente", &person)
        };
        // The template's version starts on 2027-01-01, a day whose statute is not known.
        assert!(decide(Fact::PartTimeWorkHoursPerWeek, 12.0).is_err());
        let b = b.reduce(Action::Edit(b.text.replace("2027-01-01", "2026-01-01")));
        let draft = b.checked.catalog.as_ref().unwrap();
        let decide = |fact: Fact, value: f64| {
            let mut person = Answers::new(40, Date::parse("2026-06-01").unwrap());
            person.set(fact, value);
            crate::contract::decide(draft, "mijn-gemeente", &person).unwrap()
        };
        assert_eq!(
            decide(Fact::PartTimeWorkHoursPerWeek, 12.0).status,
            Status::Exempt
        );
        assert_eq!(
            decide(Fact::PartTimeWorkHoursPerWeek, 11.5).status,
            Status::Obligated
        );
        assert_eq!(
            decide(Fact::ReintegrationTrajectory, 1.0).status,
            Status::Exempt
        );
        let judged = decide(Fact::HasDisability, 1.0);
        assert_eq!(judged.status, Status::Discretionary, "the college judges");
        assert_eq!(judged.branches.len(), 1);
        let b = b.reduce(Action::Build(BuildAction::Open("beperking".into())));
        let form = &b.builder.as_ref().unwrap().form;
        assert_eq!(form.kind, Kind::Judgement);
        assert_eq!(
            form.ask_nl,
            "Vindt de gemeente dat uw beperking in de weg staat?"
        );
    }

    #[test]
    fn a_form_that_is_not_a_rule_yet_changes_nothing_and_says_why() {
        let b = bench().reduce(Action::StartEmpty);
        let b = b
            .reduce(Action::Build(BuildAction::New(Kind::Exemption)))
            .reduce(Action::Build(BuildAction::Set("id".into(), "x".into())))
            .reduce(Action::Build(BuildAction::Save));
        assert_eq!(b.text, TEMPLATE);
        assert_eq!(
            b.builder.as_ref().unwrap().problem,
            Some(BuildProblem::Form(FormProblem::Number))
        );
    }
}
