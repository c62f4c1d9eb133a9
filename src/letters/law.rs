//! The law of objecting, as data (`law/termijnen.toml`, validated and written as constants by
//! `build.rs`): the term in weeks, the holidays the term moves past, and the words of every
//! provision a letter cites.

/// A provision quoted in a letter, in the Act's own words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    pub instrument: &'static str,
    pub artikel: Option<&'static str>,
    pub lid: Option<&'static str>,
    /// Where the official text is published.
    pub url: &'static str,
    pub text: &'static str,
}

impl Quote {
    /// "Algemene wet bestuursrecht, artikel 6:7" (Dutch, as letters cite the law).
    pub fn label(&self) -> String {
        let mut label = self.instrument.to_string();
        if let Some(artikel) = self.artikel {
            label.push_str(", artikel ");
            label.push_str(artikel);
        }
        if let Some(lid) = self.lid {
            label.push_str(", lid ");
            label.push_str(lid);
        }
        label
    }
}

/// How a holiday falls in a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HolidayRule {
    Fixed {
        month: u32,
        day: u32,
    },
    /// Days from Easter Sunday (Good Friday -2, Easter Monday 1, Ascension 39, Whit Monday 50).
    Easter {
        days: i32,
    },
}

/// A day the Algemene termijnenwet (art. 3) names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Holiday {
    pub name: &'static str,
    pub rule: HolidayRule,
}

include!(concat!(env!("OUT_DIR"), "/terms.rs"));

/// Every quote of the data file, for the tests that check their words.
pub const ALL_QUOTES: &[&Quote] = &[
    &AWB_6_5,
    &AWB_6_6,
    &AWB_6_7,
    &AWB_6_8,
    &AWB_6_9,
    &AWB_6_11,
    &AWB_6_16,
    &AWB_7_2,
    &AWB_8_81,
    &ATW_1,
    &ATW_3,
    &COURT_32_HOURS,
];
