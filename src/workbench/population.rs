//! A synthetic population: people drawn at random with the shares a policy officer chooses
//! ("20 % do volunteer work, 1 to 20 hours a week"), one share per answer fact of the schema, so
//! a new fact gets a share without code here. The same seed gives the same people.

use crate::answers::Answers;
use crate::date::Date;
use crate::facts::{Fact, Kind, Origin, Spec, Unit, SCHEMA};
use crate::rng::Rng;

/// How one fact is drawn.
#[derive(Debug, Clone, PartialEq)]
pub enum Mix {
    /// Yes for this percentage of people, else its default.
    Yes(u8),
    /// A value in `lo..=hi` (whole numbers for a whole fact) for this percentage, else its default.
    Number { percent: u8, lo: f64, hi: f64 },
    /// A percentage per option, in the schema's order; the rest keep the default.
    Options(Vec<u8>),
}

/// One fact's share.
#[derive(Debug, Clone, PartialEq)]
pub struct Share {
    pub fact: Fact,
    pub mix: Mix,
}

/// The whole population's make-up.
#[derive(Debug, Clone, PartialEq)]
pub struct Shares {
    /// Ages are drawn evenly from this range (years).
    pub age: (u8, u8),
    pub facts: Vec<Share>,
}

/// A starting share for a fact, by its kind and unit.
fn default_mix(spec: &Spec) -> Option<Mix> {
    Some(match (spec.fact, spec.kind, spec.unit) {
        (Fact::Date | Fact::BirthDate | Fact::Age | Fact::ReachedPensionAge, ..) => return None,
        (Fact::Benefit, ..) => Mix::Options(vec![92, 4, 2, 2, 0]),
        (Fact::MonthsOnBenefit, ..) => Mix::Number {
            percent: 100,
            lo: 0.0,
            hi: 120.0,
        },
        (Fact::FullyPermanentlyIncapacitated, ..) => Mix::Yes(2),
        (Fact::SingleParentExemption, ..) => Mix::Yes(4),
        (_, Kind::Bool, _) => Mix::Yes(5),
        (_, Kind::Number { .. }, Unit::HoursPerWeek) => Mix::Number {
            percent: 15,
            lo: 1.0,
            hi: 20.0,
        },
        (_, Kind::Number { .. }, Unit::Months) => Mix::Number {
            percent: 15,
            lo: 1.0,
            hi: 36.0,
        },
        (_, Kind::Number { min, max, .. }, _) => Mix::Number {
            percent: 50,
            lo: min,
            hi: max,
        },
        (_, Kind::Choice(options), _) => Mix::Options(vec![0; options.len()]),
        (_, Kind::Date, _) => return None,
    })
}

impl Default for Shares {
    fn default() -> Self {
        Shares {
            age: (18, 70),
            facts: SCHEMA
                .iter()
                .filter(|s| s.origin == Origin::Answer)
                .filter_map(|s| {
                    Some(Share {
                        fact: s.fact,
                        mix: default_mix(s)?,
                    })
                })
                .collect(),
        }
    }
}

impl Shares {
    /// The share of a fact, to change it.
    pub fn get_mut(&mut self, fact: Fact) -> Option<&mut Mix> {
        self.facts
            .iter_mut()
            .find(|s| s.fact == fact)
            .map(|s| &mut s.mix)
    }

    /// One person, drawn with these shares on `date`.
    pub fn draw(&self, rng: &mut Rng, date: Date) -> Answers {
        let (lo, hi) = (self.age.0.min(self.age.1), self.age.0.max(self.age.1));
        let age = lo + rng.below(u64::from(hi - lo) + 1) as u8;
        let mut a = Answers::new(age, date);
        for share in &self.facts {
            let kind = share.fact.kind();
            match &share.mix {
                Mix::Yes(p) => {
                    if rng.below(100) < u64::from(*p) {
                        a.set_bool(share.fact, true);
                    }
                }
                Mix::Number { percent, lo, hi } => {
                    if rng.below(100) < u64::from(*percent) {
                        let (lo, hi) = (lo.min(*hi), lo.max(*hi));
                        let whole = matches!(kind, Kind::Number { whole: true, .. });
                        let v = if whole {
                            lo.ceil()
                                + rng.below((hi.floor() - lo.ceil()).max(0.0) as u64 + 1) as f64
                        } else {
                            // Half hours: how people count hours in a week.
                            lo + rng.below(((hi - lo) * 2.0).max(0.0) as u64 + 1) as f64 / 2.0
                        };
                        let v = match kind {
                            Kind::Number { min, max, .. } => v.clamp(min, max),
                            _ => v,
                        };
                        a.set(share.fact, v);
                    }
                }
                Mix::Options(percents) => {
                    if let Kind::Choice(options) = kind {
                        let roll = rng.below(100);
                        let mut acc = 0u64;
                        for (option, p) in options.iter().zip(percents) {
                            acc += u64::from(*p);
                            if roll < acc {
                                a.set_choice(share.fact, option);
                                break;
                            }
                        }
                    }
                }
            }
        }
        a
    }

    /// `n` people from `seed`, on `date`.
    pub fn generate(&self, n: usize, seed: u64, date: Date) -> Vec<Answers> {
        let mut rng = Rng(seed);
        (0..n).map(|_| self.draw(&mut rng, date)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> Date {
        Date::parse("2026-06-01").unwrap()
    }

    #[test]
    fn the_chosen_share_is_about_what_is_drawn() {
        let mut shares = Shares::default();
        *shares.get_mut(Fact::VolunteerHoursPerWeek).unwrap() = Mix::Number {
            percent: 30,
            lo: 4.0,
            hi: 8.0,
        };
        let people = shares.generate(10_000, 7, day());
        let volunteers: Vec<f64> = people
            .iter()
            .map(|a| a.get(Fact::VolunteerHoursPerWeek))
            .filter(|h| *h > 0.0)
            .collect();
        assert!(
            (2_800..3_200).contains(&volunteers.len()),
            "{}",
            volunteers.len()
        );
        assert!(volunteers.iter().all(|h| (4.0..=8.0).contains(h)));
        assert!(volunteers.contains(&4.0) && volunteers.contains(&8.0));
        assert!(people
            .iter()
            .all(|a| (18.0..=70.0).contains(&a.get(Fact::Age))));
    }

    #[test]
    fn options_follow_their_percentages_and_the_same_seed_gives_the_same_people() {
        let shares = Shares::default();
        let a = shares.generate(5_000, 1, day());
        assert_eq!(a, shares.generate(5_000, 1, day()));
        assert_ne!(a, shares.generate(5_000, 2, day()));
        let ioaw = a
            .iter()
            .filter(|p| p.choice(Fact::Benefit) == Some("ioaw"))
            .count();
        assert!(
            (100..300).contains(&ioaw),
            "{ioaw} of 5000 on IOAW, 4 % asked"
        );
        assert!(a.iter().all(|p| p.choice(Fact::Benefit) != Some("none")));
    }

    #[test]
    fn a_zero_share_draws_nobody() {
        let mut shares = Shares::default();
        *shares.get_mut(Fact::SingleParentExemption).unwrap() = Mix::Yes(0);
        assert!(shares
            .generate(2_000, 3, day())
            .iter()
            .all(|p| p.flag(Fact::SingleParentExemption) == Some(false)));
    }
}
