//! How far the learner has got, announced politely to screen readers.

use crate::content::Content;
use crate::state::State;
use yew::prelude::*;

/// "2 of 3 dimensions" for the core group, and the count over the whole frame.
pub fn progress_summary(state: &State, content: &'static Content) -> Html {
    let core = state.learner.work.core();
    html! {
        <div class="vge-progress">
            // One element draws all the pips (see checklist.css).
            <span class="vge-pips" aria-hidden="true" data-done={core.done.to_string()}></span>
            <p role="status" data-testid="progress">
                <strong>{ core.describe(content.ui.progress_core) }</strong>
                { " · " }
                { state.learner.work.all().describe(content.ui.progress_all) }
            </p>
        </div>
    }
}
