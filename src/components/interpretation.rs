//! A passage that goes beyond the paper's words, visibly labelled as such.
//! A view function, not a component: it has no state of its own.

use crate::content::Content;
use yew::prelude::*;

/// `text`, the widget's own reading, under the content's label for it.
pub fn interpretation(content: &'static Content, text: &'static str) -> Html {
    html! {
        <p class="vge-interpretation">
            <span class="vge-interpretation-tag">{ content.ui.interpretation_label }</span>
            { " " }{ text }
        </p>
    }
}
