//! A passage that goes beyond the paper's words, visibly labelled as such.

use crate::context::use_app;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct InterpretationProps {
    /// The widget's own reading.
    pub text: &'static str,
}

/// A paragraph tagged "Interpretation".
#[component]
pub fn Interpretation(props: &InterpretationProps) -> Html {
    let (_, content) = use_app();
    html! {
        <p class="vge-interpretation">
            <span class="vge-interpretation-tag">{ content.ui.interpretation_label }</span>
            { " " }{ props.text }
        </p>
    }
}
