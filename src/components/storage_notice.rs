//! A small, polite notice when progress cannot be saved or read normally.

use crate::context::use_app;
use crate::state::StorageNotice as Notice;
use yew::prelude::*;

/// Says why progress is kept in memory only, if it is.
#[component]
pub fn StorageNotice() -> Html {
    let (state, content) = use_app();
    let ui = &content.ui;
    let message = state.notice.map(|notice| match notice {
        Notice::Unavailable => ui.storage_unavailable,
        Notice::Unreadable => ui.storage_unreadable,
        Notice::Damaged => ui.storage_damaged,
        Notice::Newer => ui.storage_newer,
    });
    html! {
        <p class="vge-notice" role="status" hidden={message.is_none()} data-testid="storage-notice">
            { message.unwrap_or_default() }
        </p>
    }
}
