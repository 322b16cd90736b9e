//! What the widget stores in a course platform (SCORM): the suspend-data
//! encoding (round trip, SCORM 1.2's 4,096-character limit, damaged input
//! refused clearly), the values reported, and the session times.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use value_governance_explorer::content::Lang;
use value_governance_explorer::domain::phase::Phase;
use value_governance_explorer::domain::stamps::Stamps;
use value_governance_explorer::domain::work::{Tally, Work};
use value_governance_explorer::formats::cmi::{
    platform_len, progress_measure, session_time_12, session_time_2004, Report, Version,
};
use value_governance_explorer::formats::suspend_data::{decode, encode, Snapshot, SuspendError};

/// The phase at this position (0: unity goals).
fn phase(position: usize) -> Phase {
    Phase::at(position).unwrap()
}

fn item_ids() -> Vec<&'static str> {
    Lang::En
        .content()
        .items
        .iter()
        .map(|item| item.id)
        .collect()
}

/// All nine items ticked, each changed at a realistic time.
fn all_ticked() -> Snapshot {
    let ids = item_ids();
    Snapshot {
        work: Work::from_ids(ids.iter().copied()),
        stamps: Stamps::from_pairs(
            ids.iter()
                .enumerate()
                .map(|(index, id)| (*id, 1_764_230_000_000.0 + index as f64 * 61_000.0)),
        ),
        phase: Some(phase(2)),
        lang: Some(Lang::Zh),
    }
}

fn with_notes(mut snapshot: Snapshot, notes: &[(&str, String)]) -> Snapshot {
    snapshot.work = snapshot
        .work
        .with_notes(notes.iter().map(|(id, text)| (*id, text.as_str())));
    snapshot
}

#[test]
fn nothing_stored_is_a_first_launch() {
    assert_eq!(decode(""), Ok(None));
}

#[test]
fn everything_comes_back_as_it_was_written() {
    let snapshot = with_notes(
        all_ticked(),
        &[
            (
                "absorption",
                "first | second % third %7C, with: colons".to_owned(),
            ),
            ("values", "价值目标吸纳——中文笔记\nsecond line".to_owned()),
        ],
    );
    let encoded = encode(&snapshot, Version::Scorm12.suspend_limit()).unwrap();
    assert!(encoded.local_only.is_empty());
    assert!(encoded.text.starts_with("vge1|"), "{}", encoded.text);
    assert_eq!(decode(&encoded.text), Ok(Some(snapshot)));
}

#[test]
fn the_sizes_reported_for_the_issue() {
    let bare = encode(&all_ticked(), 4096).unwrap().text;
    let ids = item_ids();
    let typical = with_notes(
        all_ticked(),
        &[
            (ids[0], "n".repeat(200)),
            (ids[3], "o".repeat(200)),
            (ids[6], "p".repeat(200)),
        ],
    );
    let typical = encode(&typical, 4096).unwrap().text;
    println!(
        "suspend_data: nine ticked, no notes: {} characters; with three 200-character notes: {}",
        platform_len(&bare),
        platform_len(&typical)
    );
    assert!(platform_len(&bare) < 120, "{bare}");
    assert!(platform_len(&typical) < 750);
}

#[test]
fn notes_that_do_not_fit_are_left_out_whole_and_named() {
    let ids = item_ids();
    // Three long notes, 2,000 characters each (the most a note may hold):
    // two fit in 4,096, the third does not; a short later one still does.
    let snapshot = with_notes(
        all_ticked(),
        &[
            (ids[0], "a".repeat(2000)),
            (ids[1], "b".repeat(2000)),
            (ids[2], "c".repeat(1900)),
            (ids[5], "short".to_owned()),
        ],
    );
    let encoded = encode(&snapshot, 4096).unwrap();
    assert!(platform_len(&encoded.text) <= 4096);
    assert_eq!(encoded.local_only, vec![ids[1]]);
    let back = decode(&encoded.text).unwrap().unwrap();
    // Every tick, phase and language kept; the notes that fit, whole.
    assert_eq!(back.work.ids().count(), 9);
    assert_eq!(back.phase, Some(phase(2)));
    assert_eq!(back.lang, Some(Lang::Zh));
    assert_eq!(back.work.note(ids[0]), "a".repeat(2000));
    assert_eq!(back.work.note(ids[1]), "");
    assert_eq!(back.work.note(ids[2]), "c".repeat(1900));
    assert_eq!(back.work.note(ids[5]), "short");
}

#[test]
fn the_limit_counts_what_the_platform_counts() {
    // A character outside the Basic Multilingual Plane is two UTF-16 units,
    // which is how JavaScript (and so the platform) measures a string.
    let ids = item_ids();
    let snapshot = with_notes(all_ticked(), &[(ids[0], "𝄞".repeat(2000))]);
    let encoded = encode(&snapshot, 4096).unwrap();
    assert_eq!(encoded.local_only, vec![ids[0]]);
    assert!(platform_len(&encoded.text) <= 4096);
}

