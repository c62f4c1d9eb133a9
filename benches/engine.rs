//! Benchmarks of the engine (run: `cargo bench --bench engine`). Reports the median and spread
//! of repeated samples; nothing here is a pass/fail test.
//!
//! Built at `opt-level = 3` (`[profile.bench]`); the web build stays size-optimised.
//!
//! 1. one decision with its grounds as bitsets (Overbetuwe, a volunteer), and the same
//!    explained into the rules themselves,
//! 2. all thirty municipalities for one set of answers,
//! 3. a batch of a million varied answer sets, spread over the municipalities: interleaved,
//!    grouped by municipality, and as caseloads (facts resolved once, laid out by column),
//! 4. the workbench's comparison: 100,000 people counted under an ordinance and a draft.

use std::hint::black_box;
use std::time::Instant;

use tegenprestatie_check::answers::Answers;
use tegenprestatie_check::catalog;
use tegenprestatie_check::date::Date;
use tegenprestatie_check::engine::caseload::Caseload;
use tegenprestatie_check::engine::{resolve, RuleSet};
use tegenprestatie_check::facts::Fact;
use tegenprestatie_check::workbench::population::Shares;
use tegenprestatie_check::workbench::tally::Simulation;

/// Runs `f` `samples` times (after a warm-up) and prints per-call statistics, with `calls` calls
/// of the engine in each run of `f`.
fn bench(name: &str, samples: usize, calls: u64, mut f: impl FnMut()) {
    for _ in 0..samples.div_ceil(10) {
        f();
    }
    let mut per_call: Vec<f64> = (0..samples)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_nanos() as f64 / calls as f64
        })
        .collect();
    per_call.sort_by(f64::total_cmp);
    let q = |p: f64| per_call[((per_call.len() - 1) as f64 * p).round() as usize];
    println!(
        "{name:<46} median {:>9.1} ns/decision   p10 {:>9.1}   p90 {:>9.1}   min {:>9.1}   max {:>9.1}   (n={samples})",
        q(0.5),
        q(0.1),
        q(0.9),
        per_call[0],
        per_call[per_call.len() - 1]
    );
}

use tegenprestatie_check::doors::Rng;

fn varied(rng: &mut Rng, day: Date) -> Answers {
    let mut a = Answers::new(16 + rng.below(56) as u8, day);
    a.set(Fact::Benefit, rng.below(12).min(4) as f64);
    a.set_bool(Fact::FullyPermanentlyIncapacitated, rng.one_in(20));
    a.set_bool(Fact::SingleParentExemption, rng.one_in(20));
    if rng.one_in(3) {
        a.set(Fact::CaregivingHoursPerWeek, rng.below(20) as f64);
        a.set(Fact::CaregivingMonths, rng.below(24) as f64);
        a.set(
            Fact::CaregivingNecessary,
            [f64::NAN, 1.0, 0.0][rng.below(3) as usize],
        );
    }
    if rng.one_in(3) {
        a.set(Fact::VolunteerHoursPerWeek, rng.below(24) as f64);
        a.set(Fact::VolunteerMonths, rng.below(24) as f64);
    }
    a.set_bool(Fact::ReintegrationTrajectory, rng.one_in(4));
    if rng.one_in(4) {
        a.set(Fact::PartTimeWorkHoursPerWeek, rng.below(30) as f64);
    }
    a.set(
        Fact::ParticipationLadderStep,
        [f64::NAN, 2.0, 5.0][rng.below(3) as usize],
    );
    a.set_bool(Fact::HasDisability, rng.one_in(6));
    a.set_bool(Fact::UrgentReasons, rng.one_in(10));
    if rng.one_in(2) {
        a.set(Fact::MonthsOnBenefit, rng.below(60) as f64);
    }
    a.set(
        Fact::TargetGroup,
        [f64::NAN, 1.0, 2.0][rng.below(3) as usize],
    );
    a
}

