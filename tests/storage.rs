//! Reading saved progress: missing, garbage, wrong shape, older versions
//! (migrated), newer versions (read, never overwritten).
#![cfg(not(target_arch = "wasm32"))]

use value_governance_explorer::content::Lang;
use value_governance_explorer::domain::stamps::Stamps;
use value_governance_explorer::formats::record::StorageTrouble;
use value_governance_explorer::formats::record::{interpret, may_write, Loaded, Record, VERSION};
use value_governance_explorer::persistence::merge::{merge, restamp};

mod records;
use records::{parsed, record_of, stamps};
use value_governance_explorer::domain::work::Work;

fn load(raw: Option<&str>) -> Loaded {
    interpret(raw.map(parsed))
}

fn ids(loaded: &Loaded) -> Vec<&'static str> {
    loaded.work.ids().collect()
}

#[test]
fn nothing_saved_starts_empty_without_a_notice() {
    let loaded = load(None);
    assert!(loaded.work.is_empty());
    assert_eq!(loaded.notice, None);
    assert_eq!(loaded.lang, None);
    assert!(may_write(loaded.notice));
}

#[test]
fn a_saved_record_restores_known_ids_and_ignores_unknown_ones() {
    let loaded = load(Some(
        r#"{"version":2,"checked":["operation","gone","absorption"],"notes":{"values":"mine","gone":"x"},"lang":"zh"}"#,
    ));
    assert_eq!(ids(&loaded), ["absorption", "operation"]);
    assert_eq!(
        loaded.work.notes().collect::<Vec<_>>(),
        [("values", "mine")]
    );
    assert_eq!(loaded.lang, Some(Lang::Zh));
    assert_eq!(loaded.notice, None);
}

#[test]
fn what_is_written_reads_back() {
    let progress =
        Work::from_ids(["values", "cohesion"]).with_notes([("values", "<b>x</b>\nline 2")]);
    let json = serde_json::to_string(&Record::of(&progress, Lang::Zh)).unwrap();
    assert!(json.contains(&format!("\"version\":{VERSION}")));
    let loaded = load(Some(&json));
    assert_eq!(loaded.work, progress);
    assert_eq!(loaded.lang, Some(Lang::Zh));
}

