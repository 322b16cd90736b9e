//! The language switch: one link per language to that language's page, so
//! it works before and without the wasm. On the widget's pages, once the
//! wasm runs, a plain click switches every string in place instead,
//! keeping phase, work and anything kept only in memory; the address
//! follows (`web/effects.rs`). The page for teachers keeps plain links.

use crate::content::Lang;
use crate::context::AppContext;
use crate::domain::page::Page;
use crate::state::Action;
use yew::prelude::*;

/// The widget's switch: a plain click switches in place.
pub fn language_switch(state: &AppContext) -> Html {
    // The language shown, which an in-place switch may have changed.
    let page = state.page.in_lang(state.lang());
    let state = state.clone();
    let choose = Callback::from(move |lang| state.dispatch(Action::SetLang(lang)));
    language_links(page, Some(choose))
}

/// One link per language to `page` in that language, each labelled in its
/// own language, the current one marked; with `choose`, a plain click
/// (not one that opens a new tab or window) calls it instead of following
/// the link.
pub fn language_links(page: Page, choose: Option<Callback<Lang>>) -> Html {
    html! {
        <div class="vge-languages" role="group" aria-label="Language / 语言">
            { for Lang::ALL.into_iter().map(|lang| {
                let language = &lang.content().language;
                let onclick = choose.clone().map(|choose| {
                    Callback::from(move |event: MouseEvent| {
                        let plain = !(event.ctrl_key() || event.meta_key() || event.shift_key()
                            || event.alt_key() || event.button() != 0);
                        if plain {
                            event.prevent_default();
                            choose.emit(lang);
                        }
                    })
                });
                html! {
                    <a class="vge-button vge-language" href={page.in_lang(lang).href()}
                        hreflang={language.html_lang} lang={language.html_lang}
                        aria-current={(page.lang == lang).then_some("page")} {onclick}>
                        { language.name }
                    </a>
                }
            }) }
        </div>
    }
}
