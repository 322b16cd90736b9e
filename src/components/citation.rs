//! The paper's citation, always visible at the foot of the widget.

use crate::context::use_app;
use yew::prelude::*;

/// Author, title, journal, year, issue and pages.
#[component]
pub fn Citation() -> Html {
    let (_, content) = use_app();
    let cite = &content.citation;
    html! {
        <footer class="vge-citation">
            <h2 class="vge-citation-heading">{ content.ui.citation_heading }</h2>
            <p class="vge-citation-text">
                { cite.author }{ cite.separator }<cite>{ cite.title }</cite>{ cite.separator }
                { cite.publication() }
            </p>
            <p class="vge-citation-note">{ cite.note }</p>
        </footer>
    }
}
