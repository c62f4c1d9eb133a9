//! The dates of an assignment, worked out on the device from the ordinance's numbers: when it
//! ends (earliest and latest), the latest end with the extensions the ordinance allows, and the
//! ordinance's milestones (a re-assessment, the earliest change, the next period).
//!
//! Pure: bounds, milestones and days in, dated entries out. A period of `n` months that starts
//! on 1 March ends on the last day before 1 March plus `n` months (31 August for six months).

use crate::date::Date;
use crate::model::{Anchor, Bounds, Due, Extension, Milestone};

/// What a dated entry is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Entry<'a> {
    /// The last day of the assignment, from its duration.
    End,
    /// The last day with every extension the ordinance allows.
    EndWithExtension(Extension),
    /// One of the ordinance's milestones.
    Milestone(&'a Milestone),
}

/// One date, and how the ordinance words it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Dated<'a> {
    pub entry: Entry<'a>,
    pub due: Due,
    pub day: Date,
}

/// Why an assignment has no end date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenEnd {
    /// The ordinance says the duty has no end ("blijvend van toepassing").
    Permanent,
    /// The ordinance gives no duration in months or weeks (hours in total, or nothing).
    NotSet,
}

/// The dates for one decision.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Schedule<'a> {
    pub dates: Vec<Dated<'a>>,
    /// Set when the assignment has no end date, and why.
    pub open_end: Option<OpenEnd>,
    /// Dates that count from the start of the assignment wait for a start date.
    pub needs_start: bool,
}

/// The last day of a period of `months` from `start`: the day before the same day `months`
/// later, or the last day of that month where the same day does not exist (from 31 January,
/// one month ends on 28 or 29 February). Fractions of a month count as days, 30 a month.
fn after_months(start: Date, months: f64) -> Date {
    let whole = months.floor();
    let days = ((months - whole) * 30.0).round() as i32;
    let same_day = start.add_months(whole as i32);
    let clamped = same_day.ymd().2 < start.ymd().2;
    Date(same_day.0 + days - i32::from(!clamped || days > 0))
}

fn after_weeks(start: Date, weeks: f64) -> Date {
    Date(start.0 + (weeks * 7.0).round() as i32 - 1)
}

/// The last day of an assignment from `start` for the shortest and the longest duration.
fn ends(b: &Bounds, start: Date) -> (Option<Date>, Option<Date>) {
    let (range, to) = if !b.duration_months.is_empty() {
        (b.duration_months, after_months as fn(Date, f64) -> Date)
    } else {
        (b.duration_weeks, after_weeks as fn(Date, f64) -> Date)
    };
    let day = |v: Option<f64>| {
        v.filter(|v| v.is_finite() && *v > 0.0)
            .map(|v| to(start, v))
    };
    (day(range.min), day(range.max))
}

