//! The last day to object to a decision (bezwaar), worked out on the device: six weeks from the
//! day after the decision was made known (Awb art. 6:7 and 6:8 lid 1), moved to the next day
//! that is no Saturday, Sunday or holiday (Algemene termijnenwet art. 1 and 3). The numbers and
//! the holidays are data (`law.rs`).

use super::law::{HolidayRule, HOLIDAYS, OBJECTION_WEEKS};
use crate::date::Date;

/// Easter Sunday of a year (the Gregorian computus: Meeus, Jones and Butcher).
pub fn easter(year: i32) -> Option<Date> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, month as u32, day as u32)
}

/// 0 is Monday, 6 is Sunday (1970-01-01 was a Thursday).
pub fn weekday(date: Date) -> u32 {
    (date.0 + 3).rem_euclid(7) as u32
}

/// The holiday on this day, by its name in the law.
pub fn holiday(date: Date) -> Option<&'static str> {
    let (year, month, day) = date.ymd();
    let easter = easter(year);
    HOLIDAYS
        .iter()
        .find(|h| match h.rule {
            HolidayRule::Fixed { month: m, day: d } => m == month && d == day,
            HolidayRule::Easter { days } => easter.is_some_and(|e| Date(e.0 + days) == date),
        })
        .map(|h| h.name)
}

/// Why a day is not the last day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayOff {
    Saturday,
    Sunday,
    Holiday(&'static str),
}

pub fn day_off(date: Date) -> Option<DayOff> {
    match weekday(date) {
        5 => Some(DayOff::Saturday),
        6 => Some(DayOff::Sunday),
        _ => holiday(date).map(DayOff::Holiday),
    }
}

/// The objection term for a decision made known (sent or handed over) on one day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub made_known: Date,
    /// The first day of the term: the day after.
    pub first_day: Date,
    /// Six weeks on, before the Algemene termijnenwet.
    pub end: Date,
    /// The last day to object.
    pub last_day: Date,
    /// The days the end moved past, and why.
    pub moved_past: Vec<(Date, DayOff)>,
    /// A posted objection still counts if it arrives by this day (Awb art. 6:9 lid 2).
    pub posted_arrives_by: Date,
}

pub fn objection_term(made_known: Date) -> Term {
    let end = Date(made_known.0 + 7 * OBJECTION_WEEKS);
    let mut last_day = end;
    let mut moved_past = Vec::new();
    // At most a long weekend with holidays: the loop ends within days.
    while let Some(why) = day_off(last_day) {
        moved_past.push((last_day, why));
        last_day = Date(last_day.0 + 1);
    }
    Term {
        made_known,
        first_day: Date(made_known.0 + 1),
        end,
        last_day,
        moved_past,
        posted_arrives_by: Date(last_day.0 + 7),
    }
}
