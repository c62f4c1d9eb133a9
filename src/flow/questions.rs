//! The questions of the guided check, which answers they set, and which of them matter for an
//! ordinance and for the answers given so far.

use crate::model::{Condition, Fact, Ordinance};

/// One input the person fills in. Most are contract fields; three are yes/no gates that decide
/// whether a follow-up question is asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Municipality,
    Age,
    ReachedPensionAge,
    Benefit,
    FullyPermanentlyIncapacitated,
    SingleParentExemption,
    GivesCare,
    CaregivingHoursPerWeek,
    CaregivingMonths,
    CaregivingNecessary,
    Volunteers,
    VolunteerHoursPerWeek,
    VolunteerMonths,
    RespiteCareVolunteer,
    MonthsOnBenefit,
    ReintegrationTrajectory,
    SocialActivation,
    GroupTraining,
    WmoGuidance,
    HasPartTimeWork,
    PartTimeWorkHoursPerWeek,
    ParticipationLadderStep,
    HasDisability,
    PermanentlyUnable,
    UrgentReasons,
    TargetGroup,
}

impl Field {
    pub const ALL: [Field; 26] = [
        Field::Municipality,
        Field::Age,
        Field::ReachedPensionAge,
        Field::Benefit,
        Field::FullyPermanentlyIncapacitated,
        Field::SingleParentExemption,
        Field::GivesCare,
        Field::CaregivingHoursPerWeek,
        Field::CaregivingMonths,
        Field::CaregivingNecessary,
        Field::Volunteers,
        Field::VolunteerHoursPerWeek,
        Field::VolunteerMonths,
        Field::RespiteCareVolunteer,
        Field::MonthsOnBenefit,
        Field::ReintegrationTrajectory,
        Field::SocialActivation,
        Field::GroupTraining,
        Field::WmoGuidance,
        Field::HasPartTimeWork,
        Field::PartTimeWorkHoursPerWeek,
        Field::ParticipationLadderStep,
        Field::HasDisability,
        Field::PermanentlyUnable,
        Field::UrgentReasons,
        Field::TargetGroup,
    ];

    /// The key in the URL fragment and in storage: the contract's name where there is one.
    pub fn key(self) -> &'static str {
        match self {
            Field::Municipality => "gemeente",
            Field::Age => "age",
            Field::ReachedPensionAge => "reached_pension_age",
            Field::Benefit => "benefit",
            Field::FullyPermanentlyIncapacitated => "fully_permanently_incapacitated",
            Field::SingleParentExemption => "single_parent_exemption",
            Field::GivesCare => "gives_care",
            Field::CaregivingHoursPerWeek => "caregiving_hours_per_week",
            Field::CaregivingMonths => "caregiving_months",
            Field::CaregivingNecessary => "caregiving_necessary",
            Field::Volunteers => "volunteers",
            Field::VolunteerHoursPerWeek => "volunteer_hours_per_week",
            Field::VolunteerMonths => "volunteer_months",
            Field::RespiteCareVolunteer => "respite_care_volunteer",
            Field::MonthsOnBenefit => "months_on_benefit",
            Field::ReintegrationTrajectory => "reintegration_trajectory",
            Field::SocialActivation => "social_activation",
            Field::GroupTraining => "group_training",
            Field::WmoGuidance => "wmo_guidance",
            Field::HasPartTimeWork => "has_part_time_work",
            Field::PartTimeWorkHoursPerWeek => "part_time_work_hours_per_week",
            Field::ParticipationLadderStep => "participation_ladder_step",
            Field::HasDisability => "has_disability",
            Field::PermanentlyUnable => "permanently_unable",
            Field::UrgentReasons => "urgent_reasons",
            Field::TargetGroup => "target_group",
        }
    }

    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.key() == key)
    }

    /// What kind of input this is.
    pub fn input(self) -> Input {
        use Field::*;
        match self {
            Municipality => Input::Municipality,
            Age => Input::Number {
                min: 0.0,
                max: 130.0,
                whole: true,
            },
            CaregivingHoursPerWeek | VolunteerHoursPerWeek | PartTimeWorkHoursPerWeek => {
                Input::Number {
                    min: 0.0,
                    max: 168.0,
                    whole: false,
                }
            }
            CaregivingMonths | VolunteerMonths | MonthsOnBenefit => Input::Number {
                min: 0.0,
                max: 600.0,
                whole: false,
            },
            Benefit => Input::Choice(&[
                "participatiewet",
                "ioaw",
                "ioaz",
                "special_assistance_only",
                "none",
            ]),
            ParticipationLadderStep => Input::Choice(&["1", "2", "3", "4", "5", "6", "unknown"]),
            TargetGroup => Input::Choice(&["uitstromer", "groeier", "blijver", "unknown"]),
            CaregivingNecessary => Input::Choice(&["yes", "no", "unknown"]),
            ReachedPensionAge
            | FullyPermanentlyIncapacitated
            | SingleParentExemption
            | GivesCare
            | Volunteers
            | RespiteCareVolunteer
            | ReintegrationTrajectory
            | SocialActivation
            | GroupTraining
            | WmoGuidance
            | HasPartTimeWork
            | HasDisability
            | PermanentlyUnable
            | UrgentReasons => Input::Choice(&["yes", "no"]),
        }
    }
}