#[test]
fn damaged_or_foreign_data_is_refused_clearly() {
    assert_eq!(decode("{\"checked\":[]}"), Err(SuspendError::NotOurs));
    assert_eq!(decode("vge"), Err(SuspendError::NotOurs));
    assert_eq!(decode("vge0|c:1"), Err(SuspendError::NotOurs));
    assert_eq!(decode("vge2|c:1"), Err(SuspendError::Newer(2)));
    for damaged in [
        "vge1|c",
        "vge1|c:!",
        "vge1|l:fr",
        "vge1|p:x",
        "vge1|t:zz!",
        "vge1|n:no position",
        "vge1|n3:50%",
        "vge1|n3:%41",
    ] {
        let refused = decode(damaged);
        assert!(
            matches!(refused, Err(SuspendError::Damaged(_))),
            "{damaged}: {refused:?}"
        );
        assert!(refused.unwrap_err().to_string().contains("damaged"));
    }
}

#[test]
fn a_later_builds_sections_are_skipped() {
    // Sections a later build may add, such as `r:` or `note:`.
    let back = decode("vge1|c:3|r:1.2.0;80|note:x|p:1").unwrap().unwrap();
    assert_eq!(back.work.ids().collect::<Vec<_>>(), vec!["absorption"]);
    assert_eq!(back.phase, Some(phase(1)));
}

#[test]
fn every_item_has_a_one_digit_position() {
    // `c:` writes each ticked item as one base-36 digit.
    assert!(Lang::En.content().items.len() <= 36);
}

#[test]
fn completion_follows_the_three_core_dimensions() {
    let core_only = Work::from_ids(["absorption", "operation", "coordination"]);
    let two = Work::from_ids(["absorption", "operation"]);
    let report = |progress: &Work| Report {
        suspend: Some("vge1".to_owned()),
        location: "interest",
        core: progress.core(),
        all: progress.all(),
        score: None,
    };
    assert_eq!(
        Version::Scorm12.report(&report(&two)),
        vec![
            ("cmi.suspend_data", "vge1".to_owned()),
            ("cmi.core.lesson_location", "interest".to_owned()),
            ("cmi.core.lesson_status", "incomplete".to_owned()),
        ]
    );
    assert_eq!(
        Version::Scorm2004.report(&report(&core_only)),
        vec![
            ("cmi.suspend_data", "vge1".to_owned()),
            ("cmi.location", "interest".to_owned()),
            ("cmi.completion_status", "completed".to_owned()),
            ("cmi.progress_measure", "0.3333333".to_owned()),
        ]
    );
    // A newer version's suspend data is left alone.
    let keep = Report {
        suspend: None,
        ..report(&two)
    };
    assert!(Version::Scorm12
        .report(&keep)
        .iter()
        .all(|(element, _)| *element != "cmi.suspend_data"));
}

#[test]
fn progress_measure_is_a_share_between_zero_and_one() {
    assert_eq!(progress_measure(Tally { done: 0, total: 9 }), "0");
    assert_eq!(progress_measure(Tally { done: 9, total: 9 }), "1");
    assert_eq!(progress_measure(Tally { done: 3, total: 9 }), "0.3333333");
    assert_eq!(progress_measure(Tally { done: 0, total: 0 }), "0");
}

#[test]
fn session_times_in_each_versions_format() {
    assert_eq!(session_time_12(0.0), "0000:00:00");
    assert_eq!(session_time_12(3_723_400.0), "0001:02:03");
    assert_eq!(session_time_12(f64::NAN), "0000:00:00");
    assert_eq!(session_time_2004(3_723_400.0), "PT1H2M3S");
    assert_eq!(session_time_2004(-5.0), "PT0H0M0S");
    assert_eq!(
        Version::Scorm2004.farewell(1000.0),
        vec![
            ("cmi.session_time", "PT0H0M1S".to_owned()),
            ("cmi.exit", "suspend".to_owned()),
        ]
    );
}

#[test]
fn package_files_are_named_after_the_crate() {
    assert_eq!(
        Version::Scorm12.package_file(),
        "value-governance-explorer-scorm12.zip"
    );
    assert_eq!(
        Version::Scorm2004.package_file(),
        "value-governance-explorer-scorm2004.zip"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_text_is_read_or_refused_without_panicking(text in any::<String>()) {
        let _ = decode(&text);
        let _ = decode(&format!("vge1|{text}"));
    }

}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_notes_round_trip_within_the_limit(
        ticks in proptest::collection::vec(any::<bool>(), 9),
        notes in proptest::collection::vec(".{0,700}", 9),
    ) {
        let ids = item_ids();
        let ticked = ids.iter().zip(&ticks).filter(|(_, t)| **t).map(|(id, _)| *id);
        let snapshot = Snapshot {
            work: Work::from_ids(ticked)
                .with_notes(ids.iter().copied().zip(notes.iter().map(String::as_str))),
            stamps: Stamps::default(),
            phase: Some(phase(1)),
            lang: Some(Lang::En),
        };
        let encoded = encode(&snapshot, 4096).unwrap();
        prop_assert!(platform_len(&encoded.text) <= 4096);
        let back = decode(&encoded.text).unwrap().unwrap();
        prop_assert_eq!(back.work.ids().collect::<Vec<_>>(), snapshot.work.ids().collect::<Vec<_>>());
        for id in ids {
            let expected = if encoded.local_only.contains(&id) { "" } else { snapshot.work.note(id) };
            prop_assert_eq!(back.work.note(id), expected);
        }
    }
}

