//! The root component: owns the state, provides it to every component, and
//! runs the effects the pure reducer leaves out (`crate::effects`).

use crate::components::{
    checklist::Checklist, citation::Citation, embed_code::EmbedCode, handout::Handout,
    masthead::Masthead, storage_notice::StorageNotice, supports::Supports, timeline::Timeline,
    update_prompt::UpdatePrompt, your_work::YourWork,
};
use crate::content::Content;
use crate::effects;
use crate::state::State;
use yew::prelude::*;

/// The shared state handle every component reads through [`use_app`].
pub type AppContext = UseReducerHandle<State>;

/// The state and the content in the selected language.
#[hook]
pub fn use_app() -> (AppContext, &'static Content) {
    let state = use_context::<AppContext>().expect("components are rendered inside App");
    let content = state.lang.content();
    (state, content)
}

/// The whole widget.
#[component]
pub fn App() -> Html {
    let start = use_memo((), |_| effects::initial_state());
    let state = {
        let start = start.clone();
        use_reducer_eq(move || start.0.clone())
    };
    let root = use_node_ref();
    effects::use_saved_progress(&state, start.1.clone());
    effects::use_address_bar(&state);
    effects::use_document_language(state.lang);
    effects::use_service_worker(&state);
    effects::use_printing(&state);
    effects::use_embedded_document(state.embedded);
    effects::use_host_messaging(&state, root.clone());
    effects::use_crash_drill();
    let painted = effects::use_first_frame_painted();

    let content = state.lang.content();
    let view = state.view;
    // The timeline comes first on the page; what follows it waits for the
    // first frame. Without the timeline, the checklist is the first screen.
    let rest = painted || !view.shows_timeline();
    html! {
        <ContextProvider<AppContext> context={state.clone()}>
            <div ref={root} class={classes!("vge", state.embedded.then_some("vge--embedded"))}
                lang={content.language.html_lang}>
                <Masthead />
                <UpdatePrompt />
                <StorageNotice />
                <main class="vge-main">
                    if view.shows_timeline() {
                        <Timeline />
                    }
                    // Shown only in print, where it stands in for the
                    // timeline, checklist and work controls (print.css).
                    <Handout />
                    // Last in the list, so that when it arrives it is
                    // appended after what is already there.
                    if rest {
                        if view.shows_checklist() {
                            <Checklist />
                            <YourWork />
                            <Supports />
                        }
                        if !state.embedded {
                            <EmbedCode />
                        }
                    }
                </main>
                if rest {
                    <Citation />
                }
            </div>
        </ContextProvider<AppContext>>
    }
}
