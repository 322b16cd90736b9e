//! The pre-rendered pages: one address per language and layout, all
//! different, and each language's page links to the other's.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;
use value_governance_explorer::content::Lang;
use value_governance_explorer::page::Page;
use value_governance_explorer::page::View;

#[test]
fn every_page_has_its_own_file() {
    let names: Vec<String> = Page::all().map(Page::file_name).collect();
    assert_eq!(
        names,
        [
            "index.html",
            "embed.html",
            "embed-timeline.html",
            "embed-checklist.html",
            "embed-check.html",
            "scorm.html",
            "zh.html",
            "zh-embed.html",
            "zh-embed-timeline.html",
            "zh-embed-checklist.html",
            "zh-embed-check.html",
            "zh-scorm.html",
        ]
    );
    assert_eq!(names.iter().collect::<HashSet<_>>().len(), names.len());
}

#[test]
fn the_english_page_is_the_folder_that_says_english() {
    assert_eq!(Page::default().href(), "./?lang=en");
    assert_eq!(Page::full(Lang::Zh).href(), "zh.html");
    assert_eq!(
        Page::embed(Lang::En, View::Checklist)
            .in_lang(Lang::Zh)
            .href(),
        "zh-embed-checklist.html"
    );
}

#[test]
fn the_package_pages_link_to_each_other_inside_the_package() {
    assert_eq!(Page::package(Lang::En).href(), "scorm.html");
    assert_eq!(
        Page::package(Lang::En).in_lang(Lang::Zh).href(),
        "zh-scorm.html"
    );
}
