//! The law's dated numbers, read from the statutory layer's data: the state pension (AOW) age.
//!
//! A person reaches the pension age on the first day on which their age equals the AOW age of
//! that calendar year (Algemene Ouderdomswet art. 7a). The table is data in
//! `ordinances/participatiewet.toml`; nothing here knows a year or an age.

use crate::date::Date;
use crate::model::PensionAgeStep;

/// What the law says about the pension age for one person on one day.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PensionCheck {
    /// Whether the person has reached the pension age; `None` when the age in whole years
    /// leaves it open (it hinges on the months) and no birth date was given.
    pub reached: Option<bool>,
    /// The AOW age in the reference day's year: years and months.
    pub age: (u8, u8),
    /// The day the person reaches it, when the birth date is known.
    pub date: Option<Date>,
    /// The reference day this check is for.
    pub on: Option<Date>,
}

/// The pension age table, ordered by year (the validator checks the order).
#[derive(Debug, Clone, PartialEq)]
pub struct PensionAges {
    steps: Vec<PensionAgeStep>,
    /// Each step's first day and age in months, for looking up a day without the calendar.
    from_day: Vec<(i32, i32)>,
    /// The lowest and highest age in the table, in months.
    low: i32,
    high: i32,
}

impl PensionAges {
    pub fn new(steps: &[PensionAgeStep]) -> PensionAges {
        let months = |s: &PensionAgeStep| i32::from(s.years) * 12 + i32::from(s.months);
        PensionAges {
            steps: steps.to_vec(),
            from_day: steps
                .iter()
                .filter_map(|s| Date::new(s.from_year, 1, 1).map(|d| (d.0, months(s))))
                .collect(),
            low: steps.iter().map(months).min().unwrap_or(0),
            high: steps.iter().map(months).max().unwrap_or(0),
        }
    }

    /// The pension age on a day, in months (the first step before the table starts).
    #[inline]
    fn months_on(&self, on: Date) -> i32 {
        self.from_day
            .iter()
            .rev()
            .find(|(day, _)| *day <= on.0)
            .or(self.from_day.first())
            .map_or(0, |(_, m)| *m)
    }

    /// The pension age in a calendar year, in months. Before the table's first year the first
    /// step holds (the age has only risen since).
    pub fn months_in(&self, year: i32) -> Option<i32> {
        let step = self
            .steps
            .iter()
            .rev()
            .find(|s| s.from_year <= year)
            .or(self.steps.first())?;
        Some(i32::from(step.years) * 12 + i32::from(step.months))
    }

    fn bounds(&self) -> Option<(i32, i32)> {
        (!self.steps.is_empty()).then_some((self.low, self.high))
    }

    /// The day someone born on `birth` reaches the pension age: in the first year whose AOW
    /// age, added to the birth date, falls in that year (or before).
    pub fn date_for(&self, birth: Date) -> Option<Date> {
        let (low, high) = self.bounds()?;
        let (y, m, _) = birth.ymd();
        let month_index = y * 12 + m as i32 - 1;
        let first = y + low / 12;
        let last = y + high / 12 + 1;
        let months = (first..=last)
            .find(|&year| {
                self.months_in(year)
                    .is_some_and(|age| (month_index + age).div_euclid(12) <= year)
            })
            .and_then(|year| self.months_in(year))?;
        Some(birth.add_months(months))
    }

    fn reached_by(&self, birth: Date, on: Date) -> Option<bool> {
        self.date_for(birth).map(|d| d <= on)
    }

    /// The check for a person with a birth date or an age in whole years, on day `on`.
    #[inline]
    pub fn check(&self, on: Date, birth: Option<Date>, age_years: Option<f64>) -> PensionCheck {
        let months = self.months_on(on);
        let age = ((months / 12) as u8, (months % 12) as u8);
        let (reached, date) = match (birth, age_years) {
            (Some(birth), _) => {
                let date = self.date_for(birth);
                (date.map(|d| d <= on), date)
            }
            (None, Some(years)) => (self.reached_at_age(on, years), None),
            (None, None) => (None, None),
        };
        PensionCheck {
            reached,
            age,
            date,
            on: Some(on),
        }
    }

    /// With an age in whole years only: the oldest and youngest birth dates that age allows
    /// decide it, unless they disagree.
    fn reached_at_age(&self, on: Date, years: f64) -> Option<bool> {
        let (low, high) = self.bounds()?;
        let years = years as i32;
        if years * 12 + 11 < low {
            return Some(false);
        }
        if years * 12 >= high {
            return Some(true);
        }
        let youngest = on.add_months(-years * 12);
        let oldest = Date(on.add_months(-(years + 1) * 12).0 + 1);
        match (self.reached_by(youngest, on)?, self.reached_by(oldest, on)?) {
            (true, _) => Some(true),
            (false, false) => Some(false),
            (false, true) => None,
        }
    }
}
