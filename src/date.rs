//! Calendar dates without a clock or time zone: a day is a day wherever the device is.
//!
//! Stored as days since 1970-01-01 (the proleptic Gregorian calendar), so a date fits the
//! engine's fact vector as a number. Compiled into `build.rs` too; depends on `std` only.

/// A calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub i32);

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
fn days_from_civil(year: i32, month: u32, day: u32) -> i32 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = month as i32;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(days: i32) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i32::from(month <= 2);
    (year, month, day)
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Date {
    /// The earliest and latest dates accepted anywhere (birth dates, reference dates).
    pub const MIN_YEAR: i32 = 1850;
    pub const MAX_YEAR: i32 = 2200;

    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        ((Date::MIN_YEAR..=Date::MAX_YEAR).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month))
        .then(|| Date(days_from_civil(year, month, day)))
    }

    /// Reads `YYYY-MM-DD`; `None` for anything else or a day that does not exist.
    pub fn parse(text: &str) -> Option<Date> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let digits = |range: std::ops::Range<usize>| -> Option<u32> {
            text.get(range.clone())
                .filter(|s| s.bytes().all(|c| c.is_ascii_digit()))?
                .parse()
                .ok()
        };
        Date::new(digits(0..4)? as i32, digits(5..7)?, digits(8..10)?)
    }

    /// A date as people type it: Dutch day-month-year (`4-1-2027`, `04-01-2027`, `4/1/2027`,
    /// `4.1.2027`) or `YYYY-MM-DD`; `None` for anything else or a day that does not exist.
    pub fn read(text: &str) -> Option<Date> {
        let text = text.trim();
        if let Some(d) = Date::parse(text) {
            return Some(d);
        }
        let mut parts = text.split(['-', '/', '.']);
        let mut next = |len: std::ops::RangeInclusive<usize>| -> Option<u32> {
            parts
                .next()
                .filter(|p| len.contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit()))?
                .parse()
                .ok()
        };
        let (day, month, year) = (next(1..=2)?, next(1..=2)?, next(4..=4)?);
        if parts.next().is_some() {
            return None;
        }
        Date::new(year as i32, month, day)
    }

    pub fn ymd(self) -> (i32, u32, u32) {
        civil_from_days(self.0)
    }

    pub fn year(self) -> i32 {
        self.ymd().0
    }

    /// The same day `months` later; the last day of the month where that day does not exist
    /// (31 January plus one month is 28 or 29 February).
    pub fn add_months(self, months: i32) -> Date {
        let (y, m, d) = self.ymd();
        let index = y * 12 + (m as i32 - 1) + months;
        let (year, month) = (index.div_euclid(12), index.rem_euclid(12) as u32 + 1);
        let day = d.min(days_in_month(year, month));
        Date(days_from_civil(year, month, day))
    }

    /// Whole years from `self` to `later` (an age on a day).
    pub fn years_until(self, later: Date) -> i32 {
        let (y1, m1, d1) = self.ymd();
        let (y2, m2, d2) = later.ymd();
        let mut years = y2 - y1;
        if (m2, d2) < (m1, d1) {
            years -= 1;
        }
        years
    }

    /// As a number in the fact vector.
    pub fn as_fact(self) -> f64 {
        f64::from(self.0)
    }

    /// From a number in the fact vector; `None` for unknown (NaN) or a value out of range.
    #[inline]
    pub fn from_fact(value: f64) -> Option<Date> {
        // A whole number of days in range: the cast round-trips exactly (NaN never does).
        let days = value as i32;
        (f64::from(days) == value && days.abs() < 1_000_000).then_some(Date(days))
    }

    /// `2026-11-23`.
    pub fn iso(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{y:04}-{m:02}-{d:02}")
    }

    /// `23-11-2026`, as dates are written in Dutch.
    pub fn dutch(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{d:02}-{m:02}-{y:04}")
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.iso())
    }
}

#[cfg(test)]
mod tests {
    use super::Date;

    #[test]
    fn dates_read_as_people_type_them_in_dutch() {
        let day = Date::parse("2027-01-04");
        for typed in [
            "4-1-2027",
            "04-01-2027",
            "4/1/2027",
            " 4.1.2027 ",
            "2027-01-04",
        ] {
            assert_eq!(Date::read(typed), day, "{typed}");
        }
        for wrong in [
            "",
            "4-1-27",
            "31-2-2027",
            "4-1-2027-1",
            "1-13-2027",
            "4 januari 2027",
            "2027/01/04",
        ] {
            assert_eq!(Date::read(wrong), None, "{wrong}");
        }
        assert_eq!(
            Date::read("29-2-2028").map(Date::dutch).as_deref(),
            Some("29-02-2028")
        );
    }
}
