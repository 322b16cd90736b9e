//! The language switch: one link per language to that language's page, so
//! it works before and without the wasm. Once the widget runs, a plain click
//! switches every string in place instead, keeping phase, work and
//! anything kept only in memory; the address follows (`web/effects.rs`).

use crate::content::Lang;
use crate::context::AppContext;
use crate::state::Action;
use yew::prelude::*;

/// One link per language, each labelled in its own language.
pub fn language_switch(state: &AppContext) -> Html {
    let page = state.page;
    html! {
        <div class="vge-languages" role="group" aria-label="Language / 语言">
            { for Lang::ALL.into_iter().map(|lang| {
                let language = &lang.content().language;
                let current = state.lang() == lang;
                let onclick = {
                    let state = state.clone();
                    Callback::from(move |event: MouseEvent| {
                        // A click that opens a new tab or window stays a link.
                        let plain = !(event.ctrl_key() || event.meta_key() || event.shift_key()
                            || event.alt_key() || event.button() != 0);
                        if plain {
                            event.prevent_default();
                            state.dispatch(Action::SetLang(lang));
                        }
                    })
                };
                html! {
                    <a class="vge-button vge-language" href={page.in_lang(lang).href()}
                        hreflang={language.html_lang} lang={language.html_lang}
                        aria-current={current.then_some("page")} {onclick}>
                        { language.name }
                    </a>
                }
            }) }
        </div>
    }
}
