//! How far the learner has got, announced politely to screen readers.

use crate::components::app::use_app;
use crate::content::fill;
use yew::prelude::*;

/// "2 of 3 dimensions" for the core group, and the count over the whole frame.
#[component]
pub fn ProgressSummary() -> Html {
    let (state, content) = use_app();
    let core = content.core_group();
    let core_total = content.items_in(core.id).count();
    let core_done = state
        .progress
        .count_of(content.items_in(core.id).map(|item| item.id));
    let all_total = content.items.len();
    let all_done = state.progress.count();
    html! {
        <div class="vge-progress">
            <span class="vge-pips" aria-hidden="true">
                { for (0..core_total).map(|index| html! {
                    <span class={classes!("vge-pip", (index < core_done).then_some("vge-pip--done"))}></span>
                }) }
            </span>
            <p role="status" data-testid="progress">
                <strong>{ fill(content.ui.progress_core, &[("done", &core_done), ("total", &core_total)]) }</strong>
                { " · " }
                { fill(content.ui.progress_all, &[("done", &all_done), ("total", &all_total)]) }
            </p>
        </div>
    }
}
