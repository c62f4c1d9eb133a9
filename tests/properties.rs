//! Properties that hold for every municipality and any answers.

use proptest::prelude::*;
use tegenprestatie_check::answers::{Answers, Benefit, TargetGroup};
use tegenprestatie_check::catalog;
use tegenprestatie_check::contract::{self, DecisionView};
use tegenprestatie_check::decision::Status;
use tegenprestatie_check::validate::HOURS_LIMIT_BZ5171;

fn hours() -> impl Strategy<Value = f64> {
    prop_oneof![Just(0.0), 0.0..=168.0, (0u8..=40).prop_map(f64::from)]
}

fn months() -> impl Strategy<Value = f64> {
    prop_oneof![Just(0.0), 0.0..=600.0, (0u8..=24).prop_map(f64::from)]
}

prop_compose! {
    fn answers()(
        age in 0u8..=130,
        pension in proptest::option::of(any::<bool>()),
        benefit in proptest::sample::select(Benefit::ALL.to_vec()),
        flags in proptest::collection::vec(any::<bool>(), 13),
        care in (hours(), months(), proptest::option::of(any::<bool>())),
        volunteer in (hours(), months()),
        part_time in hours(),
        ladder in proptest::option::of(1u8..=6),
        on_benefit in proptest::option::of(months()),
        group in proptest::option::of(proptest::sample::select(TargetGroup::ALL.to_vec())),
    ) -> Answers {
        let mut a = Answers::new(age);
        if let Some(p) = pension { a.reached_pension_age = p; }
        a.benefit = benefit;
        a.fully_permanently_incapacitated = flags[0] && flags[1];
        a.single_parent_exemption = flags[2] && flags[3];
        (a.caregiving_hours_per_week, a.caregiving_months, a.caregiving_necessary) = care;
        (a.volunteer_hours_per_week, a.volunteer_months) = volunteer;
        a.respite_care_volunteer = flags[4];
        a.reintegration_trajectory = flags[5];
        a.social_activation = flags[6];
        a.group_training = flags[7];
        a.wmo_guidance = flags[8];
        a.part_time_work_hours_per_week = part_time;
        a.participation_ladder_step = ladder;
        a.has_disability = flags[9];
        a.permanently_unable = flags[10] && flags[11];
        a.urgent_reasons = flags[12];
        a.months_on_benefit = on_benefit;
        a.target_group = group;
        a
    }
}

fn ids() -> Vec<&'static str> {
    catalog::municipalities()
        .iter()
        .map(|(m, _)| m.id.as_str())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn every_municipality_decides_any_answers_lawfully(a in answers()) {
        for id in ids() {
            let d = catalog::decide(id, &a).expect("listed municipality decides");
            let outside_age = a.age < 18 || a.reached_pension_age;
            if outside_age || a.benefit == Benefit::None {
                prop_assert_eq!(d.status, Status::NotApplicable, "{}: {:?}", id, a);
            } else if a.fully_permanently_incapacitated || a.single_parent_exemption {
                prop_assert_eq!(d.status, Status::Exempt, "{}: art. 9 lid 5/7 {:?}", id, a);
            }
            if d.status != Status::NotApplicable {
                prop_assert!(!d.grounds.is_empty(), "{}: no grounds", id);
            }
            if let Some((bounds, _)) = d.bounds {
                for range in [bounds.hours_per_week, bounds.duration_months, bounds.duration_weeks, bounds.total_hours] {
                    if let (Some(min), Some(max)) = (range.min, range.max) {
                        prop_assert!(min <= max, "{}: min {} above max {}", id, min, max);
                    }
                }
                prop_assert!(bounds.hours_per_week.max.unwrap_or(0.0) < HOURS_LIMIT_BZ5171);
                prop_assert!(bounds.hours_per_week.min.unwrap_or(0.0) < HOURS_LIMIT_BZ5171);
            }
            let has_bounds = d.bounds.is_some();
            let assignable = matches!(d.status, Status::Obligated | Status::Discretionary);
            prop_assert_eq!(has_bounds, assignable, "{}: bounds only when assignable", id);
            // The contract's output serializes for every decision.
            let view = serde_json::to_value(DecisionView::new(&d));
            prop_assert!(view.is_ok());
        }
    }

    #[test]
    fn contract_never_panics_on_arbitrary_json(
        keys in proptest::collection::vec(proptest::sample::select(contract::FIELDS.to_vec()), 0..8),
        values in proptest::collection::vec(prop_oneof![
            Just(serde_json::Value::Null),
            any::<bool>().prop_map(serde_json::Value::from),
            any::<f64>().prop_map(|f| serde_json::json!(f)),
            any::<i64>().prop_map(serde_json::Value::from),
            "[a-z_]{0,12}".prop_map(serde_json::Value::from),
        ], 8),
        id in "[a-z-]{0,20}",
    ) {
        let mut map = serde_json::Map::new();
        for (k, v) in keys.iter().zip(values) {
            map.insert((*k).to_string(), v);
        }
        let input = serde_json::Value::Object(map);
        match contract::check(&id, &input) {
            Ok(d) => { let _ = serde_json::to_string(&DecisionView::new(&d)); }
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }
}

#[test]
fn every_status_is_reachable_somewhere() {
    use std::collections::HashSet;
    let mut seen = HashSet::new();
    let mut people = vec![Answers::new(17), Answers::new(40)];
    let mut volunteer = Answers::new(40);
    volunteer.volunteer_hours_per_week = 20.0;
    people.push(volunteer);
    let mut exempt = Answers::new(40);
    exempt.fully_permanently_incapacitated = true;
    people.push(exempt);
    for a in &people {
        for id in ids() {
            seen.insert(catalog::decide(id, a).unwrap().status);
        }
    }
    for status in Status::ALL {
        assert!(seen.contains(&status), "no path to {status:?}");
    }
}

#[test]
fn thirty_municipalities_are_bundled_each_with_a_version_and_source() {
    let all = catalog::municipalities();
    assert_eq!(all.len(), 30);
    for (m, o) in all {
        assert!(!o.sources.is_empty(), "{}", m.id);
        assert!(o.version.year >= 2014, "{}", m.id);
    }
}
