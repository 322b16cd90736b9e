//! In a real browser: the ordering question is usable without a mouse (the
//! focus stays with the choice that moved, and each move is announced),
//! and checked answers are marked, scored, focused and saved.
#![cfg(target_arch = "wasm32")]

mod support;

use support::{document, first_visit, mount, settle, storage};
use value_governance_explorer::formats::record::KEY;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

/// The ordering question's choices as shown, top to bottom.
fn order(widget: &support::Mounted) -> Vec<String> {
    let items = widget.root.query_selector_all(".vge-order-item").unwrap();
    (0..items.length())
        .map(|index| {
            items
                .get(index)
                .unwrap()
                .unchecked_into::<web_sys::Element>()
                .get_attribute("data-choice")
                .unwrap()
        })
        .collect()
}

fn focused_id() -> String {
    document()
        .active_element()
        .map(|element| element.id())
        .unwrap_or_default()
}

/// Focuses a button and activates it, as Enter or Space does.
async fn press_button(widget: &support::Mounted, selector: &str) {
    let button = widget.find(selector).unchecked_into::<HtmlElement>();
    button.focus().unwrap();
    button.click();
    settle().await;
}

#[wasm_bindgen_test]
async fn a_choice_moves_by_keyboard_and_keeps_the_focus() {
    first_visit();
    let widget = mount().await;
    let start = order(&widget);
    assert_eq!(start.len(), 3);
    let first = start[0].clone();

    press_button(&widget, &format!("#vge-move-phase-order-{first}-down")).await;
    let moved = order(&widget);
    assert_eq!(
        moved,
        [start[1].clone(), start[0].clone(), start[2].clone()]
    );
    assert_eq!(focused_id(), format!("vge-move-phase-order-{first}-down"));
    let announced = widget.text(".vge-question--order [aria-live=polite]");
    assert!(announced.contains("is now number 2 of 3"), "{announced}");

    // Back up to the top: Move up is off there, so the focus goes to the
    // same choice's Move down.
    press_button(&widget, &format!("#vge-move-phase-order-{first}-up")).await;
    assert_eq!(order(&widget), start);
    assert_eq!(focused_id(), format!("vge-move-phase-order-{first}-down"));
    press_button(&widget, &format!("#vge-move-phase-order-{first}-down")).await;
    assert_eq!(focused_id(), format!("vge-move-phase-order-{first}-down"));

    // At the bottom, Move down is off: the focus goes to Move up.
    press_button(&widget, &format!("#vge-move-phase-order-{first}-down")).await;
    assert_eq!(order(&widget).last(), Some(&first));
    assert_eq!(focused_id(), format!("vge-move-phase-order-{first}-up"));
    assert!(widget
        .find(&format!("#vge-move-phase-order-{first}-down"))
        .has_attribute("disabled"));
}

#[wasm_bindgen_test]
async fn checking_marks_scores_focuses_the_result_and_saves_the_attempt() {
    first_visit();
    let widget = mount().await;
    // Put the phases in the right order, by keyboard.
    for _ in 0..3 {
        let shown = order(&widget);
        if shown == ["unity", "interest", "comprehensive"] {
            break;
        }
        let unity_at = shown.iter().position(|id| id == "unity").unwrap();
        if unity_at > 0 {
            press_button(&widget, "#vge-move-phase-order-unity-up").await;
        } else {
            press_button(&widget, "#vge-move-phase-order-interest-up").await;
        }
    }
    assert_eq!(order(&widget), ["unity", "interest", "comprehensive"]);
    widget.click("#vge-q-starting-point-empowerment");
    settle().await;
    widget.click(".vge-quiz-button");
    settle().await;

    assert!(widget
        .text("[data-testid=quiz-result]")
        .contains("1 of 8 correct"));
    assert_eq!(
        document().active_element().map(|e| e.class_name()),
        Some("vge-quiz-result".to_owned())
    );
    let feedback = widget.text(".vge-questions-entry:first-child .vge-feedback");
    assert!(feedback.starts_with("Right."), "{feedback}");
    assert!(widget
        .find("#vge-q-starting-point-cohesion")
        .has_attribute("disabled"));
    let saved = storage().get_item(KEY).unwrap().unwrap();
    assert!(
        saved.contains(r#""starting-point":["empowerment"]"#) && saved.contains(r#""right":1"#),
        "{saved}"
    );

    // Try again: answers cleared, questions open, the last attempt kept.
    widget.click(".vge-quiz-button");
    settle().await;
    assert!(widget.try_find(".vge-feedback").is_none());
    assert!(!widget
        .find("#vge-q-starting-point-cohesion")
        .has_attribute("disabled"));
    assert!(widget.try_find("input[type=radio]:checked").is_none());
    assert!(storage()
        .get_item(KEY)
        .unwrap()
        .unwrap()
        .contains(r#""right":1"#));
}
