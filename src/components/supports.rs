//! The context: the three organizational supports the paper names. A view
//! function, not a component: it has no state of its own.

use crate::content::Content;
use yew::prelude::*;

pub fn supports(content: &'static Content) -> Html {
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
