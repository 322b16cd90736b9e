//! How far the learner has got, announced politely to screen readers.

use crate::components::app::use_app;
use yew::prelude::*;

/// "2 of 3 dimensions" for the core group, and the count over the whole frame.
#[component]
pub fn ProgressSummary() -> Html {
    let (state, content) = use_app();
    let core = state.progress.core();
    html! {
        <div class="vge-progress">
            <span class="vge-pips" aria-hidden="true">
                { for (0..core.total).map(|index| html! {
                    <span class={classes!("vge-pip", (index < core.done).then_some("vge-pip--done"))}></span>
                }) }
            </span>
            <p role="status" data-testid="progress">
                <strong>{ core.describe(content.ui.progress_core) }</strong>
                { " · " }
                { state.progress.all().describe(content.ui.progress_all) }
            </p>
        </div>
    }
}
