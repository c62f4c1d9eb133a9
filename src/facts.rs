//! The one declaration of the facts: every answer key with its type, range, unit, whether it may
//! be unknown and its default. The contract reader, the engine's fact vector, the validator's
//! list of keys, the question catalogue and the contract guide's answers table (docs/contract.md) all derive from `SCHEMA`.
//!
//! Adding a fact is one line in `facts!` below, plus its texts in the app's catalogues.
//!
//! Compiled into `build.rs` too (through `#[path]`), so it depends on nothing but `serde`.

use serde::{Deserialize, Serialize};

/// What values a fact takes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    Bool,
    /// A number in `min..=max`; `whole` asks for an integer.
    Number {
        min: f64,
        max: f64,
        whole: bool,
    },
    /// One of the options, stored in the fact vector as its index.
    Choice(&'static [&'static str]),
    /// A calendar date (ISO 8601 in the contract), stored as days since 1970-01-01.
    Date,
}

/// The unit a number is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    None,
    Years,
    Months,
    HoursPerWeek,
}

/// What a fact is when the answers leave it out.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum WhenAbsent {
    Value(f64),
    /// Not known (the engine treats comparisons with it as false).
    Unknown,
    /// Worked out from other answers and the law before the rules run (see `engine::resolve`).
    Computed(&'static str),
}

/// Who supplies a fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// An answer key of the contract.
    Answer,
    /// Derived from other facts; not an answer key, but conditions may test it.
    Derived,
}

/// One declared fact.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spec {
    pub fact: Fact,
    pub key: &'static str,
    pub kind: Kind,
    pub unit: Unit,
    /// May be `null` in the contract ("not known").
    pub nullable: bool,
    pub default: WhenAbsent,
    pub origin: Origin,
    /// The law itself (Participatiewet art. 9 lid 1, 5, 7) attaches a consequence to this fact;
    /// no ordinance may contradict it.
    pub statutory: bool,
}

const BOOL: Kind = Kind::Bool;
const HOURS: Kind = Kind::Number {
    min: 0.0,
    max: 168.0,
    whole: false,
};
const MONTHS: Kind = Kind::Number {
    min: 0.0,
    max: 600.0,
    whole: false,
};
const NO: WhenAbsent = WhenAbsent::Value(0.0);
const UNKNOWN: WhenAbsent = WhenAbsent::Unknown;