#[test]
fn migration_from_version_1_keeps_ticks_and_starts_without_notes() {
    let loaded = load(Some(r#"{"version":1,"checked":["values","operation"]}"#));
    assert_eq!(ids(&loaded), ["operation", "values"]);
    assert_eq!(loaded.work.note_count(), 0);
    assert_eq!(loaded.lang, None);
    assert_eq!(loaded.notice, None);
    assert!(
        may_write(loaded.notice),
        "a migrated record is saved in the new version"
    );
    let migrated = record_of(r#"{"version":1,"checked":["values"]}"#).migrate();
    assert_eq!(migrated.version, VERSION);
}

#[test]
fn garbage_and_wrong_shapes_are_unreadable_not_fatal() {
    for raw in [
        "",
        "not json",
        "{",
        "[]",
        "null",
        "42",
        r#"{"checked":["values"]}"#,
        r#"{"version":"1"}"#,
        r#"{"version":0,"checked":["values"]}"#,
        r#"{"version":1.5,"checked":["values"]}"#,
    ] {
        let loaded = load(Some(raw));
        assert_eq!(loaded.notice, Some(StorageTrouble::Unreadable), "{raw:?}");
        assert!(loaded.work.is_empty(), "{raw:?}");
        assert!(may_write(loaded.notice), "{raw:?}");
    }
    // A record whose parts all have the wrong shape: each is left out.
    for raw in [
        r#"{"version":1,"checked":"values"}"#,
        r#"{"version":1,"checked":[1,2]}"#,
        r#"{"version":2,"notes":["values"]}"#,
        r#"{"version":2,"notes":{"values":7}}"#,
        r#"{"version":3,"quiz":"all right"}"#,
    ] {
        let loaded = load(Some(raw));
        assert_eq!(loaded.notice, Some(StorageTrouble::Damaged), "{raw:?}");
        assert!(loaded.work.is_empty(), "{raw:?}");
        assert!(may_write(loaded.notice), "{raw:?}");
    }
}

#[test]
fn a_damaged_part_costs_only_itself() {
    let raw = r#"{"version":3,"checked":["values","cohesion"],
        "notes":{"values":"kept","cohesion":["not","text"]},
        "changed":{"values":100,"cohesion":"soon"},
        "quiz":{"answers":{"starting-point":"cohesion"},"right":1,"total":8},
        "lang":"zh"}"#;
    let read = parsed(raw).unwrap();
    assert_eq!(
        read.damaged,
        ["notes.cohesion", "changed.cohesion", "quiz"].map(String::from)
    );
    let loaded = load(Some(raw));
    assert_eq!(loaded.notice, Some(StorageTrouble::Damaged));
    assert_eq!(ids(&loaded), ["cohesion", "values"]);
    assert_eq!(loaded.work.note("values"), "kept");
    assert_eq!(loaded.work.note("cohesion"), "");
    assert_eq!(loaded.work.quiz(), None, "the attempt alone is lost");
    assert_eq!(loaded.stamps, Stamps::from_pairs([("values", 100.0)]));
    assert_eq!(loaded.lang, Some(Lang::Zh));
    // The rest is written back as usual.
    assert!(may_write(loaded.notice));
    // A well-formed attempt beside a damaged note is kept.
    let loaded = load(Some(
        r#"{"version":3,"notes":{"values":false},"quiz":{"answers":{"starting-point":["cohesion"]}}}"#,
    ));
    assert!(loaded.work.quiz().is_some());
    assert_eq!(loaded.notice, Some(StorageTrouble::Damaged));
}

#[test]
fn a_newer_version_is_read_but_never_overwritten() {
    let loaded = load(Some(
        r#"{"version":9,"checked":["values"],"notes":{"values":"x"},"highlights":{"values":"yellow"}}"#,
    ));
    assert_eq!(ids(&loaded), ["values"]);
    assert_eq!(loaded.work.note("values"), "x");
    assert_eq!(loaded.notice, Some(StorageTrouble::Newer));
    assert!(!may_write(loaded.notice));
}

#[test]
fn stamps_are_stored_and_read_back_for_known_items_only() {
    let progress = Work::from_ids(["values"]);
    let json = serde_json::to_string(&Record::stamped(
        &progress,
        &stamps(&[("values", 7.0)]),
        Lang::En,
    ))
    .unwrap();
    assert!(json.contains(r#""changed":{"values":7.0}"#), "{json}");
    let loaded = load(Some(
        r#"{"version":2,"checked":["values"],"changed":{"values":9,"gone":3}}"#,
    ));
    assert_eq!(loaded.stamps, stamps(&[("values", 9.0)]));
}

#[test]
fn restamping_marks_every_changed_item_and_only_those() {
    let before = Work::from_ids(["values"]).with_notes([("cohesion", "a")]);
    let after = Work::from_ids(["values", "operation"]).with_notes([("cohesion", "b")]);
    let restamped = restamp(&stamps(&[("values", 1.0)]), &before, &after, 50.0);
    assert_eq!(
        restamped,
        stamps(&[("values", 1.0), ("operation", 50.0), ("cohesion", 50.0)])
    );
}

#[test]
fn merging_two_tabs_keeps_the_later_change_of_each_item() {
    // This tab ticked absorption at 20 and rewrote the note on values at 21.
    let mine = Work::from_ids(["cohesion", "absorption"]).with_notes([("values", "mine")]);
    let mine_at = stamps(&[("cohesion", 5.0), ("absorption", 20.0), ("values", 21.0)]);
    // The other tab unticked cohesion at 30 and noted operation at 31, from
    // a state that had not seen this tab's changes.
    let theirs =
        Work::from_ids(Vec::<&str>::new()).with_notes([("values", "old"), ("operation", "theirs")]);
    let theirs_at = stamps(&[("cohesion", 30.0), ("values", 4.0), ("operation", 31.0)]);
    let (merged, at) = merge((&mine, &mine_at), (&theirs, &theirs_at));
    assert_eq!(merged.ids().collect::<Vec<_>>(), ["absorption"]);
    assert_eq!(merged.note("values"), "mine");
    assert_eq!(merged.note("operation"), "theirs");
    assert_eq!(
        at,
        stamps(&[
            ("cohesion", 30.0),
            ("absorption", 20.0),
            ("values", 21.0),
            ("operation", 31.0)
        ])
    );
    // Merging is symmetric: the other tab comes to the same result.
    assert_eq!(merge((&theirs, &theirs_at), (&mine, &mine_at)).0, merged);
}

#[test]
fn migration_from_version_2_keeps_ticks_notes_and_language_and_has_no_attempt() {
    let raw = r#"{"version":2,"checked":["cohesion"],"notes":{"cohesion":"n"},"lang":"zh","changed":{"cohesion":5}}"#;
    let loaded = load(Some(raw));
    assert_eq!(ids(&loaded), ["cohesion"]);
    assert_eq!(loaded.work.note("cohesion"), "n");
    assert_eq!(loaded.lang, Some(Lang::Zh));
    assert_eq!(loaded.work.quiz(), None);
    assert_eq!(loaded.notice, None);
    let migrated = record_of(raw).migrate();
    assert_eq!(migrated.version, 3);
    assert_eq!(migrated.quiz, None);
}

#[test]
fn the_attempt_is_saved_with_its_score_and_read_back_marked_again() {
    use value_governance_explorer::domain::quiz::Answers;
    let attempt = Answers::from_pairs([
        ("starting-point", vec!["cohesion"]),
        (
            "dimensions",
            vec!["absorption", "operation", "coordination"],
        ),
    ]);
    let progress = Work::from_ids(["values"]).with_quiz(Some(attempt.clone()));
    let json = serde_json::to_string(&Record::of(&progress, Lang::En)).unwrap();
    assert!(json.contains(r#""quiz":{"answers":{"dimensions":["absorption","operation","coordination"],"starting-point":["cohesion"]},"right":2,"total":8}"#), "{json}");
    assert_eq!(load(Some(&json)).work.quiz(), Some(&attempt));
    // A score written by hand (or by another build) is not trusted: the
    // answers are marked again.
    let forged = json.replace(r#""right":2"#, r#""right":8"#);
    let loaded = load(Some(&forged));
    assert_eq!(
        value_governance_explorer::domain::quiz::score(loaded.work.quiz().unwrap()).right,
        2
    );
    // Answers to questions this build does not have are dropped.
    let unknown = r#"{"version":3,"quiz":{"answers":{"gone":["x"]},"right":1,"total":1}}"#;
    assert_eq!(load(Some(unknown)).work.quiz(), None);
}

#[test]
fn two_tabs_keep_the_attempt_checked_later() {
    use value_governance_explorer::domain::quiz::Answers;
    let older = Work::from_ids(["values"]).with_quiz(Some(Answers::from_pairs([(
        "starting-point",
        vec!["values"],
    )])));
    let newer = Work::from_ids(["cohesion"]).with_quiz(Some(Answers::from_pairs([(
        "starting-point",
        vec!["cohesion"],
    )])));
    let base = Work::default();
    let older_at = restamp(&Stamps::default(), &base, &older, 100.0);
    let newer_at = restamp(&Stamps::default(), &base, &newer, 200.0);
    let (merged, stamps) = merge((&older, &older_at), (&newer, &newer_at));
    assert_eq!(merged.quiz(), newer.quiz());
    // Ticks still merge per item.
    assert!(merged.is_checked("values") && merged.is_checked("cohesion"));
    let json = serde_json::to_string(&Record::stamped(&merged, &stamps, Lang::En)).unwrap();
    assert!(json.contains(r##""#quiz":200"##), "{json}");
    assert_eq!(load(Some(&json)).stamps, stamps);
}
