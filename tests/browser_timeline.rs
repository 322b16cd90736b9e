//! In a real browser: the timeline's tabs respond to clicks and keys, and
//! the selected phase follows and sets the address.
#![cfg(target_arch = "wasm32")]

mod support;

use support::{first_visit, mount, settle};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn the_three_phases_render_in_order_with_the_first_selected() {
    first_visit();
    let widget = mount().await;
    let tabs = widget
        .root
        .query_selector_all("[role=tablist] [role=tab]")
        .unwrap();
    let ids: Vec<String> = (0..tabs.length())
        .map(|index| {
            tabs.get(index)
                .unwrap()
                .unchecked_into::<web_sys::Element>()
                .get_attribute("data-phase")
                .unwrap()
        })
        .collect();
    assert_eq!(ids, ["unity", "interest", "comprehensive"]);
    assert_eq!(widget.selected_phase(), "unity");
    assert!(widget
        .shown_panel()
        .text_content()
        .unwrap()
        .contains("Unity goals"));
    // Only the selected tab is in the Tab order.
    assert_eq!(
        widget
            .root
            .query_selector_all("[role=tab][tabindex='0']")
            .unwrap()
            .length(),
        1
    );
}

#[wasm_bindgen_test]
async fn clicking_a_phase_selects_it_and_shows_its_panel() {
    first_visit();
    let widget = mount().await;
    widget.click("[data-phase=interest]");
    settle().await;
    assert_eq!(widget.selected_phase(), "interest");
    let panel = widget.shown_panel();
    assert_eq!(
        panel.get_attribute("aria-labelledby").as_deref(),
        Some("vge-tab-interest")
    );
    assert!(panel.text_content().unwrap().contains("growth incentives"));
    assert_eq!(
        web_sys::window().unwrap().location().hash().unwrap(),
        "#phase=interest"
    );
}

#[wasm_bindgen_test]
async fn arrow_keys_wrap_and_home_end_jump_with_focus_following() {
    first_visit();
    let widget = mount().await;
    widget
        .find("[data-phase=unity]")
        .unchecked_into::<HtmlElement>()
        .focus()
        .unwrap();
    for (key, expected) in [
        ("ArrowRight", "interest"),
        ("ArrowRight", "comprehensive"),
        ("ArrowRight", "unity"),
        ("ArrowLeft", "comprehensive"),
        ("Home", "unity"),
        ("End", "comprehensive"),
    ] {
        widget.press(key);
        settle().await;
        assert_eq!(widget.selected_phase(), expected, "after {key}");
        let focused = support::document().active_element().unwrap();
        assert_eq!(
            focused.get_attribute("data-phase").as_deref(),
            Some(expected),
            "focus after {key}"
        );
    }
}

#[wasm_bindgen_test]
async fn the_last_phase_is_shown_as_still_unfolding() {
    first_visit();
    let widget = mount().await;
    widget.click("[data-phase=comprehensive]");
    settle().await;
    assert!(widget
        .text("[data-phase=comprehensive]")
        .contains("still unfolding"));
    assert!(widget
        .shown_panel()
        .text_content()
        .unwrap()
        .contains("Still unfolding"));
}

#[wasm_bindgen_test]
async fn a_phase_in_the_address_is_selected_on_mount() {
    first_visit();
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("phase=comprehensive")
        .unwrap();
    let widget = mount().await;
    assert_eq!(widget.selected_phase(), "comprehensive");
}

#[wasm_bindgen_test]
async fn an_unknown_phase_in_the_address_falls_back_to_the_first() {
    first_visit();
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("phase=%3Cimg%20src%3Dx%3E")
        .unwrap();
    let widget = mount().await;
    assert_eq!(widget.selected_phase(), "unity");
    assert!(widget.root.query_selector("img").unwrap().is_none());
}
