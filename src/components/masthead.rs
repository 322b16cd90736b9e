//! The page header: title, subtitle, what the paper argues, the language
//! switch, and how interpretations are marked.

use crate::components::language_switch::LanguageSwitch;
use crate::content::Content;
use crate::state::State;
use yew::prelude::*;

/// The widget's header; embedded, only a slim bar with the language switch.
pub fn masthead(state: &State, content: &'static Content) -> Html {
    let ui = &content.ui;
    if state.page.is_embed() {
        return html! {
            <div class="vge-masthead vge-masthead--compact"><LanguageSwitch /></div>
        };
    }
    html! {
        <header class="vge-masthead">
            <h1 class="vge-title">{ ui.app_title }</h1>
            <LanguageSwitch />
            <p class="vge-subtitle">{ ui.app_subtitle }</p>
            <p class="vge-intro">{ ui.intro }</p>
            <p class="vge-interpretation-note">
                <span class="vge-interpretation-tag">{ ui.interpretation_label }</span>
                { " " }{ ui.interpretation_note }
            </p>
        </header>
    }
}
