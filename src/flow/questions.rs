//! The questions of the guided check, which answers they set, and which of them matter for an
//! ordinance and for the answers given so far.

use crate::facts::{Fact, Kind, Unit};
use crate::model::{Condition, Ordinance};

/// A yes/no question that only decides whether follow-up questions are asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Gate {
    GivesCare,
    Volunteers,
    HasPartTimeWork,
}

impl Gate {
    pub const ALL: [Gate; 3] = [Gate::GivesCare, Gate::Volunteers, Gate::HasPartTimeWork];

    pub fn key(self) -> &'static str {
        match self {
            Gate::GivesCare => "gives_care",
            Gate::Volunteers => "volunteers",
            Gate::HasPartTimeWork => "has_part_time_work",
        }
    }
}

/// One input the person fills in: the municipality, a gate, or an answer of the contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Municipality,
    Gate(Gate),
    Fact(Fact),
}

const YES_NO: &[&str] = &["yes", "no"];
const DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

impl Field {
    /// Every field: the municipality, the gates, then the contract's answers.
    pub fn all() -> impl Iterator<Item = Field> {
        std::iter::once(Field::Municipality)
            .chain(Gate::ALL.into_iter().map(Field::Gate))
            .chain(Fact::answers().map(Field::Fact))
    }

    /// The key in the URL fragment and in storage: the contract's name for an answer.
    pub fn key(self) -> &'static str {
        match self {
            Field::Municipality => "gemeente",
            Field::Gate(g) => g.key(),
            Field::Fact(f) => f.key(),
        }
    }

    pub fn from_key(key: &str) -> Option<Field> {
        Field::all().find(|f| f.key() == key)
    }

    /// What kind of input this is, derived from the fact's declaration: a yes/no or a choice
    /// as options ("unknown" added where the fact may be unknown), a small whole-number range
    /// as options too, other numbers as a number field.
    pub fn input(self) -> Input {
        let spec = match self {
            Field::Municipality => return Input::Municipality,
            Field::Gate(_) => {
                return Input::Choice {
                    options: YES_NO,
                    unknown: false,
                }
            }
            Field::Fact(f) => f.spec(),
        };
        let unknown = spec.nullable;
        match spec.kind {
            Kind::Bool => Input::Choice {
                options: YES_NO,
                unknown,
            },
            Kind::Choice(options) => Input::Choice { options, unknown },
            Kind::Number { min, max, whole } if whole && unknown && min >= 0.0 && max <= 9.0 => {
                Input::Choice {
                    options: &DIGITS[min as usize..=max as usize],
                    unknown,
                }
            }
            Kind::Number { min, max, whole } => Input::Number { min, max, whole },
            Kind::Date => Input::Date,
        }
    }

    /// The unit of a number field.
    pub fn unit(self) -> Unit {
        match self {
            Field::Fact(f) => f.spec().unit,
            _ => Unit::None,
        }
    }
}

/// The kind of input a field takes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Input {
    Municipality,
    Number {
        min: f64,
        max: f64,
        whole: bool,
    },
    /// Options, and whether "unknown" is one too.
    Choice {
        options: &'static [&'static str],
        unknown: bool,
    },
    Date,
}

/// The value of the "I don't know" option.
pub const UNKNOWN: &str = "unknown";

impl Input {
    /// The options of a choice, "unknown" last where it is one.
    pub fn options(self) -> Vec<&'static str> {
        match self {
            Input::Choice { options, unknown } => {
                let mut all = options.to_vec();
                if unknown {
                    all.push(UNKNOWN);
                }
                all
            }
            _ => Vec::new(),
        }
    }
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

    /// The law's own questions: asked first, and they can end the check.
    pub fn is_statutory(self) -> bool {
        self.fields().iter().any(|f| match f {
            Field::Fact(fact) => fact.spec().statutory,
            _ => false,
        })
    }

    /// The fields on this page.
    pub fn fields(self) -> &'static [Field] {
        match self {
            Question::Municipality => &[Field::Municipality],
            Question::Age => &[Field::Fact(Fact::Age)],
            Question::PensionAge => &[Field::Fact(Fact::ReachedPensionAge)],
            Question::Benefit => &[Field::Fact(Fact::Benefit)],
            Question::Incapacity => &[Field::Fact(Fact::FullyPermanentlyIncapacitated)],
            Question::SingleParent => &[Field::Fact(Fact::SingleParentExemption)],
            Question::Care => &[Field::Gate(Gate::GivesCare)],
            Question::CareAmount => &[
                Field::Fact(Fact::CaregivingHoursPerWeek),
                Field::Fact(Fact::CaregivingMonths),
            ],
            Question::CareNecessary => &[Field::Fact(Fact::CaregivingNecessary)],
            Question::Volunteer => &[Field::Gate(Gate::Volunteers)],
            Question::VolunteerAmount => &[
                Field::Fact(Fact::VolunteerHoursPerWeek),
                Field::Fact(Fact::VolunteerMonths),
            ],
            Question::RespiteCare => &[Field::Fact(Fact::RespiteCareVolunteer)],
            Question::MonthsOnBenefit => &[Field::Fact(Fact::MonthsOnBenefit)],
            Question::Reintegration => &[Field::Fact(Fact::ReintegrationTrajectory)],
            Question::SocialActivation => &[Field::Fact(Fact::SocialActivation)],
            Question::GroupTraining => &[Field::Fact(Fact::GroupTraining)],
            Question::Wmo => &[Field::Fact(Fact::WmoGuidance)],
            Question::PartTimeWork => &[Field::Gate(Gate::HasPartTimeWork)],
            Question::PartTimeHours => &[Field::Fact(Fact::PartTimeWorkHoursPerWeek)],
            Question::Ladder => &[Field::Fact(Fact::ParticipationLadderStep)],
            Question::TargetGroup => &[Field::Fact(Fact::TargetGroup)],
            Question::Disability => &[Field::Fact(Fact::HasDisability)],
            Question::PermanentlyUnable => &[Field::Fact(Fact::PermanentlyUnable)],
            Question::UrgentReasons => &[Field::Fact(Fact::UrgentReasons)],
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
        crate::sort::insertion_by(&mut expanded, |a, b| (*a as u8) < (*b as u8));
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
    /// The law's AOW table cannot tell from the age in years alone: ask.
    pub pension_hinges: bool,
    pub gives_care: bool,
    pub volunteers: bool,
    pub has_part_time_work: bool,
}

/// Whether a question is asked, given the facts the ordinance uses and the answers so far.
pub fn applies(question: Question, used: &FactsUsed, gates: &Gates) -> bool {
    use Question::*;
    match question {
        Municipality | Age | Benefit | Incapacity | SingleParent => true,
        PensionAge => gates.pension_hinges,
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
