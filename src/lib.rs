//! Value Governance Explorer: an interactive teaching widget for Zhou
//! Shangjun, "Local Government Value Governance and Its Institutional Effect"
//! (Social Sciences in China, 2021 No. 5).
//!
//! `mount` renders the widget into any element, so a page can host it
//! wherever it likes.
//!
//! The pure core (content, state, storage records, export, URL parsing)
//! also builds natively for fast tests; the components and everything that
//! talks to the browser build for wasm only.

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod components;
pub mod content;
#[cfg(target_arch = "wasm32")]
pub mod crash;
#[cfg(target_arch = "wasm32")]
mod effects;
pub mod embed;
pub mod export;
#[cfg(target_arch = "wasm32")]
pub mod offline;
pub mod state;
pub mod storage;
pub mod url;

/// Renders the widget into `root`, replacing nothing outside it.
#[cfg(target_arch = "wasm32")]
pub fn mount(root: web_sys::Element) -> yew::AppHandle<components::app::App> {
    crash::install(&root);
    yew::Renderer::<components::app::App>::with_root(root).render()
}
