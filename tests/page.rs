//! The pre-rendered pages: one address per language and layout, all
//! different, and each language's page links to the other's.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;
use value_governance_explorer::content::Lang;
use value_governance_explorer::domain::page::Page;
use value_governance_explorer::domain::page::View;

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
            "teach.html",
            "zh.html",
            "zh-embed.html",
            "zh-embed-timeline.html",
            "zh-embed-checklist.html",
            "zh-embed-check.html",
            "zh-scorm.html",
            "zh-teach.html",
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

#[test]
fn the_page_for_teachers_links_to_its_other_language_and_shows_no_widget_view() {
    let teacher = Page::teacher(Lang::En);
    assert_eq!(teacher.href(), "teach.html");
    assert_eq!(teacher.in_lang(Lang::Zh).href(), "zh-teach.html");
    assert!(teacher.is_teacher() && !teacher.is_embed() && !teacher.is_package());
    assert!(!Page::full(Lang::En).is_teacher());
}

#[test]
fn with_the_site_url_the_alternates_and_canonical_are_absolute() {
    let site = Some("https://example.edu/course/explorer/");
    assert_eq!(
        Page::default().address(site),
        "https://example.edu/course/explorer/?lang=en"
    );
    assert_eq!(
        Page::full(Lang::Zh).address(Some("https://example.edu/explorer")),
        "https://example.edu/explorer/zh.html"
    );
    assert_eq!(
        Page::embed(Lang::Zh, View::Timeline).address(site),
        "https://example.edu/course/explorer/zh-embed-timeline.html"
    );
    // Without it, relative: a build cannot know where it will be served.
    assert_eq!(Page::default().address(None), "./?lang=en");
    assert_eq!(Page::full(Lang::Zh).address(None), "zh.html");
}