macro_rules! facts {
    ($(
        $(#[$doc:meta])*
        $variant:ident = $key:literal, $kind:expr, $unit:ident, nullable: $nullable:literal,
            default: $default:expr, $origin:ident, statutory: $statutory:literal, $meaning:literal;
    )*) => {
        /// A fact a condition can test. Its serialized name is its contract key.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum Fact {
            $( $(#[$doc])* #[serde(rename = $key)] $variant, )*
        }

        /// Every fact, in the order of the fact vector.
        pub const SCHEMA: &[Spec] = &[
            $( Spec {
                fact: Fact::$variant,
                key: $key,
                kind: $kind,
                unit: Unit::$unit,
                nullable: $nullable,
                default: $default,
                origin: Origin::$origin,
                statutory: $statutory,
            }, )*
        ];

        /// What each fact means, in the order of `SCHEMA`, for the contract guide's table: apart
        /// from `SCHEMA`, so a module that never prints the table does not carry the words.
        const MEANINGS: &[&str] = &[ $( $meaning, )* ];
    };
}

facts! {
    /// The reference date: the law and the ordinance that apply on this day.
    Date = "date", Kind::Date, None, nullable: false,
        default: WhenAbsent::Computed("today"), Answer, statutory: false,
        "the day the check is for: which ordinance version and AOW age apply";
    BirthDate = "birth_date", Kind::Date, None, nullable: true,
        default: UNKNOWN, Answer, statutory: false,
        "date of birth; gives the age and the exact AOW date";
    Age = "age", Kind::Number { min: 0.0, max: 130.0, whole: true }, Years, nullable: false,
        default: WhenAbsent::Computed("from `birth_date`; required without it"), Answer, statutory: true,
        "age in years";
    ReachedPensionAge = "reached_pension_age", BOOL, None, nullable: false,
        default: WhenAbsent::Computed("from the AOW table by `date`"), Answer, statutory: true,
        "has reached the state pension (AOW) age";
    Benefit = "benefit",
        Kind::Choice(&["participatiewet", "ioaw", "ioaz", "special_assistance_only", "none"]),
        None, nullable: false, default: NO, Answer, statutory: true,
        "the benefit received";
    FullyPermanentlyIncapacitated = "fully_permanently_incapacitated", BOOL, None, nullable: false,
        default: NO, Answer, statutory: true,
        "fully and permanently unable to work (art. 4 Wet WIA)";
    SingleParentExemption = "single_parent_exemption", BOOL, None, nullable: false,
        default: NO, Answer, statutory: true,
        "art. 9a exemption (single parent, full care for a child under 5)";
    CaregivingHoursPerWeek = "caregiving_hours_per_week", HOURS, HoursPerWeek, nullable: false,
        default: NO, Answer, statutory: false,
        "informal care (mantelzorg) given";
    CaregivingMonths = "caregiving_months", MONTHS, Months, nullable: false,
        default: NO, Answer, statutory: false,
        "for how long the care has been given";
    CaregivingNecessary = "caregiving_necessary", BOOL, None, nullable: true,
        default: UNKNOWN, Answer, statutory: false,
        "the college has found the care reasonably necessary (its judgement); null = not known yet";
    VolunteerHoursPerWeek = "volunteer_hours_per_week", HOURS, HoursPerWeek, nullable: false,
        default: NO, Answer, statutory: false,
        "volunteer work";
    VolunteerMonths = "volunteer_months", MONTHS, Months, nullable: false,
        default: NO, Answer, statutory: false,
        "for how long the volunteer work has been done";
    RespiteCareVolunteer = "respite_care_volunteer", BOOL, None, nullable: false,
        default: NO, Answer, statutory: false,
        "volunteers in respite care";
    ReintegrationTrajectory = "reintegration_trajectory", BOOL, None, nullable: false,
        default: NO, Answer, statutory: false,
        "in a reintegration trajectory or facility";
    SocialActivation = "social_activation", BOOL, None, nullable: false,
        default: NO, Answer, statutory: false,
        "in social activation";
    GroupTraining = "group_training", BOOL, None, nullable: false,
        default: NO, Answer, statutory: false,
        "in group training (Toekomstatelier)";
    WmoGuidance = "wmo_guidance", BOOL, None, nullable: false,
        default: NO, Answer, statutory: false,
        "receives guidance under the Wmo";
    PartTimeWorkHoursPerWeek = "part_time_work_hours_per_week", HOURS, HoursPerWeek, nullable: false,
        default: NO, Answer, statutory: false,
        "paid part-time work";
    ParticipationLadderStep = "participation_ladder_step", Kind::Number { min: 1.0, max: 6.0, whole: true },
        None, nullable: true, default: UNKNOWN, Answer, statutory: false,
        "step on the participation ladder";
    HasDisability = "has_disability", BOOL, None, nullable: false,
        default: NO, Answer, statutory: false,
        "has a limitation (beperking)";
    PermanentlyUnable = "permanently_unable", BOOL, None, nullable: false,
        default: NO, Answer, statutory: false,
        "permanently unable due to personal circumstances";
    UrgentReasons = "urgent_reasons", BOOL, None, nullable: false,
        default: NO, Answer, statutory: false,
        "urgent reasons (art. 9 lid 2)";
    MonthsOnBenefit = "months_on_benefit", MONTHS, Months, nullable: true,
        default: UNKNOWN, Answer, statutory: false,
        "time since the benefit started";
    TargetGroup = "target_group", Kind::Choice(&["uitstromer", "groeier", "blijver"]),
        None, nullable: true, default: UNKNOWN, Answer, statutory: false,
        "Schagen's target groups";
    /// Months between the start of the benefit and the start of the volunteer work
    /// (`months_on_benefit - volunteer_months`, at least 0); unknown without `months_on_benefit`.
    VolunteerStartAfterBenefitMonths = "volunteer_start_after_benefit_months", MONTHS, Months,
        nullable: true, default: WhenAbsent::Computed("months_on_benefit - volunteer_months"), Derived,
        statutory: false, "when the volunteer work started, in months after the benefit did";
    /// Volunteer work and informal care together, hours a week.
    VolunteerAndCaregivingHoursPerWeek = "volunteer_and_caregiving_hours_per_week",
        Kind::Number { min: 0.0, max: 336.0, whole: false }, HoursPerWeek, nullable: false,
        default: WhenAbsent::Computed("volunteer_hours_per_week + caregiving_hours_per_week"), Derived,
        statutory: false, "volunteer work and care together";
}

/// How many facts there are: the length of the fact vector.
pub const COUNT: usize = SCHEMA.len();

/// A fact shows as its answer key, the name an ordinance file and the contract use.
impl std::fmt::Display for Fact {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

impl Fact {
    /// This fact's declaration.
    pub fn spec(self) -> &'static Spec {
        &SCHEMA[self as usize]
    }

    pub fn key(self) -> &'static str {
        self.spec().key
    }

    pub fn kind(self) -> Kind {
        self.spec().kind
    }

    pub fn from_key(key: &str) -> Option<Fact> {
        SCHEMA.iter().find(|s| s.key == key).map(|s| s.fact)
    }

    /// Every fact, in the order of the fact vector.
    pub fn all() -> impl Iterator<Item = Fact> {
        SCHEMA.iter().map(|s| s.fact)
    }

    /// The answer keys of the contract, in order.
    pub fn answers() -> impl Iterator<Item = Fact> {
        SCHEMA
            .iter()
            .filter(|s| s.origin == Origin::Answer)
            .map(|s| s.fact)
    }

    /// The index of an option of a choice fact.
    pub fn option_index(self, option: &str) -> Option<usize> {
        match self.kind() {
            Kind::Choice(options) => options.iter().position(|o| *o == option),
            _ => None,
        }
    }
}

impl Spec {
    /// The type and range column of the contract guide's answers table (docs/contract.md).
    pub fn type_text(&self) -> String {
        let null = if self.nullable { " or null" } else { "" };
        match self.kind {
            Kind::Bool => format!("bool{null}"),
            Kind::Number { min, max, whole } => format!(
                "{} {min}–{max}{null}",
                if whole { "integer" } else { "number" }
            ),
            Kind::Choice(options) => {
                let quoted: Vec<String> = options.iter().map(|o| format!("`{o}`")).collect();
                format!("{}{null}", quoted.join(", "))
            }
            Kind::Date => format!("date `YYYY-MM-DD`{null}"),
        }
    }

    /// The default column of the contract guide's answers table (docs/contract.md).
    pub fn default_text(&self) -> String {
        match (self.default, self.kind) {
            (WhenAbsent::Unknown, _) => "null".into(),
            (WhenAbsent::Computed(how), _) => how.into(),
            (WhenAbsent::Value(v), Kind::Bool) => (v != 0.0).to_string(),
            (WhenAbsent::Value(v), Kind::Choice(options)) => {
                format!("`{}`", options.get(v as usize).copied().unwrap_or("?"))
            }
            (WhenAbsent::Value(v), _) => v.to_string(),
        }
    }
}

impl Spec {
    /// What the fact means, in English.
    pub fn meaning(&self) -> &'static str {
        MEANINGS
            .get(self.fact as usize)
            .copied()
            .unwrap_or_default()
    }
}

/// The contract guide's answers table, as it must read.
pub fn answers_table() -> String {
    let mut out =
        String::from("| key | type, range | default | meaning |\n| --- | --- | --- | --- |\n");
    for s in SCHEMA.iter().filter(|s| s.origin == Origin::Answer) {
        out.push_str(&format!(
            "| `{}` | {} | {} | {} |\n",
            s.key,
            s.type_text(),
            s.default_text(),
            s.meaning()
        ));
    }
    out
}