/// An attempt: the phases in order, the starting point wrong, the three
/// dimensions picked; made at a realistic time.
fn with_attempt(mut snapshot: Snapshot) -> Snapshot {
    use value_governance_explorer::domain::quiz::Answers;
    use value_governance_explorer::domain::stamps::QUIZ_STAMP;
    let attempt = Answers::from_pairs([
        ("phase-order", vec!["unity", "interest", "comprehensive"]),
        ("starting-point", vec!["values"]),
        (
            "dimensions",
            vec!["absorption", "operation", "coordination"],
        ),
    ]);
    snapshot.work = snapshot.work.with_quiz(Some(attempt));
    let mut pairs: Vec<(&str, f64)> = item_ids()
        .into_iter()
        .enumerate()
        .map(|(index, id)| (id, snapshot.stamps.at(index)))
        .collect();
    pairs.push((QUIZ_STAMP, 1_764_231_000_000.0));
    snapshot.stamps = Stamps::from_pairs(pairs);
    snapshot
}

#[test]
fn the_quiz_attempt_comes_back_with_when_it_was_made_and_always_fits() {
    let snapshot = with_attempt(all_ticked());
    let encoded = encode(&snapshot, Version::Scorm12.suspend_limit()).unwrap();
    assert!(encoded.text.contains("|q:"), "{}", encoded.text);
    assert_eq!(decode(&encoded.text), Ok(Some(snapshot.clone())));
    println!(
        "suspend data, all ticked and an attempt, no notes: {} characters",
        platform_len(&encoded.text)
    );
    // Notes give way before the attempt does.
    let long = "x".repeat(1500);
    let crowded = with_notes(
        snapshot,
        &[
            ("empowerment", long.clone()),
            ("cohesion", long.clone()),
            ("values", long),
        ],
    );
    let encoded = encode(&crowded, Version::Scorm12.suspend_limit()).unwrap();
    assert_eq!(encoded.local_only, ["values"]);
    let back = decode(&encoded.text).unwrap().unwrap();
    assert_eq!(back.work.quiz(), crowded.work.quiz());
    // A damaged attempt is refused clearly, as any damaged section.
    assert!(matches!(
        decode("vge1|q:zz;1.?"),
        Err(SuspendError::Damaged(what)) if what.contains("q:")
    ));
}

#[test]
fn the_score_goes_to_the_platform_and_completion_still_follows_the_checklist() {
    use value_governance_explorer::domain::quiz::Score;
    let progress = Work::from_ids(["absorption"]);
    let report = |right| Report {
        suspend: None,
        location: "unity",
        core: progress.core(),
        all: progress.all(),
        score: Some(Score { right, total: 8 }),
    };
    assert_reports(
        Version::Scorm2004.report(&report(7)),
        &[
            ("cmi.completion_status", "incomplete"),
            ("cmi.score.scaled", "0.875"),
            ("cmi.score.raw", "87.5"),
            ("cmi.score.min", "0"),
            ("cmi.score.max", "100"),
            ("cmi.success_status", "passed"),
        ],
    );
    assert_reports(
        Version::Scorm2004.report(&report(6)),
        &[
            ("cmi.success_status", "failed"),
            ("cmi.score.scaled", "0.75"),
        ],
    );
    assert_reports(
        Version::Scorm12.report(&report(6)),
        &[
            ("cmi.core.lesson_status", "incomplete"),
            ("cmi.core.score.raw", "75"),
            ("cmi.core.score.min", "0"),
            ("cmi.core.score.max", "100"),
        ],
    );
    // 7 of 8 is 87.5 %, not 87: both versions' raw score is a decimal.
    assert_reports(
        Version::Scorm12.report(&report(7)),
        &[("cmi.core.score.raw", "87.5")],
    );
}

#[test]
fn decimals_are_written_without_floats_rounded_down_and_without_trailing_zeros() {
    use value_governance_explorer::formats::cmi::decimal;
    assert_eq!(decimal(700, 8, 2), "87.5");
    assert_eq!(decimal(100, 3, 2), "33.33");
    assert_eq!(decimal(200, 3, 2), "66.66");
    assert_eq!(decimal(800, 8, 2), "100");
    assert_eq!(decimal(0, 8, 2), "0");
    assert_eq!(decimal(1, 0, 2), "0");
    assert_eq!(decimal(1, 8, 7), "0.125");
}

/// Every expected element is among the values written, with its value.
fn assert_reports(values: Vec<(&'static str, String)>, expected: &[(&str, &str)]) {
    for (element, value) in expected {
        assert!(
            values.contains(&(*element, (*value).to_owned())),
            "{element} = {value} in {values:?}"
        );
    }
}
