//! What a learner sees, in page order, and the effects that connect it to
//! the browser (`crate::web::effects`; they run only in the browser, after the
//! first render, so the build renders the same markup the wasm hydrates).

use crate::components::{
    check_yourself::CheckYourself, checklist::checklist, citation::citation, handout::handout,
    masthead::masthead, platform_notice::platform_notice, storage_notice::storage_notice,
    supports::supports, teacher_link::teacher_link, timeline::timeline,
    update_prompt::update_prompt, your_work::YourWork,
};
use crate::context::use_app;
use crate::domain::page::Layout;
use crate::domain::work::Work;
use crate::web::effects;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WidgetProps {
    /// See [`crate::components::app::AppProps::ticked`].
    pub ticked: Work,
    /// See [`crate::components::app::AppProps::painted`].
    pub painted: Work,
}

/// Masthead, timeline, checklist, "Check yourself", the learner's work,
/// supports, citation and, on the web, the link to the page for teachers.
#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    let (state, content) = use_app();
    let root = use_node_ref();
    effects::use_keeping(&state, props.painted.clone(), props.ticked.clone());
    effects::use_address_bar(&state);
    effects::use_document_language(&state);
    effects::use_service_worker(&state);
    effects::use_printing(&state);
    effects::use_host_messaging(&state, root.clone(), props.painted.clone());
    effects::use_crash_drill();

    let view = state.page.view();
    html! {
        <div ref={root} class={classes!("vge", state.page.is_embed().then_some("vge--embedded"))}
            lang={content.language.html_lang}>
            { masthead(&state, content) }
            if !state.page.is_package() {
                { update_prompt(state.status.update_ready, content) }
            }
            { storage_notice(&state, content) }
            { platform_notice(&state, content) }
            <main class="vge-main">
                if view.shows_timeline() {
                    { timeline(&state, content) }
                }
                // Shown only in print, where it stands in for the
                // timeline, checklist and work controls (print.css).
                { handout(&state, content) }
                if view.shows_checklist() {
                    { checklist(&state, content) }
                }
                if view.shows_quiz() {
                    <CheckYourself />
                }
                if view.shows_checklist() {
                    <YourWork />
                    { supports(content) }
                }
            </main>
            { citation(content) }
            // The teacher's tools are on a page of their own; the whole
            // widget on the web links to it (a frame's or a package's
            // learners have their teacher already).
            if state.page.layout == Layout::Full {
                { teacher_link(state.lang()) }
            }
        </div>
    }
}