/// The kind of input a field takes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Input {
    Municipality,
    Number { min: f64, max: f64, whole: bool },
    Choice(&'static [&'static str]),
}

/// One page of the guided check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Question {
    Municipality,
    Age,
    PensionAge,
    Benefit,
    Incapacity,
    SingleParent,
    Care,
    CareAmount,
    CareNecessary,
    Volunteer,
    VolunteerAmount,
    RespiteCare,
    MonthsOnBenefit,
    Reintegration,
    SocialActivation,
    GroupTraining,
    Wmo,
    PartTimeWork,
    PartTimeHours,
    Ladder,
    TargetGroup,
    Disability,
    PermanentlyUnable,
    UrgentReasons,
}

impl Question {
    /// In the order they are asked: the law's questions first, so they can end the check early.
    pub const ALL: [Question; 24] = [
        Question::Municipality,
        Question::Age,
        Question::PensionAge,
        Question::Benefit,
        Question::Incapacity,
        Question::SingleParent,
        Question::Care,
        Question::CareAmount,
        Question::CareNecessary,
        Question::Volunteer,
        Question::VolunteerAmount,
        Question::RespiteCare,
        Question::MonthsOnBenefit,
        Question::Reintegration,
        Question::SocialActivation,
        Question::GroupTraining,
        Question::Wmo,
        Question::PartTimeWork,
        Question::PartTimeHours,
        Question::Ladder,
        Question::TargetGroup,
        Question::Disability,
        Question::PermanentlyUnable,
        Question::UrgentReasons,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Question::Municipality => "gemeente",
            Question::Age => "leeftijd",
            Question::PensionAge => "aow",
            Question::Benefit => "uitkering",
            Question::Incapacity => "arbeidsongeschikt",
            Question::SingleParent => "alleenstaande-ouder",
            Question::Care => "mantelzorg",
            Question::CareAmount => "mantelzorg-uren",
            Question::CareNecessary => "mantelzorg-nodig",
            Question::Volunteer => "vrijwilligerswerk",
            Question::VolunteerAmount => "vrijwilligerswerk-uren",
            Question::RespiteCare => "respijtzorg",
            Question::MonthsOnBenefit => "uitkering-duur",
            Question::Reintegration => "re-integratie",
            Question::SocialActivation => "sociale-activering",
            Question::GroupTraining => "groepstraining",
            Question::Wmo => "wmo",
            Question::PartTimeWork => "werk",
            Question::PartTimeHours => "werk-uren",
            Question::Ladder => "participatieladder",
            Question::TargetGroup => "doelgroep",
            Question::Disability => "beperking",
            Question::PermanentlyUnable => "niet-in-staat",
            Question::UrgentReasons => "dringende-redenen",
        }
    }

    pub fn from_key(key: &str) -> Option<Question> {
        Question::ALL.into_iter().find(|q| q.key() == key)
    }

    /// The fields on this page.
    pub fn fields(self) -> &'static [Field] {
        match self {
            Question::Municipality => &[Field::Municipality],
            Question::Age => &[Field::Age],
            Question::PensionAge => &[Field::ReachedPensionAge],
            Question::Benefit => &[Field::Benefit],
            Question::Incapacity => &[Field::FullyPermanentlyIncapacitated],
            Question::SingleParent => &[Field::SingleParentExemption],
            Question::Care => &[Field::GivesCare],
            Question::CareAmount => &[Field::CaregivingHoursPerWeek, Field::CaregivingMonths],
            Question::CareNecessary => &[Field::CaregivingNecessary],
            Question::Volunteer => &[Field::Volunteers],
            Question::VolunteerAmount => &[Field::VolunteerHoursPerWeek, Field::VolunteerMonths],
            Question::RespiteCare => &[Field::RespiteCareVolunteer],
            Question::MonthsOnBenefit => &[Field::MonthsOnBenefit],
            Question::Reintegration => &[Field::ReintegrationTrajectory],
            Question::SocialActivation => &[Field::SocialActivation],
            Question::GroupTraining => &[Field::GroupTraining],
            Question::Wmo => &[Field::WmoGuidance],
            Question::PartTimeWork => &[Field::HasPartTimeWork],
            Question::PartTimeHours => &[Field::PartTimeWorkHoursPerWeek],
            Question::Ladder => &[Field::ParticipationLadderStep],
            Question::TargetGroup => &[Field::TargetGroup],
            Question::Disability => &[Field::HasDisability],
            Question::PermanentlyUnable => &[Field::PermanentlyUnable],
            Question::UrgentReasons => &[Field::UrgentReasons],
        }
    }
}

