//! Rule sets as values: a [`Catalog`] is the statutory layer and a list of ordinances, each
//! validated and compiled when loaded. The bundled catalogue is one such value, and the only
//! global: everything else (the app, the flow, the CLI, the JS API) is handed the catalogue it
//! works with, so a page can hold several, or one with an ordinance supplied at run time.

use std::sync::{Arc, OnceLock};

use crate::answers::Answers;
use crate::date::Date;
use crate::decision::Decision;
use crate::engine::{LoadError, NotInForce, RuleSet, Verdict};
use crate::law::PensionAges;
use crate::model::{
    Bundle, Detail, Directory, Merger, Municipality, Ordinance, Place, RulesNotKnown, Text, Version,
};
use crate::places::slug;
use crate::validate::{current_statute, validate_bundle, Problem};

/// A statute and its ordinances, compiled; municipalities sorted by name.
#[derive(Debug, Clone)]
pub struct Catalog {
    /// The statute's versions, oldest first (validated: no gap, no overlap).
    statutes: Arc<Vec<Arc<Ordinance>>>,
    /// The latest version with rules: what an ordinance is validated and explained against.
    statute: Arc<Ordinance>,
    pension: Arc<PensionAges>,
    /// One rule set per ordinance, under the first statute version with rules that overlaps
    /// it (in the same order as the ordinances).
    sets: Vec<RuleSet>,
    /// The same ordinances under later statute versions with rules: (index into `sets`, set).
    later: Vec<(usize, RuleSet)>,
    /// (rule set, municipality within its ordinance), sorted by the municipality's name.
    index: Vec<(usize, usize)>,
    /// How many of `sets` are ordinances; after them, the statute alone for every municipality
    /// of the directory no ordinance here serves (`Detail::NotKnown`), where the catalogue
    /// serves the whole directory.
    ordinance_count: usize,
    /// Every municipality of the Netherlands, present and former (empty for a catalogue
    /// without the list).
    directory: Arc<Directory>,
    /// Ordinances known by their header only, each with the name of the file that holds it
    /// whole (the recipient's app fetches it when a person chooses one of its municipalities):
    /// listed and found, never decided from.
    pending: Vec<(Arc<Ordinance>, String)>,
}

impl PartialEq for Catalog {
    /// Two handles on the same loaded catalogue are equal (cheap, for Yew's props).
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.statutes, &other.statutes)
            && self.sets.len() == other.sets.len()
            && self.pending.len() == other.pending.len()
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

fn pension_of(statute: &Ordinance) -> Arc<PensionAges> {
    let steps = statute
        .law
        .as_ref()
        .map(|l| l.pension_age.steps.as_slice())
        .unwrap_or_default();
    Arc::new(PensionAges::new(steps))
}

fn range_of(o: &Ordinance) -> (Option<Date>, Option<Date>) {
    (
        Date::parse(&o.version.valid_from),
        o.version.valid_to.as_deref().and_then(Date::parse),
    )
}

/// Whether two versions have a day in common.
fn overlap(a: &Ordinance, b: &Ordinance) -> bool {
    let ((a_from, a_to), (b_from, b_to)) = (range_of(a), range_of(b));
    a_to.is_none_or(|to| b_from.is_none_or(|from| from <= to))
        && b_to.is_none_or(|to| a_from.is_none_or(|from| from <= to))
}

impl Catalog {
    /// Validates and compiles a statute's versions and ordinances: the one door every ordinance
    /// goes through, bundled or supplied. Returns every problem found.
    pub fn load(
        statutes: Vec<Ordinance>,
        ordinances: Vec<Ordinance>,
    ) -> Result<Catalog, Vec<Problem>> {
        Catalog::load_with(statutes, ordinances, Arc::default(), false, validate_bundle)
    }

    /// Like `load`, and serves every municipality of the directory: those no ordinance here
    /// serves are answered from the statute alone (`ordinance_unknown` where the law leaves it
    /// to the ordinance). The bundled catalogue is one.
    pub fn load_serving_all(
        statutes: Vec<Ordinance>,
        ordinances: Vec<Ordinance>,
        directory: Directory,
    ) -> Result<Catalog, Vec<Problem>> {
        Catalog::load_with(
            statutes,
            ordinances,
            Arc::new(directory),
            true,
            validate_bundle,
        )
    }

