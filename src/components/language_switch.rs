//! Buttons that switch every string at once, keeping phase and progress.

use crate::components::app::use_app;
use crate::content::Lang;
use crate::state::Action;
use yew::prelude::*;

/// One button per language, each labelled in its own language.
#[component]
pub fn LanguageSwitch() -> Html {
    let (state, _) = use_app();
    html! {
        <div class="vge-languages" role="group" aria-label="Language / 语言">
            { for Lang::ALL.into_iter().map(|lang| {
                let language = &lang.content().language;
                let onclick = {
                    let state = state.clone();
                    Callback::from(move |_| state.dispatch(Action::SetLang(lang)))
                };
                html! {
                    <button type="button" class="vge-button vge-language" lang={language.html_lang}
                        aria-pressed={(state.lang == lang).to_string()} {onclick}>
                        { language.name }
                    </button>
                }
            }) }
        </div>
    }
}
