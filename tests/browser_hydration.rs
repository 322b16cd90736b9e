//! In a real browser: the wasm takes over a page rendered as the build
//! renders it, without losing what the learner did before it arrived.
#![cfg(target_arch = "wasm32")]

mod support;

use support::{document, first_visit, rendered, settle, storage};
use value_governance_explorer::components::app::{App, AppProps};
use value_governance_explorer::content::Lang;
use value_governance_explorer::domain::page::Page;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlInputElement;

wasm_bindgen_test_configure!(run_in_browser);

/// A page as the build writes it: the widget's HTML in a fresh element.
async fn prerendered(page: Page) -> web_sys::Element {
    let html = yew::LocalServerRenderer::<App>::with_props(AppProps {
        page,
        ..AppProps::default()
    })
    .render()
    .await;
    let root = document().create_element("div").unwrap();
    root.set_inner_html(&html);
    document().body().unwrap().append_child(&root).unwrap();
    root
}

/// A learner who saved `record` here on an earlier visit.
fn returning_with(record: &str) {
    first_visit();
    storage()
        .set_item(value_governance_explorer::formats::record::KEY, record)
        .unwrap();
}

fn checkbox(root: &web_sys::Element, id: &str) -> HtmlInputElement {
    root.query_selector(&format!("#vge-item-{id}"))
        .unwrap()
        .unwrap()
        .unchecked_into()
}

#[wasm_bindgen_test]
async fn a_box_ticked_before_the_wasm_stays_ticked_and_is_saved() {
    first_visit();
    let root = prerendered(Page::default()).await;
    // The built page carries everything, and nothing is inert yet.
    assert_eq!(
        root.query_selector_all("[role=tabpanel]").unwrap().length(),
        3
    );
    assert!(root.query_selector("[inert]").unwrap().is_none());
    checkbox(&root, "values").set_checked(true);

    let handle = value_governance_explorer::start(root.clone());
    settle().await;
    assert!(
        checkbox(&root, "values").checked(),
        "still ticked after hydration"
    );
    assert!(root.text_content().unwrap().contains("1 of 9"));
    let saved = storage()
        .get_item(value_governance_explorer::formats::record::KEY)
        .unwrap()
        .expect("the early tick is saved");
    assert!(saved.contains("\"values\""), "{saved}");
    // It responds: the unselected panels are inert now, and ticks work.
    assert_eq!(
        root.query_selector_all("[role=tabpanel][inert]")
            .unwrap()
            .length(),
        2
    );
    checkbox(&root, "cohesion").click();
    settle().await;
    assert!(root.text_content().unwrap().contains("2 of 9"));
    handle.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn hydration_keeps_the_language_of_the_page_and_shows_saved_work() {
    returning_with(r#"{"version":2,"checked":["absorption"],"lang":"en"}"#);
    let page = Page::full(Lang::Zh);
    let root = prerendered(page).await;
    let html = document().document_element().unwrap();
    html.set_attribute("data-vge-page", &page.file_name())
        .unwrap();
    let handle = value_governance_explorer::start(root.clone());
    settle().await;
    // The page says Chinese; what was saved is shown in it.
    let text = root.text_content().unwrap();
    assert!(text.contains("价值目标吸纳"), "{text}");
    assert!(!text.contains("Value goal absorption"), "{text}");
    assert!(checkbox(&root, "absorption").checked());
    handle.destroy();
    root.remove();
    html.remove_attribute("data-vge-page").unwrap();
}

#[wasm_bindgen_test]
async fn hydration_starts_from_what_the_boot_script_painted() {
    returning_with(r#"{"version":3,"checked":["absorption"],"notes":{}}"#);
    let root = prerendered(Page::default()).await;
    // As static/boot.js paints a deep link and the hint's ticks.
    let tabs = root.query_selector_all("[role=tab]").unwrap();
    for index in 0..tabs.length() {
        let tab: web_sys::HtmlElement = tabs.get(index).unwrap().unchecked_into();
        let selected = tab.get_attribute("data-phase").as_deref() == Some("comprehensive");
        tab.set_attribute("aria-selected", &selected.to_string())
            .unwrap();
        tab.set_tab_index(if selected { 0 } else { -1 });
        let panel: web_sys::HtmlElement = document()
            .get_element_by_id(&tab.get_attribute("aria-controls").unwrap())
            .unwrap()
            .unchecked_into();
        panel
            .class_list()
            .toggle_with_force("vge-panel--inactive", !selected)
            .unwrap();
        panel.set_tab_index(if selected { 0 } else { -1 });
    }
    checkbox(&root, "absorption").set_checked(true);
    root.set_attribute("data-vge-painted", "absorption")
        .unwrap();
    let selected = |root: &web_sys::Element| {
        root.query_selector("[role=tab][aria-selected=true]")
            .unwrap()
            .and_then(|tab| tab.get_attribute("data-phase"))
    };

    let handle = value_governance_explorer::start(root.clone());
    // The render that hydrates, before anything loaded is applied.
    rendered().await;
    assert_eq!(selected(&root).as_deref(), Some("comprehensive"));
    assert!(checkbox(&root, "absorption").checked());
    assert!(root.text_content().unwrap().contains("1 of 3"));
    settle().await;
    assert_eq!(selected(&root).as_deref(), Some("comprehensive"));
    assert!(checkbox(&root, "absorption").checked());
    // A painted tick is no early tick of the learner's: saved as it was.
    let saved = storage()
        .get_item(value_governance_explorer::formats::record::KEY)
        .unwrap()
        .unwrap();
    assert!(saved.contains(r#""checked":["absorption"]"#), "{saved}");
    handle.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn a_box_ticked_between_hydration_and_arrival_stays_ticked() {
    returning_with(r#"{"version":3,"checked":["absorption"],"notes":{}}"#);
    let root = prerendered(Page::default()).await;
    let handle = value_governance_explorer::start(root.clone());
    // Hydrated; the saved work comes in a task of its own, usually after
    // this click (Yew's scheduler may yield to the browser after 16 ms, and
    // the arrival's timer then run first). Either way the click stays.
    rendered().await;
    checkbox(&root, "values").click();
    settle().await;
    assert!(
        checkbox(&root, "values").checked(),
        "the learner's tick stays"
    );
    assert!(
        checkbox(&root, "absorption").checked(),
        "the saved tick arrives"
    );
    let saved = storage()
        .get_item(value_governance_explorer::formats::record::KEY)
        .unwrap()
        .unwrap();
    assert!(
        saved.contains(r#""checked":["absorption","values"]"#),
        "{saved}"
    );
    handle.destroy();
    root.remove();
}
