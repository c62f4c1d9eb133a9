//! The rules engine: answers and a rule set in, a decision with its grounds out.
//!
//! Pure: no IO, no browser, no clock (the reference day is one of the answers). It never
//! panics: every fact has a value or is unknown, and every rule outcome maps to a status.
//!
//! A [`RuleSet`] is the statutory layer and one ordinance, validated and compiled once when
//! loaded (`compiled.rs`). [`RuleSet::decide`] gives a [`Verdict`]: the status, the bounds and
//! the rules that fired and decided, as bitsets, without allocating. [`RuleSet::explain`]
//! turns it into a [`Decision`] with the rules themselves. `reference.rs` is the plain
//! interpreter the compiled engine is tested against.

pub mod caseload;
pub mod compiled;
pub mod reference;

use std::sync::Arc;

use crate::answers::Answers;
use crate::date::Date;
use crate::decision::{Branch, BranchOutcome, Decision, Ground, Layer, Outcome, Status};
use crate::facts::Fact;
use crate::law::{PensionAges, PensionCheck};
use crate::model::{Bounds, Effect, Municipality, Ordinance, Rule};
use compiled::{Leaves, Limit, Test, Tests, MAX_RULES};

/// Definite effects that settle the status, strongest first.
pub const PRECEDENCE: [(Effect, Status); 3] = [
    (Effect::NotApplicable, Status::NotApplicable),
    (Effect::Exempt, Status::Exempt),
    (Effect::Fulfilled, Status::Fulfilled),
];

/// Works out the computed facts before any rule runs: the age from the birth date, whether the
/// pension age is reached (from the law's dated table, unless answered), and the derived sums.
#[inline]
pub fn resolve(answers: &mut Answers, pension: &PensionAges) -> PensionCheck {
    let on = answers.reference_date();
    let birth = answers.date(Fact::BirthDate);
    if let (Some(on), Some(birth)) = (on, birth) {
        answers.set(Fact::Age, f64::from(birth.years_until(on).max(0)));
    }
    let check = match on {
        Some(on) => pension.check(on, birth, answers.value(Fact::Age)),
        None => PensionCheck {
            reached: None,
            age: (0, 0),
            date: None,
            on: None,
        },
    };
    if !answers.is_known(Fact::ReachedPensionAge) {
        answers.set_maybe(Fact::ReachedPensionAge, check.reached.map(f64::from));
    }
    let volunteer_months = answers.get(Fact::VolunteerMonths);
    let on_benefit = answers.get(Fact::MonthsOnBenefit);
    let start = if on_benefit.is_nan() {
        f64::NAN
    } else {
        (on_benefit - volunteer_months).max(0.0)
    };
    answers.set(Fact::VolunteerStartAfterBenefitMonths, start);
    answers.set(
        Fact::VolunteerAndCaregivingHoursPerWeek,
        answers.get(Fact::VolunteerHoursPerWeek) + answers.get(Fact::CaregivingHoursPerWeek),
    );
    check
}

/// Which bounds apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BoundsChoice {
    General,
    Variant(u8),
}

/// A decision as bitsets: rule `i` (the statute's rules first, then the ordinance's) is bit `i`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Verdict {
    pub status: Status,
    /// Every rule that fired.
    pub fired: u64,
    /// The fired rules whose outcome is the college's judgement.
    pub open: u64,
    /// The rules that decided the status.
    pub grounds: u64,
    /// The bounds, for `Obligated` and `Discretionary` only.
    pub bounds: Option<BoundsChoice>,
    /// What the law's pension table says for this person.
    pub pension: PensionCheck,
}

/// One judgement of the college and what follows from each answer it can give.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BranchVerdicts {
    /// The first rule of the judgement (its question is the judgement's).
    pub first: usize,
    /// Every open rule this judgement settles.
    pub rules: u64,
    /// The verdict if the college judges in the person's favour (the rules hold).
    pub yes: Verdict,
    /// The verdict if it does not (the rules do not apply).
    pub no: Verdict,
}

