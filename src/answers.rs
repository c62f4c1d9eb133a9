//! A person's answers: the engine's input, free of any serialization format.
//!
//! The JSON contract that fills this struct lives in `contract.rs`.

/// The benefit the person receives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Benefit {
    #[default]
    Participatiewet,
    Ioaw,
    Ioaz,
    /// Only special assistance (bijzondere bijstand), no general benefit.
    SpecialAssistanceOnly,
    None,
}

impl Benefit {
    pub const ALL: [Benefit; 5] = [
        Benefit::Participatiewet,
        Benefit::Ioaw,
        Benefit::Ioaz,
        Benefit::SpecialAssistanceOnly,
        Benefit::None,
    ];

    /// The contract's name for it.
    pub fn key(self) -> &'static str {
        match self {
            Benefit::Participatiewet => "participatiewet",
            Benefit::Ioaw => "ioaw",
            Benefit::Ioaz => "ioaz",
            Benefit::SpecialAssistanceOnly => "special_assistance_only",
            Benefit::None => "none",
        }
    }

    pub fn from_key(key: &str) -> Option<Benefit> {
        Benefit::ALL.into_iter().find(|b| b.key() == key)
    }
}

/// Schagen's target groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetGroup {
    /// Close to paid work.
    Uitstromer,
    /// Growing towards work.
    Groeier,
    /// Not expected to reach paid work soon.
    Blijver,
}

impl TargetGroup {
    pub const ALL: [TargetGroup; 3] = [
        TargetGroup::Uitstromer,
        TargetGroup::Groeier,
        TargetGroup::Blijver,
    ];

    pub fn key(self) -> &'static str {
        match self {
            TargetGroup::Uitstromer => "uitstromer",
            TargetGroup::Groeier => "groeier",
            TargetGroup::Blijver => "blijver",
        }
    }

    pub fn from_key(key: &str) -> Option<TargetGroup> {
        TargetGroup::ALL.into_iter().find(|g| g.key() == key)
    }
}

/// The state pension (AOW) age applied when `reached_pension_age` is not given: 67, the AOW age
/// from 2024 on.
pub const DEFAULT_PENSION_AGE: u8 = 67;

/// Everything the engine can be told about a person. `None` means "not known".
#[derive(Debug, Clone, PartialEq)]
pub struct Answers {
    pub age: u8,
    pub reached_pension_age: bool,
    pub benefit: Benefit,
    pub fully_permanently_incapacitated: bool,
    pub single_parent_exemption: bool,
    pub caregiving_hours_per_week: f64,
    pub caregiving_months: f64,
    pub caregiving_necessary: Option<bool>,
    pub volunteer_hours_per_week: f64,
    pub volunteer_months: f64,
    pub respite_care_volunteer: bool,
    pub reintegration_trajectory: bool,
    pub social_activation: bool,
    pub group_training: bool,
    pub wmo_guidance: bool,
    pub part_time_work_hours_per_week: f64,
    pub participation_ladder_step: Option<u8>,
    pub has_disability: bool,
    pub permanently_unable: bool,
    pub urgent_reasons: bool,
    pub months_on_benefit: Option<f64>,
    pub target_group: Option<TargetGroup>,
}

impl Answers {
    /// Answers with every optional field at its default, for a person of `age`.
    pub fn new(age: u8) -> Answers {
        Answers {
            age,
            reached_pension_age: age >= DEFAULT_PENSION_AGE,
            benefit: Benefit::Participatiewet,
            fully_permanently_incapacitated: false,
            single_parent_exemption: false,
            caregiving_hours_per_week: 0.0,
            caregiving_months: 0.0,
            caregiving_necessary: None,
            volunteer_hours_per_week: 0.0,
            volunteer_months: 0.0,
            respite_care_volunteer: false,
            reintegration_trajectory: false,
            social_activation: false,
            group_training: false,
            wmo_guidance: false,
            part_time_work_hours_per_week: 0.0,
            participation_ladder_step: None,
            has_disability: false,
            permanently_unable: false,
            urgent_reasons: false,
            months_on_benefit: None,
            target_group: None,
        }
    }
}
