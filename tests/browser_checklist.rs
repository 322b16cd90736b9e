//! In a real browser: ticking updates the summary and storage, progress
//! survives a remount, reset can be undone, bad storage shows a notice.
#![cfg(target_arch = "wasm32")]

mod support;

use support::{first_visit, mount, settle, storage};
use value_governance_explorer::formats::record::{KEY, UNREADABLE_KEY, VERSION};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn ticking_updates_the_summary_and_saves() {
    first_visit();
    let widget = mount().await;
    assert!(widget
        .text("[data-testid=progress]")
        .contains("0 of 3 dimensions"));
    widget.click("#vge-item-absorption");
    settle().await;
    widget.click("#vge-item-coordination");
    settle().await;
    assert!(widget
        .text("[data-testid=progress]")
        .contains("2 of 3 dimensions"));
    let saved = storage()
        .get_item(KEY)
        .unwrap()
        .expect("progress was saved");
    assert!(
        saved.contains("\"absorption\"") && saved.contains("\"coordination\""),
        "{saved}"
    );
    assert!(saved.contains(&format!("\"version\":{VERSION}")), "{saved}");
}

#[wasm_bindgen_test]
async fn progress_is_restored_when_the_widget_mounts_again() {
    first_visit();
    {
        let widget = mount().await;
        widget.click("#vge-item-operation");
        settle().await;
    }
    let widget = mount().await;
    assert!(widget.is_checked("operation"));
    assert!(!widget.is_checked("absorption"));
    assert!(widget
        .text("[data-testid=progress]")
        .contains("1 of 3 dimensions"));
}

#[wasm_bindgen_test]
async fn reset_clears_and_undo_restores() {
    first_visit();
    let widget = mount().await;
    widget.click("#vge-item-cohesion");
    settle().await;
    widget.click(".vge-reset > .vge-button");
    settle().await;
    assert!(!widget.is_checked("cohesion"));
    assert!(widget
        .text(".vge-reset-status")
        .contains("Checklist cleared."));
    widget.click(".vge-reset-status button");
    settle().await;
    assert!(widget.is_checked("cohesion"));
}

#[wasm_bindgen_test]
async fn unreadable_storage_shows_a_notice_and_keeps_a_copy() {
    first_visit();
    storage().set_item(KEY, "{not json").unwrap();
    let widget = mount().await;
    let notice = widget.find("[data-testid=storage-notice]");
    assert!(!notice.has_attribute("hidden"));
    assert!(notice.text_content().unwrap().contains("could not be read"));
    assert_eq!(
        storage().get_item(UNREADABLE_KEY).unwrap().as_deref(),
        Some("{not json")
    );
    widget.click("#vge-item-values");
    settle().await;
    assert!(widget.is_checked("values"));
}

#[wasm_bindgen_test]
async fn a_note_is_saved_and_comes_back() {
    use wasm_bindgen::JsCast;
    first_visit();
    {
        let widget = mount().await;
        widget.click("[data-explain=operation]");
        settle().await;
        let note = widget
            .find("#vge-note-operation")
            .unchecked_into::<web_sys::HtmlTextAreaElement>();
        note.set_value("Day-to-day practice");
        let init = web_sys::InputEventInit::new();
        init.set_bubbles(true);
        note.dispatch_event(
            &web_sys::InputEvent::new_with_event_init_dict("input", &init).unwrap(),
        )
        .unwrap();
        settle().await;
        // Typing: written once it pauses, not at each keystroke.
        let saved = storage().get_item(KEY).unwrap().unwrap_or_default();
        assert!(!saved.contains("Day-to-day practice"), "{saved}");
        // Leaving the note writes it at once.
        let init = web_sys::FocusEventInit::new();
        init.set_bubbles(true);
        note.dispatch_event(
            &web_sys::FocusEvent::new_with_focus_event_init_dict("focusout", &init).unwrap(),
        )
        .unwrap();
        settle().await;
        let saved = storage().get_item(KEY).unwrap().unwrap();
        assert!(saved.contains("Day-to-day practice"), "{saved}");
    }
    let widget = mount().await;
    assert!(widget
        .text("[data-explain=operation]")
        .contains("has a note"));
    widget.click("[data-explain=operation]");
    settle().await;
    let note = widget
        .find("#vge-note-operation")
        .unchecked_into::<web_sys::HtmlTextAreaElement>();
    assert_eq!(note.value(), "Day-to-day practice");
}

#[wasm_bindgen_test]
async fn explanations_expand() {
    first_visit();
    let widget = mount().await;
    let toggle = widget.find("[data-explain=absorption]");
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    // The explanation is in the page (the pre-rendered page carries it),
    // hidden until asked for; the note field comes only with it.
    assert!(widget
        .find("#vge-explain-absorption")
        .has_attribute("hidden"));
    assert!(widget.try_find("#vge-note-absorption").is_none());
    widget.click("[data-explain=absorption]");
    settle().await;
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(
        toggle.get_attribute("aria-controls").as_deref(),
        Some("vge-explain-absorption")
    );
    assert!(widget
        .text("#vge-explain-absorption")
        .contains("Interpretation"));
    assert!(!widget
        .find("#vge-explain-absorption")
        .has_attribute("hidden"));
    assert!(widget.try_find("#vge-note-absorption").is_some());
    widget.click("[data-explain=absorption]");
    settle().await;
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(widget
        .find("#vge-explain-absorption")
        .has_attribute("hidden"));
    assert!(widget.try_find("#vge-note-absorption").is_none());
}