/// Why a rule set gives no answer for a day.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NotInForce {
    /// No reference date among the answers.
    NoDate,
    /// The day is before the version applies.
    Before { valid_from: Date },
    /// The day is after the version stopped applying.
    After { valid_to: Date },
    /// From `from` on, the statute is a version whose rules this checker does not know (the
    /// catalogue names it): nothing answers from the older rules.
    LawChanged { from: Date },
    /// The municipality merged into another on `on`; its ordinance held for the old area until
    /// `until` at the longest (Wet arhi art. 28), and the day is after that.
    Merged { on: Date, until: Date },
}

/// Why an ordinance cannot be loaded.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadError {
    pub ordinance: String,
    pub message: String,
}

/// The statutory layer and one ordinance, compiled.
#[derive(Debug, Clone)]
pub struct RuleSet {
    statute: Arc<Ordinance>,
    ordinance: Arc<Ordinance>,
    pension: Arc<PensionAges>,
    leaves: Leaves,
    tests: Tests,
    /// Rules whose judgement no answer tells: open whenever they hold.
    open_always: u64,
    /// Rules whose judgement an answer tells: (rule, fact).
    answered: Vec<(usize, usize)>,
    variants: Vec<Test>,
    /// The rules with each effect, by `effect_index`.
    by_effect: [u64; 4],
    /// `PRECEDENCE` as masks: the rules whose definite outcome settles each status.
    settles: [(u64, Status); 3],
    statute_rules: usize,
    /// The days both the statute's version and the ordinance's apply.
    valid_from: Date,
    valid_to: Option<Date>,
    /// The first day of a later statute version whose rules are not known, if one follows.
    law_changes: Option<Date>,
    /// The ordinance is one this checker has (not `Detail::NotKnown`): where the statute
    /// leaves it to the ordinance, `Obligated` or `Discretionary`; else `OrdinanceUnknown`.
    ordinance_known: bool,
}

fn effect_index(effect: Effect) -> usize {
    match effect {
        Effect::Obligated => 0,
        Effect::Fulfilled => 1,
        Effect::Exempt => 2,
        Effect::NotApplicable => 3,
    }
}

impl RuleSet {
    /// Compiles a statute and an ordinance. Both must have passed the validator (the catalogue
    /// sees to that); this only refuses what the engine's fixed-size bitsets cannot hold.
    /// `law_changes` is the first day of a later statute version whose rules are not known.
    pub fn compile(
        statute: Arc<Ordinance>,
        ordinance: Arc<Ordinance>,
        pension: Arc<PensionAges>,
        law_changes: Option<Date>,
    ) -> Result<RuleSet, LoadError> {
        let fail = |message: String| LoadError {
            ordinance: ordinance.id.clone(),
            message,
        };
        let limit = |l: Limit| fail(l.to_string());
        let rules: Vec<&Rule> = statute.rules.iter().chain(&ordinance.rules).collect();
        let variants = ordinance.assignment.iter().flat_map(|a| &a.variants);
        if rules.len() > MAX_RULES || variants.clone().count() > MAX_RULES {
            return Err(limit(Limit::TooManyRules));
        }
        let mut leaves = Leaves::default();
        let mut tests = Tests::default();
        let mut open_always = 0u64;
        let mut answered = Vec::new();
        let mut by_effect = [0u64; 4];
        for (i, rule) in rules.iter().enumerate() {
            tests.push(leaves.compile(rule.when.as_ref()).map_err(limit)?);
            match rule.judgement.as_ref().map(|j| j.answered_by) {
                None => {}
                Some(None) => open_always |= 1 << i,
                Some(Some(fact)) => answered.push((i, fact as usize)),
            }
            by_effect[effect_index(rule.effect)] |= 1 << i;
        }
        let variants = variants
            .map(|v| leaves.compile(Some(&v.when)))
            .collect::<Result<Vec<_>, _>>()
            .map_err(limit)?;
        let date = |field: &str, text: &str| {
            Date::parse(text).ok_or_else(|| {
                fail(format!(
                    "version.{field} `{text}` is not a date as YYYY-MM-DD"
                ))
            })
        };
        let range = |o: &Ordinance| -> Result<(Date, Option<Date>), LoadError> {
            Ok((
                date("valid_from", &o.version.valid_from)?,
                match &o.version.valid_to {
                    Some(text) => Some(date("valid_to", text)?),
                    None => None,
                },
            ))
        };
        let (from, to) = range(&ordinance)?;
        let (statute_from, statute_to) = range(&statute)?;
        let valid_from = from.max(statute_from);
        let valid_to = match (to, statute_to) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        let settles = PRECEDENCE.map(|(effect, status)| (by_effect[effect_index(effect)], status));
        let ordinance_known = ordinance.rules_known();
        Ok(RuleSet {
            settles,
            statute_rules: statute.rules.len(),
            statute,
            ordinance,
            pension,
            leaves,
            tests,
            open_always,
            answered,
            variants,
            by_effect,
            valid_from,
            valid_to,
            law_changes,
            ordinance_known,
        })
    }

