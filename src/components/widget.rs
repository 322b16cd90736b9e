//! What a learner sees, in page order, and the effects that connect it to
//! the browser (`crate::effects`; they run only in the browser, after the
//! first render, so the build renders the same markup the wasm hydrates).

use crate::components::{
    check_yourself::CheckYourself, checklist::Checklist, citation::Citation, embed_code::EmbedCode,
    handout::Handout, masthead::Masthead, page_contents::PageContents,
    platform_notice::PlatformNotice, storage_notice::StorageNotice, supports::Supports,
    timeline::Timeline, update_prompt::UpdatePrompt, your_work::YourWork,
};
use crate::context::use_app;
use crate::effects;
use crate::page::View;
use crate::state::Progress;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WidgetProps {
    /// See [`crate::components::app::AppProps::ticked_early`].
    pub ticked_early: Progress,
    /// See [`crate::components::app::AppProps::unticked_early`].
    pub unticked_early: Progress,
}

/// Masthead, timeline, checklist, "Check yourself", the learner's work,
/// supports, embed code and citation.
#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    let (state, content) = use_app();
    let root = use_node_ref();
    let platform: effects::PlatformHandle = use_mut_ref(|| None);
    effects::use_saved_progress(
        &state,
        (props.ticked_early.clone(), props.unticked_early.clone()),
        platform.clone(),
    );
    effects::use_platform(&state, platform);
    effects::use_address_bar(&state);
    effects::use_document_language(&state);
    effects::use_service_worker(&state);
    effects::use_printing(&state);
    effects::use_host_messaging(&state, root.clone(), props.ticked_early.clone());
    effects::use_crash_drill();

    let view = state.view;
    html! {
        <div ref={root} class={classes!("vge", state.embedded.then_some("vge--embedded"))}
            lang={content.language.html_lang}>
            <Masthead />
            if !state.package {
                <UpdatePrompt />
            }
            <StorageNotice />
            <PlatformNotice />
            // A course platform's player frames the package page in a
            // small window (650 × 666 px in Moodle's default layout): a
            // line of links to the sections. (The web pages leave the first
            // screen to the timeline.)
            if state.package && view == View::All {
                <PageContents />
            }
            <main class="vge-main">
                if view.shows_timeline() {
                    <Timeline />
                }
                // Shown only in print, where it stands in for the
                // timeline, checklist and work controls (print.css).
                <Handout />
                if view.shows_checklist() {
                    <Checklist />
                }
                if view.shows_quiz() {
                    <CheckYourself />
                }
                if view.shows_checklist() {
                    <YourWork />
                    <Supports />
                }
                // A package has no address of its own to embed.
                if !state.embedded && !state.package {
                    <EmbedCode />
                }
            </main>
            <Citation />
        </div>
    }
}
