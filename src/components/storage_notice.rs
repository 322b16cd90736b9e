//! A small, polite notice when the learner's work cannot be saved or read
//! normally.

use crate::content::Content;
use crate::domain::page::Page;
use crate::formats::record::StorageTrouble as Notice;
use crate::state::State;
use yew::prelude::*;

/// Says why the work is kept in memory only, if it is, and what to do.
pub fn storage_notice(state: &State, content: &'static Content) -> Html {
    let ui = &content.ui;
    let message = state.status.storage.map(|notice| match notice {
        Notice::Unavailable if state.status.platform => ui.storage_unavailable_package,
        Notice::Unavailable if state.page.is_embed() => ui.storage_unavailable_framed,
        Notice::Unavailable => ui.storage_unavailable,
        Notice::Unreadable => ui.storage_unreadable,
        Notice::Damaged => ui.storage_damaged,
        Notice::Newer => ui.storage_newer,
    });
    // In a frame, "open the widget in its own tab" needs a way there: the
    // whole widget in this language, where the browser lets it save as a
    // site of its own (a frame's storage is the one browsers block).
    let own_tab = (state.page.is_embed() && state.status.storage == Some(Notice::Unavailable))
        .then(|| Page::full(state.lang()).href());
    html! {
        <p class="vge-notice" role="status" hidden={message.is_none()} data-testid="storage-notice">
            { message.unwrap_or_default() }
            if let Some(href) = own_tab {
                <a class="vge-notice-link" {href} target="_blank" rel="noopener">{ ui.storage_open_tab }</a>
            }
        </p>
    }
}
