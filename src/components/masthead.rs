//! The page header: title, subtitle, what the paper argues, the language
//! switch, and how interpretations are marked; on the package page, "On this
//! page" right under the title.

use crate::components::language_switch::language_switch;
use crate::components::page_contents::page_contents;
use crate::content::Content;
use crate::context::AppContext;
use crate::domain::page::View;
use yew::prelude::*;

/// The widget's header; embedded, only a slim bar with the language switch.
pub fn masthead(state: &AppContext, content: &'static Content) -> Html {
    let ui = &content.ui;
    if state.page.is_embed() {
        return html! {
            <div class="vge-masthead vge-masthead--compact">{ language_switch(state) }</div>
        };
    }
    html! {
        <header class="vge-masthead">
            <h1 class="vge-title">{ ui.app_title }</h1>
            { language_switch(state) }
            // A course platform's player frames the package page in a small
            // window (650 × 666 px in Moodle's default layout): the links to
            // the sections come first, before the introduction, so they are
            // on the first screen. (The web pages leave it to the timeline.)
            if state.page.is_package() && state.page.view() == View::All {
                { page_contents(content) }
            }
            <p class="vge-subtitle">{ ui.app_subtitle }</p>
            <p class="vge-intro">{ ui.intro }</p>
            <p class="vge-interpretation-note">
                <span class="vge-interpretation-tag">{ ui.interpretation_label }</span>
                { " " }{ ui.interpretation_note }
            </p>
        </header>
    }
}