fn main() {
    let catalog = catalog::bundled();
    let day = Date::parse("2026-06-01").expect("a date");
    // The 30 municipalities with a bundled ordinance (the other 396 share the statute alone).
    let sets: Vec<&RuleSet> = catalog
        .municipalities()
        .filter(|(_, o)| o.detail != tegenprestatie_check::model::Detail::NotKnown)
        .map(|(m, _)| catalog.find(&m.id).expect("listed").0)
        .collect();
    assert_eq!(sets.len(), 30);
    let (overbetuwe, municipality) = catalog.find("overbetuwe").expect("bundled");
    let mut volunteer = Answers::new(35, day);
    volunteer.set(Fact::VolunteerHoursPerWeek, 4.0);
    volunteer.set(Fact::VolunteerMonths, 6.0);

    bench(
        "one decision with its grounds (Overbetuwe)",
        2000,
        1000,
        || {
            for _ in 0..1000 {
                black_box(overbetuwe.decide(black_box(&volunteer)).ok());
            }
        },
    );

    bench(
        "one decision explained (rules, allocates)",
        2000,
        1000,
        || {
            for _ in 0..1000 {
                if let Ok(v) = overbetuwe.decide(black_box(&volunteer)) {
                    black_box(overbetuwe.explain(&v, municipality));
                }
            }
        },
    );

    let mut resolved = volunteer;
    let pension = resolve(&mut resolved, overbetuwe.pension_ages());
    bench("  of which the rules (facts resolved)", 2000, 1000, || {
        for _ in 0..1000 {
            black_box(overbetuwe.decide_resolved(black_box(&resolved), pension));
        }
    });
    bench(
        "  of which resolving the facts (AOW age)",
        2000,
        1000,
        || {
            for _ in 0..1000 {
                let mut a = *black_box(&volunteer);
                black_box(resolve(&mut a, overbetuwe.pension_ages()));
            }
        },
    );

    bench("all 30 municipalities, one answer set", 2000, 30, || {
        for set in &sets {
            black_box(set.decide(black_box(&volunteer)).ok());
        }
    });

    let mut rng = Rng(42);
    let batch: Vec<(usize, Answers)> = (0..1_000_000)
        .map(|i| (i % sets.len(), varied(&mut rng, day)))
        .collect();
    bench(
        "a million varied answer sets, interleaved",
        10,
        1_000_000,
        || {
            for (i, answers) in &batch {
                black_box(sets[*i].decide(black_box(answers)).ok());
            }
        },
    );

    // The same million, grouped by municipality (as a caseload is): each rule set stays hot.
    let mut grouped: Vec<Vec<Answers>> = vec![Vec::new(); sets.len()];
    for (i, answers) in &batch {
        grouped[*i].push(*answers);
    }
    bench(
        "the same million, grouped by municipality",
        10,
        1_000_000,
        || {
            for (set, people) in sets.iter().zip(&grouped) {
                for answers in people {
                    black_box(set.decide(black_box(answers)).ok());
                }
            }
        },
    );

    // As a caseload: facts resolved once per person and laid out by column, then decided per
    // municipality (what the workbench does with a caseload and a draft ordinance).
    let caseloads: Vec<Caseload> = grouped
        .iter()
        .map(|people| Caseload::new(people, catalog.pension_ages()))
        .collect();
    let mut verdicts = Vec::with_capacity(1_000_000);
    bench(
        "the same million as caseloads (by column)",
        10,
        1_000_000,
        || {
            for (set, caseload) in sets.iter().zip(&caseloads) {
                set.decide_caseload(caseload, &mut verdicts);
                black_box(&verdicts);
            }
        },
    );
    let start = Instant::now();
    for people in &grouped {
        black_box(Caseload::new(people, catalog.pension_ages()));
    }
    println!(
        "  laying out the million as caseloads (once)   {:>9.1} ns/person",
        start.elapsed().as_nanos() as f64 / 1e6
    );

    // The workbench's comparison: a caseload counted under Overbetuwe and a draft without its
    // volunteer-work exemption, the changed people grouped (`workbench::tally::Simulation`).
    let mut draft = overbetuwe.ordinance().clone();
    draft.rules.retain(|r| r.id != "vrijwilligerswerk-4-uur");
    let drafts = catalog
        .with_ordinances(vec![draft])
        .expect("a lawful draft");
    let draft_set = &drafts.rule_sets()[0];
    let population =
        Shares::default().generate(100_000, 11, Date::parse("2026-06-01").expect("a date"));
    bench(
        "100,000 people, current and draft, counted and grouped",
        10,
        100_000,
        || {
            let mut sim = Simulation::new(overbetuwe, Some(draft_set));
            for (row, answers) in population.iter().enumerate() {
                sim.add(row as u64 + 1, None, *answers);
            }
            black_box(sim.finish());
        },
    );
}
