//! "A new version is ready — Reload", shown when a new release has installed
//! in the background. Announced politely; the button is in the Tab order.

use crate::content::Content;
use crate::state::State;
use yew::prelude::*;

/// The update prompt; empty until a new version is waiting.
pub fn update_prompt(state: &State, content: &'static Content) -> Html {
    let ui = &content.ui;
    let reload = Callback::from(|_| crate::web::offline::apply_update());
    html! {
        <div class="vge-update" role="status" data-testid="update-prompt">
            if state.status.update_ready {
                <p class="vge-update-message">
                    { ui.update_ready }{ " " }
                    <button type="button" class="vge-button" onclick={reload}>{ ui.update_reload }</button>
                </p>
            }
        </div>
    }
}
