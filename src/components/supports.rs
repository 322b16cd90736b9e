//! The context: the three organizational supports the paper names.

use crate::context::use_app;
use yew::prelude::*;

/// The three supports, with their terms in the other language.
#[component]
pub fn Supports() -> Html {
    let (_, content) = use_app();
    let other = content.language.other_html_lang;
    html! {
        <section class="vge-supports" aria-labelledby="vge-supports-heading">
            <h2 id="vge-supports-heading">{ content.ui.supports_heading }</h2>
            <p>{ content.ui.supports_intro }</p>
            <ol class="vge-supports-list">
                { for content.supports.iter().map(|support| html! {
                    <li class="vge-support" key={support.id}>
                        <h3 class="vge-support-name">
                            { support.name }{ " " }
                            <span class="vge-term" lang={other}>{ support.term }</span>
                        </h3>
                        <p>{ support.explanation }</p>
                    </li>
                }) }
            </ol>
        </section>
    }
}