    /// `check` is the validator, or nothing for ordinances that went through it already (the
    /// bundle, which `build.rs` validated; a host's ordinance, which `api.js` validated before
    /// encoding it): the modules that take only those then carry no validator.
    fn load_with(
        statutes: Vec<Ordinance>,
        ordinances: Vec<Ordinance>,
        directory: Arc<Directory>,
        serve_all: bool,
        check: fn(&Bundle) -> Vec<Problem>,
    ) -> Result<Catalog, Vec<Problem>> {
        let bundle = Bundle {
            statutes,
            ordinances,
            directory: Directory::default(),
        };
        let problems = check(&bundle);
        if !problems.is_empty() {
            return Err(problems);
        }
        let Bundle {
            statutes,
            ordinances,
            ..
        } = bundle;
        // Shared from here on: a catalogue made from this one shares its statute.
        let statutes = statutes.into_iter().map(Arc::new).collect();
        Catalog::assemble(statutes, ordinances, directory, serve_all, Vec::new())
    }

    /// Validated statute versions and ordinances, compiled. With `bodies` (one file name per
    /// ordinance) the ordinances are headers: listed, and compiled only when their file is
    /// here (`with_body`).
    fn assemble(
        statutes: Vec<Arc<Ordinance>>,
        mut ordinances: Vec<Ordinance>,
        directory: Arc<Directory>,
        serve_all: bool,
        bodies: Vec<String>,
    ) -> Result<Catalog, Vec<Problem>> {
        // Each place's id once: a slug allocates, and the list has 426 places.
        let ids: Vec<String> = directory.places.iter().map(|p| slug(&p.name)).collect();
        for o in &mut ordinances {
            for m in &mut o.municipalities {
                complete(m, &directory, &ids);
            }
        }
        let pending: Vec<(Arc<Ordinance>, String)> = if bodies.is_empty() {
            Vec::new()
        } else {
            ordinances.drain(..).map(Arc::new).zip(bodies).collect()
        };
        let ordinance_count = ordinances.len();
        let mut ordinances: Vec<Arc<Ordinance>> = ordinances.into_iter().map(Arc::new).collect();
        if serve_all {
            let served: Vec<&Ordinance> = ordinances
                .iter()
                .chain(pending.iter().map(|(o, _)| o))
                .map(|o| &**o)
                .collect();
            if let Some(unknown) = not_known(&statutes, &served, &directory, &ids) {
                ordinances.push(Arc::new(unknown));
            }
        }
        Catalog::compile(
            Arc::new(statutes),
            ordinances,
            ordinance_count,
            directory,
            pending,
        )
    }