    /// Whether this checker has the ordinance (else: the statute alone, `ordinance_unknown`).
    pub fn ordinance_known(&self) -> bool {
        self.ordinance_known
    }

    /// The first and last day this set answers for (the last, if it ends).
    pub fn valid(&self) -> (Date, Option<Date>) {
        (self.valid_from, self.valid_to)
    }

    pub fn statute(&self) -> &Ordinance {
        &self.statute
    }

    pub fn ordinance(&self) -> &Ordinance {
        &self.ordinance
    }

    /// The ordinance, shared (a catalogue made from this one compiles it again).
    pub fn shared_ordinance(&self) -> Arc<Ordinance> {
        self.ordinance.clone()
    }

    pub fn pension_ages(&self) -> &PensionAges {
        &self.pension
    }

    /// Rule `i` of this set, with its layer.
    pub fn rule(&self, i: usize) -> Option<(Layer, &Rule)> {
        if i < self.statute_rules {
            self.statute.rules.get(i).map(|r| (Layer::Statute, r))
        } else {
            self.ordinance
                .rules
                .get(i - self.statute_rules)
                .map(|r| (Layer::Ordinance, r))
        }
    }

    /// Whether this version applies on the answers' reference day.
    #[inline]
    pub fn in_force(&self, answers: &Answers) -> Result<(), NotInForce> {
        self.in_force_on(answers.reference_date())
    }

    #[inline]
    pub fn in_force_on(&self, on: Option<Date>) -> Result<(), NotInForce> {
        let on = on.ok_or(NotInForce::NoDate)?;
        if on < self.valid_from {
            return Err(NotInForce::Before {
                valid_from: self.valid_from,
            });
        }
        match self.valid_to {
            Some(valid_to) if on > valid_to => Err(match self.law_changes {
                Some(from) if on >= from => NotInForce::LawChanged { from },
                _ => NotInForce::After { valid_to },
            }),
            _ => Ok(()),
        }
    }

    /// Decides for answers: resolves the computed facts, then runs the compiled rules.
    #[inline]
    pub fn decide(&self, answers: &Answers) -> Result<Verdict, NotInForce> {
        self.in_force(answers)?;
        let mut resolved = *answers;
        let pension = resolve(&mut resolved, &self.pension);
        Ok(self.decide_resolved(&resolved, pension))
    }

    /// Decides for answers already resolved (`resolve`), on a day the set is in force.
    #[inline]
    pub fn decide_resolved(&self, answers: &Answers, pension: PensionCheck) -> Verdict {
        let facts = answers.values();
        self.conclude(self.leaves.eval(answers), |fact| facts[fact], pension)
    }

