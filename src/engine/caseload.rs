//! Many people at once: a caseload resolved once and laid out by fact, decided against one
//! rule set after another. This is how a batch runs fast (the workbench simulates a draft
//! ordinance over a caseload); the verdicts are exactly those of [`RuleSet::decide`].

use super::{resolve, NotInForce, RuleSet, Verdict};
use crate::answers::{Answers, SLOTS};
use crate::date::Date;
use crate::law::{PensionAges, PensionCheck};

/// People decided together: leaf bits are computed this many at a time.
const CHUNK: usize = 256;

/// People's answers with the computed facts resolved (age, AOW age, derived sums), one column
/// per fact.
#[derive(Debug, Clone)]
pub struct Caseload {
    len: usize,
    /// Column-major: fact `f` of person `p` is `columns[f * len + p]`.
    columns: Vec<f64>,
    pension: Vec<PensionCheck>,
    days: Vec<Option<Date>>,
}

impl Caseload {
    /// Resolves each person's facts with the law's pension table (the statute's, the same for
    /// every rule set of a catalogue) and lays them out by column.
    pub fn new(people: &[Answers], pension: &PensionAges) -> Caseload {
        let len = people.len();
        let mut columns = vec![f64::NAN; SLOTS * len];
        let mut checks = Vec::with_capacity(len);
        let mut days = Vec::with_capacity(len);
        for (p, answers) in people.iter().enumerate() {
            let mut resolved = *answers;
            checks.push(resolve(&mut resolved, pension));
            days.push(resolved.reference_date());
            for (f, &v) in resolved.slots().iter().enumerate() {
                columns[f * len + p] = v;
            }
        }
        Caseload {
            len,
            columns,
            pension: checks,
            days,
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn column(&self, fact: usize, from: usize, to: usize) -> &[f64] {
        let start = (fact & (SLOTS - 1)) * self.len;
        &self.columns[start + from..start + to]
    }
}

impl RuleSet {
    /// Decides every person of a caseload, in order, into `out` (cleared first): the same
    /// verdicts as [`RuleSet::decide`] on each person's answers.
    pub fn decide_caseload(&self, caseload: &Caseload, out: &mut Vec<Result<Verdict, NotInForce>>) {
        out.clear();
        out.reserve(caseload.len);
        let mut bits = [0u64; CHUNK];
        for from in (0..caseload.len).step_by(CHUNK) {
            let to = (from + CHUNK).min(caseload.len);
            let bits = &mut bits[..to - from];
            self.leaves
                .eval_columns(|fact| caseload.column(fact, from, to), bits);
            for (offset, &word) in bits.iter().enumerate() {
                let p = from + offset;
                out.push(self.in_force_on(caseload.days[p]).map(|()| {
                    self.conclude(
                        word,
                        |fact| caseload.columns[(fact & (SLOTS - 1)) * caseload.len + p],
                        caseload.pension[p],
                    )
                }));
            }
        }
    }
}
