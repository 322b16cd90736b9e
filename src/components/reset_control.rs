//! Clearing the checklist, with an undo offered straight after.

use crate::content::Content;
use crate::context::AppContext;
use crate::state::{Action, WorkAction};
use yew::prelude::*;

/// "Reset checklist", then "Checklist cleared. Undo" until the next change.
pub fn reset_control(state: &AppContext, content: &'static Content) -> Html {
    let ui = &content.ui;
    let reset = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::Work(WorkAction::Reset)))
    };
    let undo = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::Work(WorkAction::Undo)))
    };
    html! {
        <div class="vge-reset">
            <button type="button" class="vge-button" onclick={reset}>{ ui.reset }</button>
            <p role="status" class="vge-reset-status">
                if state.learner.undo.is_some() {
                    { ui.reset_done }{ " " }
                    <button type="button" class="vge-button vge-button--quiet" onclick={undo}>{ ui.undo }</button>
                }
            </p>
        </div>
    }
}