    /// From the leaf bits to the verdict: which rules hold, which the college decides, which
    /// settle the status, which bounds apply. `fact` reads the person's resolved facts.
    #[inline]
    fn conclude(&self, bits: u64, fact: impl Fn(usize) -> f64, pension: PensionCheck) -> Verdict {
        let mut fired = self.tests.eval(bits);
        // A judgement nobody answers leaves the rule open; an answered one settles it: yes, the
        // rule holds; no, it does not; unknown, the college decides.
        let mut open = fired & self.open_always;
        // Without branches: varied answers would make them unpredictable.
        for &(i, answer) in &self.answered {
            let bit = 1u64 << i;
            let v = fact(answer);
            let no = u64::from(v == 0.0).wrapping_neg() & bit;
            let undecided = u64::from(v != 1.0 && v != 0.0).wrapping_neg() & bit;
            open |= fired & undecided;
            fired &= !no;
        }
        let (status, grounds) = self.settle(fired, open);
        let bounds = match status {
            // Every loaded ordinance has an assignment (the validator requires one).
            Status::Obligated | Status::Discretionary => Some(
                self.variants
                    .iter()
                    .position(|v| v.holds(bits))
                    .map_or(BoundsChoice::General, |i| BoundsChoice::Variant(i as u8)),
            ),
            _ => None,
        };
        Verdict {
            status,
            fired,
            open,
            grounds,
            bounds,
            pension,
        }
    }

    /// The status and its grounds from the rules that fired and those the college decides.
    #[inline]
    fn settle(&self, fired: u64, open: u64) -> (Status, u64) {
        let definite = fired & !open;
        // The strongest settling effect wins: walk from the weakest and let each overwrite.
        let (mut status, mut grounds) = if open != 0 {
            (Status::Discretionary, open)
        } else {
            (
                Status::Obligated,
                fired & self.by_effect[effect_index(Effect::Obligated)],
            )
        };
        // Without the ordinance, what it would decide is not known: the rules that let the
        // municipality assign, and the college's open judgements, are the grounds.
        if !self.ordinance_known {
            (status, grounds) = (
                Status::OrdinanceUnknown,
                fired & self.by_effect[effect_index(Effect::Obligated)] | open,
            );
        }
        for &(rules, settles) in self.settles.iter().rev() {
            let mask = definite & rules;
            if mask != 0 {
                (status, grounds) = (settles, mask);
            }
        }
        (status, grounds)
    }

    /// For a verdict the college decides: its judgements as a decision list, the strongest
    /// effect first (does not apply, exempt, fulfilled, then may be assigned), so a person can
    /// read it top down: "Is your care necessary? Yes: exempt. No: see the next question."
    /// For each judgement, `yes` is the verdict if the college judges it yes (the rule holds)
    /// and every other judgement no; `no` is the verdict if it and those before it are no, the
    /// later ones still open (for the last one: every judgement no). Rules that share one
    /// judgement (the same answer, or the same question) are settled together. Empty unless
    /// the status is `Discretionary`.
    pub fn branches(&self, verdict: &Verdict) -> Vec<BranchVerdicts> {
        let mut branches: Vec<BranchVerdicts> = Vec::new();
        let open_without_ordinance =
            verdict.status == Status::OrdinanceUnknown && verdict.open != 0;
        if verdict.status != Status::Discretionary && !open_without_ordinance {
            return branches;
        }
        for i in (0..64).filter(|i| verdict.open >> i & 1 == 1) {
            let Some((_, rule)) = self.rule(i) else {
                continue;
            };
            let Some(judgement) = &rule.judgement else {
                continue;
            };
            let same = |b: &BranchVerdicts| {
                self.rule(b.first)
                    .and_then(|(_, r)| r.judgement.as_ref())
                    .is_some_and(|j| {
                        j.answered_by.is_some() && j.answered_by == judgement.answered_by
                            || j.question == judgement.question
                    })
            };
            match branches.iter_mut().find(|b| same(b)) {
                Some(b) => b.rules |= 1 << i,
                None => branches.push(BranchVerdicts {
                    first: i,
                    rules: 1 << i,
                    yes: *verdict,
                    no: *verdict,
                }),
            }
        }
        // Stable: within one effect, the order of the rules.
        crate::sort::insertion_by(&mut branches, |a, b| {
            self.strength(a.rules) < self.strength(b.rules)
        });
        let all = branches.iter().fold(0u64, |acc, b| acc | b.rules);
        let mut before = 0u64;
        for b in &mut branches {
            let others = all & !b.rules;
            let later = all & !before & !b.rules;
            b.yes = self.verdict_with(verdict, verdict.fired & !others, verdict.open & !all);
            b.no = self.verdict_with(
                verdict,
                verdict.fired & !before & !b.rules,
                verdict.open & later,
            );
            before |= b.rules;
        }
        branches
    }