/// The facts an ordinance (with the statutory layer) looks at.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FactsUsed(Vec<Fact>);

impl FactsUsed {
    pub fn of(statute: &Ordinance, ordinance: &Ordinance) -> FactsUsed {
        fn walk(c: &Condition, out: &mut Vec<Fact>) {
            match c {
                Condition::All(parts) | Condition::Any(parts) => {
                    parts.iter().for_each(|p| walk(p, out))
                }
                Condition::Not(inner) => walk(inner, out),
                Condition::AtLeast(f, _)
                | Condition::Above(f, _)
                | Condition::Below(f, _)
                | Condition::AtMost(f, _)
                | Condition::Is(f, _)
                | Condition::Unknown(f) => out.push(*f),
            }
        }
        let mut facts = Vec::new();
        for o in [statute, ordinance] {
            for rule in &o.rules {
                if let Some(c) = &rule.when {
                    walk(c, &mut facts);
                }
                if let Some(f) = rule.judgement.as_ref().and_then(|j| j.answered_by) {
                    facts.push(f);
                }
            }
            for v in o.assignment.iter().flat_map(|a| &a.variants) {
                walk(&v.when, &mut facts);
            }
        }
        // Derived facts stand for the answers they are made of.
        let mut expanded = Vec::new();
        for f in facts {
            match f {
                Fact::VolunteerAndCaregivingHoursPerWeek => {
                    expanded.push(Fact::VolunteerHoursPerWeek);
                    expanded.push(Fact::CaregivingHoursPerWeek);
                }
                Fact::VolunteerStartAfterBenefitMonths => {
                    expanded.push(Fact::VolunteerMonths);
                    expanded.push(Fact::VolunteerStartAfterBenefitMonths);
                }
                other => expanded.push(other),
            }
        }
        expanded.sort_by_key(|f| *f as u8);
        expanded.dedup();
        FactsUsed(expanded)
    }

    pub fn uses(&self, fact: Fact) -> bool {
        self.0.contains(&fact)
    }

    fn any(&self, facts: &[Fact]) -> bool {
        facts.iter().any(|f| self.uses(*f))
    }
}

/// What the answers so far say, as far as they decide which questions follow.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Gates {
    pub age: Option<u8>,
    /// The check can end: the law already settles it (under 18, AOW age, no benefit, art. 9 lid 5
    /// or 7).
    pub settled_by_law: bool,
    pub gives_care: bool,
    pub volunteers: bool,
    pub has_part_time_work: bool,
}

/// Whether a question is asked, given the facts the ordinance uses and the answers so far.
pub fn applies(question: Question, used: &FactsUsed, gates: &Gates) -> bool {
    use Question::*;
    let statutory = matches!(
        question,
        Municipality | Age | PensionAge | Benefit | Incapacity | SingleParent
    );
    if gates.settled_by_law && !statutory {
        return false;
    }
    match question {
        Municipality | Age | Benefit | Incapacity | SingleParent => true,
        PensionAge => gates.age.is_some_and(|a| (66..=67).contains(&a)),
        Care => used.any(&[
            Fact::CaregivingHoursPerWeek,
            Fact::CaregivingMonths,
            Fact::CaregivingNecessary,
        ]),
        CareAmount => {
            gates.gives_care && used.any(&[Fact::CaregivingHoursPerWeek, Fact::CaregivingMonths])
        }
        CareNecessary => gates.gives_care && used.uses(Fact::CaregivingNecessary),
        Volunteer => used.any(&[
            Fact::VolunteerHoursPerWeek,
            Fact::VolunteerMonths,
            Fact::RespiteCareVolunteer,
        ]),
        VolunteerAmount => {
            gates.volunteers && used.any(&[Fact::VolunteerHoursPerWeek, Fact::VolunteerMonths])
        }
        RespiteCare => gates.volunteers && used.uses(Fact::RespiteCareVolunteer),
        MonthsOnBenefit => {
            used.uses(Fact::MonthsOnBenefit)
                || (gates.volunteers && used.uses(Fact::VolunteerStartAfterBenefitMonths))
        }
        Reintegration => used.uses(Fact::ReintegrationTrajectory),
        SocialActivation => used.uses(Fact::SocialActivation),
        GroupTraining => used.uses(Fact::GroupTraining),
        Wmo => used.uses(Fact::WmoGuidance),
        PartTimeWork => used.uses(Fact::PartTimeWorkHoursPerWeek),
        PartTimeHours => gates.has_part_time_work && used.uses(Fact::PartTimeWorkHoursPerWeek),
        Ladder => used.uses(Fact::ParticipationLadderStep),
        TargetGroup => used.uses(Fact::TargetGroup),
        Disability => used.uses(Fact::HasDisability),
        PermanentlyUnable => used.uses(Fact::PermanentlyUnable),
        UrgentReasons => used.uses(Fact::UrgentReasons),
    }
}