/// The dates of an assignment with these bounds (`None`: there is no assignment, so only the
/// milestones counted from the decision), given the decision day and, if known, the start day.
pub fn schedule<'a>(
    bounds: Option<&Bounds>,
    milestones: &'a [Milestone],
    decision: Date,
    start: Option<Date>,
) -> Schedule<'a> {
    let mut s = Schedule::default();
    let Some(b) = bounds else {
        return s;
    };
    let has_duration = !(b.duration_months.is_empty() && b.duration_weeks.is_empty());
    s.open_end = if b.permanent {
        Some(OpenEnd::Permanent)
    } else if !has_duration {
        Some(OpenEnd::NotSet)
    } else {
        None
    };
    let (earliest, latest) = match (start, s.open_end) {
        (Some(start), None) => ends(b, start),
        _ => (None, None),
    };
    s.needs_start = start.is_none()
        && (s.open_end.is_none() || milestones.iter().any(|m| m.from == Anchor::Start));
    let mut end = |due, day| {
        s.dates.push(Dated {
            entry: Entry::End,
            due,
            day,
        })
    };
    match (earliest, latest) {
        (Some(a), Some(z)) if a == z => end(Due::On, z),
        (Some(a), Some(z)) => {
            end(Due::NotBefore, a);
            end(Due::ByLatest, z);
        }
        (Some(a), None) => end(Due::NotBefore, a),
        (None, Some(z)) => end(Due::ByLatest, z),
        (None, None) => {}
    }
    if let (Some(e), Some(start), Some(_)) = (b.extension, start, latest) {
        let extra = f64::from(e.times) * f64::from(e.months);
        let longest = if !b.duration_months.is_empty() {
            b.duration_months
                .max
                .map(|m| after_months(start, m + extra))
        } else {
            // Weeks plus months: the weeks' end, then the months after it.
            latest.map(|z| Date(Date(z.0 + 1).add_months(extra as i32).0 - 1))
        };
        if let Some(day) = longest {
            s.dates.push(Dated {
                entry: Entry::EndWithExtension(e),
                due: Due::ByLatest,
                day,
            });
        }
    }
    for m in milestones {
        let from = match m.from {
            Anchor::Decision => Some(decision),
            Anchor::Start => start,
            // From the end of the assignment: the day after its (latest) last day.
            Anchor::End => latest.map(|z| Date(z.0 + 1)),
        };
        if let Some(from) = from {
            s.dates.push(Dated {
                entry: Entry::Milestone(m),
                due: m.due,
                day: from.add_months(m.months as i32),
            });
        }
    }
    s.dates.sort_by_key(|d| d.day);
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Citation, Range, SourceDocument, SourceRef, Text};

    fn day(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn months(min: Option<f64>, max: Option<f64>) -> Bounds {
        Bounds {
            duration_months: Range { min, max },
            ..Bounds::default()
        }
    }

    fn milestone(from: Anchor, months: u32, due: Due) -> Milestone {
        let text = Text {
            nl: "x".into(),
            en: "x".into(),
        };
        Milestone {
            id: "m".into(),
            from,
            months,
            due,
            label: text,
            citation: Citation {
                instrument: None,
                artikel: Some("6".into()),
                lid: None,
                onderdeel: None,
                source: SourceRef {
                    document: SourceDocument::OldenzaalOrdinance,
                    location: "Artikel 6".into(),
                },
                url: None,
            },
            source_text: "binnen 6 maanden".into(),
        }
    }

    fn days(s: &Schedule<'_>) -> Vec<(Due, String)> {
        s.dates.iter().map(|d| (d.due, d.day.iso())).collect()
    }

    #[test]
    fn six_months_from_the_first_ends_on_the_last_day_of_the_sixth_month() {
        let s = schedule(
            Some(&months(None, Some(6.0))),
            &[],
            day("2026-11-23"),
            Some(day("2027-03-01")),
        );
        assert_eq!(days(&s), [(Due::ByLatest, "2027-08-31".to_string())]);
        assert_eq!(s.open_end, None);
        assert!(!s.needs_start);
    }

    #[test]
    fn a_period_from_the_31st_ends_the_day_before_the_same_day_or_the_month_end() {
        let one_month = |from: &str| {
            let s = schedule(
                Some(&months(Some(1.0), Some(1.0))),
                &[],
                day("2027-01-01"),
                Some(day(from)),
            );
            days(&s)
        };
        assert_eq!(
            one_month("2027-01-15"),
            [(Due::On, "2027-02-14".to_string())]
        );
        // February has no 30th or 31st: the month ends on its last day.
        assert_eq!(
            one_month("2027-01-30"),
            [(Due::On, "2027-02-28".to_string())]
        );
        assert_eq!(
            one_month("2027-01-31"),
            [(Due::On, "2027-02-28".to_string())]
        );
        assert_eq!(
            one_month("2028-01-31"),
            [(Due::On, "2028-02-29".to_string())]
        );
        assert_eq!(
            one_month("2027-02-28"),
            [(Due::On, "2027-03-27".to_string())]
        );
    }

    #[test]
    fn a_range_gives_the_earliest_and_the_latest_end() {
        let s = schedule(
            Some(&months(Some(3.0), Some(5.0))),
            &[],
            day("2027-01-01"),
            Some(day("2027-01-01")),
        );
        assert_eq!(
            days(&s),
            [
                (Due::NotBefore, "2027-03-31".to_string()),
                (Due::ByLatest, "2027-05-31".to_string())
            ]
        );
    }

    #[test]
    fn a_minimum_only_gives_an_end_not_before() {
        let s = schedule(
            Some(&months(Some(3.0), None)),
            &[],
            day("2027-01-01"),
            Some(day("2027-01-15")),
        );
        assert_eq!(days(&s), [(Due::NotBefore, "2027-04-14".to_string())]);
    }

    #[test]
    fn weeks_count_in_days() {
        let b = Bounds {
            duration_weeks: Range {
                min: Some(6.0),
                max: Some(6.0),
            },
            ..Bounds::default()
        };
        let s = schedule(Some(&b), &[], day("2027-01-01"), Some(day("2027-01-04")));
        assert_eq!(days(&s), [(Due::On, "2027-02-14".to_string())]);
    }

    #[test]
    fn one_extension_of_six_months_moves_the_latest_end_six_months() {
        let b = Bounds {
            extension: Some(Extension {
                times: 1,
                months: 6,
            }),
            ..months(None, Some(6.0))
        };
        let s = schedule(Some(&b), &[], day("2027-01-01"), Some(day("2027-03-01")));
        assert_eq!(
            days(&s),
            [
                (Due::ByLatest, "2027-08-31".to_string()),
                (Due::ByLatest, "2028-02-29".to_string())
            ]
        );
        assert!(matches!(s.dates[1].entry, Entry::EndWithExtension(_)));
    }

    #[test]
    fn a_permanent_duty_has_no_end_and_its_start_milestone_needs_the_start() {
        let b = Bounds {
            permanent: true,
            ..Bounds::default()
        };
        let ms = [milestone(Anchor::Start, 6, Due::NotBefore)];
        let s = schedule(Some(&b), &ms, day("2027-01-01"), None);
        assert_eq!(s.open_end, Some(OpenEnd::Permanent));
        assert!(s.needs_start);
        assert!(s.dates.is_empty());
        let s = schedule(Some(&b), &ms, day("2027-01-01"), Some(day("2027-02-01")));
        assert_eq!(days(&s), [(Due::NotBefore, "2027-08-01".to_string())]);
    }

    #[test]
    fn total_hours_only_set_no_end() {
        let b = Bounds {
            total_hours: Range {
                min: Some(52.0),
                max: Some(208.0),
            },
            ..Bounds::default()
        };
        let s = schedule(Some(&b), &[], day("2027-01-01"), Some(day("2027-02-01")));
        assert_eq!(s.open_end, Some(OpenEnd::NotSet));
        assert!(s.dates.is_empty() && !s.needs_start);
    }

    #[test]
    fn a_milestone_from_the_decision_needs_no_start() {
        let ms = [milestone(Anchor::Decision, 6, Due::ByLatest)];
        let s = schedule(Some(&months(None, Some(6.0))), &ms, day("2026-11-23"), None);
        assert_eq!(days(&s), [(Due::ByLatest, "2027-05-23".to_string())]);
        assert!(s.needs_start);
    }

    #[test]
    fn a_milestone_from_the_end_counts_from_the_day_after_the_last_day() {
        let ms = [milestone(Anchor::End, 3, Due::On)];
        let s = schedule(
            Some(&months(Some(6.0), Some(6.0))),
            &ms,
            day("2027-01-01"),
            Some(day("2027-01-01")),
        );
        assert_eq!(
            days(&s),
            [
                (Due::On, "2027-06-30".to_string()),
                (Due::On, "2027-10-01".to_string())
            ]
        );
    }

    #[test]
    fn no_assignment_no_dates() {
        let ms = [milestone(Anchor::Decision, 6, Due::ByLatest)];
        let s = schedule(None, &ms, day("2027-01-01"), Some(day("2027-01-01")));
        assert_eq!(s, Schedule::default());
    }
}