    /// The rank of the strongest effect among some rules, as the status precedence orders it.
    fn strength(&self, rules: u64) -> usize {
        [
            Effect::NotApplicable,
            Effect::Exempt,
            Effect::Fulfilled,
            Effect::Obligated,
        ]
        .iter()
        .position(|e| self.by_effect[effect_index(*e)] & rules != 0)
        .unwrap_or(4)
    }

    fn verdict_with(&self, verdict: &Verdict, fired: u64, open: u64) -> Verdict {
        let (status, grounds) = self.settle(fired, open);
        let assignable = matches!(status, Status::Obligated | Status::Discretionary);
        Verdict {
            status,
            fired,
            open,
            grounds,
            bounds: verdict.bounds.filter(|_| assignable),
            pension: verdict.pension,
        }
    }

    /// Whether the statute's own rules settle the verdict: a definite "does not apply" or a
    /// statutory exemption (art. 9 lid 1, 5, 7), whatever the ordinance says.
    pub fn settled_by_law(&self, verdict: &Verdict) -> bool {
        let statute = if self.statute_rules >= 64 {
            u64::MAX
        } else {
            (1u64 << self.statute_rules) - 1
        };
        let settling = self.by_effect[effect_index(Effect::NotApplicable)]
            | self.by_effect[effect_index(Effect::Exempt)];
        verdict.fired & !verdict.open & statute & settling != 0
    }

    /// The bounds a verdict points at, with the id of the part of the ordinance that sets them.
    pub fn bounds(&self, choice: BoundsChoice) -> Option<(&Bounds, &str)> {
        let a = self.ordinance.assignment.as_ref()?;
        match choice {
            BoundsChoice::General => Some((&a.bounds, a.id.as_str())),
            BoundsChoice::Variant(i) => a
                .variants
                .get(usize::from(i))
                .map(|v| (&v.bounds, v.id.as_str())),
        }
    }

    fn grounds_of(&self, bits: u64, open: u64) -> Vec<Ground<'_>> {
        (0..64)
            .filter(|i| bits >> i & 1 == 1)
            .filter_map(|i| {
                let (layer, rule) = self.rule(i)?;
                let outcome = if open >> i & 1 == 1 {
                    Outcome::CollegeDecides
                } else {
                    Outcome::Definite
                };
                Some(Ground {
                    layer,
                    rule,
                    outcome,
                })
            })
            .collect()
    }

    /// A verdict with the rules themselves: the grounds and the trace, in order.
    pub fn explain<'a>(
        &'a self,
        verdict: &Verdict,
        municipality: &'a Municipality,
    ) -> Decision<'a> {
        let outcome = |v: &Verdict| BranchOutcome {
            status: v.status,
            bounds: v.bounds.and_then(|b| self.bounds(b)),
            grounds: self.grounds_of(v.grounds, v.open),
        };
        let branches = self
            .branches(verdict)
            .iter()
            .filter_map(|b| {
                let (_, first) = self.rule(b.first)?;
                let judgement = first.judgement.as_ref()?;
                Some(Branch {
                    question: &judgement.question,
                    ask: judgement.ask.as_ref(),
                    rules: (0..64)
                        .filter(|i| b.rules >> i & 1 == 1)
                        .filter_map(|i| self.rule(i).map(|(_, r)| r))
                        .collect(),
                    if_yes: outcome(&b.yes),
                    if_no: outcome(&b.no),
                })
            })
            .collect();
        Decision {
            branches,
            status: verdict.status,
            bounds: verdict.bounds.and_then(|b| self.bounds(b)),
            grounds: self.grounds_of(verdict.grounds, verdict.open),
            trace: self.grounds_of(verdict.fired, verdict.open),
            pension: verdict.pension,
            statute: &self.statute,
            ordinance: &self.ordinance,
            municipality,
        }
    }
}
