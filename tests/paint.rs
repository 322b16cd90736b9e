//! The paint hint the boot script reads (`formats::paint_hint`): its exact text,
//! that it carries only what the content knows, and that it travels in the
//! record (one write per change), read back as present or not.
#![cfg(not(target_arch = "wasm32"))]

use value_governance_explorer::content::Lang;
use value_governance_explorer::domain::page::Page;
use value_governance_explorer::domain::phase::Phase;
use value_governance_explorer::domain::work::Work;
use value_governance_explorer::formats::paint_hint::{self, Hint};
use value_governance_explorer::formats::record::{interpret, read, Record};
use value_governance_explorer::state::State;

/// The hint as the JSON text the boot script reads.
fn text(hint: &Hint) -> String {
    serde_json::to_string(hint).unwrap()
}

/// The phase at this position (0: unity goals).
fn phase(position: usize) -> Phase {
    Phase::at(position).unwrap()
}

#[test]
fn the_hint_is_the_versioned_ticks_and_the_kept_phase() {
    let ticked = Work::from_ids(["values", "absorption"]);
    assert_eq!(
        text(&paint_hint::hint(&ticked, Some(phase(1)))),
        r#"{"v":1,"phase":"interest","ticked":["absorption","values"]}"#
    );
    assert_eq!(paint_hint::VERSION, 1);
}

#[test]
fn without_a_kept_phase_or_ticks_the_hint_says_so() {
    assert_eq!(
        text(&paint_hint::hint(&Work::default(), None)),
        r#"{"v":1,"ticked":[]}"#
    );
}

#[test]
fn the_hint_holds_neither_notes_nor_unknown_ids_and_parses_as_json() {
    let work = Work::from_ids(["cohesion", "no-such-item"])
        .with_notes([("cohesion", "a \"quoted\" note")]);
    let text = text(&paint_hint::hint(&work, Some(phase(2))));
    let value: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(value["v"], 1);
    assert_eq!(value["phase"], "comprehensive");
    assert_eq!(value["ticked"], serde_json::json!(["cohesion"]));
    assert!(!text.contains("note"));
}

#[test]
fn the_state_starts_from_what_the_page_shows() {
    let page = Page::default();
    let ticked = Work::from_ids(["values"]);
    let shown = State::shown(page, phase(2), ticked.clone());
    assert_eq!((shown.phase, &shown.learner.work), (phase(2), &ticked));
    assert!(!shown.live, "still the render that hydrates");
    // Nothing painted: exactly what the build rendered.
    assert_eq!(
        State::shown(page, phase(0), Work::default()),
        State::new(page)
    );
}

#[test]
fn the_hint_is_a_member_of_the_record_and_read_back_as_present() {
    let work = Work::from_ids(["values"]);
    let mut record = Record::of(&work, Lang::En);
    let without = serde_json::to_value(&record).unwrap();
    assert!(without.get(paint_hint::MEMBER).is_none());
    assert!(!interpret(Some(read(&without))).painted);
    record.paint = Some(paint_hint::hint(&work, Some(phase(1))));
    let with = serde_json::to_value(&record).unwrap();
    assert_eq!(
        with[paint_hint::MEMBER],
        serde_json::json!({"v": 1, "phase": "interest", "ticked": ["values"]})
    );
    let loaded = interpret(Some(read(&with)));
    assert!(loaded.painted);
    assert_eq!(loaded.work, work, "the record's own reading is unchanged");
    // A hint of another version counts as none: the page writes its own.
    let mut other = with.clone();
    other[paint_hint::MEMBER]["v"] = serde_json::json!(2);
    assert!(!interpret(Some(read(&other))).painted);
}