    fn compile(
        statutes: Arc<Vec<Arc<Ordinance>>>,
        ordinances: Vec<Arc<Ordinance>>,
        ordinance_count: usize,
        directory: Arc<Directory>,
        pending: Vec<(Arc<Ordinance>, String)>,
    ) -> Result<Catalog, Vec<Problem>> {
        let Some(current) = current_statute(&statutes) else {
            return Err(vec![Problem {
                place: String::new(),
                field: "rules".into(),
                message: "no version of the statute has rules".into(),
                nl: "geen versie van de wet heeft regels".into(),
            }]);
        };
        let statute = current.clone();
        // Each version with rules, with its pension table and the first day of the version
        // after it when that one's rules are not known.
        let known: Vec<(Arc<Ordinance>, Arc<PensionAges>, Option<Date>)> = statutes
            .iter()
            .enumerate()
            .filter(|(_, s)| s.rules_not_known.is_none())
            .map(|(i, s)| {
                let changes = statutes
                    .get(i + 1)
                    .filter(|next| next.rules_not_known.is_some())
                    .and_then(|next| Date::parse(&next.version.valid_from));
                (s.clone(), pension_of(s), changes)
            })
            .collect();
        let mut sets = Vec::with_capacity(ordinances.len());
        let mut later = Vec::new();
        let mut problems = Vec::new();
        for o in ordinances {
            let mut under = known.iter().filter(|(s, _, _)| overlap(s, &o));
            // An ordinance no version with rules overlaps is compiled under the current one,
            // and refuses every day (its days and the statute's have none in common).
            let Some(first) = under.next().or(known.last()) else {
                continue;
            };
            let compiled = |(s, p, changes): &(Arc<Ordinance>, Arc<PensionAges>, Option<Date>)| {
                RuleSet::compile(s.clone(), o.clone(), p.clone(), *changes).map_err(load_problem)
            };
            match compiled(first) {
                Ok(set) => sets.push(set),
                Err(e) => problems.push(e),
            }
            for next in under {
                match compiled(next) {
                    Ok(set) => later.push((sets.len().saturating_sub(1), set)),
                    Err(e) => problems.push(e),
                }
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let pension = pension_of(&statute);
        let mut catalog = Catalog {
            statutes,
            statute,
            pension,
            sets,
            later,
            index: Vec::new(),
            ordinance_count,
            directory,
            pending,
        };
        let mut index: Vec<(usize, usize)> = (0..catalog.sets.len() + catalog.pending.len())
            .flat_map(|s| (0..catalog.ordinance_at(s).municipalities.len()).map(move |m| (s, m)))
            .collect();
        let name = |&(s, m): &(usize, usize)| &catalog.ordinance_at(s).municipalities[m].name;
        crate::sort::insertion_by(&mut index, |a, b| name(a) < name(b));
        catalog.index = index;
        Ok(catalog)
    }

    /// The ordinance at a place of the index: a compiled one, or a header.
    fn ordinance_at(&self, s: usize) -> &Ordinance {
        match self.sets.get(s) {
            Some(set) => set.ordinance(),
            None => &self.pending[s - self.sets.len()].0,
        }
    }

    /// The name of the file that holds the ordinance of a municipality whole, while this
    /// catalogue has only its header (nothing decides for it until `with_body`).
    pub fn awaiting(&self, municipality_id: &str) -> Option<&str> {
        self.pending
            .iter()
            .find(|(o, _)| o.municipalities.iter().any(|m| m.id == municipality_id))
            .map(|(_, file)| file.as_str())
    }

    /// This catalogue with one ordinance it had as a header now whole and compiled, from the
    /// bytes of its file; `None` when the bytes are not that file (another build's, cut off,
    /// changed on the way: the name carries a hash of the bytes, which were validated when
    /// the project was built, so no other bytes are read).
    pub fn with_body(&self, bytes: &[u8]) -> Option<Catalog> {
        let at = self
            .pending
            .iter()
            .position(|(o, file)| *file == crate::codec::body_name(&o.id, bytes))?;
        let header = &self.pending[at].0;
        let mut body = crate::codec::read_ordinance(bytes)?;
        if body.id != header.id || body.municipalities.len() != header.municipalities.len() {
            return None;
        }
        // What the list adds (CBS code, province), as the header has it.
        for (m, h) in body.municipalities.iter_mut().zip(&header.municipalities) {
            if m.id != h.id {
                return None;
            }
            m.cbs_code = h.cbs_code;
            m.province = h.province.clone();
        }
        let mut ordinances: Vec<Arc<Ordinance>> =
            self.sets.iter().map(RuleSet::shared_ordinance).collect();
        ordinances.insert(self.ordinance_count, Arc::new(body));
        let mut pending = self.pending.clone();
        pending.remove(at);
        Catalog::compile(
            self.statutes.clone(),
            ordinances,
            self.ordinance_count + 1,
            self.directory.clone(),
            pending,
        )
        .ok()
    }

    /// A catalogue with the same statute and only these ordinances (a municipality's own file,
    /// a draft), validated and compiled the same way; it serves their municipalities only.
    pub fn with_ordinances(&self, ordinances: Vec<Ordinance>) -> Result<Catalog, Vec<Problem>> {
        Catalog::load_with(
            self.statutes.iter().map(|s| (**s).clone()).collect(),
            ordinances,
            self.directory.clone(),
            false,
            validate_bundle,
        )
    }

    /// Like `with_ordinances`, for ordinances the validator passed already: a host's ordinance
    /// in the binary form `api.js` writes only after validating it (the entry module is the
    /// only one that hands those bytes to the check; a host gives an address, never bytes).
    /// Compiling can still refuse it.
    pub fn with_validated_ordinances(
        &self,
        ordinances: Vec<Ordinance>,
    ) -> Result<Catalog, Vec<Problem>> {
        Catalog::assemble(
            self.statutes.to_vec(),
            ordinances,
            self.directory.clone(),
            false,
            Vec::new(),
        )
    }

    /// Every municipality of the Netherlands, present and former, as the list has them (empty
    /// for a catalogue loaded without it).
    pub fn directory(&self) -> &Directory {
        &self.directory
    }

    /// A catalogue with the same statute and a host's own ordinance in the binary form `api.js`
    /// writes after validating it (for the widget and its letters), compiled: `Err(None)` when
    /// the bytes cannot be read (api.js and the check of different releases), `Err(Some(..))`
    /// when it cannot be compiled.
    pub fn with_encoded_ordinance(&self, bytes: &[u8]) -> Result<Catalog, Option<Vec<Problem>>> {
        let ordinance = crate::codec::read_ordinance(bytes).ok_or(None)?;
        self.with_validated_ordinances(vec![ordinance])
            .map_err(Some)
    }

    /// The latest version of the statute with rules.
    pub fn statute(&self) -> &Ordinance {
        &self.statute
    }

    /// Every version of the statute, oldest first.
    pub fn statutes(&self) -> &[Arc<Ordinance>] {
        &self.statutes
    }

    /// The version of the statute in force on a day, if any covers it.
    pub fn statute_on(&self, on: Date) -> Option<&Ordinance> {
        self.statutes
            .iter()
            .find(|s| match range_of(s) {
                (Some(from), to) => from <= on && to.is_none_or(|to| on <= to),
                _ => false,
            })
            .map(|s| &**s)
    }

    /// The statute version whose rules this checker does not know, that covers a day.
    pub fn law_change_on(&self, on: Date) -> Option<(&Ordinance, &RulesNotKnown)> {
        self.statute_on(on)
            .and_then(|s| s.rules_not_known.as_ref().map(|n| (s, n)))
    }

    /// The first day from which this catalogue knows no rules (a statute version marked
    /// `rules_not_known`), if there is one.
    pub fn rules_known_until(&self) -> Option<Date> {
        self.statutes
            .iter()
            .find(|s| s.rules_not_known.is_some())
            .and_then(|s| Date::parse(&s.version.valid_from))
            .map(|d| Date(d.0 - 1))
    }

    pub fn pension_ages(&self) -> &PensionAges {
        &self.pension
    }

    /// Every compiled rule set, one per ordinance (without the statute alone that serves the
    /// municipalities no ordinance here serves).
    pub fn rule_sets(&self) -> &[RuleSet] {
        &self.sets[..self.ordinance_count]
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

    /// Every municipality with its ordinance (or the ordinance's header, while its file is not
    /// here), sorted by name.
    pub fn municipalities(&self) -> impl Iterator<Item = (&Municipality, &Ordinance)> {
        self.index.iter().map(|&(s, m)| {
            let o = self.ordinance_at(s);
            (&o.municipalities[m], o)
        })
    }

    /// A municipality this catalogue serves, by id, with its ordinance or that one's header.
    pub fn municipality(&self, municipality_id: &str) -> Option<(&Municipality, &Ordinance)> {
        self.municipalities().find(|(m, _)| m.id == municipality_id)
    }

    /// The rule set for a municipality's ordinance on a day: under the statute version in
    /// force then, where a later one with rules exists; else the one `find` gives.
    pub fn set_on<'c>(&'c self, set: &'c RuleSet, on: Option<Date>) -> &'c RuleSet {
        if self.later.is_empty() {
            return set;
        }
        let Some(i) = self
            .sets
            .iter()
            .position(|s| std::ptr::eq(s.ordinance(), set.ordinance()))
        else {
            return set;
        };
        std::iter::once(&self.sets[i])
            .chain(self.later.iter().filter(|(j, _)| *j == i).map(|(_, s)| s))
            .find(|s| s.in_force_on(on).is_ok())
            .unwrap_or(set)
    }

    /// The verdict for a municipality by id on the answers' reference day, with the rule set
    /// that gave it: `None` if no ordinance here serves it. The day decides which statute
    /// version applies, and whether a merged municipality's ordinance still holds.
    pub fn verdict(
        &self,
        municipality_id: &str,
        answers: &Answers,
    ) -> Option<(&RuleSet, &Municipality, Result<Verdict, NotInForce>)> {
        let (set, municipality) = self.find(municipality_id)?;
        let on = answers.reference_date();
        let set = self.set_on(set, on);
        // An ordinance that had ended says so first (Weesp's of 2015, replaced before the
        // merger); one still in force ends for a merged municipality's area two years after.
        let verdict = match (on, self.merger_window(municipality)) {
            (Some(on), Some((merged, until)))
                if on > until && set.in_force_on(Some(on)).is_ok() =>
            {
                Err(NotInForce::Merged { on: merged, until })
            }
            _ => set.decide(answers),
        };
        Some((set, municipality, verdict))
    }

    /// The id of the municipality a merged one became part of, where this catalogue serves
    /// it: the ordinance's `into_id`, else the first successor the list of municipalities
    /// names.
    pub fn successor(&self, municipality: &Municipality) -> Option<String> {
        let merged = municipality.merged.as_ref()?;
        if let Some(id) = merged.into_id.clone() {
            return Some(id);
        }
        let place = self.directory.by_id(&municipality.id)?;
        place
            .merged
            .iter()
            .flat_map(|p| &p.into)
            .filter_map(|code| self.directory.by_code(*code))
            .find_map(|p| self.municipality(&slug(&p.name)).map(|(m, _)| m.id.clone()))
    }

    /// For a municipality that merged: the day of the merger and the last day its ordinance
    /// can hold for the old area (the statute's `law.merger` years after the merger, less a
    /// day; Wet arhi art. 28).
    pub fn merger_window(&self, municipality: &Municipality) -> Option<(Date, Date)> {
        let merged = Date::parse(&municipality.merged.as_ref()?.on)?;
        let years = self.statute.law.as_ref()?.merger.as_ref()?.years;
        Some((merged, Date(merged.add_months(12 * i32::from(years)).0 - 1)))
    }

    /// Decides for a municipality by id: `None` if no ordinance here serves it.
    pub fn decide(
        &self,
        municipality_id: &str,
        answers: &Answers,
    ) -> Option<Result<Decision<'_>, NotInForce>> {
        let (set, municipality, verdict) = self.verdict(municipality_id, answers)?;
        Some(verdict.map(|verdict: Verdict| set.explain(&verdict, municipality)))
    }
}

/// The present municipalities a former one became part of, by name ("Leeuwarden,
/// Súdwest-Fryslân en Waadhoeke").
fn successor_names(place: &Place, directory: &Directory, and: &str) -> String {
    let names: Vec<&str> = place
        .merged
        .iter()
        .flat_map(|m| &m.into)
        .filter_map(|code| directory.by_code(*code))
        .map(|p| p.name.as_str())
        .collect();
    match names.split_last() {
        Some((last, [])) => (*last).to_string(),
        Some((last, rest)) => format!("{} {and} {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// A municipality of the list as the statute alone serves it: a former one with its merger
/// (the successor's id `Catalog::successor` finds in the list).
fn place_municipality(place: &Place, id: &str, directory: &Directory) -> Municipality {
    let (nl, en) = (
        successor_names(place, directory, "en"),
        successor_names(place, directory, "and"),
    );
    let since = place.merged.as_ref().map(|m| {
        let year = m.on.get(..4).unwrap_or_default();
        if m.into.len() > 1 {
            Text {
                nl: format!("Sinds {year} verdeeld over {nl}."),
                en: format!("Divided between {en} since {year}."),
            }
        } else {
            Text {
                nl: format!("Sinds {year} deel van {nl}."),
                en: format!("Part of {en} since {year}."),
            }
        }
    });
    let merged = place.merged.as_ref().map(|m| Merger {
        on: m.on.clone(),
        into: nl,
        into_id: None,
    });
    Municipality {
        id: id.to_string(),
        name: place.name.clone(),
        since,
        merged,
        cbs_code: Some(place.cbs_code),
        province: Some(directory.province(place).to_string()),
    }
}

/// The statute alone, as an ordinance without rules or bounds (`Detail::NotKnown`), for every
/// municipality of the directory that none of the ordinances serves; `None` if they serve all.
fn not_known(
    statutes: &[Arc<Ordinance>],
    ordinances: &[&Ordinance],
    directory: &Directory,
    ids: &[String],
) -> Option<Ordinance> {
    let served = |id: &str| {
        ordinances
            .iter()
            .any(|o| o.municipalities.iter().any(|m| m.id == id))
    };
    let municipalities: Vec<Municipality> = directory
        .places
        .iter()
        .zip(ids)
        .filter(|(_, id)| !served(id))
        .map(|(p, id)| place_municipality(p, id, directory))
        .collect();
    let first = statutes.first()?;
    (!municipalities.is_empty()).then(|| Ordinance {
        id: "geen-verordening".into(),
        title: String::new(),
        version: Version {
            year: first.version.year,
            valid_from: first.version.valid_from.clone(),
            valid_to: None,
            adopted: None,
            basis: None,
            replaced_by: None,
        },
        detail: Detail::NotKnown,
        sources: Vec::new(),
        municipalities,
        assignment: None,
        rules: Vec::new(),
        info: Vec::new(),
        practice: Vec::new(),
        milestones: Vec::new(),
        law: None,
        rules_not_known: None,
    })
}

/// Fills in what the list knows of a municipality an ordinance serves: its CBS code and
/// province.
fn complete(m: &mut Municipality, directory: &Directory, ids: &[String]) {
    if let Some(place) = ids
        .iter()
        .position(|id| *id == m.id)
        .and_then(|i| directory.places.get(i))
    {
        m.cbs_code = Some(place.cbs_code);
        m.province = Some(directory.province(place).to_string());
    }
}

/// The validated ordinances in their binary form, written by `build.rs` (`codec.rs`).
const BUNDLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/bundle.bin"));

/// The ordinances bundled at build time, read and compiled on first use (not validated again:
/// `build.rs` did; `tests/validation.rs` validates the bytes again and reads them back against
/// the TOML files).
pub fn bundled() -> Arc<Catalog> {
    static BUNDLED: OnceLock<Arc<Catalog>> = OnceLock::new();
    BUNDLED
        .get_or_init(|| {
            // build.rs wrote these bytes from ordinances it had validated, and refused the
            // build otherwise; a test reads them back and compares them with the TOML files.
            let (
                Bundle {
                    statutes,
                    ordinances,
                    directory,
                },
                bodies,
            ) = crate::codec::read_index(BUNDLE).expect("build.rs wrote a readable bundle");
            let statutes = statutes.into_iter().map(Arc::new).collect();
            Arc::new(
                Catalog::assemble(statutes, ordinances, Arc::new(directory), true, bodies)
                    .expect("build.rs validated the bundle"),
            )
        })
        .clone()
}

/// The bundle as the recipient's app has it with `ordinance-files`: every ordinance a header,
/// with the bytes of its file (as build.rs writes them), in the bundle's order.
#[cfg(test)]
pub(crate) fn split(whole: &Catalog) -> (Catalog, Vec<(String, Vec<u8>)>) {
    use crate::codec::{body_name, header_of, write_ordinance};
    let ordinances: Vec<&Ordinance> = whole.sets[..whole.ordinance_count]
        .iter()
        .map(|s| s.ordinance())
        .collect();
    let bodies: Vec<Vec<u8>> = ordinances.iter().map(|o| write_ordinance(o)).collect();
    let names = ordinances
        .iter()
        .zip(&bodies)
        .map(|(o, b)| body_name(&o.id, b))
        .collect();
    let headers = ordinances.iter().map(|o| header_of(o)).collect();
    let split = Catalog::assemble(
        whole.statutes.to_vec(),
        headers,
        whole.directory.clone(),
        true,
        names,
    )
    .expect("headers assemble");
    let files = ordinances
        .iter()
        .map(|o| o.id.clone())
        .zip(bodies)
        .collect();
    (split, files)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An ordinance kept in a file of its own decides nothing while the catalogue has only its
    /// header; once its exact bytes arrive it decides as the whole bundle does, and any other
    /// bytes (cut off, one bit changed) are refused.
    #[test]
    fn an_ordinance_in_its_own_file_serves_once_its_exact_bytes_arrive() {
        let whole = bundled();
        let (mut split, files) = split(&whole);
        let ordinances: Vec<Ordinance> = whole.sets[..whole.ordinance_count]
            .iter()
            .map(|s| s.ordinance().clone())
            .collect();
        assert!(
            ordinances
                .iter()
                .map(|o| o.municipalities.len())
                .sum::<usize>()
                >= 30
        );
        let bodies: Vec<Vec<u8>> = files.into_iter().map(|(_, bytes)| bytes).collect();
        for (o, bytes) in ordinances.iter().zip(&bodies) {
            let first = &o.municipalities[0].id;
            assert!(split.find(first).is_none(), "{first} decided from a header");
            assert!(split.awaiting(first).is_some(), "{first} awaits no file");
            assert!(split.with_body(&bytes[..bytes.len() - 1]).is_none());
            let mut changed = bytes.clone();
            let last = changed.len() - 1;
            changed[last] ^= 1;
            assert!(split.with_body(&changed).is_none());
            split = split.with_body(bytes).expect("its own bytes are taken");
            assert!(split.awaiting(first).is_none());
            for m in &o.municipalities {
                let (set, _) = split.find(&m.id).expect("served once whole");
                let (reference, _) = whole.find(&m.id).expect("served by the bundle");
                assert_eq!(set.ordinance(), reference.ordinance(), "{}", m.id);
            }
        }
        assert!(split.pending.is_empty());
        assert_eq!(split.rule_sets().len(), whole.rule_sets().len());
    }
}
