//! A small, polite notice about the course platform (package pages only):
//! that it is not taking the learner's work just now, and which notes are
//! too long for its record and stay only in this browser.

use crate::content::Content;
use crate::state::State;
use yew::prelude::*;

/// Says what the course platform does not keep, if anything.
pub fn platform_notice(state: &State, content: &'static Content) -> Html {
    let ui = &content.ui;
    let local_only: Vec<&str> = state
        .status
        .notes_local_only
        .iter()
        .filter_map(|id| content.items.iter().find(|item| item.id == *id))
        .map(|item| item.label)
        .collect();
    html! {
        <div class="vge-notice" role="status" data-testid="platform-notice"
            hidden={!state.status.platform_failing && local_only.is_empty()}>
            if state.status.platform_failing {
                <p>{ ui.platform_failing }</p>
            }
            if !local_only.is_empty() {
                <p>{ ui.platform_notes_local }</p>
                <ul>
                    { for local_only.into_iter().map(|label| html! { <li>{ label }</li> }) }
                </ul>
            }
        </div>
    }
}
