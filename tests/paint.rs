//! The paint hint the boot script reads (`formats::paint_hint`): its exact text,
//! and that it carries only what the content knows.
#![cfg(not(target_arch = "wasm32"))]

use value_governance_explorer::domain::page::Page;
use value_governance_explorer::domain::work::Work;
use value_governance_explorer::formats::paint_hint;
use value_governance_explorer::state::State;

#[test]
fn the_hint_is_the_versioned_ticks_and_the_kept_phase() {
    let ticked = Work::from_ids(["values", "absorption"]);
    assert_eq!(
        paint_hint::hint(&ticked, Some(1)),
        r#"{"v":1,"phase":"interest","ticked":["absorption","values"]}"#
    );
    assert_eq!(paint_hint::VERSION, 1);
}

#[test]
fn without_a_kept_phase_or_ticks_the_hint_says_so() {
    assert_eq!(
        paint_hint::hint(&Work::default(), None),
        r#"{"v":1,"ticked":[]}"#
    );
    // A position that names no phase is left out, not guessed.
    assert_eq!(
        paint_hint::hint(&Work::default(), Some(7)),
        r#"{"v":1,"ticked":[]}"#
    );
}

#[test]
fn the_hint_holds_neither_notes_nor_unknown_ids_and_parses_as_json() {
    let work = Work::from_ids(["cohesion", "no-such-item"])
        .with_notes([("cohesion", "a \"quoted\" note")]);
    let text = paint_hint::hint(&work, Some(2));
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
    let shown = State::shown(page, 2, ticked.clone());
    assert_eq!((shown.phase, &shown.learner.work), (2, &ticked));
    assert!(!shown.live, "still the render that hydrates");
    // Nothing painted: exactly what the build rendered.
    assert_eq!(State::shown(page, 0, Work::default()), State::new(page));
    // A phase the content lacks is the first.
    assert_eq!(State::shown(page, 9, Work::default()).phase, 0);
}
