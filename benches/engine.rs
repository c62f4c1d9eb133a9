//! Benchmarks of the engine (run: `cargo bench --bench engine`). Reports the median and spread
//! of repeated samples; nothing here is a pass/fail test.
//!
//! 1. one decision with its trace (Overbetuwe, a volunteer),
//! 2. all thirty municipalities for one set of answers,
//! 3. a batch of a million varied answer sets, spread over the municipalities.

use std::hint::black_box;
use std::time::Instant;

use tegenprestatie_check::answers::{Answers, Benefit, TargetGroup};
use tegenprestatie_check::catalog;

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

/// A small deterministic generator, so every run decides the same varied answers.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn flag(&mut self, one_in: u64) -> bool {
        self.below(one_in) == 0
    }
}

fn varied(rng: &mut Lcg) -> Answers {
    let mut a = Answers::new(16 + rng.below(56) as u8);
    a.benefit = Benefit::ALL[rng.below(12).min(4) as usize];
    a.fully_permanently_incapacitated = rng.flag(20);
    a.single_parent_exemption = rng.flag(20);
    if rng.flag(3) {
        a.caregiving_hours_per_week = rng.below(20) as f64;
        a.caregiving_months = rng.below(24) as f64;
        a.caregiving_necessary = [None, Some(true), Some(false)][rng.below(3) as usize];
    }
    if rng.flag(3) {
        a.volunteer_hours_per_week = rng.below(24) as f64;
        a.volunteer_months = rng.below(24) as f64;
    }
    a.reintegration_trajectory = rng.flag(4);
    a.part_time_work_hours_per_week = if rng.flag(4) {
        rng.below(30) as f64
    } else {
        0.0
    };
    a.participation_ladder_step = [None, Some(2), Some(5)][rng.below(3) as usize];
    a.has_disability = rng.flag(6);
    a.urgent_reasons = rng.flag(10);
    a.months_on_benefit = rng.flag(2).then(|| rng.below(60) as f64);
    a.target_group =
        [None, Some(TargetGroup::Groeier), Some(TargetGroup::Blijver)][rng.below(3) as usize];
    a
}

fn main() {
    let ids: Vec<&str> = catalog::municipalities()
        .iter()
        .map(|(m, _)| m.id.as_str())
        .collect();
    let mut volunteer = Answers::new(35);
    volunteer.volunteer_hours_per_week = 4.0;
    volunteer.volunteer_months = 6.0;

    bench(
        "one decision with its trace (Overbetuwe)",
        2000,
        1000,
        || {
            for _ in 0..1000 {
                black_box(catalog::decide(
                    black_box("overbetuwe"),
                    black_box(&volunteer),
                ));
            }
        },
    );

    bench("all 30 municipalities, one answer set", 2000, 30, || {
        for id in &ids {
            black_box(catalog::decide(black_box(id), black_box(&volunteer)));
        }
    });

    let mut rng = Lcg(42);
    let batch: Vec<(usize, Answers)> = (0..1_000_000)
        .map(|i| (i % ids.len(), varied(&mut rng)))
        .collect();
    bench(
        "a million varied answer sets (per decision)",
        10,
        1_000_000,
        || {
            for (i, answers) in &batch {
                black_box(catalog::decide(ids[*i], black_box(answers)));
            }
        },
    );
}
