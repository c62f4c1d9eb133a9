//! Rule sets as values: a [`Catalog`] is the statutory layer and a list of ordinances, each
//! validated and compiled when loaded. The bundled catalogue is one such value, and the only
//! global: everything else (the app, the flow, the CLI, the JS API) is handed the catalogue it
//! works with, so a page can hold several, or one with an ordinance supplied at run time.

use std::sync::{Arc, OnceLock};

use crate::answers::Answers;
use crate::decision::Decision;
use crate::engine::{LoadError, NotInForce, RuleSet, Verdict};
use crate::law::PensionAges;
use crate::model::{Bundle, Municipality, Ordinance};
use crate::validate::{validate_bundle, Problem};

/// A statute and its ordinances, compiled; municipalities sorted by name.
#[derive(Debug, Clone)]
pub struct Catalog {
    statute: Arc<Ordinance>,
    pension: Arc<PensionAges>,
    sets: Vec<RuleSet>,
    /// (rule set, municipality within its ordinance), sorted by the municipality's name.
    index: Vec<(usize, usize)>,
}

impl PartialEq for Catalog {
    /// Two handles on the same loaded catalogue are equal (cheap, for Yew's props).
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.statute, &other.statute)
            && self.sets.len() == other.sets.len()
            && self
                .sets
                .iter()
                .zip(&other.sets)
                .all(|(a, b)| std::ptr::eq(a.ordinance(), b.ordinance()))
    }
}

fn load_problem(e: LoadError) -> Problem {
    Problem {
        place: e.ordinance,
        field: String::new(),
        nl: format!(
            "Het programma kan deze regels niet uitrekenen: {}",
            e.message
        ),
        message: e.message,
    }
}

impl Catalog {
    /// Validates and compiles a statute and ordinances: the one door every ordinance goes
    /// through, bundled or supplied. Returns every problem found.
    pub fn load(statute: Ordinance, ordinances: Vec<Ordinance>) -> Result<Catalog, Vec<Problem>> {
        let bundle = Bundle {
            statute,
            ordinances,
        };
        let problems = validate_bundle(&bundle);
        if !problems.is_empty() {
            return Err(problems);
        }
        let Bundle {
            statute,
            ordinances,
        } = bundle;
        let steps = statute
            .law
            .as_ref()
            .map(|l| l.pension_age.steps.as_slice())
            .unwrap_or_default();
        let pension = Arc::new(PensionAges::new(steps));
        Catalog::compile(Arc::new(statute), pension, ordinances)
    }

    fn compile(
        statute: Arc<Ordinance>,
        pension: Arc<PensionAges>,
        ordinances: Vec<Ordinance>,
    ) -> Result<Catalog, Vec<Problem>> {
        let mut sets = Vec::with_capacity(ordinances.len());
        let mut problems = Vec::new();
        for o in ordinances {
            match RuleSet::compile(statute.clone(), Arc::new(o), pension.clone()) {
                Ok(set) => sets.push(set),
                Err(e) => problems.push(load_problem(e)),
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let mut index: Vec<(usize, usize)> = sets
            .iter()
            .enumerate()
            .flat_map(|(s, set)| (0..set.ordinance().municipalities.len()).map(move |m| (s, m)))
            .collect();
        index.sort_by(|a, b| {
            let name = |(s, m): &(usize, usize)| &sets[*s].ordinance().municipalities[*m].name;
            name(a).cmp(name(b))
        });
        Ok(Catalog {
            statute,
            pension,
            sets,
            index,
        })
    }

    /// A catalogue with the same statute and only these ordinances (a municipality's own file,
    /// a draft), validated and compiled the same way.
    pub fn with_ordinances(&self, ordinances: Vec<Ordinance>) -> Result<Catalog, Vec<Problem>> {
        Catalog::load((*self.statute).clone(), ordinances)
    }

    pub fn statute(&self) -> &Ordinance {
        &self.statute
    }

    pub fn pension_ages(&self) -> &PensionAges {
        &self.pension
    }

    /// Every compiled rule set, one per ordinance.
    pub fn rule_sets(&self) -> &[RuleSet] {
        &self.sets
    }

    /// The rule set a municipality uses, by the municipality's id.
    pub fn find(&self, municipality_id: &str) -> Option<(&RuleSet, &Municipality)> {
        self.sets.iter().find_map(|set| {
            set.ordinance()
                .municipalities
                .iter()
                .find(|m| m.id == municipality_id)
                .map(|m| (set, m))
        })
    }

    /// Every municipality with its ordinance, sorted by name.
    pub fn municipalities(&self) -> impl Iterator<Item = (&Municipality, &Ordinance)> {
        self.index.iter().map(|&(s, m)| {
            let o = self.sets[s].ordinance();
            (&o.municipalities[m], o)
        })
    }

    /// Decides for a municipality by id: `None` if no ordinance here serves it.
    pub fn decide(
        &self,
        municipality_id: &str,
        answers: &Answers,
    ) -> Option<Result<Decision<'_>, NotInForce>> {
        let (set, municipality) = self.find(municipality_id)?;
        Some(
            set.decide(answers)
                .map(|verdict: Verdict| set.explain(&verdict, municipality)),
        )
    }
}

/// The validated ordinances in their binary form, written by `build.rs` (`codec.rs`).
const BUNDLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/bundle.bin"));

/// The ordinances bundled at build time, read, validated and compiled on first use.
pub fn bundled() -> Arc<Catalog> {
    static BUNDLED: OnceLock<Arc<Catalog>> = OnceLock::new();
    BUNDLED
        .get_or_init(|| {
            // build.rs wrote these bytes from ordinances it had validated, and refused the
            // build otherwise; a test reads them back and compares them with the TOML files.
            let Bundle {
                statute,
                ordinances,
            } = crate::codec::read_bundle(BUNDLE).expect("build.rs wrote a readable bundle");
            Arc::new(Catalog::load(statute, ordinances).expect("build.rs validated the bundle"))
        })
        .clone()
}
