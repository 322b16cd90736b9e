//! Value Governance Explorer: an interactive teaching widget for Zhou
//! Shangjun, "Local Government Value Governance and Its Institutional Effect"
//! (Social Sciences in China, 2021 No. 5).
//!
//! One component tree renders twice: natively at build time, into each
//! pre-rendered page (`src/bin/prerender/`), and in the browser, where
//! [`start`] hydrates that page so it responds. The pure core (content,
//! domain, formats, persistence, state) is tested natively;
//! everything that touches the browser runs in effects and event handlers,
//! which the build-time render never calls.
//!
//! The layers, one folder each, each using only those before it:
//! `content` (the validated text) → `domain` (the learner's work, the
//! quiz, the pages, the address) → `formats` (record, suspend data and
//! CMI, export, host messages, paint hint) → `persistence` (where the work
//! is kept, the merge, the backup rule) → `state` (the reducer) →
//! `context` (the Yew context) → `web` (the browser's IO and the hooks
//! that connect it to the state) → `components`; this file starts them.

// The layers, lowest first; each uses only those before it (held by
// tests/modules.rs).
pub mod content;

pub mod domain;

pub mod formats;

pub mod persistence;

pub mod state;

pub mod context;

pub mod web;

pub mod components;

#[cfg(target_arch = "wasm32")]
use {
    components::app::{App, AppProps},
    domain::{page::Page, work::Work},
};

/// Takes over `root`: hydrates the page the build rendered into it,
/// starting from what it shows (the phase and ticks the boot script
/// painted, and anything the learner chose before this ran); renders from
/// scratch into an empty element (a development build, a test, another
/// host page).
#[cfg(target_arch = "wasm32")]
pub fn start(root: web_sys::Element) -> yew::AppHandle<App> {
    web::crash::install(&root);
    let ticked = Work::from_ids(web::browser::ticked_in(&root).iter().map(String::as_str));
    let painted = root
        .get_attribute(components::dom_ids::PAINTED_ATTRIBUTE)
        .unwrap_or_default();
    let painted: Vec<String> = painted.split(' ').map(str::to_owned).collect();
    // The same reading as the ticks' (one copy of it in the wasm).
    let painted = Work::from_ids(painted.iter().map(String::as_str));
    let props = AppProps {
        page: page_of(&root),
        phase: web::browser::phase_shown_in(&root).unwrap_or_default(),
        ticked,
        painted,
    };
    let renderer = yew::Renderer::<App>::with_root_and_props(root.clone(), props);
    if root.first_element_child().is_some() {
        renderer.hydrate()
    } else {
        renderer.render()
    }
}

/// The page the build rendered, named by `<html data-vge-page>`; the
/// English page of the whole widget when there is none.
#[cfg(target_arch = "wasm32")]
fn page_of(root: &web_sys::Element) -> Page {
    let name = root
        .owner_document()
        .and_then(|document| document.document_element())
        .and_then(|html| html.get_attribute(components::dom_ids::PAGE_ATTRIBUTE));
    name.and_then(|name| Page::all().find(|page| page.file_name() == name))
        .unwrap_or_default()
}
