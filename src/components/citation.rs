//! The paper's citation, always visible at the foot of the widget. A view
//! function, not a component: it has no state of its own.

use crate::content::Content;
use yew::prelude::*;

pub fn citation(content: &'static Content) -> Html {
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
