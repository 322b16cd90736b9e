//! "A new version is ready — Reload", shown when a new release has installed
//! in the background. Announced politely; the button is in the Tab order.

use crate::content::Content;
use yew::prelude::*;

/// The update prompt; empty until a new version is waiting (`ready`).
pub fn update_prompt(ready: bool, content: &'static Content) -> Html {
    let ui = &content.ui;
    let reload = Callback::from(|_| crate::web::offline::apply_update());
    html! {
        <div class="vge-update" role="status" data-testid="update-prompt">
            if ready {
                <p class="vge-update-message">
                    { ui.update_ready }{ " " }
                    <button type="button" class="vge-button" onclick={reload}>{ ui.update_reload }</button>
                </p>
            }
        </div>
    }
}
