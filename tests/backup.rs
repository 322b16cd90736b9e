//! A course platform's package: the platform's attempt owns the learner's
//! work, and this browser's backup carries only what the platform has not
//! confirmed (`persistence::backup`). Keys per learner and activity; a teacher's reset
//! and a new attempt hold; refused writes come back; another device's later
//! work wins; the stored form round-trips.
#![cfg(not(target_arch = "wasm32"))]

use value_governance_explorer::content::Lang;
use value_governance_explorer::domain::phase::Phase;
use value_governance_explorer::domain::stamps::{Stamps, QUIZ_STAMP};
use value_governance_explorer::domain::work::Work;
use value_governance_explorer::formats::record::{interpret, Record, KEY};
use value_governance_explorer::formats::suspend_data::Snapshot;
use value_governance_explorer::persistence::backup::{
    activity, confirm, key, resume, Backup, Confirmed,
};

mod records;
use records::parsed;

/// Work with these ticks, each changed at `at`.
/// The phase at this position (0: unity goals).
fn phase(position: usize) -> Phase {
    Phase::at(position).unwrap()
}

fn ticked(ids: &[&'static str], at: f64) -> (Work, Stamps) {
    (
        Work::from_ids(ids.iter().copied()),
        Stamps::from_pairs(ids.iter().map(|id| (*id, at))),
    )
}

/// A backup whose every part the platform confirmed.
fn confirmed_backup(ids: &[&'static str], at: f64, phase: Phase) -> Backup {
    let (work, stamps) = ticked(ids, at);
    Backup {
        work,
        stamps: stamps.clone(),
        phase: Some(phase),
        confirmed: Confirmed {
            stamps: stamps.clone(),
            ticks: stamps,
            phase: Some(phase),
        },
    }
}

fn platform(ids: &[&'static str], at: f64, phase: Phase) -> Snapshot {
    let (work, stamps) = ticked(ids, at);
    Snapshot {
        work,
        stamps,
        phase: Some(phase),
        lang: Some(Lang::En),
    }
}

/// The ticked ids, sorted.
fn ids(backup: &Backup) -> Vec<&'static str> {
    backup.work.ids().collect()
}

/// The stamp slot of an item.
fn slot(id: &str) -> usize {
    Lang::En
        .content()
        .items
        .iter()
        .position(|item| item.id == id)
        .unwrap()
}

#[test]
fn each_learner_and_each_activity_has_a_key_of_its_own() {
    let a1 = key(
        "student-1",
        "https://lms.example/pluginfile.php/11/mod_scorm/content/1/",
    );
    assert!(a1.starts_with(&format!("{KEY}:attempt:")), "{a1}");
    assert!(!a1.contains("student-1") && !a1.contains("lms.example"));
    assert_eq!(
        a1,
        key(
            "student-1",
            "https://lms.example/pluginfile.php/11/mod_scorm/content/1/"
        )
    );
    // Another learner, another activity on the same platform, another platform.
    assert_ne!(
        a1,
        key(
            "student-2",
            "https://lms.example/pluginfile.php/11/mod_scorm/content/1/"
        )
    );
    assert_ne!(
        a1,
        key(
            "student-1",
            "https://lms.example/pluginfile.php/12/mod_scorm/content/1/"
        )
    );
    assert_ne!(
        a1,
        key(
            "student-1",
            "https://other.example/pluginfile.php/11/mod_scorm/content/1/"
        )
    );
    // The id and address are not simply run together.
    assert_ne!(key("ab", "c/"), key("a", "bc/"));
    // An earlier version's key (the learner alone), removed on launch.
    use value_governance_explorer::persistence::backup::legacy_key;
    assert!(legacy_key("student-1").starts_with(&format!("{KEY}:learner:")));
    assert_ne!(legacy_key("student-1"), legacy_key("student-2"));
}

#[test]
fn the_activity_is_the_launch_pages_folder_whatever_the_language_query_or_fragment() {
    let english =
        "https://lms.example/pluginfile.php/11/mod_scorm/content/3/scorm.html?x=1#phase=interest";
    let chinese = "https://lms.example/pluginfile.php/11/mod_scorm/content/3/zh-scorm.html";
    assert_eq!(
        activity(english),
        "https://lms.example/pluginfile.php/11/mod_scorm/content/3/"
    );
    assert_eq!(activity(english), activity(chinese));
    assert_ne!(
        activity(english),
        activity("https://lms.example/pluginfile.php/12/mod_scorm/content/3/scorm.html")
    );
    // A query that holds a slash does not move the folder.
    assert_eq!(activity("https://h/a/scorm.html?next=/b/c"), "https://h/a/");
}

#[test]
fn a_first_launch_with_nothing_anywhere_starts_empty_with_nothing_to_write() {
    let resumed = resume(None, None);
    assert!(resumed.backup.work.is_empty());
    assert_eq!(resumed.backup.phase, None);
    assert!(!resumed.unconfirmed);
}

#[test]
fn a_teachers_reset_holds_confirmed_work_never_comes_back() {
    // The learner finished; every part was committed and confirmed. The
    // teacher deletes the attempt: the platform sends nothing.
    let mut backup = confirmed_backup(
        &["absorption", "operation", "coordination"],
        100.0,
        phase(2),
    );
    backup.work = backup.work.clone().with_notes([("values", "mine")]);
    backup.stamps = Stamps::from_pairs(
        ["absorption", "operation", "coordination", "values"].map(|id| (id, 100.0)),
    );
    backup.confirmed.stamps = backup.stamps.clone();
    let resumed = resume(None, Some(&backup));
    assert!(resumed.backup.work.is_empty(), "{:?}", resumed.backup.work);
    assert_eq!(resumed.backup.phase, None);
    assert!(!resumed.unconfirmed, "nothing to write back");
    // And the backup kept from now on holds nothing of the old attempt.
    assert_eq!(resumed.backup, resume(None, None).backup);
}

#[test]
fn the_platforms_record_wins_every_confirmed_part_even_when_it_is_older() {
    // Another device unticked absorption; this browser's backup, confirmed
    // before, still has it ticked, with a later stamp than the platform's.
    let backup = confirmed_backup(&["absorption", "operation"], 300.0, phase(1));
    let platform = platform(&["operation", "values"], 200.0, phase(0));
    let resumed = resume(Some(&platform), Some(&backup));
    assert_eq!(ids(&resumed.backup), ["operation", "values"]);
    assert_eq!(resumed.backup.phase, Some(phase(0)));
    assert!(!resumed.unconfirmed);
}

#[test]
fn an_unconfirmed_tick_comes_back_and_is_to_be_written_at_once() {
    // Confirmed at 100: absorption. Then cohesion ticked at 150 and the
    // commit refused; the page closed.
    let mut backup = confirmed_backup(&["absorption"], 100.0, phase(0));
    backup.work = Work::from_ids(["absorption", "cohesion"]);
    backup.stamps = Stamps::from_pairs([("absorption", 100.0), ("cohesion", 150.0)]);
    // The platform has the older record.
    let older = platform(&["absorption"], 100.0, phase(0));
    let resumed = resume(Some(&older), Some(&backup));
    assert_eq!(ids(&resumed.backup), ["absorption", "cohesion"]);
    assert!(resumed.unconfirmed);
    assert!(
        resumed.backup.unconfirmed(slot("cohesion")),
        "still unconfirmed"
    );
    assert!(!resumed.backup.unconfirmed(slot("absorption")));
    // Or none at all (its record was lost, or it started over): the tick
    // still comes back, and only the learner's own.
    let resumed = resume(None, Some(&backup));
    assert_eq!(ids(&resumed.backup), ["cohesion"]);
    assert!(resumed.unconfirmed);
}

#[test]
fn an_unconfirmed_part_gives_way_to_a_later_change_on_another_device() {
    let mut backup = confirmed_backup(&[], 0.0, phase(0));
    backup.work = Work::from_ids(["values"]);
    backup.stamps = Stamps::from_pairs([("values", 150.0)]);
    // The other device unticked… nothing, but ticked and noted values later.
    let mut later = platform(&[], 0.0, phase(0));
    later.work = Work::from_ids(["values"]).with_notes([("values", "theirs")]);
    later.stamps = Stamps::from_pairs([("values", 400.0)]);
    let resumed = resume(Some(&later), Some(&backup));
    assert_eq!(resumed.backup.work.note("values"), "theirs");
    assert!(!resumed.unconfirmed);
}

#[test]
fn the_phase_is_a_part_too() {
    let mut backup = confirmed_backup(&[], 0.0, phase(0));
    backup.phase = Some(phase(2));
    let resumed = resume(Some(&platform(&[], 0.0, phase(1))), Some(&backup));
    assert_eq!(
        resumed.backup.phase,
        Some(phase(2)),
        "unconfirmed: this browser's"
    );
    assert!(resumed.unconfirmed);
    let backup = confirmed_backup(&[], 0.0, phase(2));
    let resumed = resume(Some(&platform(&[], 0.0, phase(1))), Some(&backup));
    assert_eq!(
        resumed.backup.phase,
        Some(phase(1)),
        "confirmed: the platform's"
    );
    assert!(!resumed.unconfirmed);
}

#[test]
fn a_commit_that_succeeded_confirms_what_the_platform_now_holds_and_nothing_else() {
    let mut backup = Backup {
        work: Work::from_ids(["absorption", "cohesion"])
            .with_notes([("cohesion", "long"), ("values", "short")]),
        stamps: Stamps::from_pairs([("absorption", 10.0), ("cohesion", 20.0), ("values", 30.0)]),
        phase: Some(phase(1)),
        confirmed: Confirmed::default(),
    };
    // The platform holds the ticks and the short note; the long note was
    // left out of its record (SCORM 1.2's limit). The phase it holds is
    // an older one than shown.
    let written = backup.work.clone();
    backup.confirmed = confirm(&backup, &written, &["cohesion"], Some(phase(0)));
    assert!(
        !backup.unconfirmed(slot("absorption")),
        "absorption is confirmed"
    );
    assert!(
        backup.unconfirmed(slot("cohesion")),
        "cohesion's note is only here"
    );
    assert!(
        !backup.unconfirmed(slot("values")),
        "values' note is confirmed"
    );
    assert_eq!(backup.confirmed.phase, None);
    // A change after the commit is unconfirmed again.
    backup.stamps =
        Stamps::from_pairs([("absorption", 40.0), ("cohesion", 20.0), ("values", 30.0)]);
    assert!(backup.unconfirmed(slot("absorption")));
    // A commit of other work confirms none of the parts that differ.
    let other = Work::from_ids(["operation"]);
    let confirmed = confirm(&backup, &other, &[], Some(phase(1)));
    assert_eq!(confirmed.stamps.at(slot("absorption")), 10.0, "as before");
    assert_eq!(confirmed.stamps.at(slot("cohesion")), 0.0, "as before");
    assert_eq!(confirmed.phase, Some(phase(1)));
}

#[test]
fn the_attempt_at_check_yourself_follows_the_same_rule() {
    use value_governance_explorer::domain::quiz::Answers;
    let attempt = Answers::from_pairs([("starting-point", ["cohesion"])]);
    let backup = Backup {
        work: Work::default().with_quiz(Some(attempt.clone())),
        stamps: Stamps::from_pairs([(QUIZ_STAMP, 50.0)]),
        phase: None,
        confirmed: Confirmed::default(),
    };
    // Never confirmed: it comes back into a platform record without it.
    let resumed = resume(Some(&platform(&[], 0.0, phase(0))), Some(&backup));
    assert_eq!(resumed.backup.work.quiz(), Some(&attempt));
    assert!(resumed.unconfirmed);
    // Confirmed, then the platform started over: gone.
    let mut confirmed = backup.clone();
    confirmed.confirmed = confirm(&backup, &backup.work, &[], None);
    let resumed = resume(None, Some(&confirmed));
    assert_eq!(resumed.backup.work.quiz(), None);
    assert!(!resumed.unconfirmed);
}

#[test]
fn the_backup_round_trips_through_its_stored_record() {
    let mut backup = confirmed_backup(&["absorption", "values"], 100.0, phase(1));
    backup.stamps = Stamps::from_pairs([("absorption", 100.0), ("values", 200.0)]);
    backup.phase = Some(phase(2));
    let json = serde_json::to_string(&backup.record(Lang::Zh)).unwrap();
    assert!(
        json.contains(r#""phase":"comprehensive","platform":{"confirmed":{"#),
        "{json}"
    );
    let loaded = interpret(Some(parsed(&json)));
    assert_eq!(Backup::of(&loaded), backup);
    assert_eq!(loaded.lang, Some(Lang::Zh));
    // A web widget's record has no such part, and reads as a backup with
    // nothing confirmed.
    let web = Record::stamped(&backup.work, &backup.stamps, Lang::En);
    let json = serde_json::to_string(&web).unwrap();
    assert!(!json.contains("platform"), "{json}");
    let loaded = interpret(Some(parsed(&json)));
    assert_eq!(Backup::of(&loaded).confirmed, Confirmed::default());
}

#[test]
fn a_platform_record_that_cannot_be_read_keeps_the_backup_whole() {
    use value_governance_explorer::persistence::backup::keep_whole;
    let backup = confirmed_backup(&["absorption"], 100.0, phase(1));
    let resumed = keep_whole(Some(&backup));
    assert_eq!(resumed.backup, backup);
    assert!(resumed.unconfirmed, "written back at once");
    let resumed = keep_whole(None);
    assert!(resumed.backup.work.is_empty());
    assert!(!resumed.unconfirmed);
}

#[test]
fn a_note_the_platform_cannot_hold_survives_every_launch_and_a_reset_takes_its_tick() {
    use value_governance_explorer::persistence::backup::stamps_to_write;
    // Ticked and noted at 100; the platform's record (SCORM 1.2) has no
    // room for the note. The write to it comes later (its own clock says
    // 700) but carries the backup's stamp for a part it holds as is.
    let work = Work::from_ids(["cohesion"]).with_notes([("cohesion", "long")]);
    let mut backup = Backup {
        work: work.clone(),
        stamps: Stamps::from_pairs([("cohesion", 100.0)]),
        phase: Some(phase(0)),
        confirmed: Confirmed::default(),
    };
    let written_stamps =
        stamps_to_write(&work, &Stamps::from_pairs([("cohesion", 700.0)]), &backup);
    assert_eq!(
        written_stamps.at(slot("cohesion")),
        100.0,
        "one stamp per change"
    );
    backup.confirmed = confirm(&backup, &work, &["cohesion"], Some(phase(0)));
    assert!(
        backup.unconfirmed(slot("cohesion")),
        "the note is not confirmed"
    );
    assert!(!backup.tick_unconfirmed(slot("cohesion")), "its tick is");
    // Next launch: the platform holds the tick, without the note.
    let platform = Snapshot {
        work: Work::from_ids(["cohesion"]),
        stamps: written_stamps,
        phase: Some(phase(0)),
        lang: None,
    };
    let resumed = resume(Some(&platform), Some(&backup));
    assert_eq!(resumed.backup.work.note("cohesion"), "long");
    assert!(resumed.backup.work.is_checked("cohesion"));
    // The teacher resets: the note (never the platform's) comes back, the
    // confirmed tick does not.
    let resumed = resume(None, Some(&backup));
    assert_eq!(resumed.backup.work.note("cohesion"), "long");
    assert!(!resumed.backup.work.is_checked("cohesion"));
}

#[test]
fn stamps_to_write_take_the_backups_stamp_only_for_a_part_it_holds_as_written() {
    use value_governance_explorer::persistence::backup::stamps_to_write;
    let backup = Backup {
        work: Work::from_ids(["values"]),
        stamps: Stamps::from_pairs([("values", 100.0), ("cohesion", 90.0)]),
        phase: None,
        confirmed: Confirmed::default(),
    };
    // Written: values as the backup has it, cohesion ticked (the backup has
    // it unticked: a change it has not seen yet).
    let written = Work::from_ids(["values", "cohesion"]);
    let stamps = stamps_to_write(
        &written,
        &Stamps::from_pairs([("values", 500.0), ("cohesion", 500.0)]),
        &backup,
    );
    assert_eq!(stamps.at(slot("values")), 100.0);
    assert_eq!(stamps.at(slot("cohesion")), 500.0);
}
